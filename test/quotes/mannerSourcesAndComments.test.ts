/**
 * Attribution frames the drug-approval QA found wanting, with sentences written for these tests: a language
 * named between the verb and its inverted subject, « Pour le <spécialiste>, … « … » », a participle after a
 * finite verb of speech, an unnamed « selon une source » after a quotation, a country code ending an
 * organisation's name, and clauses that are no one's report ("as X said", a thousands comma).
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('French attributions', () => {
  const article = [
    "La directrice de Marvel, Odile Saintonge, a présenté le plan mardi.",
    "« Nous ne fermerons aucun site cette année », a affirmé en espagnol la directrice de Marvel, Odile Saintonge, devant la presse.",
    "Le chirurgien Paul Ferrand, chef du service de cardiologie, doute. « Rien n'est prouvé », explique Ferrand.",
    "Pour le cardiologue, la baisse observée chez les malades, un recul de moitié des crises, « ne prouve rien sur le long terme ».",
    "Il critique « une décision précipitée », estimant que le bénéfice annoncé est « largement surestimé ».",
    "La société demandait 5 millions d'euros ; l'accord doit être signé « avant la fin du mois », selon une source proche du dossier.",
  ].join('\n\n');

  it('a language between the verb and the inverted subject (« a affirmé en espagnol la directrice… ») is no part of the speaker', async () => {
    const q = await readSpeakers('fr', article);
    expect(q('aucun site').name).toBe('Odile Saintonge');
  });

  it('« Pour le cardiologue, <sujet>, « … » » gives the specialist’s view', async () => {
    const q = await readSpeakers('fr', article);
    expect(q('long terme').name).toBe('Paul Ferrand');
  });

  it('« Il critique « … », estimant que <chose> est « … » »: the participle’s subject, not the thing judged', async () => {
    const q = await readSpeakers('fr', article);
    expect(q('largement surestimé').name).toBe('Paul Ferrand');
  });

  it('« …, selon une source proche du dossier » after the quotation is its unnamed source, not an earlier clause’s subject', async () => {
    const q = await readSpeakers('fr', article);
    expect(q('fin du mois').phrase).toBe('une source proche du dossier');
  });
});

describe('English attributions', () => {
  const article = [
    'Advocacy group Marlowe US, which lobbied for the ban, said in a statement: "Parents deserve answers today."',
    'Shares of Dorin Pharma fell. The watchdog said 900 units were affected, not 700 as Dorin said on Monday.',
    'The deal price is about 15% below the 420,000 dollars Dorin had asked for.',
  ].join('\n\n');

  it('a country code ends an organisation’s name ("Marlowe US"), it is not the organisation', async () => {
    const q = await readSpeakers('en', article);
    expect(q('Parents deserve').name).toBe('Marlowe US');
  });

  it('"not 700 as Dorin said" and "the 420,000 dollars Dorin had asked for" are no report of Dorin', async () => {
    const q = await readSpeakers('en', article);
    expect(q.all.filter((m) => m.speakerRef?.name === 'Dorin').map((m) => m.quote)).toEqual([]);
  });
});
