/** Test helpers: an article parsed from text, and what its cleaning kept and removed. */
import type { Article } from '../../src/corpus/article.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';

export function parse(name: string, text: string): Article {
  const result = parseArticle(name, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.article;
}

export const kept = (a: Article) => a.paragraphs.map((p) => p.text);
export const removedAs = (a: Article, reason: string) => a.removed.filter((r) => r.reason === reason).map((r) => r.text);
