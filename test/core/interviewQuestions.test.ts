/**
 * An interview printed as questions and answers whose question lines are short ("Q : Et les tarifs ?"): each
 * line is kept with the interview, neither set aside as a subheading nor its heading ("Trois questions à X"), so every
 * answer is paired with the question right before it. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { answeredQuestion } from '../../src/text/interview.js';
import { ownCorpus } from '../ownCorpus.js';
import { kept, parse, removedAs } from './parsedArticle.js';

const ARTICLE = [
  '---', 'title: "Crue : les digues en question"', 'outlet: Exemple', 'published: 2024-03-04', 'lang: fr', '---', '',
  "La crue de la rivière a inondé trois quartiers de la ville dans la nuit de dimanche à lundi, et le maire a convoqué un conseil extraordinaire.",
  '', "Trois questions à Anne Morel, hydrologue",
  '', "Q : Les digues étaient-elles assez hautes pour une crue de ce niveau ?",
  '', "R : Non. Elles ont été conçues pour une crue trentennale, pas centennale.",
  '', "Q : Que faut-il faire ?",
  '', "R : Rehausser les digues les plus anciennes avant l'hiver.",
  '', "Q : Et le coût ?",
  '', "R : Plusieurs millions d'euros, sur dix ans.",
  '', "Le conseil se réunira lundi.",
].join('\n');

describe('short interview question lines', () => {
  const article = parse('crue.md', ARTICLE);

  it('keeps the short question lines and the heading naming the interviewee', () => {
    expect(kept(article)).toContain('Q : Que faut-il faire ?');
    expect(kept(article)).toContain('Q : Et le coût ?');
    expect(kept(article)).toContain('Trois questions à Anne Morel, hydrologue');
    expect(removedAs(article, 'subheading')).toEqual([]);
  });

  it('pairs each answer with the question right before it, not the first one', () => {
    const at = (start: string) => article.paragraphs.find((p) => p.text.startsWith(start))!.index;
    expect(answeredQuestion(article, at('R : Non.'))).toBe('Q : Les digues étaient-elles assez hautes pour une crue de ce niveau ?');
    expect(answeredQuestion(article, at('R : Rehausser'))).toBe('Q : Que faut-il faire ?');
    expect(answeredQuestion(article, at('R : Plusieurs millions'))).toBe('Q : Et le coût ?');
  });

  it('still sets aside a short subheading between paragraphs of prose', () => {
    const other = parse('b.md', ARTICLE.replace('Trois questions à Anne Morel, hydrologue', "Les quartiers sinistrés\n\nLes pompiers ont évacué deux cents habitants pendant la nuit, surtout dans les rues basses près du vieux port."));
    expect(removedAs(other, 'subheading')).toEqual(['Les quartiers sinistrés']);
  });
});

describe('/ask on an interview with a short heading', () => {
  const engineOf = ownCorpus('ask-interview-heading', { 'crue.md': ARTICLE.split('\n') });
  const answer = (question: string) => askCommand.run({ engine: engineOf(), locale: 'fr', now: new Date(), services: {} }, { question }) as Answer;

  it('never answers with the line heading the interview', () => {
    expect(answer('Qui est Anne Morel, hydrologue ?').results.map((r) => r.text).join('\n')).not.toMatch(/Trois questions/);
  });

  it('shows an answer with its own short question', () => {
    const texts = answer('Combien coûtera le rehaussement des digues ?').results.map((r) => r.text);
    expect(texts.find((t) => /Plusieurs millions/.test(t))).toMatch(/^Et le coût \? — Plusieurs millions/);
  });
});

