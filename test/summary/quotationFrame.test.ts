import { describe, expect, it } from 'vitest';
import { onlyAnnounces, onlyFramesAQuotation } from '../../src/summary/textUnits.js';

describe('a sentence that only frames a quotation reports no fact', () => {
  it('reads "C\'est ainsi que X résume…" and "That is how X summed it up" as frames', () => {
    expect(onlyFramesAQuotation("C'est ainsi que le directeur du port, ingénieur de formation, résume la saison.", 'fr')).toBe(true);
    expect(onlyFramesAQuotation('That is how the harbour master, an engineer by training, described the season.', 'en')).toBe(true);
  });

  it('keeps a fact told with the same opener, and a frame that carries its own quotation', () => {
    expect(onlyFramesAQuotation("C'est ainsi que le port a perdu la moitié de ses chalutiers.", 'fr')).toBe(false);
    expect(onlyFramesAQuotation("C'est ainsi que le directeur résume la saison : « une année noire ».", 'fr')).toBe(false);
    expect(onlyFramesAQuotation('The harbour master described the season as the worst in memory.', 'en')).toBe(false);
  });
});

describe('a sentence that only announces what follows reports no fact', () => {
  it('reads « … communique les éléments suivants » and "issued the following statement" as announcements', () => {
    expect(onlyAnnounces('À la suite des violences commises samedi, la procureure de la République, Hélène Marsac, communique les éléments suivants.', 'fr')).toBe(true);
    expect(onlyAnnounces('The ministry issued the following statement.', 'en')).toBe(true);
  });

  it('keeps a sentence whose words after the phrase or inside a quotation tell a fact', () => {
    expect(onlyAnnounces('La préfecture a pris les mesures suivantes pour les riverains dès lundi.', 'fr')).toBe(false);
    expect(onlyAnnounces('Le député, qui réclame une audition parlementaire, s’en explique.', 'fr')).toBe(false);
    expect(onlyAnnounces('Le maire a lu « ce qui suit ».', 'fr')).toBe(false);
  });
});
