/**
 * A box of links set inside an article ("Most read", "Les plus lus", "À lire aussi") printed as a
 * numbered list ("1. Headline", "2) Headline"): the list goes, and the article's prose after it
 * stays. Articles written for this test (wire-report style, French and English).
 */
import { describe, expect, it } from 'vitest';
import { kept, parse, removedAs } from './parsedArticle.js';

const ENGLISH = `Harbour cranes idle as dockers walk out over shift rules

Dock workers at the port of Kestrel Bay stopped work on Monday over new shift rules, leaving dozens of ships waiting offshore.

The port authority said it was ready to meet union officials on Tuesday to discuss the rota changes.

Most read
1. Ten cheap days out for the half-term break
2. Council to review parking charges in the old town
3. Why bus fares are going up in April
4. Weather: frost expected overnight

"We will stay out until the rota is withdrawn," said Ana Kowalczyk, the dockers' branch secretary.

Shipping agents said perishable cargo was being diverted to two smaller ports along the coast.

The last walkout at the port, in 2019, lasted eleven days.

Comments (12)
Reader42: "Good luck to them."
`;

describe('a numbered "Most read" box inside an English article', () => {
  const article = parse('dock-strike.txt', ENGLISH);
  it('keeps every paragraph of prose after the list', () => {
    const text = kept(article).join('\n');
    expect(text).toContain('We will stay out until the rota is withdrawn');
    expect(text).toContain('Shipping agents said perishable cargo');
    expect(text).toContain('The last walkout at the port, in 2019, lasted eleven days.');
  });
  it('drops the list and the comments', () => {
    const text = kept(article).join('\n');
    expect(text).not.toContain('Ten cheap days out');
    expect(text).not.toContain('Weather: frost expected');
    expect(text).not.toContain('Good luck to them');
    expect(removedAs(article, 'related-link')).toContain('3. Why bus fares are going up in April');
  });
});

const frenchWith = (heading: string) => `Grève des éboueurs : les poubelles s'entassent à Valbonne

Les agents de collecte de Valbonne ont cessé le travail lundi pour réclamer une prime de pénibilité, a indiqué le syndicat majoritaire.

La mairie a proposé une réunion mercredi, sans préciser ses propositions.

${heading}
1. Marché de Noël : les chalets arrivent place du Général-Leclerc
2) Un nouveau parking relais ouvrira en juin
3. Météo : de la neige attendue sur les hauteurs

« Nous ne reprendrons pas tant que la prime ne sera pas signée », a déclaré Lucie Marchetti, déléguée syndicale.

Les habitants sont invités à conserver leurs déchets chez eux jusqu'à la fin du mouvement.

Partager : Facebook Twitter E-mail
`;

describe('a numbered list of links inside a French article', () => {
  for (const heading of ['Les plus lus', 'Les plus partagés', 'À lire aussi']) {
    it(`keeps the prose after a "${heading}" list and drops its links`, () => {
      const article = parse('greve-eboueurs.txt', frenchWith(heading));
      const text = kept(article).join('\n');
      expect(text).toContain('Nous ne reprendrons pas tant que la prime ne sera pas signée');
      expect(text).toContain("Les habitants sont invités à conserver leurs déchets");
      expect(text).not.toContain('Marché de Noël');
      expect(text).not.toContain('parking relais');
      expect(text).not.toContain('de la neige attendue');
    });
  }
});

describe('a numbered list of links at the end of the page still ends the article', () => {
  it('drops what follows a "Most read" list when no prose resumes', () => {
    const article = parse('dock-end.txt', ENGLISH.slice(0, ENGLISH.indexOf('"We will stay out')) + 'Reader42: "Good luck to them."\nLoad more comments\n');
    const text = kept(article).join('\n');
    expect(text).toContain('The port authority said it was ready');
    expect(text).not.toContain('Ten cheap days out');
    expect(text).not.toContain('Good luck to them');
  });
});
