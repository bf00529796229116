/**
 * A sentence opening with a role the article gave one named person ("The council president visited…", « La présidente
 * de région s'est rendue… ») is about that person: a pronoun after it stands for them, not for the last speaker.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('a role opening a sentence is the person the article named with it', () => {
  it('en live blog: "she said" after "The council president visited…" is the president, not the prefect who spoke before', async () => {
    const r = await readSpeakers('en', [
      'Regional council president Maud Lefranc called a crisis meeting on Monday.',
      '**10:15** — "We have evacuated 300 people," said prefect Inès Caradec.',
      '**11:40** — The council president visited the flooded dyke. "We will release an emergency fund," she said.',
    ].join('\n\n'));
    expect(r('We have evacuated 300 people').name).toBe('Inès Caradec');
    expect(r('We will release an emergency fund').name).toBe('Maud Lefranc');
  });

  it('en: the same outside a live blog, the name given in apposition', async () => {
    const r = await readSpeakers('en', [
      'Maud Lefranc, the regional council president, called a crisis meeting on Monday.',
      '"We have evacuated 300 people," said Inès Caradec, the prefect.',
      'The regional council president arrived at the dyke at noon. "We will release an emergency fund," she said.',
    ].join('\n\n'));
    expect(r('We will release an emergency fund').name).toBe('Maud Lefranc');
  });

  it('fr live blog: « a-t-elle déclaré » after « La présidente de région s\'est rendue… » is the president named earlier', async () => {
    const r = await readSpeakers('fr', [
      'Maud Lefranc, présidente de la région, a convoqué une cellule de crise dès lundi.',
      '**10:15** — « Nous avons évacué 300 personnes », a indiqué la préfète Inès Caradec.',
      "**11:40** — La présidente de région s'est rendue à Hazebrouck. « Nous débloquerons un fonds d'urgence », a-t-elle déclaré.",
    ].join('\n\n'));
    expect(r("Nous débloquerons un fonds d'urgence").name).toBe('Maud Lefranc');
  });
});
