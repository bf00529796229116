/**
 * The one spoken to after "told" is never the speaker: "…," an investigator told Harbor Weekly
 * names an unnamed investigator, not the outlet, nor a named investigator of the same article (an
 * indefinite article introduces someone not named). Wire-style texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('a role before "told" is described by its own words, never by the name spoken to', () => {
  it('en: "…," an investigator told Harbor Weekly → an unnamed investigator', async () => {
    const q = await readSpeakers('en', 'The line closed on Monday.\n\n"The pump is our main lead, but it is far too early to rule anything out," an investigator told Harbor Weekly on condition of anonymity.');
    const found = q('far too early');
    expect(found.name).toMatch(/investigator/u);
    expect(found.name).not.toMatch(/Harbor/u);
    expect(found.phrase).toBe('an investigator');
  });

  it('en: "an investigator" is someone the article has not named, not the former investigator quoted next', async () => {
    const q = await readSpeakers('en', 'The line closed on Monday.\n\n"The pump is our main lead," an investigator told Harbor Weekly on condition of anonymity.\n\n"Losing two pumps at once is rare," said Douglas Kerr, a former accident investigator.');
    expect(q('our main lead').name).toMatch(/investigator/u);
    expect(q('our main lead').name).not.toMatch(/Kerr|Harbor/u);
    expect(q('Losing two pumps').name).toBe('Douglas Kerr');
  });
});
