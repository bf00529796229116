/**
 * A time zone printed with a plain-text publication stamp ("GMT+1", "UTC", "CET", "EDT",
 * "+01:00") is read, and the time stored as local time with its offset, as front matter's
 * "…T18:12:00+01:00" is ("…T18:12+01:00"): the article keeps its own local date. A zone of no
 * offset is UTC ("…Z"); a stamp without a zone keeps its local time as printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { isDateStamp, readDateStamp } from '../../src/text/dateStamp.js';

function published(name: string, text: string): string | null {
  const result = parseArticle(name, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.article.published;
}

describe('time zones of publication stamps', () => {
  it('reads an offset printed after the time', () => {
    expect(readDateStamp('March 11, 2025 6:12 PM GMT+1')).toBe('2025-03-11T18:12+01:00');
    expect(readDateStamp('May 15, 2024 6:32 pm UTC-05:00')).toBe('2024-05-15T18:32-05:00');
    expect(readDateStamp('2024-05-17T10:05:00+02:00')).toBe('2024-05-17T10:05+02:00');
    expect(readDateStamp('2024-05-17T10:05Z')).toBe('2024-05-17T10:05Z');
  });

  it('reads zone abbreviations, in brackets or not, French stamps included', () => {
    expect(readDateStamp('Updated 16/05/2024 10:05 UTC')).toBe('2024-05-16T10:05Z');
    expect(readDateStamp('Published May 15, 2024 6:32 pm EDT')).toBe('2024-05-15T18:32-04:00');
    expect(readDateStamp('Publié le 15 mai 2024 à 18h32 (CEST)')).toBe('2024-05-15T18:32+02:00');
    expect(readDateStamp('15 May 2024 10:05 BST')).toBe('2024-05-15T10:05+01:00');
    // The day stays the one printed, though it is still the day before in UTC, as it does for front matter.
    expect(readDateStamp('March 11, 2025 0:30 AM CET')).toBe('2025-03-11T00:30+01:00');
    for (const line of ['March 11, 2025 6:12 PM GMT+1', 'Publié le 15 mai 2024 à 18h32 (CEST)', 'Published May 15, 2024 6:32 pm PDT']) expect(isDateStamp(line)).toBe(true);
  });

  it('keeps a stamp without a zone, or with one of no fixed offset, in local time', () => {
    expect(readDateStamp('Publié le 11/03/2025 à 19:05')).toBe('2025-03-11T19:05');
    expect(readDateStamp('May 15, 2024 6:32 pm ET')).toBe('2024-05-15T18:32');
    expect(readDateStamp('March 11, 2025 GMT')).toBe('2025-03-11');
  });

  it('stores a plain-text stamp with a zone as front matter stores the same time', () => {
    const front = published('a.md', '---\npublished: 2025-03-11T18:12:00+01:00\n---\nThe minister resigned on Tuesday, officials said.\n');
    const stamp = published('b.txt', 'Minister resigns\n\nMarch 11, 2025 6:12 PM GMT+1\n\nThe minister resigned on Tuesday, officials said.\n');
    expect(front).toBe('2025-03-11T18:12+01:00');
    expect(stamp).toBe(front);
  });

  it('gives the Reuters dispatch of the doping-case fixture its local time with its offset', () => {
    const file = 'test/fixtures/doping-case/reuters-2025-03-11.txt';
    const result = parseArticle(file, readFileSync(file));
    if (!result.ok) throw new Error(result.problem.reason);
    expect(result.article.published).toBe('2025-03-11T18:12+01:00');
  });
});
