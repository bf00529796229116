/**
 * A box of related headlines in capitals set inside a wire story, with an advertising slot among
 * the paragraphs that follow it: the box and the slot go, every paragraph of the story stays.
 */
import { describe, expect, it } from 'vitest';
import { kept, parse } from './parsedArticle.js';

const WIRE_EN = [
  'Port of Kelmouth halts night shifts after crane collapse',
  'KELMOUTH, March 4 (Harbour Wire) - The port of Kelmouth suspended all night shifts on Tuesday after a crane collapsed onto an empty quay.',
  '"Nobody was hurt, and nobody will work under those cranes until they are checked," port director Ines Barrow said.',
  'RELATED COVERAGE',
  'DOCKERS VOTE ON NEW PAY OFFER AT NORTHERN TERMINALS',
  'SHIPPING RATES CLIMB AS CANAL QUEUES LENGTHEN',
  '"We lost two ships to other ports overnight," a shipping agent said.',
  'ADVERTISEMENT',
  '"The checks will take a fortnight," a spokesperson for the crane maker said.',
].join('\n\n');

const WIRE_FR = [
  'Le port de Kerbrat suspend le travail de nuit après la chute d’une grue',
  'KERBRAT, 4 mars (Fil Mer) - Le port de Kerbrat a suspendu mardi tout le travail de nuit après la chute d’une grue sur un quai vide.',
  '« Personne n’a été blessé », a déclaré la directrice du port, Inès Barreau.',
  'SUR LE MÊME SUJET',
  'LES DOCKERS VOTENT SUR UNE NOUVELLE OFFRE SALARIALE',
  'LES TARIFS DU FRET MARITIME REPARTENT À LA HAUSSE',
  '« Nous avons perdu deux navires dans la nuit », a indiqué un agent maritime.',
  'PUBLICITÉ',
  '« Les contrôles prendront quinze jours », a précisé le fabricant des grues.',
].join('\n\n');

describe('a box of related headlines inside a story, then an advertising slot', () => {
  it('en: the paragraphs after the box are kept, the box and the slot dropped', () => {
    const a = kept(parse('harbour-wire-2025-03-04.txt', WIRE_EN));
    expect(a.some((p) => p.includes('We lost two ships'))).toBe(true);
    expect(a.some((p) => p.includes('The checks will take a fortnight'))).toBe(true);
    expect(a.some((p) => /RELATED|DOCKERS VOTE|ADVERTISEMENT/u.test(p))).toBe(false);
  });

  it('fr: the same with « SUR LE MÊME SUJET » and « PUBLICITÉ »', () => {
    const a = kept(parse('fil-mer-2025-03-04.txt', WIRE_FR));
    expect(a.some((p) => p.includes('Nous avons perdu deux navires'))).toBe(true);
    expect(a.some((p) => p.includes('Les contrôles prendront quinze jours'))).toBe(true);
    expect(a.some((p) => /MÊME SUJET|DOCKERS|PUBLICITÉ/u.test(p))).toBe(false);
  });
});
