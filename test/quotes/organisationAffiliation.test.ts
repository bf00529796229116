/**
 * An organisation named with its acronym in brackets is that organisation ("The National Weather Network (NWN)"),
 * and a person described by a common noun "at"/"of" an acronym ("a hydrologist at the NWN") is that unnamed person,
 * not the organisation. Short wire-style texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('an organisation and the person who works there', () => {
  it('en: "The National Weather Network (NWN) said" keeps the whole name, not its last two words', async () => {
    const q = await readSpeakers('en', 'The river rose on Monday.\n\nThe National Weather Network (NWN) said it had raised its flood warning "after a night of heavy rain".');
    const name = q('after a night of heavy rain').name;
    expect(name).not.toBe('Weather Network');
    expect(name).toMatch(/NWN|National Weather Network/u);
  });

  it('en: "a hydrologist at the NWN told…" is an unnamed hydrologist, not the organisation', async () => {
    const q = await readSpeakers('en', 'The river rose on Monday.\n\n"Floods of this size are expected for days," a hydrologist at the NWN told the Valley Herald.');
    const found = q('Floods of this size');
    expect(found.phrase).toBe('a hydrologist at the NWN');
    expect(found.name).toMatch(/hydrologist/iu);
  });

  it('fr: « a expliqué un hydrologue du RNC » is an unnamed hydrologist', async () => {
    const q = await readSpeakers('fr', "La rivière a débordé lundi.\n\n« Des crues de cette taille sont attendues pendant des jours », a expliqué un hydrologue du RNC.");
    expect(q('Des crues de cette taille').name).toMatch(/hydrologue/iu);
  });
});
