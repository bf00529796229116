/**
 * Language data for quotations and how speaker names are read and looked up: reporting verbs
 * (French "témoigne", "glisse-t-elle", "s'est-elle exclamée", "s'alarme"; English "denounced",
 * "slammed"), abbreviated ranks ("Col."), English titles ("Prefect"), lower-case name particles
 * ("van der", "de"), honorifics that tell apart two people with one surname ("Mme"/"M."), role
 * nouns (politologue, co-chair, syndic) and typed speakers in single quotes. Texts written for these tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';
import { SpeakerLookup } from '../../src/quotes/speakerLookup.js';
import { speakersOf } from './speakersOf.js';

async function storeOf(lang: 'fr' | 'en', body: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-speech-data-'));
  writeFileSync(path.join(dir, 'a.md'), `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n`);
  const engine = await Engine.open({ corpusDir: dir, dataDir: null });
  const store = QuoteStore.build(engine);
  await engine.close();
  return store;
}
const names = (lookup: SpeakerLookup, typed: string) => lookup.resolve(typed).speakers.map((s) => s.name).sort();

describe('French reporting verbs', () => {
  it('"témoigne X, 81 ans", "glisse-t-il", "analyse la chercheuse X", "s\'est-elle exclamée"', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        '« Je n’ai plus rien », témoigne Odette, 81 ans, qui habite le hameau depuis 1960.',
        '',
        '« Le vote urbain a pesé », analyse la chercheuse Claire Vidal.',
        '',
        'Le maire, Paul Girard, est resté prudent. « Rien n’est joué », glisse-t-il en souriant.',
        '',
        'La conseillère Anne Roche a pris la parole. « Quelle honte ! » s’est-elle exclamée devant la mairie.',
      ].join('\n'),
    );
    expect(speaker('Je n’ai plus rien')).toBe('Odette');
    expect(speaker('Le vote urbain a pesé')).toBe('Claire Vidal');
    expect(speaker('Rien n’est joué')).toBe('Paul Girard');
    expect(speaker('Quelle honte !')).toBe('Anne Roche');
  });

  it('reflexive verbs of reaction before their subject: "s\'alarme le maire, X", "s\'inquiète X", "s\'indigne X"', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        '« Les commerces vont fermer », s’alarme le maire de Montvert, Paul Girard.',
        '',
        '« On ne sait rien », s’inquiète Anne Roche.',
        '',
        '« C’est un scandale », s’indigne Marc Blanc.',
      ].join('\n'),
    );
    expect(speaker('Les commerces vont fermer')).toBe('Paul Girard');
    expect(speaker('On ne sait rien')).toBe('Anne Roche');
    expect(speaker('C’est un scandale')).toBe('Marc Blanc');
  });
});

describe('English reporting verbs of condemnation', () => {
  it('"denounced", "condemned", "slammed", "decried" "…"', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'The GMB union denounced "a betrayal of workers".',
        '',
        'Mayor Ruth Okonjo condemned "reckless greed".',
        '',
        'Senator Alan Pike slammed "a shameful decision".',
        '',
        'Campaigner Jo Hart decried "an attack on the town".',
      ].join('\n'),
    );
    expect(speaker('a betrayal of workers')).toBe('GMB');
    expect(speaker('reckless greed')).toBe('Ruth Okonjo');
    expect(speaker('a shameful decision')).toBe('Alan Pike');
    expect(speaker('an attack on the town')).toBe('Jo Hart');
  });
});

describe('names: abbreviated ranks, English titles, lower-case particles', () => {
  it('"said Col. X" is X; "said Prefect X" is X without the title; "Anna van der Berg" keeps her particles', async () => {
    const speaker = await speakersOf(
      'en',
      [
        '"We held the line," said Col. James Whitlow, who leads the regiment.',
        '',
        '"Stay calm," said Prefect Louise Martel.',
        '',
        '"It came so fast," said Anna van der Berg, a visiting teacher.',
        '',
        '"Nobody warned us," said Lt. Sam Greer.',
      ].join('\n'),
    );
    expect(speaker('We held the line')).toBe('James Whitlow');
    expect(speaker('Stay calm')).toBe('Louise Martel');
    expect(speaker('It came so fast')).toBe('Anna van der Berg');
    expect(speaker('Nobody warned us')).toBe('Sam Greer');
  });

  it('fr: "Hugues de Lancray" keeps "de"; an organisation\'s name ("Eau et Rivières de Bretagne") is no person', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        '« Le dossier est vide », a déclaré Hugues de Lancray, avocat de la famille.',
        '',
        'L’association Terre et Forêts de Savoie a dénoncé « un désastre ».',
      ].join('\n'),
    );
    expect(speaker('Le dossier est vide')).toBe('Hugues de Lancray');
    expect(speaker('un désastre')).not.toBe('Forêts de Savoie');
  });
});

describe('two people with one surname', () => {
  const body = [
    '« Nous avons gagné », a lancé Paul Garnier, président du comité.',
    '',
    'Claire Garnier, coprésidente du comité adverse, a promis un recours.',
    '',
    'Mme Garnier affirme que le comité déposera « un recours dès lundi ».',
    '',
    'M. Garnier, lui, balaie l’argument. « La loi est respectée », assure-t-il.',
  ].join('\n');

  it('"Mme X" and "M. X" in the text go to the woman and the man', async () => {
    const speaker = await speakersOf('fr', body);
    expect(speaker('un recours dès lundi')).toBe('Claire Garnier');
    expect(speaker('La loi est respectée')).toBe('Paul Garnier');
  });

  it('/quotes speaker:"Mme Garnier" is the woman only, "M. Garnier" the man only, "Garnier" both', async () => {
    const lookup = new SpeakerLookup((await storeOf('fr', body)).speakers);
    expect(names(lookup, 'Mme Garnier')).toEqual(['Claire Garnier']);
    expect(names(lookup, 'M. Garnier')).toEqual(['Paul Garnier']);
    expect(names(lookup, 'Garnier')).toEqual(['Claire Garnier', 'Paul Garnier']);
  });
});

describe('role nouns and typed speakers', () => {
  it('fr: politologue, coprésidente, syndic, directeur général name the people so described', async () => {
    const store = await storeOf(
      'fr',
      [
        '« Le clivage est net », a déclaré Lucie Perrin, politologue à l’université de Lyon.',
        '',
        'La coprésidente du collectif, Rita Moser, a déclaré : « Nous ferons appel. »',
        '',
        'Son syndic, Urs Gerber, a affirmé : « La commune paiera. »',
        '',
        '« Les travaux commenceront en mai », a indiqué le directeur général des Forces motrices, Yann Roux.',
      ].join('\n'),
    );
    const lookup = new SpeakerLookup(store.speakers);
    expect(names(lookup, 'la politologue')).toEqual(['Lucie Perrin']);
    expect(names(lookup, 'la coprésidente')).toEqual(['Rita Moser']);
    expect(names(lookup, 'le syndic')).toEqual(['Urs Gerber']);
    expect(names(lookup, 'directeur général')).toEqual(['Yann Roux']);
  });

  it('en: "political scientist", "co-chair"; a typed speaker in single quotes (\'the CEO\')', async () => {
    const store = await storeOf(
      'en',
      [
        '"The towns decided it," political scientist Mara Lind said.',
        '',
        '"We will appeal," said Tom Ruiz, co-chair of the opposition committee.',
        '',
        '"Margins are thin," CEO Dana Pryce said.',
      ].join('\n'),
    );
    const lookup = new SpeakerLookup(store.speakers);
    expect(names(lookup, 'political scientist')).toEqual(['Mara Lind']);
    expect(names(lookup, 'co-chair')).toEqual(['Tom Ruiz']);
    expect(names(lookup, "'the CEO'")).toEqual(['Dana Pryce']);
    expect(names(lookup, 'the CEO')).toEqual(['Dana Pryce']);
  });
});
