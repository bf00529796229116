/**
 * /ask on wire reports of one event told by several outlets (French and English, written for this
 * test): a cause question finds the passages naming the cause however they word it ("blamed on",
 * « imputée à », « due au gaz », "after a transformer failed", « après qu'une vanne a cédé »); the
 * words a question asks with ("how far", "who owns", "what caused", « le dernier bilan ») are never
 * reported as missing from the corpus; and the latest figure comes first, the earlier one after it.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import { readQuestion } from '../../commands/ask.js';
import { causeWording } from '../../src/lang/questions.js';
import type { Answer } from '../../src/engine/answer.js';
import type { Engine } from '../../src/engine/engine.js';
import { ownCorpus } from '../ownCorpus.js';

const article = (meta: string[], ...paragraphs: string[]) => ['---', ...meta, '---', '', ...paragraphs.flatMap((p) => [p, ''])];

const BLAST: Record<string, string[]> = {
  'ledger-en.md': article(
    ['title: "Two dead in Kelbridge apartment blast"', 'outlet: The Northern Ledger', 'published: 2026-06-08T09:00:00Z', 'lang: en'],
    'KELBRIDGE, June 8 (Reuters) - An explosion tore through a four-storey apartment block in Kelbridge early on Monday, killing two people and injuring eleven, the fire service said.',
    'The blast, which happened shortly before 5 a.m., was caused by a damaged gas connection in the basement, according to the fire chief, Helen Markby.',
    'Firefighters evacuated 40 residents from neighbouring buildings on Carrow Street.',
    'The explosion shattered windows across the street and was heard three miles away.',
  ),
  'post-en.md': article(
    ['title: "Kelbridge blast: inquiry opens"', 'outlet: Midland Post', 'published: 2026-06-09T18:00:00Z', 'lang: en'],
    'Investigators said the explosion was blamed on a gas pipe that had been cut during renovation work two days earlier.',
    "The block's owner, Larchfield Homes, said it was cooperating with the inquiry.",
    'The street is about 200 metres from Kelbridge railway station.',
  ),
  'courrier-fr.md': article(
    ['title: "Explosion meurtrière dans un immeuble de Kelbridge"', "outlet: Le Courrier de l'Est", 'published: 2026-06-08T14:00:00+02:00', 'lang: fr'],
    "Une explosion, due au gaz, a ravagé lundi à l'aube un immeuble de quatre étages à Kelbridge.",
    "L'explosion est imputée à une fuite sur un raccordement endommagé, selon les pompiers.",
    'Les habitants ont été relogés dans un gymnase.',
    "L'explosion a soufflé les vitres des immeubles voisins, selon un riverain.",
  ),
  'depot-en.md': article(
    ['title: "Depot outage"', 'outlet: Kelbridge Evening Star', 'published: 2026-06-09T10:00:00Z', 'lang: en'],
    'The power cut at the Kelbridge bus depot happened after a transformer failed.',
    'Buses ran on a reduced timetable until noon.',
  ),
  'eaux-fr.md': article(
    ['title: "Coupure d\'eau à Brémont"', 'outlet: La Dépêche du Val', 'published: 2026-06-10T10:00:00+02:00', 'lang: fr'],
    "La coupure d'eau de mardi à Brémont est survenue après qu'une vanne a cédé sous la pression.",
    "Le syndicat des eaux présente ses excuses aux 3 000 foyers privés d'eau.",
  ),
};

const run = (engineOf: () => Engine, question: string, locale: 'fr' | 'en' = 'en') =>
  askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

describe('/ask: cause wording is language data', () => {
  it('reads a cause in each of its wordings, and not an order of events alone', () => {
    const holds = (text: string) => causeWording.fr.pattern.test(text) || causeWording.en.pattern.test(text);
    expect(holds('The fire was blamed on a faulty heater.')).toBe(true);
    expect(holds('The delay was attributed to a signal fault.')).toBe(true);
    expect(holds("La panne est imputée à un câble sectionné.")).toBe(true);
    expect(holds("Un incendie, dû à un court-circuit, a détruit la grange.")).toBe(true);
    expect(holds('The line closed after a rail snapped near the bridge.')).toBe(true);
    expect(holds("Le trafic a été coupé après qu'une conduite a cédé.")).toBe(true);
    expect(holds('Inspectors blamed worn brake pads for the derailment.')).toBe(true);
    expect(holds('A burst water main caused the sinkhole, the council said.')).toBe(true);
    expect(holds("Selon l'enquête, l'usure des freins serait en cause.")).toBe(true);
    expect(holds("Une conduite rompue a provoqué l'affaissement de la chaussée.")).toBe(true);
    expect(holds('She left the office after the meeting ended.')).toBe(false);
    expect(holds('Le maire est arrivé après la réunion.')).toBe(false);
  });
});

describe('/ask: a cause question finds the cause however each outlet words it', () => {
  const engineOf = ownCorpus('ask-causes', BLAST);

  it('"What caused the explosion?" and « Quelle est la cause de l\'explosion ? » bring up every outlet\'s wording of the cause first', () => {
    for (const question of ['What caused the explosion?', "Quelle est la cause de l'explosion ?", "Qu'est-ce qui a provoqué l'explosion ?"]) {
      const top = run(engineOf, question).results.slice(0, 4).map((r) => r.text).join('\n');
      expect(top).toMatch(/blamed on a gas pipe/);
      expect(top).toMatch(/imputée à une fuite/);
      expect(top).toMatch(/due au gaz/);
      expect(top).toMatch(/caused by a damaged gas connection/);
    }
  });

  it('a failure that came first answers "why" ahead of another event\'s cause', () => {
    expect(run(engineOf, 'Why did the power cut happen?').results[0]?.text).toMatch(/after a transformer failed/);
    expect(run(engineOf, "Pourquoi la coupure d'eau ?", 'fr').results[0]?.text).toMatch(/après qu'une vanne a cédé/);
  });
});

describe('/ask: a cause named by blame, by « en cause » or by an active verb', () => {
  const engineOf = ownCorpus('ask-cause-verbs', {
    'gazette-en.md': article(
      ['title: "Bridge collapse in Marnay"', 'outlet: The Eastern Gazette', 'published: 2026-03-10T09:00:00Z', 'lang: en'],
      'A road bridge over the Ousel collapsed in Marnay on Monday afternoon, sending two cars into the river.',
      'Officials blamed corrosion of the main cables for the collapse.',
      'Traffic was diverted through the town centre.',
    ),
    'republicain-fr.md': article(
      ['title: "Effondrement du pont de Marnay"', "outlet: Le Républicain de l'Ousel", 'published: 2026-03-10T12:00:00+01:00', 'lang: fr'],
      "Le pont routier de Marnay s'est effondré lundi après-midi, précipitant deux voitures dans l'Ousel.",
      'Selon les premiers éléments, la corrosion des câbles serait en cause.',
      'La circulation a été déviée par le centre-ville.',
    ),
    'valley-en.md': article(
      ['title: "Marnay: what we know"', 'outlet: Ousel Valley News', 'published: 2026-03-11T08:00:00Z', 'lang: en'],
      'A lorry that exceeded the weight limit caused the final failure, according to the police.',
      'The bridge was built in 1962.',
    ),
  });

  it('"Why did the bridge collapse?" and « Pourquoi le pont s\'est-il effondré ? » give the three causes before the collapse told again', () => {
    for (const [question, locale] of [['Why did the bridge collapse?', 'en'], ["Pourquoi le pont s'est-il effondré ?", 'fr']] as const) {
      const top = run(engineOf, question, locale).results.slice(0, 3).map((r) => r.text).join('\n');
      expect(top).toMatch(/blamed corrosion/);
      expect(top).toMatch(/serait en cause/);
      expect(top).toMatch(/caused the final failure/);
    }
  });
});

describe('/ask: the words a question asks with are not reported missing', () => {
  const engineOf = ownCorpus('ask-asking-words', BLAST);

  it('"who owns" is answered by the owner, "how far" by the distance, with no notice', () => {
    const owns = run(engineOf, 'Who owns the building?');
    expect(owns.results[0]?.text).toMatch(/owner, Larchfield Homes/);
    expect(owns.notice).toBeUndefined();
    const far = run(engineOf, 'How far is the street from the station?');
    expect(far.results[0]?.text).toMatch(/200 metres/);
    expect(far.notice).toBeUndefined();
    const distance = run(engineOf, 'À quelle distance de la gare se trouve la rue ?', 'fr');
    expect(distance.results[0]?.text).toMatch(/200 metres/);
    expect(distance.notice).toBeUndefined();
  });

  it('a word the corpus truly lacks is still named', () => {
    expect(run(engineOf, 'How far is the street from the airport?').notice).toMatch(/airport/);
  });

  it('« le dernier bilan » and "what caused" ask; no passage need hold them', () => {
    expect(readQuestion('Quel est le dernier bilan ?').latest).toBe(true);
    expect(run(engineOf, 'Quel est le dernier bilan ?', 'fr').notice).toBeUndefined();
  });
});

describe('/ask: "what caused" in a corpus that never says "cause"', () => {
  const engineOf = ownCorpus('ask-no-cause-word', { 'post-en.md': BLAST['post-en.md'], 'courrier-fr.md': BLAST['courrier-fr.md'] });

  it('finds the cause and names no missing word', () => {
    const a = run(engineOf, 'What caused the explosion?');
    expect(a.results.slice(0, 2).map((r) => r.text).join('\n')).toMatch(/blamed on|imputée à/);
    expect(a.notice).toBeUndefined();
  });
});

describe('/ask: the latest figure first, the earlier one after it', () => {
  const engineOf = ownCorpus('ask-latest-toll', {
    'gazette-en.md': article(
      ['title: "Kelbridge blast: death toll stands at two"', 'outlet: The Northern Ledger', 'published: 2026-06-08T20:00:00Z', 'lang: en'],
      'The death toll from the Kelbridge apartment explosion stands at two, officials said on Monday evening.',
    ),
    'courrier-fr.md': article(
      ['title: "Kelbridge : le bilan s\'alourdit"', "outlet: Le Courrier de l'Est", 'published: 2026-06-09T19:00:00+02:00', 'lang: fr'],
      "Le bilan de l'explosion de Kelbridge s'est alourdi à trois morts mardi, une femme ayant succombé à ses blessures.",
    ),
  });

  it('"What is the latest death toll?" and « Quel est le dernier bilan ? » give the later report first, each cited', () => {
    for (const [question, locale] of [['What is the latest death toll?', 'en'], ['Quel est le dernier bilan ?', 'fr']] as const) {
      const { results } = run(engineOf, question, locale);
      expect(results[0]?.text).toMatch(/trois morts/);
      expect(results[0]?.articles.map((c) => c.id)).toEqual(['courrier-fr']);
      const earlier = results.findIndex((r) => /stands at two/.test(r.text));
      expect(earlier).toBeGreaterThan(0);
      expect(results[earlier].articles.map((c) => c.id)).toEqual(['gazette-en']);
    }
  });
});

describe('/ask: outlets in different time zones are ordered by the instant they posted', () => {
  const engineOf = ownCorpus('ask-latest-zones', {
    'voix-fr.md': article(
      ['title: "Inondations à Tarrow"', 'outlet: La Voix du Nord-Ouest', 'published: 2026-04-03T19:00:00+02:00', 'lang: fr'],
      'Les inondations de Tarrow ont fait deux morts, selon la préfecture.',
    ),
    'wire-en.md': article(
      ['title: "Tarrow floods: toll rises"', 'outlet: North Wire', 'published: 2026-04-03T17:30:00Z', 'lang: en'],
      'The Tarrow floods have now killed three people, the prefecture said.',
    ),
  });

  it('a report posted at 17:30 UTC is later than one posted at 19:00 in Paris (17:00 UTC)', () => {
    const { results } = run(engineOf, 'How many people died in the floods?');
    expect(results.map((r) => r.articles[0]?.id)).toEqual(['wire-en', 'voix-fr']);
  });
});
