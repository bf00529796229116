/**
 * A live blog printed newest first: each entry opens with its time stamp ("15h05 - ", "3:05 pm - " aside), and the
 * entry printed above is a later one. A pronoun's antecedent is looked for in its own entry first, never the
 * speaker of the entry printed above it.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a pronoun in a live-blog entry stands for the person its own entry names', () => {
  it('"a-t-il lâché" goes to the man the entry names, not to the speaker of the later entry above', async () => {
    const who = await speakersOf(
      'fr',
      [
        "16h20 - Son porte-parole, Me Julien Perrin, indique que le sénateur « restera à la disposition des enquêteurs ». Le recours est « déposé », ajoute-t-il.",
        "15h05 - Dernière sortie de l'élu devant la mairie. Mine sombre, Hervé Castel s'en tient à une phrase. « Je quitte ce bureau sans regret », a-t-il lâché, avant de monter en voiture.",
      ].join('\n\n'),
    );
    expect(who('Je quitte ce bureau sans regret')).toBe('Hervé Castel');
    expect(who('déposé')).toBe('Julien Perrin');
  });

  it('"he said" goes to the man the entry names (English)', async () => {
    const who = await speakersOf(
      'en',
      [
        '4:20 pm - His lawyer, Julian Perrin, says the senator "will remain available to investigators". The appeal "has been filed", he added.',
        '3:05 pm - Last appearance at city hall. Grim-faced, Harvey Castle keeps it to one line. "I leave this office without regret," he said before getting into his car.',
      ].join('\n\n'),
    );
    expect(who('I leave this office without regret')).toBe('Harvey Castle');
  });

  it('"promet-elle" goes to the woman the entry names after "de", not to the woman who spoke in the later entry above', async () => {
    const who = await speakersOf(
      'fr',
      [
        "16h20 - La porte-parole du parti, Julie Perrin, refuse de commenter. « Le dossier est clos », a-t-elle déclaré à l'issue de la réunion.",
        "15h05 - Première visite de Hélène Castel en tant que maire. « Ma priorité tient en un mot : la propreté », promet-elle. Elle annonce qu'elle réunira le conseil municipal lundi prochain.",
      ].join('\n\n'),
    );
    expect(who('Ma priorité tient en un mot')).toBe('Hélène Castel');
    expect(who('Le dossier est clos')).toBe('Julie Perrin');
  });

  it('"she promised" goes to the woman the entry names (English)', async () => {
    const who = await speakersOf(
      'en',
      [
        '4:20 pm - The party spokeswoman, Julie Perrin, declined to comment. "The matter is closed," she said after the meeting.',
        '3:05 pm - First visit by Helen Castle as mayor. "My priority fits in one word: cleanliness," she promised.',
      ].join('\n\n'),
    );
    expect(who('My priority fits in one word')).toBe('Helen Castle');
  });
});
