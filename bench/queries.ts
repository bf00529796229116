/**
 * The queries every engine answers: the evaluation's quotations (as written, without accents, and
 * with a typo) and phrases a user might remember, sampled from the corpus with a seed.
 */
import { readFileSync } from 'node:fs';
import { createRandom } from './generateCorpus.js';
import type { EvalQuestion, QuerySet } from './measure.js';
import type { Passage } from './passages.js';

export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * A typing slip: two neighbouring letters swapped in the middle of the query's longest word
 * (deterministic, so every engine gets the same typo).
 */
export function withTypo(text: string): string {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const longest = words.reduce<RegExpMatchArray | undefined>((best, w) => (!best || w[0].length > best[0].length ? w : best), undefined);
  if (!longest || longest[0].length < 4) return text;
  const word = longest[0];
  const i = Math.floor(word.length / 2) - 1;
  const typo = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return text.slice(0, longest.index!) + typo + text.slice(longest.index! + word.length);
}

export function readEvalQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { query: string; speaker: string; accept: string[] })
    .map((q) => ({
      query: q.query,
      speaker: q.speaker,
      accept: q.accept,
      variants: { exact: q.query, plain: withoutAccents(q.query), typo: withTypo(q.query) },
    }));
}

/** `count` phrases of 2–6 consecutive words from seeded passages, a quarter without accents. */
export function samplePhrases(passages: Passage[], count: number, seed: number): string[] {
  const rand = createRandom(seed);
  const phrases: string[] = [];
  for (let attempts = 0; phrases.length < count && attempts < count * 20 && passages.length > 0; attempts++) {
    const words = passages[Math.floor(rand() * passages.length)]!.text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
    if (words.length < 6) continue;
    const length = 2 + Math.floor(rand() * 5);
    const start = Math.floor(rand() * (words.length - length));
    const phrase = words.slice(start, start + length).join(' ');
    phrases.push(rand() < 0.25 ? withoutAccents(phrase) : phrase);
  }
  return phrases;
}

export function buildQuerySet(evalQuestions: EvalQuestion[], passages: Passage[], sampled: number, seed: number): QuerySet {
  const fromEval = evalQuestions.flatMap((q) => [q.variants.exact, q.variants.plain, q.variants.typo]);
  return { eval: evalQuestions, latency: [...fromEval, ...samplePhrases(passages, sampled, seed)] };
}
