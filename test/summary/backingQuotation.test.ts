import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: a prefect's hint reported by one outlet and backed by his own words in the next
// sentence; a second outlet prints only those words, under a role ("le représentant de l'État").
const dam: Record<string, string> = {
  'echo-2025-06-03.md': `---
title: Solvène retient son souffle
outlet: L'Écho exemple
date: 2025-06-03
lang: fr
---
Le barrage de Solvène reste fermé depuis mardi, selon la préfecture.

« Nous préparons les cars et les gymnases », a déclaré le représentant de l’État devant les journalistes.
`,
  'nord-2025-06-03.md': `---
title: Le barrage de Solvène fermé
outlet: Le Nord exemple
date: 2025-06-03
lang: fr
---
Le barrage de Solvène a été fermé mardi après la découverte d'une fissure dans sa voûte.

La voûte avait été inspectée en 2019 sans relever de défaut, a précisé l'exploitant.

Le préfet Paul Mercier a évoqué mardi la possibilité d'une évacuation des trois villages situés en aval.

« Nous préparons les cars et les gymnases. Personne ne sera laissé seul », a indiqué Paul Mercier lors d'un point presse.
`,
  'ouest-2025-06-04.md': `---
title: Les agriculteurs inquiets
outlet: L'Ouest exemple
date: 2025-06-04
lang: fr
---
La fermeture du barrage de Solvène inquiète les agriculteurs de la vallée, privés d'irrigation.
`,
  'sud-2025-06-03.md': `---
title: Une fissure au barrage de Solvène
outlet: Le Sud exemple
date: 2025-06-03
lang: fr
---
Le barrage de Solvène, construit en 1962, a été fermé mardi.

Les pêcheurs du lac de retenue ont été priés mardi de ranger leurs barques avant la fin de la semaine, a annoncé la mairie.
`,
};

describe('/summary: the quotation backing a report (own text)', () => {
  const engineOf = ownCorpus('backing', dam);

  it('counts an outlet printing only the backing quotation as reporting the fact: the hint comes first after the lead', () => {
    const texts = summarize(engineOf()).sentences.map((s) => s.text);
    expect(texts[0]).toMatch(/^Le barrage de Solvène a été fermé/);
    expect(texts[1]).toMatch(/^Le préfet Paul Mercier a évoqué/);
  });

  it('does not tell the backing quotation again as a fact of its own', () => {
    const texts = summarize(engineOf()).sentences.map((s) => s.text);
    expect(texts.some((t) => /Nous préparons les cars/.test(t))).toBe(false);
    // The fact is still cited only by the outlet whose sentence states it.
    const hint = summarize(engineOf()).sentences.find((s) => /évoqué/.test(s.text))!;
    expect(hint.articleIds).toEqual(['nord-2025-06-03']);
  });
});
