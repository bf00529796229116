/** Unicode clean-up and accent folding shared by indexing, matching and quotation work. */

const APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4\u2032]/g;
const SPACES = /[\u00A0\u202F\u2007\u2009\u200A\u2002\u2003\u3000\t]/g;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** NFC, one kind of space, no zero-width characters; keeps quote marks and punctuation as printed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').replace(/\r\n?/g, '\n');
}

/**
 * Strips accents and ligatures: "Préoccupation" → "Preoccupation", "œuvre" → "oeuvre".
 * Case is kept; callers lower-case when they need to.
 */
export function foldAccents(text: string): string {
  // Most words are plain ASCII: nothing to fold.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * The form used to compare words: lower case, no accents, straight apostrophes, hyphens as spaces.
 * "Kim Jong-un" and "KIM JONG UN" both become "kim jong un".
 */
export function normalizeForMatch(text: string): string {
  return foldAccents(cleanText(text))
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Straight apostrophes for every kind of typographic one (’ ʼ ‘). */
export function straightenApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}
