/**
 * An interview printed as questions and answers ("Q:" / "A:", « Q : » / « R : ») is with the guest its title names
 * (« Entretien avec X », "Interview with X"), not with the last person its intro paragraph names.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('the guest an interview title names answers its lines', () => {
  it('en: "Interview with X" — the answers are X\'s, not the mayor the intro names', async () => {
    const who = await speakersOf('en', [
      '# Interview with Priya Ramaswamy',
      'Priya Ramaswamy runs the city water board. She spoke to us after meeting Mayor Tobias Okonjo.',
      'Q: Will prices rise?',
      'A: Prices will rise by four percent next year.',
    ].join('\n\n'));
    expect(who('Prices will rise by four percent')).toBe('Priya Ramaswamy');
  });

  it('fr: « Entretien avec X » — the answers are X\'s, not the prefect the intro names', async () => {
    const who = await speakersOf('fr', [
      '# Entretien avec Margaux Delaunay',
      "Margaux Delaunay dirige l'agence de l'eau depuis 2021. Nous l'avons rencontrée après sa réunion avec le préfet Alain Guéret.",
      'Q : Les prix vont-ils augmenter ?',
      "R : Les prix augmenteront de 4 % l'an prochain.",
    ].join('\n\n'));
    expect(who('Les prix augmenteront de 4 %')).toBe('Margaux Delaunay');
  });
});
