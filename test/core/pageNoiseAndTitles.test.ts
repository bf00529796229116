/**
 * Page lines that are no part of an article's text: a live blog's "Last updated" stamp (which dates
 * the page), a byline joined to its stamp, the editors' line, a subscription offer, an interview's
 * editing note. And a wire page's headline printed in capitals above its stamp is its title.
 * Short pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';

function parsed(name: string, text: string) {
  const result = parseArticle(name, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.article;
}
const textOf = (article: ReturnType<typeof parsed>) => article.paragraphs.map((p) => p.text).join('\n');

describe('a live blog\'s header lines', () => {
  const article = parsed(
    'harbour-live.txt',
    'Coast News | World | Live\nLIVE: Harbour storm — ferries suspended, port to reopen Sunday\nLast updated: March 6, 2026, 18:20 AST\nEdited by Nora Blake and Felix Grant\n\n18:20\nThe port authority said ferries would stay in harbour until the wind drops below gale force.\n\n16:05\nAbout 300 passengers spent the night in the terminal, the operator said.\n',
  );

  it('reads "Last updated: <date>, <time> <zone>" as the publication date, not as a passage', () => {
    expect(article.published?.slice(0, 10)).toBe('2026-03-06');
    expect(textOf(article)).not.toContain('Last updated');
  });

  it('keeps the editors\' line out of the passages and out of the byline', () => {
    expect(textOf(article)).not.toContain('Edited by');
    expect(article.byline ?? '').not.toContain('Nora Blake');
  });
});

describe('a byline joined to its stamp, a subscription offer and an editing note', () => {
  it('fr: "Par <author> - Publié le <date>" is a stamp, "Abonnez-vous … 1 € …" an offer', () => {
    const article = parsed(
      'courrier-port.txt',
      'Tempête : le port fermé, les ferries à quai\nPar Jeanne Roux - Publié le 06/03/2026 à 18h20\n\nLe port restera fermé jusqu\'à dimanche, a indiqué la capitainerie.\n\nAbonnez-vous pour lire tous nos articles sur la tempête — 1 € le premier mois\n',
    );
    expect(article.published?.slice(0, 10)).toBe('2026-03-06');
    expect(textOf(article)).not.toContain('Publié le');
    expect(textOf(article)).not.toContain('Abonnez-vous');
    expect(textOf(article)).toContain('capitainerie');
  });

  it('en: "This interview has been edited and condensed." and "Subscribe … £1 …" are no passages', () => {
    const article = parsed(
      'interview-harbour.txt',
      'Q: Why close the port?\nA: The swell was over six metres at the entrance and no pilot could board a ship safely.\n\nThis interview has been edited and condensed.\n\nSubscribe for £1 a week to read all our storm coverage\n',
    );
    expect(textOf(article)).not.toContain('edited and condensed');
    expect(textOf(article)).not.toContain('Subscribe');
    expect(textOf(article)).toContain('six metres');
  });
});

describe('a wire page\'s headline in capitals', () => {
  it('is the title when it is printed right above the stamp', () => {
    const article = parsed(
      'wire-storm.txt',
      'Fil Monde | France | Économie\nAccueil > Monde > Météo\nTEMPÊTE : LE PORT DE BRÉVAL FERMÉ, 300 PASSAGERS BLOQUÉS\nPublié le 06/03/2026 à 11h52 - Mis à jour le 06/03/2026 à 15h20\n\nBRÉVAL, 6 mars 2026 (AFP) - Le port de Bréval a été fermé vendredi à cause de la tempête, bloquant 300 passagers.\n\nÀ LIRE AUSSI\nMÉTÉO : ORAGES ATTENDUS SUR LE SUD DU PAYS CE WEEK-END\n',
    );
    expect(article.title).toBe('TEMPÊTE : LE PORT DE BRÉVAL FERMÉ, 300 PASSAGERS BLOQUÉS');
    expect(textOf(article)).not.toContain('ORAGES');
  });
});
