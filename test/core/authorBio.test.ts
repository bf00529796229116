import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../src/text/noise.js';
import { readCredit } from '../../src/corpus/inferMetadata.js';

const kept = (paragraphs: string[]) => paragraphs.filter((_, i) => classifyParagraphs(paragraphs)[i].keep);

const story = [
  'Harbour authorities closed the port of Fécamp on Tuesday after a storm damaged the outer sea wall.',
  'Engineers expect repairs to take at least three weeks, the harbour master said.',
];

describe("an author's note closing the page is page noise", () => {
  it('drops "X is our/the … correspondent" and "X has covered … since" as the last paragraph, in English and French', () => {
    expect(kept([...story, 'Tom Harlow is our transport correspondent. He has covered shipping since 2011.'])).toEqual(story);
    expect(kept([...story, "Tom Harlow is the Courier's transport and shipping correspondent."])).toEqual(story);
    expect(kept([...story, 'Tom Harlow has covered shipping and ports for the Courier since 2011.'])).toEqual(story);
    expect(kept([...story, 'Jeanne Roux est journaliste au service économie du Courrier.'])).toEqual(story);
  });

  it('keeps such a sentence when it is the story (not the last paragraph of prose)', () => {
    const reporterStory = ['Tom Harlow is a reporter who was detained at the border on Monday.', ...story];
    expect(kept(reporterStory)).toEqual(reporterStory);
  });
});

describe('a byline with a capitalised job title after the comma', () => {
  it('reads "By X, Health and Science Correspondent" and "Par X, Envoyée spéciale à Kiev" as bylines', () => {
    expect(readCredit('By Tom Harlow, Transport and Shipping Correspondent')?.byline).toBe('Tom Harlow');
    expect(readCredit('Par Jeanne Roux, Envoyée spéciale à Kiev')?.byline).toBe('Jeanne Roux');
  });
});
