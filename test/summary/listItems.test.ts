/**
 * A list under a lead-in ending with a colon (« L'accord prévoit : » then "- …" lines) is one sentence
 * spread over lines: its items are pieces of it, never a summary sentence of their own. A bulleted
 * line with no such lead-in (a live blog's key points) is a sentence like any other.
 */
import { describe, expect, it } from 'vitest';
import { buildTextUnits } from '../../src/summary/textUnits.js';
import { parse } from '../core/parsedArticle.js';

const DEAL = `---
title: Accord trouvé sur les salaires des agents
lang: fr
published: 2026-03-12
---
Après trois jours de grève, la direction et les syndicats ont signé un accord dans la nuit de mardi à mercredi.

L'accord prévoit :

- une hausse de 4 % des salaires au 1er avril ;
- l'embauche de 200 agents supplémentaires d'ici la fin de l'année ;
- une commission de suivi, réunie pour la première fois en juin.

Le travail a repris mercredi matin dans tous les dépôts.
`;

const KEY_POINTS = `---
title: Storm live
lang: en
published: 2026-03-12
---
Key points

- The storm made landfall near the harbour at dawn on Tuesday.
- Power was cut to 40,000 homes across the island.
`;

describe('list items under a lead-in', () => {
  it('fr: the items of « L’accord prévoit : » are pieces of that sentence, the prose around them is not', () => {
    const units = buildTextUnits([parse('accord.md', DEAL)]);
    const item = units.find((u) => u.text.includes('commission de suivi'));
    expect(item?.listItem).toBe(true);
    expect(units.find((u) => u.text.startsWith('Le travail a repris'))?.listItem).toBeUndefined();
    expect(units.find((u) => u.text.startsWith('Après trois jours'))?.listItem).toBeUndefined();
  });

  it('en: key points with no lead-in colon stay sentences of their own', () => {
    const units = buildTextUnits([parse('live.md', KEY_POINTS)]);
    const point = units.find((u) => u.text.includes('made landfall'));
    expect(point).toBeDefined();
    expect(point?.listItem).toBeUndefined();
  });
});
