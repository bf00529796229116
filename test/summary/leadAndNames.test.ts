import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import summaryCommand from '../../commands/summary.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import { tidySentence } from '../../src/summary/textUnits.js';
import { summarize } from '../../src/summary/summarize.js';

const run = (engine: Engine) => summaryCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, {}) as Answer;

async function openCorpus(prefix: string, articles: Record<string, string>): Promise<{ engine: Engine; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, name), text);
  return { engine: await Engine.open({ corpusDir: dir, dataDir: null }), dir };
}

// Own text: a French and an English report naming the same place, whose name the two languages'
// stemmers cut differently ("Varenne": "varen" in French, "varenn" in English).
const bridge: Record<string, string> = {
  'nord-2025-04-02.md': `---
title: Le pont de Varenne fermé
outlet: Le Nord exemple
date: 2025-04-02
lang: fr
---
La préfecture a fermé mardi le pont de Varenne, où 42 fissures ont été relevées.

Le maire a demandé une expertise indépendante.

Un bac provisoire doit être mis en service pour les piétons.
`,
  'sud-2025-04-02.md': `---
title: Un long détour pour les habitants
outlet: Le Sud exemple
date: 2025-04-02
lang: fr
---
Les habitants devront faire un détour de vingt kilomètres.

Les camions restent interdits dans le centre.
`,
  'wire-2025-04-02.md': `---
title: Cracked bridge shut in France
outlet: Exemple Wire
date: 2025-04-02
lang: en
---
Authorities closed the Varenne bridge on Tuesday after inspectors found 42 cracks in its cables.

Repairs could take several months, officials said.
`,
};

describe('/summary across languages: one name, two stemmers (own text)', () => {
  let engine: Engine;
  let dir: string;
  beforeAll(async () => ({ engine, dir } = await openCorpus('depeche-names-', bridge)));
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('cites the report in the other language that names the same place and number', () => {
    const cracks = run(engine).results.find((r) => /\b42\b/.test(r.text));
    expect(cracks).toBeDefined();
    const ids = cracks!.articles.map((a) => a.id);
    expect(ids).toContain('wire-2025-04-02');
    expect(ids).toContain('nord-2025-04-02');
  });
});

describe('/summary opens with the story itself (blind museum-heist fixture)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures/museum-heist'), dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('states what happened first, though every outlet uses its words and no fact word sets it apart', () => {
    // README F1: works stolen from the museum. Each side fact (arrests, value, minister) has words of its own.
    const first = run(engine).results[0].text;
    expect(first).toMatch(/\b(museum|musée)\b/i);
    expect(first).toMatch(/\b(stole|stolen|stealing|thieves|theft|vol|volé|volées|dérobé)/i);
  });
});

describe('tidySentence: page layout and reminders are not the sentence', () => {
  it('drops a list bullet and a reminder connective opening the sentence', () => {
    expect(tidySentence('- Thieves broke into the library overnight.', 'en')).toBe('Thieves broke into the library overnight.');
    expect(tidySentence('• Le pont a rouvert mardi.', 'fr')).toBe('Le pont a rouvert mardi.');
    expect(tidySentence('Pour rappel, le maire avait démissionné en mars.', 'fr')).toBe('Le maire avait démissionné en mars.');
    expect(tidySentence('As a reminder, the mayor resigned in March.', 'en')).toBe('The mayor resigned in March.');
    // A minus sign before a number is no bullet.
    expect(tidySentence('-5 degrés ont été relevés mardi.', 'fr')).toBe('-5 degrés ont été relevés mardi.');
  });
});

describe('a digest leads with a new article (own text)', () => {
  const articles: Record<string, string> = {
    'alpha-2025-02-03.md': `---\ntitle: La digue de Saint-Orbec a cédé\noutlet: Alpha Presse\ndate: 2025-02-03\nlang: fr\n---\nLa digue de Saint-Orbec a cédé dimanche soir sous la crue, inondant le bas du village.\n\nDeux cents habitants ont été évacués vers le gymnase municipal.\n`,
    'beta-2025-02-03.md': `---\ntitle: Saint-Orbec sous les eaux après la rupture de la digue\noutlet: Beta Infos\ndate: 2025-02-03\nlang: fr\n---\nÀ Saint-Orbec, la digue a cédé dimanche soir et la crue a envahi le bas du village.\n\nLes assureurs ont ouvert une cellule de crise à la mairie.\n`,
    'gamma-2025-02-05.md': `---\ntitle: La digue de Saint-Orbec sera reconstruite\noutlet: Gamma Matin\ndate: 2025-02-05\nlang: fr\n---\nLa digue de Saint-Orbec, qui avait cédé sous la crue, sera reconstruite d'ici l'automne, a annoncé mercredi la préfète.\n\nLe chantier coûtera quatre millions d'euros, selon la préfecture.\n`,
  };
  let engine: Engine;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-digest-lead-'));
    for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, name), text);
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes the story lead from the new articles, so what is new is not told away by an older report', () => {
    const summary = summarize(engine, { fresh: ['gamma-2025-02-05'] });
    expect(summary.sentences.length).toBeGreaterThan(0);
    expect(summary.sentences[0].unit.articleId).toBe('gamma-2025-02-05');
  });
});
