/**
 * A press release closes on its contact lines ("Media contact: …", « Contact presse : … »): page
 * furniture, not a fact of the story, on releases written for this test (English and French).
 */
import { describe, expect, it } from 'vitest';
import { kept, parse, removedAs } from './parsedArticle.js';

const ENGLISH_RELEASE = `# Harbour Lines suspends its northern ferry route

The ferry operator Harbour Lines said on Monday it had suspended its northern route after a fault was found on its only vessel.

"Safety comes first," said its managing director, Paul Osei.

Media contact: Jane Roe, press@harbourlines.example

For further information: www.harbourlines.example/news`;

const FRENCH_RELEASE = `# La régie des Ports suspend sa ligne nord

La régie des Ports a suspendu lundi sa ligne nord après la découverte d'une avarie sur son unique navire.

« La sécurité passe avant tout », a déclaré son directeur, Paul Le Goff.

Contact presse : Jeanne Roy, 01 23 45 67 89

Relations presse : presse@regie.example`;

describe("a press release's contact lines", () => {
  it('are left out of an English release, its prose kept', () => {
    const article = parse('harbour-lines.md', ENGLISH_RELEASE);
    expect(kept(article).join('\n')).not.toMatch(/Media contact|further information/);
    expect(removedAs(article, 'boilerplate')).toEqual(['Media contact: Jane Roe, press@harbourlines.example', 'For further information: www.harbourlines.example/news']);
    expect(kept(article).some((p) => p.startsWith('The ferry operator'))).toBe(true);
  });

  it('are left out of a French release, its prose kept', () => {
    const article = parse('regie-des-ports.md', FRENCH_RELEASE);
    expect(removedAs(article, 'boilerplate')).toEqual(['Contact presse : Jeanne Roy, 01 23 45 67 89', 'Relations presse : presse@regie.example']);
    expect(kept(article).some((p) => p.startsWith('La régie des Ports a suspendu'))).toBe(true);
  });

  it('a sentence of prose that merely mentions a press contact is kept', () => {
    const article = parse('harbour-lines-2.md', `# Ferry route suspended\n\nThe operator's press contact said on Monday that the route would stay closed for a week, pending repairs to the vessel.`);
    expect(kept(article).some((p) => p.startsWith("The operator's press contact"))).toBe(true);
  });
});
