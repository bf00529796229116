/**
 * Who speaks when a role, a pronoun or a short name points back: a bare role never matches a
 * compound title naming another office ("the minister" is not the "Prime Minister"), a lone first
 * name set apart by a description with an age is a person and the subject a pronoun refers to, a
 * surname after its particle ("de La Tour said") is the person named in full, and verbs of mockery,
 * a crowd's chant or the narration's imperfect report speech. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('a bare role matches a title only as a whole title', () => {
  it('"the minister said" after "Finance Minister X" is X, not the Prime Minister named before', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'The opposition filed a motion against Prime Minister Anna Roth\'s government on Wednesday.',
        '',
        'Finance Minister Paul Girard played down the vote. "We will not go back," the minister said.',
        '',
        '"Stability matters," the prime minister said later.',
      ].join('\n'),
    );
    expect(speaker('We will not go back')).toBe('Paul Girard');
    expect(speaker('Stability matters')).toBe('Anna Roth');
  });

  it('« a insisté le ministre » after "le ministre du Travail, X" is X, not the Première ministre', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'La Première ministre Anne Roth a été huée à la tribune.',
        '',
        'Le ministre du Travail, Paul Girard, a minimisé la démission. « Pas un pouce », a insisté le ministre.',
      ].join('\n'),
    );
    expect(speaker('Pas un pouce')).toBe('Paul Girard');
  });
});

describe('a lone first name with a description is a person', () => {
  it('« …, raconte-t-il » after "Dans le cortège, Thierry, maçon de 58 ans, …" is Thierry, not the lawyer quoted before', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        '« Mes clients sont innocents », dénonce Me Sabine Kervella.',
        '',
        'Dans le cortège, Thierry, maçon de 58 ans venu de Port-Aubrac, ne décolérait pas. « Je porte des parpaings depuis mes 17 ans », raconte-t-il.',
      ].join('\n'),
    );
    expect(speaker('Je porte des parpaings depuis mes 17 ans')).toBe('Thierry');
  });
});

describe('a surname after its particle', () => {
  it('"de La Tour said" is the Paul de La Tour named just before', async () => {
    const speaker = await speakersOf(
      'en',
      'The decisive votes came from the centrists, whose leader Paul de La Tour had told his deputies to abstain. "No blank cheque," de La Tour said.',
    );
    expect(speaker('No blank cheque')).toBe('Paul de La Tour');
  });
});

describe('a title after a cleft that set a person in focus', () => {
  it('« a prévenu le président du groupe Y » after "c\'est X qui les a livrées" is X; a name given after the title still wins', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Ces abstentions, c\'est Paul de La Tour qui les a livrées. « Pas de chèque en blanc », a prévenu le président du groupe Union centriste.',
        '',
        'Ces voix, c\'est Marc Blanc qui les a comptées. « Rien n\'est joué », a prévenu la présidente du groupe Avenir, Anne Roux.',
      ].join('\n'),
    );
    expect(speaker('Pas de chèque en blanc')).toBe('Paul de La Tour');
    expect(speaker('Rien n\'est joué')).toBe('Anne Roux');
  });
});

describe('verbs of mockery, chants and the imperfect report speech', () => {
  it('« a raillé X », « persifle X », "X scoffed"', async () => {
    const fr = await speakersOf('fr', '« Une majorité de circonstance », a raillé Karim Benali, premier secrétaire du parti.\n\n« Quel courage », persifle Anne Roux.');
    expect(fr('Une majorité de circonstance')).toBe('Karim Benali');
    expect(fr('Quel courage')).toBe('Anne Roux');
    const en = await speakersOf('en', 'The opposition leader was unimpressed. "A majority of circumstance," Karim Benali scoffed.');
    expect(en('A majority of circumstance')).toBe('Karim Benali');
  });

  it('« …, scandent les manifestants » and « …, confiait un conseiller de l\'exécutif » name who speaks', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Le cortège s\'étire sur deux kilomètres. « Soixante-quatre, c\'est non ! », scandent les manifestants en remontant le boulevard.',
        '',
        '« On a les voix, mais tout juste », confiait mercredi soir un conseiller de l\'exécutif, qui comptait les abstentions.',
      ].join('\n'),
    );
    expect(speaker('Soixante-quatre, c\'est non !')?.toLowerCase()).toBe('manifestants');
    expect(speaker('On a les voix, mais tout juste')).toBe('un conseiller de l\'exécutif');
  });
});

describe('a quotation split by its attribution', () => {
  it('keeps the place after the speaker ("dans l\'hémicycle") out of the quoted words', async () => {
    const members = await quotationsIn({
      'a.md': '---\noutlet: Exemple\nlang: fr\npublished: 2024-03-04\n---\n« Nous ne céderons pas, a lancé le ministre du Travail, Paul Girard, dans l\'hémicycle. Les Français vivent plus longtemps. »\n',
    });
    const q = members.find((m) => m.quote.startsWith('Nous ne céderons pas'));
    expect(q?.speakerRef?.name).toBe('Paul Girard');
    expect(q?.quote).not.toContain('hémicycle');
    expect(q?.quote).toContain('Les Français vivent plus longtemps');
  });
});

describe('a profession printed article-less before a name is no part of it', () => {
  it('"Forecaster X …" then "Holt said" is X, not "Forecaster X"', async () => {
    const who = await speakersOf(
      'en',
      'Forecaster Maren Holt warned on Monday that the ground was soaked.\n\n"Any shower can now bring the hillside down," Holt said.',
    );
    expect(who('Any shower can now bring the hillside down')).toBe('Maren Holt');
  });
});
