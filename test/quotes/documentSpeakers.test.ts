/**
 * A document as the subject of a verb of speech ("the letter reads", "ajoute la note"), a plural pronoun ("écrivent-ils"),
 * a source cited by what it saw ("selon un enregistrement consulté par X") and an anonymous source's label: who speaks,
 * and who never does. Short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('a document that speaks', () => {
  it('en: "the letter reads" after "signed by 300 nurses" gives the words to the signers, not to the person who spoke before', async () => {
    const q = await readSpeakers(
      'en',
      [
        'Hospital director Alan Price defended the cuts on Monday. "We have no other choice," he said.',
        'By Monday evening, an open letter to the trust had been signed by 300 of the hospital\'s nurses. "We came here to care for patients, not to count beds," the letter reads.',
      ].join('\n\n'),
    );
    expect(q('We have no other choice').name).toBe('Alan Price');
    const letter = q('We came here to care for patients');
    expect(letter.name).not.toBe('Alan Price');
    expect(letter.name?.toLowerCase()).toContain('nurses');
  });

  it('en: "according to two people" is a source, never a speaker, and "the letter says" just after is the letter, not the last speaker', async () => {
    const q = await readSpeakers(
      'en',
      [
        'Mayor Joan Kettle said on Monday she would not resign. "I was elected to finish the job," Kettle said.',
        'Residents are not convinced. The petition calling for her departure had gathered 2,000 signatures by Friday, according to two people who have seen it.',
        '"We deserve a council that listens," the petition says.',
      ].join('\n\n'),
    );
    expect(q('I was elected to finish the job').name).toBe('Joan Kettle');
    const petition = q('We deserve a council that listens');
    expect(petition.name).not.toBe('Joan Kettle');
    expect(petition.name?.toLowerCase()).not.toContain('people');
    expect(petition.name?.toLowerCase()).toContain('petition');
    // No speaker named "Two people" for the sentence reported on their word.
    expect(q.all.some((m) => m.speakerRef?.name?.toLowerCase().includes('two people'))).toBe(false);
  });

  it('fr: "« … », écrivent-ils" after "une lettre signée par 200 salariés": the employees', async () => {
    const q = await readSpeakers(
      'fr',
      [
        "Le directeur de l'usine, Paul Mercier, a défendu la fermeture. « Nous n'avions pas le choix », a-t-il déclaré.",
        'Chez les ouvriers, la colère monte : une lettre ouverte signée par plus de 200 salariés réclame un moratoire. « Nous avons tout donné à cette usine », écrivent-ils.',
      ].join('\n\n'),
    );
    expect(q("Nous n'avions pas le choix").name).toBe('Paul Mercier');
    expect(q('Nous avons tout donné à cette usine').name?.toLowerCase()).toContain('salari');
  });
});

describe('a source that is no speaker', () => {
  it('fr: "selon un enregistrement consulté par X" after a quotation with its speaker reports nothing more, and names no "Enregistrement consulté"', async () => {
    const q = await readSpeakers(
      'fr',
      "« Le calendrier ne change pas », a assuré Julie Ferrand lors d'une réunion avec les cadres mardi, selon un enregistrement consulté par La Gazette du Nord.",
    );
    expect(q('Le calendrier ne change pas').name).toBe('Julie Ferrand');
    expect(q.all.some((m) => /enregistrement/iu.test(m.speakerRef?.name ?? '') || /enregistrement/iu.test(m.speakerPhrase ?? ''))).toBe(false);
  });

  it('fr: "a promis de … l\'entreprise qu\'il a créée" is no reported speech, and an apposition is no speaker', async () => {
    const q = await readSpeakers(
      'fr',
      "Le fondateur, démis lundi par le conseil d'administration, a promis de se battre pour reprendre la tête de l'entreprise qu'il a créée en 2009. « Je reviendrai », a-t-il dit.",
    );
    expect(q.has('il a créée en 2009')).toBe(false);
    expect(q.all.some((m) => /démis/iu.test(m.speakerRef?.name ?? ''))).toBe(false);
  });

  it('en: "a person familiar with the matter" keeps its whole label, and "the person said" is that source', async () => {
    const q = await readSpeakers(
      'en',
      'The club had been weighing the sale for months, according to a person familiar with the matter, who said falling attendance had worn down the owners. "The empty stands were the deciding factor," the person said.',
    );
    const source = q('The empty stands were the deciding factor');
    expect(source.name?.toLowerCase()).toContain('familiar with the matter');
  });
});
