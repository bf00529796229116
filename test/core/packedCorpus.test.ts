import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { attachPacked, DECODED_ARTICLES, PackedCorpus, paragraphsOf } from '../../src/corpus/packedCorpus.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';

/** Short wire reports, French and English, with accents, typographic quotes and apostrophes. */
function report(i: number): Article {
  const text =
    i % 2
      ? `PARIS (AFP) - Le ministre n°${i} a déclaré : « Nous l’avons dit ${i} fois. » Les élus ont réagi.\n\nLa séance a repris à ${i % 24} h. M. Dupont n’a pas commenté.`
      : `LONDON (Reuters) - Minister ${i} said: “We’ve said it ${i} times.” Lawmakers reacted.\n\nThe session resumed at ${i % 24}:00. Mr. Smith did not comment.`;
  const result = parseArticle(`wire-${i}.txt`, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.article;
}

describe('packed corpus text', () => {
  it('gives back every article as parsed, sentences as slices of their paragraph', () => {
    const articles = Array.from({ length: 40 }, (_, i) => report(i));
    const expected = JSON.parse(JSON.stringify(articles)) as Article[];
    const packed = PackedCorpus.pack(articles);
    articles.forEach((a, slot) => attachPacked(a, packed, slot));
    expect(JSON.parse(JSON.stringify(articles))).toEqual(expected);
    let s = 0;
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        for (const sentence of paragraph.sentences) {
          expect(sentence.text).toBe(paragraph.text.slice(sentence.start, sentence.end));
          expect(packed.sentenceText(s++)).toBe(sentence.text);
        }
      }
    }
    expect(s).toBe(packed.sentenceCount);
  });

  it('keeps a bounded number of articles decoded, reading the others again when asked', () => {
    const articles = Array.from({ length: DECODED_ARTICLES + 500 }, (_, i) => report(i));
    const expected = articles.map((a) => JSON.stringify(a.paragraphs));
    const packed = PackedCorpus.pack(articles);
    articles.forEach((a, slot) => attachPacked(a, packed, slot));
    const first = articles[0].paragraphs;
    // Read while it is kept: the same objects.
    expect(articles[0].paragraphs).toBe(first);
    for (const a of articles) expect(a.paragraphs.length).toBeGreaterThan(0);
    expect(packed.decoded.size).toBeLessThanOrEqual(DECODED_ARTICLES);
    // The first article was let go; read again, it has the same text.
    expect(articles[0].paragraphs).not.toBe(first);
    articles.forEach((a, i) => expect(JSON.stringify(a.paragraphs)).toBe(expected[i]));
    // Packing again (a reload) reads without keeping anything new decoded.
    const before = packed.decoded.size;
    expect(paragraphsOf(articles[1]).length).toBeGreaterThan(0);
    expect(packed.decoded.size).toBe(before);
  });
});
