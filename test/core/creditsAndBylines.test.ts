/**
 * Who published a plain-text article, read from its own lines: a credit "Par X (avec AFP)" /
 * "By X (with Reuters)" names the publishing outlet and the agency and is never the title; a
 * bare byline "By NAME" / "Par NAME" is byline metadata, kept out of the paragraphs; the title is
 * the first line even when it ends on a quotation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { readCredit } from '../../src/corpus/inferMetadata.js';

import { kept, parse, removedAs } from './parsedArticle.js';

const FRENCH = `Grève : les contrôleurs aériens « à bout »
Publié le 04/06/2024 à 08:15
Par Le Progrès (avec AFP)

LYON (AFP) - Les contrôleurs aériens de l'aéroport de Lyon-Saint-Exupéry ont entamé mardi une grève de 48 heures, a annoncé le syndicat.

« Nous ne pouvons plus travailler dans ces conditions », a déclaré un porte-parole.
`;

const ENGLISH = `Air traffic controllers walk out at Lyon airport
By Jane Smith
June 4, 2024 8:15 AM

LYON (Reuters) - Air traffic controllers at Lyon airport began a 48-hour strike on Tuesday, their union said.

"We can no longer work in these conditions," a spokesperson said.
`;

describe('credit and byline lines of a plain-text article', () => {
  it('reads "Par X (avec AFP)" as the publishing outlet and the agency, never as the title', () => {
    const a = parse('fr.txt', FRENCH);
    expect(a.outlet).toBe('Le Progrès');
    expect(a.agency).toBe('AFP');
    expect(a.title).toBe('Grève : les contrôleurs aériens « à bout »');
    expect(removedAs(a, 'credit')).toEqual(['Par Le Progrès (avec AFP)']);
    expect(kept(a)).not.toContain('Par Le Progrès (avec AFP)');
  });

  it('reads "By X (with Reuters)" the same way', () => {
    expect(readCredit('By The Evening Star (with Reuters)')).toEqual({ outlet: 'The Evening Star', agency: 'Reuters', byline: undefined });
    expect(readCredit('Par Le Progrès (avec AFP et Reuters)')).toEqual({ outlet: 'Le Progrès', agency: 'AFP', byline: undefined });
    // National agencies too, not only the big three.
    expect(readCredit('By The Evening Star (with Anadolu)')).toEqual({ outlet: 'The Evening Star', agency: 'Anadolu', byline: undefined });
    expect(readCredit('Par Le Progrès (avec Lusa)')).toEqual({ outlet: 'Le Progrès', agency: 'Lusa', byline: undefined });
  });

  it('reads an outlet name ending in a lower-case adjective ("Par La Gazette picarde avec AFP", "Le Républicain lorrain avec AFP")', () => {
    expect(readCredit('Par La Gazette picarde avec AFP')).toEqual({ outlet: 'La Gazette picarde', agency: 'AFP', byline: undefined });
    expect(readCredit('Le Républicain lorrain avec AFP')).toEqual({ outlet: 'Le Républicain lorrain', agency: 'AFP', byline: undefined });
    expect(readCredit('Par La Voix du Nord (avec AFP)')).toEqual({ outlet: 'La Voix du Nord', agency: 'AFP', byline: undefined });
    // Words joined by "avec" to someone who is no wire agency are no credit.
    expect(readCredit('Le maire sortant avec Jean Dupont')).toBeUndefined();
    const a = parse('picarde.txt', FRENCH.replace('Par Le Progrès (avec AFP)', 'Par La Gazette picarde avec AFP'));
    expect(a.outlet).toBe('La Gazette picarde');
    expect(a.agency).toBe('AFP');
  });

  it("the credit's outlet wins over the agency of a dateline, which stays the agency", () => {
    const late = parse('late.txt', `${FRENCH.split('\n').filter((l) => !l.startsWith('Par ')).join('\n')}\nLe Progrès avec AFP\n`);
    expect(late.outlet).toBe('Le Progrès');
    expect(late.agency).toBe('AFP');
  });

  it('a wire dispatch under its own dateline, with no credit, is still the agency\'s publication', () => {
    const a = parse('wire.txt', 'LYON (AFP) - Les contrôleurs aériens ont entamé mardi une grève, a annoncé le syndicat.\n');
    expect(a.outlet).toBe('AFP');
  });

  it('reads a bare byline "By NAME" / "Par NAME" as the byline, not as a title, an outlet or a passage', () => {
    const a = parse('en.txt', ENGLISH);
    expect(a.byline).toBe('Jane Smith');
    expect(a.title).toBe('Air traffic controllers walk out at Lyon airport');
    expect(a.outlet).toBe('Reuters');
    expect(removedAs(a, 'credit')).toEqual(['By Jane Smith']);
    expect(kept(a).some((p) => p.includes('Jane Smith'))).toBe(false);
    expect(readCredit('Par Marie Durand et Paul Martin')).toEqual({ outlet: undefined, byline: 'Marie Durand et Paul Martin', agency: undefined });
    expect(readCredit('By Reuters')).toEqual({ outlet: undefined, byline: undefined, agency: 'Reuters' });
  });

  it('reads "Par <person> avec AFP" / "By <person> with Reuters" as a byline and the agency: a person is never the outlet', () => {
    expect(readCredit('Par Mathilde Arnoux avec AFP')).toEqual({ outlet: undefined, byline: 'Mathilde Arnoux', agency: 'AFP' });
    expect(readCredit('Par Hugo Lemaire et Inès Carvalho (avec Reuters)')).toEqual({ outlet: undefined, byline: 'Hugo Lemaire et Inès Carvalho', agency: 'Reuters' });
    expect(readCredit('By Nora Whitfield with Reuters')).toEqual({ outlet: undefined, byline: 'Nora Whitfield', agency: 'Reuters' });
    expect(readCredit('By Tom Ashby and Rhea Kapoor (with AFP)')).toEqual({ outlet: undefined, byline: 'Tom Ashby and Rhea Kapoor', agency: 'AFP' });
    const a = parse('person.txt', FRENCH.replace('Par Le Progrès (avec AFP)', 'Par Mathilde Arnoux avec AFP'));
    expect(a.outlet).not.toBe('Mathilde Arnoux');
    expect(a.byline).toBe('Mathilde Arnoux');
    expect(a.agency).toBe('AFP');
  });

  it('reads a byline followed by a comma and a job title as the byline alone', () => {
    expect(readCredit('By Ada Brennan, transport correspondent')).toEqual({ outlet: undefined, byline: 'Ada Brennan', agency: undefined });
    expect(readCredit('By Omar Haddad and Lena Fisk, staff reporters in Cairo')).toMatchObject({ byline: 'Omar Haddad and Lena Fisk' });
    expect(readCredit('Par Jeanne Roux, envoyée spéciale à Redon')).toEqual({ outlet: undefined, byline: 'Jeanne Roux', agency: undefined });
    expect(readCredit('Par Marc Petit, correspondant permanent à Bruxelles')).toMatchObject({ byline: 'Marc Petit' });
    // A comma after words that are no job title is prose.
    expect(readCredit('By Easter Sunday, the correspondent had left')).toBeUndefined();
    expect(readCredit('By Christmas Eve, shops had closed')).toBeUndefined();
    expect(readCredit('Par Jean Dupont, le maire')).toBeUndefined();
    const a = parse('role.txt', 'Flood closes ring road\n\nBy Ada Brennan, transport correspondent\n\nThe ring road was closed on Tuesday night, police said.\n');
    expect(a.byline).toBe('Ada Brennan');
    expect(a.title).toBe('Flood closes ring road');
    expect(removedAs(a, 'credit')).toEqual(['By Ada Brennan, transport correspondent']);
  });

  it('keeps sentences that merely contain "by" or "par"', () => {
    for (const s of ['By Monday', 'By Tuesday evening, the strike had spread to Marseille.', 'The strike was called by the union.', 'Par ailleurs, le trafic reste perturbé.', 'Par la suite, la direction a répondu.']) {
      expect(readCredit(s)).toBeUndefined();
    }
    const a = parse('prose.txt', 'Strike spreads to Marseille\n\nBy Tuesday evening, the strike had spread to Marseille, the union said.\n\nThe walkout was called by the union.\n');
    expect(kept(a)).toEqual(['Strike spreads to Marseille', 'By Tuesday evening, the strike had spread to Marseille, the union said.', 'The walkout was called by the union.']);
    expect(a.byline).toBeNull();
  });

  it('a quotation that opens the body is no title when a title line is there', () => {
    const a = parse('q.txt', 'Strike spreads to Marseille\n\n"We will not give in"\n\nThe union said the strike would go on.\n');
    expect(a.title).toBe('Strike spreads to Marseille');
  });
});

describe('the doping-case fixture (blind QA)', () => {
  it('gives the Dauphiné dispatch its outlet, agency and first-line title', () => {
    const file = 'test/fixtures/doping-case/ledauphine-2025-03-11.txt';
    const result = parseArticle(file, readFileSync(file));
    if (!result.ok) throw new Error(result.problem.reason);
    const { title, outlet, agency } = result.article;
    expect({ title, outlet, agency }).toEqual({
      title: 'Dopage : le Savoyard Julien Marchetti suspendu, son équipe « sous le choc »',
      outlet: 'Le Dauphiné Libéré',
      agency: 'AFP',
    });
  });

  it('reads the Reuters and Cyclingnews bylines as bylines', () => {
    for (const [name, byline] of [['reuters-2025-03-11.txt', 'Gilles Martin'], ['cyclingnews-2025-03-13.txt', 'Anna Kerr']]) {
      const file = `test/fixtures/doping-case/${name}`;
      const result = parseArticle(file, readFileSync(file));
      if (!result.ok) throw new Error(result.problem.reason);
      expect(result.article.byline).toBe(byline);
      expect(result.article.paragraphs.some((p) => p.text.startsWith('By '))).toBe(false);
    }
  });
});
