/**
 * A plain-text page's comment section: a comment counter ("8 Comments") or a "Reply" link on its own line takes no
 * reader's line into it (even one opening in lower case, "river_watcher: …"), so the counter is seen and the comments
 * are cut: no reader's words are an article's quotation, no "Reply" a speaker.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const page = [
  'Harbour wall gives way after storm',
  'Posted March 3, 2026 by Lena Fisk',
  '',
  'A section of the old harbour wall collapsed overnight after the storm, the port authority said on Tuesday. Nobody was hurt, and repairs are expected to take several weeks.',
  '',
  '"We had warned about that wall for years," said Ada Morrow, who chairs the harbour users\' association.',
  '',
  '8 Comments',
  'river_watcher: "Saw the waves go over it at midnight."',
  'Reply',
  'old_salt_44: "About time they fixed it."',
  'Reply',
].join('\n');

describe('reader comments under a plain-text article', () => {
  it('are no quotations and give no speaker "Reply"', async () => {
    const members = await quotationsIn({ 'harbour-2026-03-03.txt': page });
    expect(members.some((m) => m.quote.includes('We had warned about that wall'))).toBe(true);
    expect(members.filter((m) => /waves go over it|About time they fixed/u.test(m.quote))).toEqual([]);
    expect(members.filter((m) => /reply|comments/iu.test(m.speakerRef?.name ?? ''))).toEqual([]);
  });
});
