/**
 * A dateline credit that is the article's own outlet's initials ("PARIS (CP) —" in a paper
 * called Capital Post) names the outlet itself, not the wire agency the same letters stand for
 * elsewhere (The Canadian Press, PA Media). Short articles of our own, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { parse } from './parsedArticle.js';

const article = (outlet: string, dateline: string, lang: 'fr' | 'en', body: string) =>
  ['---', `outlet: ${outlet}`, `lang: ${lang}`, 'published: 2026-01-10', '---', '', `${dateline} ${body}`, '', lang === 'fr' ? 'La préfecture a annoncé une enquête.' : 'Police said an inquiry had been opened.'].join('\n');

describe('a credit code made of the outlet own initials', () => {
  it('reads the outlet, not the agency of the same letters (en)', () => {
    const a = parse('en.md', article('Capital Post', 'OTTAWA (CP) —', 'en', 'A bridge collapsed on Friday, the city said.'));
    expect(a.agency).toBe('Capital Post');
  });

  it('reads the outlet, not the agency of the same letters (fr)', () => {
    const a = parse('fr.md', article('Presse Associée', 'LILLE (PA) —', 'fr', "Un pont s'est effondré vendredi, a indiqué la mairie."));
    expect(a.agency).toBe('Presse Associée');
  });

  it('keeps a wire agency whose code is not the outlet initials', () => {
    expect(parse('en.md', article('Coastal Post', 'OTTAWA (AP) —', 'en', 'A bridge collapsed on Friday, the city said.')).agency).toBe('Associated Press');
    expect(parse('fr.md', article('Le Courrier', 'LILLE (AFP) —', 'fr', "Un pont s'est effondré vendredi, a indiqué la mairie.")).agency).toBe('AFP');
  });
});
