/**
 * Reading the speaker phrase around a quotation: a figure's verb ("a calculé"), a time word
 * between the quotation and an inverted verb, a name apposed after a long relative clause, a
 * nickname after a naming verb, a fronted noun before an interpolated "he said", a subject whose
 * apposition holds a relative clause, an office "in <place>", a document after "according to".
 * Wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

const read = readSpeakers;

describe('verbs of a figure reported', () => {
  it('fr: « … », a calculé X / a chiffré X', async () => {
    const q = await read('fr', "La panne a duré six heures.\n\n« Chaque heure de panne coûte deux millions d'euros aux commerçants », a calculé Jeanne Pascal, économiste à l'institut Vauban.\n\n« La facture dépassera dix millions », a chiffré Louis Berthon, président de la chambre de commerce.");
    expect(q('Chaque heure de panne').name).toBe('Jeanne Pascal');
    expect(q('La facture dépassera').name).toBe('Louis Berthon');
  });

  it('en: "…," calculated X / reckoned X', async () => {
    const q = await read('en', 'The outage lasted six hours.\n\n"Every hour of outage costs shops two million pounds," calculated Jane Porter, an economist at the Vauban Institute.\n\n"The bill will pass ten million," reckoned Lewis Barton, who chairs the chamber of commerce.');
    expect(q('Every hour of outage').name).toBe('Jane Porter');
    expect(q('The bill will pass').name).toBe('Lewis Barton');
  });
});

describe('a time word between the quotation and an inverted verb', () => {
  it('fr: « … » samedi, a averti X is X', async () => {
    const q = await read('fr', "Les contrôleurs aériens sont en grève depuis mardi.\n\nLe trafic restera « très réduit » samedi, a averti la compagnie Aérolis, qui conseille de reporter les voyages.");
    expect(q('très réduit').phrase).not.toMatch(/samedi/iu);
    expect(q('très réduit').name).toMatch(/Aérolis/u);
  });
});

describe('a name apposed after a long relative clause', () => {
  it('fr: « … », résume celle qui, depuis vingt ans, …, Martine Roux', async () => {
    const q = await read('fr', "Le laboratoire a fermé ses portes lundi.\n\n« On ne ferme pas un laboratoire pour faire des économies », résume celle qui, depuis vingt ans, dirige les recherches sur les sols de la région, Martine Roux.");
    expect(q('On ne ferme pas un laboratoire').name).toBe('Martine Roux');
  });

  it('en: "…," said the woman who, before she …, spent a decade …, Laura Finch', async () => {
    const q = await read('en', 'The laboratory closed on Monday.\n\n"You do not close a laboratory to save money," said the woman who, before she ran the soil programme at Denholm University, spent ten years testing samples for the state, Laura Finch.');
    expect(q('You do not close a laboratory').name).toBe('Laura Finch');
  });
});

describe('a nickname is no quotation and its namers no speaker', () => {
  it('fr: « X, 61 ans, que tout le quartier appelle « Doudou », … » then a quotation', async () => {
    const q = await read('fr', "Paul Durand, 61 ans, que tout le quartier appelle « Doudou », tient la boulangerie depuis trente ans.\n\n« On n'a jamais vu ça ici. Jamais. »");
    expect(q.has('Doudou')).toBe(false);
    expect(q("On n'a jamais vu ça").name).toBe('Paul Durand');
  });

  it('fr: surnommé « le Renard » is no quotation', async () => {
    const q = await read('fr', "Le suspect, surnommé « le Renard » par les enquêteurs, avait déjà été condamné en 2015.\n\nLe procureur a tenu une conférence de presse.");
    expect(q.has('le Renard')).toBe(false);
  });

  it('en: known as "the Fox" / dubbed "the Fox" is no quotation', async () => {
    const q = await read('en', 'One suspect, known as "the Fox" to the police, had been convicted in 2015. His brother, dubbed "the Cub" by reporters, was released.');
    expect(q.has('the Fox')).toBe(false);
    expect(q.has('the Cub')).toBe(false);
  });
});

describe('a fronted noun before an interpolated "he said"', () => {
  it('en: "Repairs, she said, may cost \\"…\\"" is the pronoun\'s person', async () => {
    const q = await read('en', 'Anna Hale, the county engineer, said the bridge would stay closed for months.\n\nRepairs, she said, may cost "several million pounds, perhaps more."');
    expect(q('several million pounds').name).toBe('Anna Hale');
  });
});

describe('an apposition holding a relative clause', () => {
  it('en: "\\"…,\\" X, a broker at Y, which insures Z, told the Gazette" is X', async () => {
    const q = await read('en', 'Floods hit the valley on Sunday.\n\n"Such losses are rarely covered in full," Mark Tully, a broker at Brent & Sons, which insures several farms in the valley, told the Gazette.');
    expect(q('Such losses are rarely covered').name).toBe('Mark Tully');
  });
});

describe('an office "in <place>" is the office', () => {
  it('en: "…, the prosecutor\'s office in Lyon said" keeps the whole clause and the office', async () => {
    const q = await read('en', 'Police searched two flats on Saturday.\n\nA second man, aged 31, was arrested shortly after midnight in Grenoble, the prosecutor\'s office in Lyon said.');
    const r = q('A second man');
    expect(r.quote).toMatch(/Grenoble/u);
    expect(r.phrase ?? '').toMatch(/office/iu);
  });
});

describe('a document after "according to" is the source', () => {
  it('en: a sentence ending "according to the company\'s annual report" is not the previous speaker\'s', async () => {
    const q = await read('en', 'Economist Tom Reed said the strike would cost the region dearly. "A week of this is a recession," he said.\n\nEach point of wage rise costs the operator about €40 million a year, according to the company\'s 2023 annual report.');
    const found = q.all.find((m) => m.quote.includes('Each point of wage rise'));
    expect(found?.speakerRef?.name ?? null).not.toBe('Tom Reed');
  });
});

describe("a work's title between quotation marks is no quotation", () => {
  it('fr/en: « Le Jardin d\'hiver », "The Winter Garden" are titles; "The President is wrong", « La France tiendra… » stay quotations', async () => {
    const fr = await read('fr', "Les voleurs sont repartis avec « Le Jardin d'hiver », une toile de Morin, selon les premiers éléments de l'enquête.");
    expect(fr.all.some((m) => m.kind === 'direct' && m.quote.includes('Le Jardin'))).toBe(false);
    const en = await read('en', 'The thieves made off with "The Winter Garden" and two drawings. "The President is wrong," said Paul Irving, a curator.');
    expect(en.all.some((m) => m.kind === 'direct' && m.quote.includes('The Winter Garden'))).toBe(false);
    expect(en('The President is wrong').name).toBe('Paul Irving');
    const fr2 = await read('fr', "Le président a conclu son discours : « La France tiendra ses engagements. »");
    expect(fr2.has('La France tiendra')).toBe(true);
  });
});
