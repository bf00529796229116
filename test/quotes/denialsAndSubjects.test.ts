/**
 * What counts as someone's words and who the speaker is: a denied clause is no claim of the
 * speaker, and the subject of a verb of speech is a person or organisation, never a country
 * possessor, an adjective or the subject of the clause reported. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const article = (lang: 'fr' | 'en', body: string) => ({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });

describe('a denied clause is not the speaker’s claim', () => {
  it('en: "X denied that …" reports no words of X', async () => {
    const members = await quotationsIn(article('en', 'The port authority reopened the quay on Friday. Director Marta Kowal again denied that any bribe had been offered to the inspectors.'));
    expect(members.filter((m) => m.quote.includes('bribe'))).toEqual([]);
  });
  it('fr: « X a démenti que … » / « X nie que … » ne rapporte aucun propos', async () => {
    const members = await quotationsIn(article('fr', "Le port a rouvert vendredi. La directrice Marta Kowal a démenti que les inspecteurs aient reçu de l'argent. Son adjoint Paul Verne nie que le chantier ait pris du retard."));
    expect(members.filter((m) => m.quote.includes('inspecteurs') || m.quote.includes('chantier'))).toEqual([]);
  });
  it('a plain verb of speech still reports its clause', async () => {
    const members = await quotationsIn(article('en', 'The port authority reopened the quay on Friday. Director Marta Kowal said that the inspectors had found no fault in the cranes.'));
    expect(members.find((m) => m.quote.includes('inspectors'))?.speakerRef?.name).toBe('Marta Kowal');
  });
});

describe('a surname glued to its particle by a hyphen stays in the name', () => {
  it('en: "…, Karim el-Hadji, said …" is Karim el-Hadji', async () => {
    const members = await quotationsIn(article('en', 'The ferry service resumed on Sunday. The harbour master, Karim el-Hadji, said the crossing had been "calm and on time".'));
    expect(members.find((m) => m.quote.includes('calm and on time'))?.speakerRef?.name).toBe('Karim el-Hadji');
  });
  it('fr: « …, a déclaré Samir al-Bakri » is Samir al-Bakri', async () => {
    const members = await quotationsIn(article('fr', "Le bac a repris dimanche. « La traversée s'est faite sans incident », a déclaré Samir al-Bakri, capitaine du port."));
    expect(members.find((m) => m.quote.includes('sans incident'))?.speakerRef?.name).toBe('Samir al-Bakri');
  });
});

describe('the subject of a verb of speech is a speaker, or no one', () => {
  it('en: "Spain\'s interior minister said" is the minister, never the country', async () => {
    const members = await quotationsIn(article('en', 'Two sailors lost off the coast for a week were found alive on Monday night near the islands, Norway\'s fisheries minister said on Tuesday.'));
    const report = members.find((m) => m.quote.includes('sailors'));
    expect(report?.speakerRef?.name).not.toBe('Norway');
    expect(report?.speakerPhrase).toMatch(/fisheries minister/u);
  });
  it('en: the minister named earlier is who "X\'s fisheries minister" stands for', async () => {
    const members = await quotationsIn(article('en', 'Fisheries Minister Ingrid Solberg flew to the islands.\n\nTwo sailors lost off the coast for a week were found alive on Monday night near the islands, Norway\'s fisheries minister said on Tuesday.'));
    expect(members.find((m) => m.quote.includes('sailors'))?.speakerRef?.name).toBe('Ingrid Solberg');
  });
  it('en: "Provisional figures confirm that …" names no one "Provisional"', async () => {
    const members = await quotationsIn(article('en', 'The storm hit the coast on Sunday. Provisional figures confirm that forty homes lost their roofs in the night.'));
    const report = members.find((m) => m.quote.includes('forty homes'));
    expect(report?.speakerRef?.name ?? null).not.toBe('Provisional');
  });
  it('en: "…, two days after the plan was announced." is no report by the plan', async () => {
    const members = await quotationsIn(article('en', 'The river regulator opened an in-depth, second review of the planned sale of Brightwater this morning, two days after the deal was announced.'));
    expect(members.filter((m) => m.quote.includes('river regulator'))).toEqual([]);
  });
  it('en: "Lieutenant-Colonel X" and later "X said" are one speaker, named without the rank', async () => {
    const members = await quotationsIn(article('en', 'Lieutenant-Colonel Yves Carrel, who leads the rescue, told us the divers were still searching the wreck.\n\n"The next night will be the hardest," Carrel said.'));
    expect(members.find((m) => m.quote.includes('hardest'))?.speakerRef?.name).toBe('Yves Carrel');
    expect(members.find((m) => m.quote.includes('divers'))?.speakerRef?.name).toBe('Yves Carrel');
  });
});

describe('a verb of speech inside someone’s report does not take the quotation', () => {
  it('en: "X said the union would call a strike \\"…\\"" is X\'s', async () => {
    const members = await quotationsIn(article('en', 'The dockers\' union now counts 800 jobs at risk. Its president, Rémi Jossart, said the union would call a walkout "the day a single crane leaves the port".'));
    expect(members.find((m) => m.quote === 'the day a single crane leaves the port')?.speakerRef?.name).toBe('Rémi Jossart');
  });
  it('fr: « X a expliqué que les riverains avaient prévenu que … : « … » » est de X', async () => {
    const members = await quotationsIn(article('fr', "La maire Lucie Marchal a expliqué au quotidien régional que les riverains avaient prévenu depuis des années que la digue était fragile : « Personne ne nous a crus »."));
    expect(members.find((m) => m.quote === 'Personne ne nous a crus')?.speakerRef?.name).toBe('Lucie Marchal');
  });
  it('en: "X told Y that farmers had warned that …: \\"…\\" (\\"…\\")" is X\'s, translation included', async () => {
    const members = await quotationsIn(article('en', 'Mayor Lucie Marchal told the regional radio that farmers had warned for years that the dyke was weak: "Personne ne nous a crus" ("Nobody believed us").'));
    expect(members.find((m) => m.quote === 'Personne ne nous a crus')?.speakerRef?.name).toBe('Lucie Marchal');
    expect(members.find((m) => m.quote === 'Nobody believed us')?.speakerRef?.name).toBe('Lucie Marchal');
  });
});
