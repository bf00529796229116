import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import timelineCommand from '../../commands/timeline.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import { contentWords } from '../../src/text/analyzer.js';

const root = path.resolve(import.meta.dirname, '../..');
let bundled: Engine;
let other: Engine;

beforeAll(async () => {
  bundled = await Engine.open({ corpusDir: path.join(root, 'corpus'), dataDir: null });
  other = await Engine.open({ corpusDir: path.join(root, 'test/fixtures/other-event'), dataDir: null });
});
afterAll(async () => {
  await bundled.close();
  await other.close();
});

const run = (engine: Engine, topic?: string) => timelineCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, topic ? { topic } : {}) as Answer;
const words = (text: string) => contentWords(text).join(' ');
const on = (answer: Answer, date: string) => answer.results.filter((r) => r.date === date).map((r) => words(r.text));

describe('/timeline on the bundled corpus', () => {
  it('dates the cosmodrome meeting to 13 September 2023 from "mercredi"', () => {
    expect(on(run(bundled), '2023-09-13').some((w) => /\bcosmodrome\b/.test(w) && /\brencontr/.test(w))).toBe(true);
  });

  it("dates Kim's departure from Pyongyang to Sunday 10 September 2023 from \"dimanche soir\"", () => {
    expect(on(run(bundled), '2023-09-10').some((w) => /\bpyongyang\b/.test(w) && /\bparti\b/.test(w))).toBe(true);
  });

  it('lists events in date order, each once, each cited', () => {
    const answer = run(bundled);
    const dates = answer.results.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(answer.results.map((r) => r.text)).size).toBe(answer.results.length);
    for (const r of answer.results) expect(r.articles.length).toBeGreaterThan(0);
    expect(answer.results.some((r) => r.articles.length >= 2)).toBe(true);
  });

  it('keeps to a topic and says when nothing is dated on it', () => {
    const sat = run(bundled, 'satellites');
    expect(sat.results.length).toBeGreaterThan(0);
    for (const r of sat.results) expect(words(r.text)).toMatch(/\bsatellite/);
    expect(run(bundled, 'football').notice).toMatch(/football/);
  });
});

describe('/timeline on another event', () => {
  it('resolves French and English relative days against each article\'s date and merges outlets', () => {
    const answer = run(other);
    const quake = answer.results.find((r) => r.date === '2024-03-07' && /\b(seisme|earthquake)\b/.test(words(r.text)));
    expect(quake).toBeDefined();
    expect(quake!.articles.map((a) => a.id).sort()).toEqual(['wire-en-2024-03-08', 'wire-fr-2024-03-08']);
    expect(on(answer, '2024-03-02').some((w) => /\bseisme\b/.test(w))).toBe(true);
    expect(on(answer, '2024-03-11').some((w) => /\btrains\b/.test(w))).toBe(true);
  });
});

describe('/timeline on announced events (unseen articles)', () => {
  let ahead: Engine;
  beforeAll(async () => {
    ahead = await Engine.open({ corpusDir: path.join(root, 'test/timeline/fixtures/ahead'), dataDir: null });
  });
  afterAll(async () => {
    await ahead.close();
  });

  it('dates announced events to the coming days and past ones to the days before publication', () => {
    const answer = run(ahead);
    // Published Tuesday 8 October 2024.
    expect(on(answer, '2024-10-07').some((w) => /\bferme\b/.test(w) || /\bclosed\b/.test(w))).toBe(true);
    expect(on(answer, '2024-10-10').some((w) => /\breunion\b/.test(w) || /\bfindings\b/.test(w))).toBe(true);
    expect(on(answer, '2024-10-12').some((w) => /\bmanifestation\b/.test(w) || /\bblock\b/.test(w))).toBe(true);
    for (const r of answer.results) expect(r.date! >= '2024-10-06').toBe(true);
  });

  it('puts the announced reopening and the later report of it on the same day', () => {
    const friday = run(ahead).results.filter((r) => r.date === '2024-10-11');
    const ids = friday.flatMap((r) => r.articles.map((a) => a.id));
    expect(ids).toContain('daily-fr-2024-10-12');
    expect(ids.some((id) => id.startsWith('wire-'))).toBe(true);
  });
});

