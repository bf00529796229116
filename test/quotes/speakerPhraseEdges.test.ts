/**
 * Where a speaker phrase starts and ends when the sentence around it holds other clauses: count words after a quotation,
 * a subordinate clause before a colon, a clause before the "…, X said", a relative pronoun inside the subject, a relative
 * clause between a name and its verb, a possessive after a description, an apposition inside a reported clause, a school's
 * name after a title, a one-word term, and a pronoun incise before the quotation. Fixtures written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('count words after a quotation name no one', () => {
  it('fr: « … » des sept jurés is the words of the subject who reported them', async () => {
    const q = await readSpeakers('fr', 'La présidente du jury, Anne Morel, s\'est exprimée mardi. Elle a précisé devant la presse que le choix avait été fait « à une nette majorité » des sept jurés.');
    const direct = q.all.find((m) => m.quote === 'à une nette majorité');
    expect(direct?.speakerRef?.name).toBe('Anne Morel');
  });
});

describe('a noun phrase set apart before a colon introduces the words', () => {
  it('en: "…, where 300 strikers have gathered since noon, its spokesman X: \\"…\\"" is X', async () => {
    const q = await readSpeakers('en', 'From the steps of the hall, where about 300 strikers from the Dockers union have gathered since noon, its spokesman Paul Marsh: "We will not move an inch."');
    expect(q('We will not move an inch').name).toBe('Paul Marsh');
  });

  it('fr: « …, où 300 grévistes se sont rassemblés, leur porte-parole X : « … » » is X', async () => {
    const q = await readSpeakers('fr', 'Sur le parvis, où quelque 300 grévistes du syndicat des dockers ont manifesté depuis midi, leur porte-parole Paul Marsh : « Nous ne bougerons pas. »');
    expect(q('Nous ne bougerons pas').name).toBe('Paul Marsh');
  });
});

describe('a clause before the speaker is the words reported, no part of the speaker', () => {
  it('en: "The plant will reopen…, up from 20, a Norcast spokeswoman said, adding that…" is the spokeswoman', async () => {
    const q = await readSpeakers('en', 'The plant will reopen on 40 lines from next Monday, up from 20, a Norcast spokeswoman said, adding that the deal "saves the town".');
    expect(q('saves the town').phrase).toBe('a Norcast spokeswoman');
  });

  it('fr: « Le film sera projeté…, contre 180, une porte-parole de X a indiqué, ajoutant que… » is the spokeswoman', async () => {
    const q = await readSpeakers('fr', 'Le film sera projeté dans 300 salles dès mercredi, contre 180 aujourd\'hui, une porte-parole de Norcast a indiqué, ajoutant que le prix « change tout ».');
    expect(q('change tout').phrase).toBe('une porte-parole de Norcast');
  });
});

describe('a relative pronoun inside the subject opens no clause', () => {
  it('en: "A spokeswoman for X, the company that runs the lifts, said" is the spokeswoman for X', async () => {
    const q = await readSpeakers('en', 'A spokeswoman for Alpina Lifts, the company that runs the valley cable cars, said the slope was "not part of the area we patrol".');
    expect(q('not part of the area we patrol').phrase).toBe('A spokeswoman for Alpina Lifts');
  });
});

describe('a relative clause between a name and its verb after the quotation', () => {
  it('en: "\\"…,\\" Major X, who heads the unit (PGM), told reporters" is X', async () => {
    const q = await readSpeakers('en', '"We are still searching, but time is short," Major Paul Girard, who heads the mountain rescue unit (PGM), told reporters.');
    expect(q('We are still searching').name).toBe('Paul Girard');
  });

  it('fr: « « … », le commandant X, qui dirige le peloton (PGM), a déclaré » is X, without the auxiliary', async () => {
    const q = await readSpeakers('fr', '« Nous cherchons encore », le commandant Paul Girard, qui dirige le peloton de secours (PGM), a déclaré aux journalistes.');
    expect(q('Nous cherchons encore').name).toBe('Paul Girard');
    expect(q('Nous cherchons encore').phrase).toBe('le commandant Paul Girard');
  });
});

describe('a possessive phrase after a description is the speaker, not the description', () => {
  it('en: "…, a 35-year-old teacher from Lyon, his family told local media" names no speaker Lyon', async () => {
    const q = await readSpeakers('en', 'Among the injured was Marc Petit, a 35-year-old teacher from Lyon, his family told local media. "He loved the mountains," his brother said.');
    expect(q.all.map((m) => m.speakerRef?.name ?? null)).not.toContain('Lyon');
  });
});

describe('an apposition inside a reported clause is no end of it', () => {
  it('fr: « Elle rappelle que son prédécesseur, X, avait demandé… » is no quotation « son prédécesseur, X »', async () => {
    const q = await readSpeakers('fr', 'La maire se défend : « Nous avons tout fait. » Elle rappelle que son prédécesseur, Jean Morel, avait déjà demandé en 2015 une règle plus stricte.');
    expect(q.all.map((m) => m.quote)).not.toContain('son prédécesseur, Jean Morel');
    expect(q('avait déjà demandé').name).toBe('La maire');
  });
});

describe("a school's name after a title is no person's", () => {
  it("fr: « a confié la directrice de l'école Victor-Hugo de Bellerive » is the director, not Victor-Hugo", async () => {
    const q = await readSpeakers('fr', "« Les élèves ne tiennent plus en classe », a confié la directrice de l'école Victor-Hugo de Bellerive.");
    expect(q('Les élèves ne tiennent plus').name).toMatch(/^directrice/iu);
  });

  it('en: "said the head teacher of the Victor Hugo School" is the head teacher', async () => {
    const q = await readSpeakers('en', '"The pupils cannot focus," said the head teacher of the Victor Hugo School in Bellerive.');
    expect(q('The pupils cannot focus').name).toMatch(/^head teacher/iu);
  });
});

describe('one word quoted beside a level or category noun is a term, no quotation', () => {
  it('fr: « au stade « alerte » » after a verb is no one\'s words', async () => {
    const q = await readSpeakers('fr', 'La mairie a relevé le niveau de vigilance au stade « alerte » depuis lundi. Le maire a déclaré : « Prudence. »');
    expect(q.all.map((m) => m.quote.replace(/[\s.,]+$/u, ''))).not.toContain('alerte');
    expect(q('Prudence').name).toBe('Le maire');
  });

  it('en: an "amber" warning after a verb is no one\'s words', async () => {
    const q = await readSpeakers('en', 'The agency said it had raised its forecast to an "amber" warning. The minister said: "Caution."');
    expect(q.all.map((m) => m.quote.replace(/[\s.,]+$/u, ''))).not.toContain('amber');
  });
});

describe('a pronoun incise before the quotation names its speaker', () => {
  it('fr: « Le convoi, dit-elle, a « suivi… » » is hers, not the convoy\'s', async () => {
    const q = await readSpeakers('fr', 'La directrice Anne Morel a répondu aux critiques. Le convoi, dit-elle, a « suivi toutes les règles ».');
    expect(q('suivi toutes les règles').name).toBe('Anne Morel');
  });

  it('en (guard): "The convoy, she said, had \\"…\\"" is hers', async () => {
    const q = await readSpeakers('en', 'Director Anne Morel answered the critics. The convoy, she said, had "followed every rule".');
    expect(q('followed every rule').name).toBe('Anne Morel');
  });

  it('en (guard): "…, it says, and X is calling for \\"…\\"" is X\'s clause, not the incise\'s', async () => {
    const q = await readSpeakers('en', 'Morvia\'s foreign ministry issued a statement. The deal "ignores transit countries", it says, and Morvia is calling for "urgent talks" with both governments.');
    expect(q('urgent talks').phrase).not.toBe('it');
  });
});
