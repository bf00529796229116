/**
 * Attribution cases from the airline-outage and hospital-strike blind passes, each with sentences
 * written for these tests: verbs of fear as reporting verbs, a section label or a sentence-opening
 * quantifier is no speaker, a live-blog clock time is no part of a subject, and a gendered
 * pronoun is a person of that gender, never an organisation.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('a verb of fear introduces a partial quotation', () => {
  it('fr: « Dumaret redoute « … » » is Dumaret', async () => {
    const who = await speakersOf('fr', "Le maire de Sorvel, Jacques Dumaret, a reçu les commerçants lundi.\n\nDumaret redoute « une vague de fermetures en cascade » si les travaux se prolongent.");
    expect(who('une vague de fermetures en cascade')).toBe('Jacques Dumaret');
  });
  it('en: Dumaret dreads "…" is Dumaret', async () => {
    const who = await speakersOf('en', 'The mayor of Sorvel, Jacques Dumaret, met shopkeepers on Monday.\n\nDumaret dreads "a wave of closures in a row" if the works drag on.');
    expect(who('a wave of closures in a row')).toBe('Jacques Dumaret');
  });
  it('en: verbs that are also nouns ("fears", "worries") report a quotation too', async () => {
    const who = await speakersOf('en', 'The mayor of Sorvel, Jacques Dumaret, met shopkeepers on Monday.\n\nUnion leader Ines Varga fears "a wave of closures in a row". Dumaret worries "the harbour will never recover".');
    expect(who('a wave of closures in a row')).toBe('Ines Varga');
    expect(who('the harbour will never recover')).toBe('Jacques Dumaret');
  });
});

describe('no speaker from a sentence-opening quantifier or a section label', () => {
  it('en: "More than …, according to a port authority spokesman, who said: \\"…\\"" is the spokesman', async () => {
    const who = await speakersOf('en', 'Dockers at Sorvel walked out on Monday.\n\nMore than 300 ships have been held at anchor since Monday, according to a port authority spokesman, who said: "Perishable cargo is being unloaded first."');
    expect(who('Perishable cargo is being unloaded first')).toMatch(/spokesman/iu);
  });
  it('fr: « Plus de … selon un porte-parole du port, qui a déclaré : « … » » is the spokesman', async () => {
    const who = await speakersOf('fr', "Les dockers de Sorvel ont cessé le travail lundi.\n\nPlus de 300 navires attendent au mouillage depuis lundi, selon un porte-parole du port, qui a déclaré : « Les denrées périssables sont déchargées en premier. »");
    expect(who('Les denrées périssables sont déchargées')).toMatch(/porte-parole/iu);
  });
});

describe('a section label before a headline quotation is no speaker', () => {
  const speakerOfHeadline = async (lang: 'fr' | 'en', file: string, words: string) => {
    const members = await quotationsIn({ [file.endsWith('.txt') ? 'interview.txt' : 'interview.md']: file });
    return members.filter((m) => m.quote.includes(words)).map((m) => m.speakerRef?.name ?? null);
  };
  it('en: a title \'Q&A: "…"\' names no speaker "Q&A"', async () => {
    const names = await speakerOfHeadline('en', 'Q&A: "The harbour needs a plan, not a promise"\nPublished 4 March 2024\n\nThe port of Sorvel has been closed for a week. We asked its director, Jacques Dumaret, what comes next.\n', 'The harbour needs a plan');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => n !== null && /Q&A/u.test(n))).toEqual([]);
  });
  it('fr: un titre « Entretien : « … » » ne donne pas le locuteur « Entretien »', async () => {
    const names = await speakerOfHeadline('fr', 'Entretien : « Le port a besoin d\'un plan, pas d\'une promesse »\nPublié le 4 mars 2024\n\nLe port de Sorvel est fermé depuis une semaine. Nous avons interrogé son directeur, Jacques Dumaret.\n', "Le port a besoin d'un plan");
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => n !== null && /Entretien/u.test(n))).toEqual([]);
  });
});

describe('live-blog entries: clock times and pronouns', () => {
  const blog = [
    'Live: harbour strike',
    '08:52 Daniel Perrin, a fisherman from Sorvel, has been waiting since Monday. "Nobody tells us anything," he told our reporter.',
    '08:40 A harbour spokeswoman told The Evening Post: "Cargo ships are being redirected to the north quay."',
    '08:25 Speaking in French, shipowner Paul Verdier said: "Nous attendons la fin de la grève."',
    '08:10 Perrin\'s daughters seem calmer than their father. "They think it is a holiday. I think it is a disgrace," he added.',
  ].join('\n\n');
  it('a bare clock time opening the entry, or the outlet "The Evening Post" told, is no part of the speaker', async () => {
    const who = await speakersOf('en', blog);
    expect(who('Cargo ships are being redirected')).toBe('A harbour spokeswoman');
  });
  it('"he added" after "Perrin\'s daughters …" in its own entry is Perrin, not the speaker of the entry before', async () => {
    const who = await speakersOf('en', blog);
    expect(who('They think it is a holiday')).toBe('Daniel Perrin');
  });
  it('"he added" skips a body named with its initials, "Solidarité Quais (SQ)", for the man who spoke before', async () => {
    const who = await speakersOf(
      'en',
      [
        '23:32 Breakthrough. The dockers\' union and the port have reached a deal.',
        '"It is a first step, not the last one," Roussin said, adding that work would resume on Friday.',
        'The second union, Solidarité Quais (SQ), whose secretary Claire Manet also attended the talks, has signed the deal too.',
        '"The cranes will move again at dawn," he added.',
      ].join('\n\n'),
    );
    expect(who('The cranes will move again at dawn')).toBe('Roussin');
  });
  it('fr: « a-t-il ajouté » ne désigne pas l\'organisation nommée avec ses initiales, « Solidarité Quais (SQ) »', async () => {
    const who = await speakersOf(
      'fr',
      [
        '23h32 Percée. Le syndicat des dockers et le port ont conclu un accord.',
        '« C\'est un premier pas, pas le dernier », a déclaré Roussin.',
        'Le second syndicat, Solidarité Quais (SQ), dont la secrétaire Claire Manet participait aussi aux discussions, a signé.',
        '« Les grues repartiront à l\'aube », a-t-il ajouté.',
      ].join('\n\n'),
    );
    expect(who('Les grues repartiront')).toBe('Roussin');
  });
});
