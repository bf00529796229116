/**
 * A player's position ("the striker", "l'attaquant") is a role that refers back to the player who
 * spoke just before; a name printed in capitals opening a tabloid lead ("DEAN HOLLIS has…") is that
 * person's name, which a surname alone later stands for. Short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('player positions refer back to the player who spoke', () => {
  it('en: "The striker had posted …: \\"…\\"" after the player spoke', async () => {
    const who = await speakersOf(
      'en',
      [
        'Dean Hollis has criticised the board of Kelso Rovers after the club sacked its coach.',
        "'We all let him down,' Hollis said.",
        'The striker had earlier posted a short message on Instagram: "Sorry, gaffer."',
      ].join('\n\n'),
    );
    expect(who('Sorry, gaffer.')).toBe('Dean Hollis');
  });

  it('fr: "a ajouté l\'attaquant" after the player spoke', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Karim Belhadj a défendu son entraîneur après la défaite de samedi.",
        "« Le coach n'y est pour rien », a déclaré Belhadj.",
        "« On doit tous se remettre en question », a ajouté l'attaquant.",
      ].join('\n\n'),
    );
    expect(who('On doit tous se remettre en question')).toBe('Karim Belhadj');
  });
});

describe('a name printed in capitals opening a lead is a name', () => {
  it('"DEAN HOLLIS has hit out…" then "Hollis said": Dean Hollis', async () => {
    const who = await speakersOf(
      'en',
      ['DEAN HOLLIS has hit out at the board of Kelso Rovers after the club sacked its coach.', "'We all let him down,' Hollis said."].join('\n\n'),
    );
    expect(who('We all let him down')).toBe('Dean Hollis');
  });

  it('a capitalised dateline is no name: "KELSO, Scotland (Wire) - …"', async () => {
    const who = await speakersOf('en', "KELSO, Scotland, May 4 (Wire) - Dean Hollis criticised the board. 'We all let him down,' he said.");
    expect(who('We all let him down')).toBe('Dean Hollis');
  });
});
