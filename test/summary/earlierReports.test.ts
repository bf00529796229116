import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: a flood told over three days. The first day's article announces the minister's visit
// for Thursday and says the river burst its banks; the third day's report the visit and the water
// going down, which the first could not have reported.
const flood: Record<string, string> = {
  'centre-2025-11-05.md': `---
title: Météo, la pluie s'éloigne
outlet: Le Centre exemple
published: 2025-11-05
lang: fr
---
Météo-France a levé la vigilance orange pour la Lanve, la pluie s'éloignant vers l'est.

Les agriculteurs de la vallée redoutent des pertes importantes après la crue.
`,
  'est-2025-11-05.md': `---
title: Les écoles de Corvel fermées
outlet: L'Est exemple
published: 2025-11-05
lang: fr
---
Les écoles de Corvel resteront fermées jusqu'à vendredi, a décidé le rectorat après la crue de la Lanve.

Le gymnase municipal accueille une centaine d'habitants évacués.
`,
  'nord-2025-11-04.md': `---
title: Crue de la Lanve, un automobiliste disparu
outlet: Le Nord exemple
published: 2025-11-04
lang: fr
---
La Lanve est sortie de son lit mardi soir à Corvel, après deux jours de pluie.

L'automobiliste porté disparu depuis mardi près du pont de Lanvic est toujours recherché par les secours, a annoncé la préfecture.

La ministre de l'Intérieur doit se rendre jeudi à Corvel, où elle promettra des aides rapides aux sinistrés.
`,
  'ouest-2025-11-06.md': `---
title: Corvel pleure l'automobiliste
outlet: L'Ouest exemple
published: 2025-11-06
lang: fr
---
La Lanve reflue lentement à Corvel, deux jours après la crue.

Les secours ont retrouvé près du pont de Lanvic le corps de l'automobiliste porté disparu depuis mardi.

La ministre de l'Intérieur, en visite jeudi à Corvel, a promis des aides rapides aux sinistrés.
`,
  'sud-2025-11-06.md': `---
title: Crue de la Lanve, le bilan
outlet: Le Sud exemple
published: 2025-11-06
lang: fr
---
La crue de la Lanve a fait une victime à Corvel, où l'eau commence à baisser.

Le corps de l'automobiliste porté disparu depuis mardi a été retrouvé près du pont de Lanvic, a annoncé la préfecture.

La ministre de l'Intérieur s'est rendue jeudi à Corvel, où elle a promis des aides rapides aux sinistrés.
`,
};

describe('/summary never cites a report published before what the sentence tells (own text)', () => {
  const engineOf = ownCorpus('earlier', flood);

  it('a visit made on Thursday is not cited to the article that announced it on Tuesday, but to the one that also reports it done', () => {
    const visit = summarize(engineOf()).sentences.find((s) => /en visite jeudi/.test(s.text));
    expect(visit).toBeDefined();
    expect(visit!.articleIds).toContain('sud-2025-11-06');
    expect(visit!.articleIds).not.toContain('nord-2025-11-04');
  });

  it('a sentence naming no day is not cited to an earlier article that only comes near it', () => {
    const ids = summarize(engineOf()).sentences.filter((s) => s.unit.articleId === 'ouest-2025-11-06').flatMap((s) => s.articleIds);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('nord-2025-11-04');
  });

  it('"depuis mardi" starts a state: the day the sentence reports is not Tuesday', async () => {
    const { readDates } = await import('../../src/timeline/readDates.js');
    const [since] = readDates("L'automobiliste porté disparu depuis mardi a été retrouvé.", 'fr', '2025-11-06');
    expect(since).toMatchObject({ date: '2025-11-04', startsAState: true });
    const [plain] = readDates('Le corps a été retrouvé mardi.', 'fr', '2025-11-06');
    expect(plain.startsAState).toBeUndefined();
    const [en] = readDates('The road has been closed since Monday.', 'en', '2025-11-06');
    expect(en).toMatchObject({ date: '2025-11-03', startsAState: true });
  });
});


describe('/summary: a figure "now" is as of its article, not the day it recalls (blind chemical-spill fixture)', () => {
  it('never cites the first day\'s wire beside the evacuation count as it stands now', async () => {
    const { Engine } = await import('../../src/engine/engine.js');
    const path = await import('node:path');
    const engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures/chemical-spill'), dataDir: null });
    try {
      const now = summarize(engine).sentences.find((s) => /are now out of their homes/.test(s.text));
      expect(now).toBeDefined();
      // The wire of the first day counted 300 people within a mile: it could not report the count as it stands two days later.
      expect(now!.articleIds).not.toContain('ap-2026-03-04');
    } finally {
      await engine.close();
    }
  });
});
