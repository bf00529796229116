/**
 * "le nouvel élu", "le vainqueur", "the mayor-elect", "the winner": a role given to whoever won
 * the contest the article reports refers back to the person it said won ("X a remporté…",
 * "X won…"), not to a rival named after them. Short wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a winner role refers back to the person the article said won', () => {
  it('fr: "a déclaré le nouvel élu" after "X a remporté…" and two rivals named: X', async () => {
    const who = await speakersOf(
      'fr',
      [
        "La candidate écologiste Maryse Tollet a remporté dimanche l'élection cantonale de Brémont, devant le sortant Pascal Ardouin.",
        'M. Ardouin, 61 ans, a obtenu 41 % des voix, contre 12 % à Jean Tollet, sans lien de parenté.',
        "« Brémont a voté pour le changement », a déclaré la nouvelle élue devant la mairie.",
      ].join('\n\n'),
    );
    expect(who('Brémont a voté pour le changement')).toBe('Maryse Tollet');
  });

  it('fr: "lance le vainqueur" after "X l\'emporte": X, not the man named last', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Le maire sortant Hugues Barrière l'emporte de 80 voix face à Romain Vasseur et Jacques Lenoir.",
        "M. Vasseur et M. Lenoir ont reconnu leur défaite. « Nous allons travailler tous ensemble », lance le vainqueur.",
      ].join('\n\n'),
    );
    expect(who('Nous allons travailler tous ensemble')).toBe('Hugues Barrière');
  });

  it('en: "the mayor-elect told …" after "X, 47, won …": X', async () => {
    const who = await speakersOf(
      'en',
      [
        'Nadia Ferris, 47, narrowly won the mayoral run-off in Dunmere against incumbent Paul Grady and independent Simon Ferris.',
        'Mr Grady and Mr Ferris did not concede on Sunday night.',
        "'Dunmere wanted a fresh start,' the mayor-elect told reporters on Monday.",
      ].join('\n\n'),
    );
    expect(who('Dunmere wanted a fresh start')).toBe('Nadia Ferris');
  });

  it('en: no one is said to have won: "the winner" stays unnamed', async () => {
    const who = await speakersOf(
      'en',
      [
        'Nadia Ferris and Paul Grady met voters in Dunmere on the eve of the run-off.',
        "'Whoever it is will need the council,' the winner of the first round said.",
      ].join('\n\n'),
    );
    expect(who('Whoever it is will need the council')).not.toBe('Nadia Ferris');
    expect(who('Whoever it is will need the council')).not.toBe('Paul Grady');
  });
});
