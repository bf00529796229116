import { describe, expect, it } from 'vitest';
import { tidySentence } from '../../src/summary/textUnits.js';

describe('tidySentence takes off a live blog\'s clock stamp', () => {
  it('strips a leading "21h04 - " or "9:15 — " stamp, as it strips a dateline', () => {
    expect(tidySentence('21h04 - Le préfet a ordonné la fermeture du col.', 'fr')).toBe('Le préfet a ordonné la fermeture du col.');
    expect(tidySentence('9:15 — The prefect ordered the pass closed.', 'en')).toBe('The prefect ordered the pass closed.');
  });

  it('keeps a time that is part of the sentence', () => {
    expect(tidySentence('À 21h04, le préfet a ordonné la fermeture du col.', 'fr')).toBe('À 21h04, le préfet a ordonné la fermeture du col.');
    expect(tidySentence('21h04 est l\'heure de la fermeture du col.', 'fr')).toBe('21h04 est l\'heure de la fermeture du col.');
  });
});
