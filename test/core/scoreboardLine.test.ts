/**
 * A live match page prints its scoreboard ("Leeds Rovers 2-1 Hull Athletic") above the headline and
 * again as the score changes: page furniture, never the title nor a paragraph (pages written for this test).
 */
import { describe, expect, it } from 'vitest';
import { parse } from './parsedArticle.js';

const FRENCH_LIVE = `Accueil | Rugby | Résultats
EN DIRECT
AS Montclar 14-9 Stade de Vernoux
Top 14 : Montclar - Vernoux, le match en direct commenté
Par Lise Arnal
Publié le 4 avril 2026 à 21h00

Bienvenue au stade des Lices pour ce derby très attendu entre Montclar et Vernoux.

AS Montclar 17-9 Stade de Vernoux

52e : essai de Montclar, transformé par le demi d'ouverture, qui creuse l'écart.
`;

const ENGLISH_LIVE = `Home | Football | Scores
LIVE
Leeds Rovers 2-1 Hull Athletic
Leeds v Hull: follow every kick of the derby live
By Sam Hale
Published April 4, 2026 9:00pm

Welcome to Elland Park for a derby both sets of fans have waited months for.
`;

describe('a scoreboard line on a live page', () => {
  it('is not the title: the headline under it is (fr, en)', () => {
    expect(parse('montclar-live-2026-04-04.txt', FRENCH_LIVE).title).toBe('Top 14 : Montclar - Vernoux, le match en direct commenté');
    expect(parse('leeds-live-2026-04-04.txt', ENGLISH_LIVE).title).toBe('Leeds v Hull: follow every kick of the derby live');
  });
});
