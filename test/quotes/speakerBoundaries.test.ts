/**
 * Where a speaker phrase starts and ends, and whom a quotation belongs to across sentence and
 * paragraph boundaries: a preposition after a quotation is no subject ("… following the report"),
 * a possessive before a name is an affiliation ("Harbourline's Priya Okoro"), a relative clause
 * set apart after the subject is no part of it, a pronoun refers to the person the sentence before
 * was about, and a quotation over two paragraphs belongs to the attribution of its last paragraph.
 * Wire-style fixtures written for these tests, French and English.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a preposition after a quotation starts no speaker', () => {
  it('en: "X said it was \\"…\\" following the report" is X\'s, not "Following the"', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'A ferry ran aground off Skerry Point on Saturday.',
        '',
        'The port authority said it was "reviewing every procedure" following the report.',
        '',
        'The operator said it was "cooperating fully" despite the claims made by the union.',
      ].join('\n'),
    );
    expect(speaker('reviewing every procedure')).toMatch(/port authority/i);
    expect(speaker('cooperating fully')).toMatch(/operator/i);
  });

  it('fr: « … » malgré la décision annoncée… / suite à… : the preposition opens no speaker', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Le trafic ferroviaire reste perturbé dans la région.',
        '',
        'Le syndicat a promis de « rester mobilisé » malgré la décision annoncée par la direction.',
      ].join('\n'),
    );
    expect(speaker('rester mobilisé')).toMatch(/syndicat/i);
  });
});

describe('a possessive before a name is an affiliation', () => {
  it("en: \"Harbourline's Priya Okoro\" and \"Priya Okoro\" are one speaker", async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Harbourline\'s Priya Okoro called the fare rise "unavoidable". "Fuel costs have doubled," she said.',
        '',
        '"We will review prices in the spring," said Priya Okoro.',
      ].join('\n'),
    );
    expect(speaker('unavoidable')).toBe('Priya Okoro');
    expect(speaker('Fuel costs have doubled')).toBe('Priya Okoro');
    expect(speaker('We will review prices')).toBe('Priya Okoro');
  });
});

describe('a relative clause set apart after the subject is no part of it', () => {
  it('en: "The airline, which …, a subsidiary, X, said it had informed the regulator Y" is the airline\'s', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Flights were cancelled across the north on Sunday.',
        '',
        'The airline, which operates 40 aircraft and a small regional subsidiary, Skyhop Connect, said it had informed the aviation regulator CAA about the outage.',
      ].join('\n'),
    );
    const who = speaker('informed the aviation regulator');
    expect(who).not.toBe('CAA');
    expect(who).toMatch(/airline/i);
  });

  it('fr: « La compagnie, qui …, une filiale, X, a indiqué qu\'… » is the company\'s', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Des vols ont été annulés dans tout le nord dimanche.',
        '',
        "La compagnie, qui exploite 40 avions et une petite filiale régionale, Skyhop Connect, a indiqué qu'elle avait prévenu l'autorité de l'aviation civile.",
      ].join('\n'),
    );
    const who = speaker("elle avait prévenu l'autorité");
    expect(who).not.toBe('Skyhop Connect');
    expect(who).toMatch(/compagnie/i);
  });
});

describe('a pronoun refers to the person the sentence before was about', () => {
  it("en: \"Britain's transport secretary Helen Marsh met …\" then \"she said\" is Helen Marsh, not the previous speaker", async () => {
    const speaker = await speakersOf(
      'en',
      [
        '"We were left stranded for four hours," said Ann Clark, a commuter from Leeds.',
        '',
        "In London, Britain's transport secretary Helen Marsh met the operator's chief executive, Tom Grey, on Monday morning. \"Passengers deserve better than this,\" she said after the meeting.",
      ].join('\n'),
    );
    expect(speaker('We were left stranded')).toBe('Ann Clark');
    expect(speaker('Passengers deserve better')).toBe('Helen Marsh');
  });
});

describe('a quotation over two paragraphs', () => {
  it('en: the first paragraph, left open, belongs to the speaker named at the end of the second', async () => {
    const speaker = await speakersOf(
      'en',
      [
        '"The timetable is not credible," said Omar Haddad, a union official.',
        '',
        'The regulator said it was "monitoring the situation".',
        '',
        '"Commuters should expect delays every morning this winter. The new trains will not arrive before March.',
        '',
        '"Nobody has told passengers the truth about the works," said Lena Fischer, who chairs the passengers\' association.',
      ].join('\n'),
    );
    expect(speaker('Commuters should expect delays')).toBe('Lena Fischer');
    expect(speaker('Nobody has told passengers')).toBe('Lena Fischer');
  });

  it('fr: « … (sans guillemet fermant) puis « … », prévient X : les deux paragraphes sont de X', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Le patron du réseau, Paul Renaud, a reconnu des retards importants cet hiver.',
        '',
        '« Les usagers doivent s’attendre à des retards tous les matins. Les nouvelles rames n’arriveront pas avant mars.',
        '',
        '« Personne n’a dit la vérité aux voyageurs sur les travaux », prévient Léa Fournier, présidente de l’association des usagers.',
      ].join('\n'),
    );
    expect(speaker('Les usagers doivent')).toBe('Léa Fournier');
    expect(speaker('Personne n’a dit la vérité')).toBe('Léa Fournier');
  });
});

describe('a role refers back to the person just named', () => {
  it('fr: « le dirigeant », « le patron de l’entreprise », « la chercheuse recommande » after the named person', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        '« Nous avons perdu la confiance de nos clients, a reconnu son directeur général, Louis Garnier. Nous allons changer nos méthodes. »',
        '',
        'Le dirigeant a expliqué que la panne avait été détectée lundi par les équipes techniques du groupe.',
        '',
        '« Nous ne céderons pas », a affirmé mardi Louis Garnier sur une radio locale.',
        '',
        'Le patron de l’entreprise a reconnu que le fournisseur n’avait pas appliqué la mise à jour prévue.',
        '',
        '« Le risque principal est l’usurpation d’identité », prévient Claire Morel, chercheuse en sécurité informatique.',
        '',
        'La chercheuse recommande de se méfier de tout appel prétendant venir du « service client » de l’opérateur.',
      ].join('\n'),
    );
    expect(speaker('la panne avait été détectée')).toBe('Louis Garnier');
    expect(speaker('le fournisseur n’avait pas appliqué')).toBe('Louis Garnier');
    expect(speaker('service client')).toBe('Claire Morel');
  });

  it('en: "The researcher said" after a quotation of the named researcher', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Northgate Labs\' Ben Carter called the breach "avoidable". "They left the door wide open," he said.',
        '',
        'The researcher said the attackers had used a password stolen from a contractor months earlier.',
      ].join('\n'),
    );
    expect(speaker('avoidable')).toBe('Ben Carter');
    expect(speaker('the attackers had used a password')).toBe('Ben Carter');
  });
});

describe('fragments listed in one sentence share one speaker', () => {
  it('fr: « A » et « B », a-t-on appris : one speaker for both, and "on" is no earlier speaker', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        '« Nous coopérons pleinement avec la justice », a déclaré le maire, Henri Lacombe.',
        '',
        'Le parquet de Lille a ouvert une enquête pour « détournement de fonds publics » et « recel », a-t-on appris jeudi de source judiciaire.',
      ].join('\n'),
    );
    const first = speaker('détournement de fonds publics');
    expect(first).not.toBe('Henri Lacombe');
    expect(speaker('recel')).toBe(first);
  });
});