describe('/timeline on a doping case (unseen French and English articles, 11–13 March 2025)', () => {
  let doping: Engine;
  beforeAll(async () => {
    doping = await Engine.open({ corpusDir: path.join(root, 'test/fixtures/doping-case'), dataDir: null });
  });
  afterAll(async () => {
    await doping.close();
  });

  it('dates "jeudi prochain" and "next Thursday", written on a Wednesday, to the Thursday of next week', () => {
    const lausanne = run(doping, 'Lausanne').results;
    expect(lausanne.length).toBeGreaterThan(0);
    for (const r of lausanne) expect(r.date).toBe('2025-03-20');
  });

  it('dates a press conference announced in the conditional ("tiendrait … mercredi") to the next Wednesday', () => {
    const answer = run(doping, 'conférence de presse');
    expect(on(answer, '2025-03-12').some((w) => /\btiendrait\b/.test(w))).toBe(true);
    expect(answer.results.every((r) => r.date! >= '2025-03-11')).toBe(true);
  });

  it('cites every outlet that reports the suspension on Tuesday 11 March, in French and English, and no other', () => {
    const suspension = run(doping).results.find((r) => r.date === '2025-03-11' && /\bsuspend/.test(words(r.text)));
    expect(suspension!.articles.map((a) => a.id).sort()).toEqual(['guardian-2025-03-12', 'ledauphine-2025-03-11', 'lequipe-2025-03-11', 'reuters-2025-03-11']);
  });

  it('puts the French and English reports of the counter-analysis in Lausanne on one line', () => {
    const lausanne = run(doping, 'Lausanne').results;
    expect(lausanne.some((r) => ['guardian-2025-03-12', 'ouest-france-2025-03-12'].every((id) => r.articles.some((a) => a.id === id)))).toBe(true);
  });

  it('does not date an event by the year a contract runs until', () => {
    const answer = run(doping);
    expect(answer.results.some((r) => r.date === '2027')).toBe(false);
  });
});

describe('/timeline groups French and English reports of one fact', () => {
  // A small strike story: Wednesday 11 June 2025, four outlets, two languages.
  const articles: Record<string, string> = {
    'ouest-exemple-2025-06-11.md': `---
title: Grève au port de Brest
outlet: Ouest Exemple
lang: fr
published: 2025-06-11
---
Les dockers du port de Brest ont voté mardi une grève de 48 heures, à l'appel du syndicat CGT, pour réclamer une hausse de salaire.

Le maire, Paul Kerhervé, qui avait été élu en mars 2020, a réuni mardi soir son conseil municipal à la mairie de Quimperlé.

La direction du port se dit prête à négocier.
`,
    'wire-exemple-2025-06-11.md': `---
title: French dockers vote to strike
outlet: Example Wire
lang: en
published: 2025-06-11
---
Longshoremen in Brest backed a 48-hour stoppage on Tuesday in a long dispute over wages, union officials of the CGT said.

Shipping companies said they would divert vessels to other ports.
`,
    'gazette-exemple-2025-06-11.md': `---
title: Port strike threatens exports
outlet: Example Gazette
lang: en
published: 2025-06-11
---
Longshoremen had already staged a week-long stoppage in a dispute over wages in 2023, union officials recalled.

Exporters fear long delays at the port.
`,
    'telegramme-exemple-2025-06-11.md': `---
title: Les dockers brestois en grève
outlet: Le Télégramme Exemple
lang: fr
published: 2025-06-11
---
La CGT a obtenu mardi le vote d'une grève de 48 heures des dockers brestois, qui réclament de meilleurs salaires.

Les armateurs redoutent des retards importants.
`,
  };
  let strike: Engine;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-timeline-'));
    for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, name), text);
    strike = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await strike.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('cites the English report beside the French one when they share names and numbers on the same day', () => {
    const tuesday = run(strike).results.filter((r) => r.date === '2025-06-10');
    const vote = tuesday.find((r) => /\b(greve|strike|walkout)\b/.test(words(r.text)));
    expect(vote).toBeDefined();
    expect(vote!.articles.map((a) => a.id).sort()).toEqual(['ouest-exemple-2025-06-11', 'telegramme-exemple-2025-06-11', 'wire-exemple-2025-06-11']);
  });

  it('keeps another fact of the same day apart, dated by its main clause rather than its aside', () => {
    const answer = run(strike);
    const council = answer.results.find((r) => /\bconseil\b/.test(words(r.text)));
    expect(council?.date).toBe('2025-06-10');
    expect(council!.articles.map((a) => a.id)).toEqual(['ouest-exemple-2025-06-11']);
    expect(answer.results.some((r) => r.date === '2020-03')).toBe(false);
  });
});

