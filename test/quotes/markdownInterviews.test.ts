/**
 * Web interviews set in Markdown: labels in bold ("**Name:** …"), an interviewer's label joined by an
 * ampersand ("Sea & Shore Monthly:"), and questions in bold with no label, each answered by a line
 * opening with the guest's name. The answers are the guest's quotations; the bold marks show nowhere.
 */
import { describe, expect, it } from 'vitest';
import { withoutMarkdownEmphasis } from '../../src/text/normalize.js';
import { kept, parse } from '../core/parsedArticle.js';
import { quotationsIn } from './speakersOf.js';

const md = (lang: 'en' | 'fr', outlet: string, lines: string[]) =>
  `---\noutlet: ${outlet}\nlang: ${lang}\npublished: 2025-05-06\n---\n${lines.join('\n\n')}\n`;

const BOLD_LABELS = md('en', 'Sea & Shore Monthly', [
  'Marta Quiroga is a marine biologist who has counted seabirds on the Alder cliffs for twenty years.',
  '**Sea & Shore Monthly:** The colony has halved since spring. Is the heat to blame?',
  '**Quiroga:** Mostly the fish. The sand eels moved north, and the chicks starve on the ledges.',
  '**Sea & Shore Monthly:** What can the island council do?',
  '**Quiroga:** Close the bay to trawlers until September, and count again next year.',
]);

const BOLD_QUESTIONS_FR = md('fr', 'Le Journal des Ports', [
  "Trois jours après l'incendie du dock, nous avons interrogé Paul Ternier, pompier du port depuis vingt ans.",
  '**Pourquoi le feu a-t-il pris si vite ?**',
  'Paul Ternier : Les palettes étaient empilées contre les cuves, sans aucun espace entre elles.',
  '**Le dock rouvrira-t-il cet hiver ?**',
  "Ternier : Pas avant le printemps, il faut refaire toute l'installation électrique.",
]);

describe('Markdown emphasis in an article', () => {
  it('takes off bold and italic marks around words, keeps a lone asterisk', () => {
    expect(withoutMarkdownEmphasis('**Quiroga:** Mostly the fish.')).toBe('Quiroga: Mostly the fish.');
    expect(withoutMarkdownEmphasis('__Why now?__ She read *The Tide* again.')).toBe('Why now? She read The Tide again.');
    expect(withoutMarkdownEmphasis('The score was 5 * 3, a note says*.')).toBe('The score was 5 * 3, a note says*.');
  });

  it('shows no asterisks in the passages kept', () => {
    expect(kept(parse('seabirds.md', BOLD_LABELS)).some((p) => p.includes('*'))).toBe(false);
  });
});

describe('an interview with bold labels, one joined by "&"', () => {
  it("each answer is the guest's quotation, known by the full name the article gave", async () => {
    const members = await quotationsIn({ 'seabirds.md': BOLD_LABELS });
    const who = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;
    expect(who('The sand eels moved north')).toBe('Marta Quiroga');
    expect(who('Close the bay to trawlers')).toBe('Marta Quiroga');
    expect(members.some((m) => m.quote.includes('Is the heat to blame'))).toBe(false);
  });
});

describe('an interview whose questions are bold lines without a label', () => {
  it("the named lines answering them are the guest's quotations", async () => {
    const members = await quotationsIn({ 'dock.md': BOLD_QUESTIONS_FR });
    const who = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;
    expect(who('Les palettes étaient empilées')).toBe('Paul Ternier');
    expect(who("refaire toute l'installation électrique")).toBe('Paul Ternier');
  });

  it('a short question line stays in the interview, not set aside as a subheading', () => {
    expect(kept(parse('dock.md', BOLD_QUESTIONS_FR))).toContain('Le dock rouvrira-t-il cet hiver ?');
  });
});

describe('a one-word term in quotation marks, with no verb of saying', () => {
  it("is nobody's quotation (the name of a level), while a longer fragment in narration still is", async () => {
    const members = await quotationsIn({
      'alert.md': md('fr', 'Le Courrier du Val', [
        'La maire Sophie Lanvin a placé mardi la commune en vigilance « rouge », le plus haut degré du plan communal.',
        'La maire Sophie Lanvin a salué « le courage des bénévoles » du quartier.',
      ]),
    });
    expect(members.some((m) => m.quote.trim() === 'rouge')).toBe(false);
    expect(members.find((m) => m.quote.includes('le courage des bénévoles'))?.speakerRef?.name).toBe('Sophie Lanvin');
  });
});

describe('an answer quoting someone inside it is still the guest\'s answer', () => {
  it('"**Name:** My uncle asked me, \'…?\' and I had no answer." is the guest\'s, and the inner words are not "My"\'s', async () => {
    const members = await quotationsIn({
      'article.md': md('en', 'The Daily', [
        'Three questions to the actor Paul Brennan.',
        '**The Daily:** Why did you stay away?',
        '**Paul Brennan:** Because I made a promise.',
        '**The Daily:** Does the success change anything?',
        "**Paul Brennan:** My uncle asked me, 'Would you want your own son in that film?' and I had no answer.",
      ]),
    });
    const answer = members.find((m) => m.quote.startsWith('My uncle asked me'));
    expect(answer?.speakerRef?.name).toBe('Paul Brennan');
    const inner = members.find((m) => m.quote.startsWith('Would you want'));
    expect(inner?.speakerRef?.name ?? '').not.toMatch(/^My\b/u);
  });

  it('« **Nom :** Ma tante m\'a demandé « … ? » et je n\'ai rien su répondre. » is the guest\'s too', async () => {
    const members = await quotationsIn({
      'article.md': md('fr', 'Le Quotidien', [
        "Trois questions à l'acteur Paul Brennan.",
        '**Le Quotidien :** Pourquoi être resté absent ?',
        "**Paul Brennan :** Parce que j'avais fait une promesse.",
        '**Le Quotidien :** Le succès change-t-il quelque chose ?',
        "**Paul Brennan :** Ma tante m'a demandé : « Voudrais-tu ta propre voix dans ce film ? » et je n'ai rien su répondre.",
      ]),
    });
    const answer = members.find((m) => m.quote.startsWith('Ma tante'));
    expect(answer?.speakerRef?.name).toBe('Paul Brennan');
    const inner = members.find((m) => m.quote.startsWith('Voudrais-tu'));
    expect(inner?.speakerRef?.name ?? '').not.toMatch(/^Ma\b/u);
  });
});
