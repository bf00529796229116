import { describe, expect, it } from 'vitest';
import { foldAccents, normalizeForMatch } from '../../src/text/normalize.js';
import { isCapitalsHeadline } from '../../src/text/noise.js';

/** Folding by decomposition of the whole text: what the character-by-character path must equal. */
const reference = (text: string) =>
  text
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

describe('accent folding', () => {
  it('folds every Latin and punctuation character as decomposing the whole text would', () => {
    for (let c = 0x80; c <= 0x2100; c++) {
      const ch = String.fromCharCode(c);
      expect(foldAccents(`a${ch}b`), c.toString(16)).toBe(reference(`a${ch}b`));
    }
  });

  it('folds mixed texts, decomposed accents and other scripts included', () => {
    const samples = ['Préoccupation', 'œuvre Œdipe Straße', 'e\u0301te\u0301 déjà', 'Ελλάδα et Kim Jong-un', 'l’État « sacré »', '한국 및 ÇA', '\u2000espace\u2001', 'Łódź, Đakovo'];
    for (const s of samples) expect(foldAccents(s), s).toBe(reference(s));
    expect(foldAccents('Préoccupation œuvre')).toBe('Preoccupation oeuvre');
  });

  it('brings names and spacing to one form for matching', () => {
    expect(normalizeForMatch('Kim Jong-un')).toBe('kim jong un');
    expect(normalizeForMatch('  KIM\u00a0 JONG\tUN — l’Élysée ')).toBe("kim jong un l'elysee");
  });
});

describe('capitals headlines', () => {
  it('tells a line in capitals from prose, accented capitals included', () => {
    expect(isCapitalsHeadline('LA CORÉE DU NORD TIRE UN MISSILE')).toBe(true);
    expect(isCapitalsHeadline('ÉTATS-UNIS : LE SÉNAT VOTE LE BUDGET')).toBe(true);
    expect(isCapitalsHeadline('La Corée du Nord a tiré un missile, selon Séoul.')).toBe(false);
    expect(isCapitalsHeadline('OTAN')).toBe(false);
    expect(isCapitalsHeadline('NATO SUMMIT OPENS IN VILNIUS with leaders')).toBe(false);
  });
});