describe('what happened outranks what was expected', () => {
  // Written for this test: a Wednesday article expects results on Thursday; a Thursday article reports them.
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-forecast-'));
    await writeFile(
      // Read first: on a tie, the corpus order would keep the announcement.
      path.join(dir, 'annonce-2025-04-09.md'),
      "---\noutlet: L'Annonce\nlang: fr\npublished: 2025-04-09\n---\nLes résultats des analyses de l'air de l'école de Saint-Amand sont attendus jeudi, selon la mairie.\n",
    );
    await writeFile(
      path.join(dir, 'courrier-2025-04-10.md'),
      "---\noutlet: Le Courrier\nlang: fr\npublished: 2025-04-10\n---\nLes analyses ont confirmé jeudi l'absence de risque dans l'école de Saint-Amand, qui rouvrira lundi.\n",
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('on a day both name, the report of what happened is kept before the announcement of it', async () => {
    const { buildTimeline } = await import('../../src/timeline/buildTimeline.js');
    const thursday = buildTimeline(engine).events.filter((e) => e.date === '2025-04-10');
    expect(thursday.length).toBeGreaterThan(0);
    expect(thursday[0].text).toMatch(/ont confirmé jeudi/);
    // With room for one event only, the report wins over the forecast.
    const [only] = buildTimeline(engine, { maxEvents: 1 }).events;
    expect(only.text).toMatch(/ont confirmé jeudi/);
  });
});

describe('a day both announced and reported, on a tie', () => {
  // Written for this test: the announcement is read first and reads as well as the report.
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-tie-'));
    const write = (file: string, outlet: string, published: string, body: string) =>
      writeFile(path.join(dir, file), `---\noutlet: ${outlet}\nlang: fr\npublished: ${published}\n---\n${body}\n`);
    await write('a-gazette-2025-05-13.md', 'La Gazette', '2025-05-13', "Les élus de Vernoux doivent voter mercredi le budget de rénovation de la piscine olympique, estimé à 4 millions d'euros.");
    await write(
      'b-echo-2025-05-15.md',
      "L'Écho",
      '2025-05-15',
      "La gendarmerie a fermé la route départementale après un éboulement survenu lundi.\n\nLe conseil municipal de Vernoux a adopté mercredi le budget de rénovation de la piscine olympique, soit 4 millions d'euros.",
    );
    await write(
      'c-radio-2025-05-14.md',
      'Radio Vallée',
      '2025-05-14',
      'Le festival de jazz de Vernoux a annoncé mardi la venue de douze groupes cet été.\n\nUn incendie a détruit mardi soir un hangar agricole près de Saint-Ours.',
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the report of the day, never citing the earlier announcement beside it', async () => {
    const { buildTimeline } = await import('../../src/timeline/buildTimeline.js');
    const wednesday = buildTimeline(engine).events.filter((e) => e.date === '2025-05-14');
    expect(wednesday[0].text).toMatch(/a adopté mercredi/);
    // La Gazette came out the day before the vote: it announced it, it cannot report it.
    expect(wednesday[0].articleIds).toEqual(['b-echo-2025-05-15']);
  });
});

describe('a date told in passing', () => {
  // Written for this test: two sentences date the same Monday; one only in a relative clause after a comma.
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-passing-'));
    await writeFile(
      path.join(dir, 'a-wire-2025-02-05.md'),
      '---\noutlet: A Wire\nlang: en\npublished: 2025-02-05\n---\nThe restrictions cover the villages around Elmsworth, where the leak was found on Monday at the old quarry.\n',
    );
    await writeFile(
      path.join(dir, 'b-daily-2025-02-05.md'),
      '---\noutlet: B Daily\nlang: en\npublished: 2025-02-05\n---\nEngineers found a gas leak on Monday at a disused quarry near Elmsworth.\n\nPassengers who were stranded on Monday night have described long delays.\n',
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows first the sentence that opens with the day\'s event, not one whose date sits in a relative clause after a comma', async () => {
    const { buildTimeline } = await import('../../src/timeline/buildTimeline.js');
    const monday = buildTimeline(engine).events.filter((e) => e.date === '2025-02-03');
    expect(monday.map((e) => e.text)).toHaveLength(3);
    expect(monday[0].text).toMatch(/^Engineers found a gas leak/);
    expect(monday[monday.length - 1].text).toMatch(/^The restrictions cover/);
  });
});

