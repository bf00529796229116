/**
 * Transcripts printed with names as labels, and the forms a source's name takes: every
 * "Name: answer" line of a transcript is that person's, an interviewer's line is nobody's report;
 * the speaker of "Speaking to X, Y said" is Y; « l'ONG X y » is X y; « les éléments transmis par X »
 * come from X; one organisation printed with and without accents is one speaker. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const file = (lang: 'fr' | 'en', body: string) => `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n`;
const read = (lang: 'fr' | 'en', body: string) => quotationsIn({ 'a.md': file(lang, body) });

describe('transcripts with name labels', () => {
  it('fr: every "Nom : …" answer is the guest\'s, even after a point put without a question mark; that point is nobody\'s report', async () => {
    const m = await read(
      'fr',
      [
        "La sénatrice Lucie Garnier conteste la réforme du port. Entretien.",
        "La Gazette : Vous attendiez-vous à ce que le texte soit voté dès cette semaine par le conseil ?",
        "Lucie Garnier : Non. Personne ne l'avait annoncé, et le texte a été déposé la veille au soir.",
        "La Gazette : Le ministère affirme que les pêcheurs ont tous été consultés…",
        "Lucie Garnier : Consultés, oui, mais une heure avant le vote. Ce n'est pas une concertation.",
        "La Gazette : Le maire du port parle d'une réforme nécessaire.",
        "Lucie Garnier : Je respecte le maire. Mais une réforme nécessaire n'a pas à être secrète.",
        'Cet entretien a été relu par l\'intéressée.',
      ].join('\n\n'),
    );
    for (const start of ['Non. Personne', 'Consultés, oui', 'Je respecte le maire']) expect(m.find((x) => x.quote.startsWith(start))?.speakerRef?.name, start).toBe('Lucie Garnier');
    expect(m.some((x) => x.text.includes('pêcheurs ont tous été consultés'))).toBe(false);
  });

  it('en: an answer after a short question line still is the guest\'s, dates and all', async () => {
    const m = await read(
      'en',
      [
        'Interview by Sam Porter.',
        'Two days after the strike, the dockers\' leader Rosa Kemal says the talks must resume.',
        'Harbour Weekly: The port authority blames the union for the losses. What do you say?',
        'Rosa Kemal: Our members kept the ferries running for twelve hours. The losses began after the authority locked the gates.',
        'Harbour Weekly: What happens next?',
        'Rosa Kemal: We have called a second stoppage on June 4. Before that, on Friday, we will ask the minister for a meeting.',
        'Harbour Weekly: Have you spoken to him?',
        'Rosa Kemal: I wrote to him on Monday. I am still waiting.',
        'This interview has been edited for length.',
      ].join('\n\n'),
    );
    expect(m.find((x) => x.quote.startsWith('We have called a second stoppage'))?.speakerRef?.name).toBe('Rosa Kemal');
    expect(m.find((x) => x.quote.startsWith('I wrote to him'))?.speakerRef?.name).toBe('Rosa Kemal');
  });
});

describe('the forms of a source', () => {
  it('en: "**09:15** — Speaking to the channel RTV, Berg\'s brother Paul said: …" is Paul, not the channel', async () => {
    const m = await read('en', 'Journalist Anna Berg was freed on Tuesday.\n\n**09:15** — Speaking to the French-language channel RTV, Berg\'s brother Paul said (our translation): "Today, I got my sister back."');
    const got = m.find((x) => x.quote.startsWith('Today, I got my sister back'));
    expect(got?.speakerRef?.name).not.toBe('RTV');
    expect(got?.speakerPhrase).toBe("Berg's brother Paul");
  });

  it('fr: « Pour l\'ONG Mains tendues : « … » » is the organisation named after its kind noun', async () => {
    const m = await read('fr', "Le bénévole Marc Olier est rentré mardi.\n\nPour l'ONG Mains tendues : « Marc a passé six mois en cellule. Nous sommes soulagés. »\n\nPour l'ONG Oxfam : « C'est une bonne nouvelle. »");
    expect(m.find((x) => x.quote.startsWith('Marc a passé six mois'))?.speakerRef?.name).toBe('Mains tendues');
    expect(m.find((x) => x.quote.startsWith("C'est une bonne nouvelle"))?.speakerRef?.name).toBe('Oxfam');
  });

  it('fr: « Selon les éléments transmis par la préfecture » comes from the préfecture', async () => {
    const m = await read('fr', 'Des heurts ont éclaté samedi.\n\nSelon les éléments transmis par la préfecture, 14 personnes ont été blessées dont 6 policiers.\n\nSelon les chiffres de la préfecture, 9 personnes ont été interpellées dimanche.');
    expect(m.find((x) => x.quote.includes('14 personnes'))?.speakerRef?.name).toBe('Préfecture');
    expect(m.find((x) => x.quote.includes('9 personnes'))?.speakerRef?.name).toBe('Préfecture');
  });

  it('one organisation printed with and without accents ("Norelec said", « selon Norélec ») is one speaker', async () => {
    const m = await quotationsIn({
      'a.md': file('en', 'About 120,000 homes were still without power on Tuesday morning after a fire at the Brenouille substation, grid operator Vantelec said.'),
      'b.md': file('fr', "Selon Vantélec, le courant devait être rétabli pour la majorité des foyers mardi matin."),
    });
    const en = m.find((x) => x.quote.includes('120,000 homes'))?.speakerRef;
    const fr = m.find((x) => x.quote.includes('le courant devait'))?.speakerRef;
    expect(en).toBeTruthy();
    expect(fr?.id).toBe(en?.id);
  });
});
