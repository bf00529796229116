/**
 * An organisation named with its acronym in brackets is that organisation ("The National Weather Network (NWN)"),
 * and a person described by a common noun "at"/"of" an acronym ("a hydrologist at the NWN") is that unnamed person,
 * not the organisation. Short wire-style texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, readSpeakers } from './speakersOf.js';

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

describe('a title after an organisation name of several words, and a predicate before a clause-final speaker', () => {
  it('"A Norvish Transport Office spokesperson told X:" keeps the spokesperson, not the office alone', async () => {
    const members = await quotationsIn({
      'article.md': `---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nA Norvish Transport Office spokesperson told the Ledger: "The tunnel stays shut until Friday."\n`,
    });
    expect(members.find((m) => m.quote.includes('The tunnel stays shut'))?.speakerRef?.name).toBe('Norvish Transport Office spokesperson');
  });

  it('"X, Y, flew home last night for talks in Z, the city council said." gives the council, not the predicate', async () => {
    const members = await quotationsIn({
      'article.md': `---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nThe harbour master, Olaf Brenner, flew home last night for talks in Arlen, the city council said.\n`,
    });
    const report = members.find((m) => m.quote.includes('harbour master'));
    expect(report?.speakerRef?.name?.toLowerCase()).toContain('city council');
    expect(report?.quote).toContain('flew home last night');
  });
});