describe('a day the sentence sets ahead', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-ahead-'));
    await writeFile(
      path.join(dir, 'wire-2025-06-05.md'),
      "---\noutlet: Wire\nlang: fr\npublished: 2025-06-05\n---\nDans un message publié mercredi soir, les pirates menacent de mettre en ligne tout le fichier lundi prochain.\n\nLa banque a porté plainte jeudi.\n",
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('dates a deadline after publication as its own event, besides the day the sentence reports', async () => {
    const { buildTimeline } = await import('../../src/timeline/buildTimeline.js');
    const events = buildTimeline(engine).events.map((e) => [e.date, e.text.slice(0, 20)]);
    // Published Thursday 5 June: "mercredi soir" is the 4th, "lundi prochain" the 9th.
    expect(events).toContainEqual(['2025-06-04', 'Dans un message publ']);
    expect(events).toContainEqual(['2025-06-09', 'Dans un message publ']);
    // A past day later in a sentence adds nothing: only days ahead of publication do.
    expect(events.filter(([date]) => date === '2025-06-05')).toHaveLength(1);
  });
});

describe('several dates ahead in one sentence', () => {
  // Written for this test: a sentence names the start of works and the opening, both years ahead;
  // another outlet reports the opening alone.
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-years-ahead-'));
    const write = (file: string, outlet: string, lang: string, published: string, body: string) =>
      writeFile(path.join(dir, file), `---\noutlet: ${outlet}\nlang: ${lang}\npublished: ${published}\n---\n${body}\n`);
    await write('a-gazette-2026-02-04.md', 'La Gazette', 'fr', '2026-02-04', 'Si le financement est bouclé, le chantier du tunnel de Vaudrieux démarrera en 2029, pour une ouverture du tunnel de Vaudrieux prévue en 2035.');
    await write('b-post-2026-02-05.md', 'The Post', 'en', '2026-02-05', 'The Vaudrieux tunnel should open to traffic in 2035, the regional council said on Wednesday.');
    await write('c-radio-2026-02-05.md', 'Radio Nord', 'fr', '2026-02-05', "Un incendie a détruit mercredi soir un entrepôt de la zone industrielle de Marcy.\n\nLa mairie de Marcy a ouvert mercredi un gymnase pour les salariés évacués.");
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('dates the sentence at the first, and cites it at the next one beside a sentence that reports that one', async () => {
    const { buildTimeline } = await import('../../src/timeline/buildTimeline.js');
    const events = buildTimeline(engine).events;
    const at = (date: string) => events.filter((e) => e.date === date);
    expect(at('2029').map((e) => e.articleIds)).toEqual([['a-gazette-2026-02-04']]);
    expect(at('2035')).toHaveLength(1);
    expect(at('2035')[0].text).toMatch(/^The Vaudrieux tunnel should open/);
    expect(at('2035')[0].articleIds).toEqual(['b-post-2026-02-05', 'a-gazette-2026-02-04']);
  });
});

describe('a date in an apposition', () => {
  // Written for this test: the speaking is undated; the only weekday describes the place it happened in.
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-apposition-'));
    await writeFile(
      path.join(dir, 'wire-2025-11-06.md'),
      '---\noutlet: Wire\nlang: en\npublished: 2025-11-06\n---\n"We will rebuild every house," the governor told residents in Marlow Creek, one of the towns flooded on Monday night.\n\nThe river peaked on Tuesday at Hensley.\n',
    );
    await writeFile(
      path.join(dir, 'depeche-2025-11-06.md'),
      "---\noutlet: La Dépêche\nlang: fr\npublished: 2025-11-06\n---\n« Aucune maison ne sera oubliée », a promis le gouverneur à Marlow Creek, l'une des villes inondées lundi soir.\n",
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('does not date the sentence by it', async () => {
    const { buildTimeline } = await import('../../src/timeline/buildTimeline.js');
    const events = buildTimeline(engine).events;
    expect(events.map((e) => e.date)).toEqual(['2025-11-04']);
    expect(events.some((e) => /governor|gouverneur/.test(e.text))).toBe(false);
  });
});
