/**
 * A blog's date line with its author after it ("Posted March 3, 2026 at 10:20 by Jane Staff",
 * « Publié le 3 mars 2026 à 10h20 par Jeanne Roux ») is a publication stamp: it gives the
 * article's date and is no part of its text. Short pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';

function parsed(name: string, text: string) {
  const result = parseArticle(name, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.article;
}

describe('a publication stamp closed by a byline', () => {
  it('en: "Posted <date> at <time> by <author>" dates the article', () => {
    const article = parsed('ridge-blog.txt', 'Ridge Notes | Home | News\nBridge reopens after repairs\nPosted March 3, 2026 at 10:20 by Ridge Staff\n\nThe old bridge reopened to traffic on Tuesday after three weeks of repairs, the council said.\n');
    expect(article.published?.slice(0, 10)).toBe('2026-03-03');
    expect(article.paragraphs.map((p) => p.text).join('\n')).not.toContain('Posted March 3');
  });

  it('fr: « Publié le <date> à <heure> par <auteur> » dates the article', () => {
    const article = parsed('blog-du-pont.txt', 'Le pont rouvre après travaux\nPublié le 3 mars 2026 à 10h20 par Jeanne Roux\n\nLe vieux pont a rouvert à la circulation mardi après trois semaines de travaux, a indiqué la mairie.\n');
    expect(article.published?.slice(0, 10)).toBe('2026-03-03');
    expect(article.paragraphs.map((p) => p.text).join('\n')).not.toContain('Publié le');
  });

  it('a sentence that merely holds a date and "by" stays text', () => {
    const article = parsed('note.txt', 'Bridge reopens\n\nThe bridge was closed on March 3, 2026 by Order Of The Council and reopened on Tuesday after three weeks of repairs.\n');
    expect(article.paragraphs.map((p) => p.text).join('\n')).toContain('closed on March 3, 2026');
  });
});
