/** Unicode clean-up and accent folding shared by indexing, matching and quotation work. */

const APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4\u2032]/g;
const SPACES = /[\u00A0\u202F\u2007\u2009\u200A\u2002\u2003\u3000\t]/g;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const HYPHENS_AND_DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** NFC, one kind of space, no zero-width characters; keeps quote marks and punctuation as printed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').replace(/\r\n?/g, '\n');
}

/**
 * Markdown strong emphasis ("**Ferrant:** …", "__Why now?__"), and emphasis between single
 * asterisks, set around words on one line: the marks are the page's typography, not its text, and
 * must show neither in a passage nor hide a label or a question from the reader. A lone asterisk
 * ("5 * 3", a footnote "*") is no emphasis and stays.
 */
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/gu;
const EMPHASIS = /(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\p{L}\p{N}*])/gu;
export function withoutMarkdownEmphasis(text: string): string {
  return text.replace(STRONG, '$2').replace(EMPHASIS, '$1');
}

/** Ligatures and letters that Unicode decomposition leaves whole. */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd' };

function foldByDecomposition(text: string): string {
  return text
    .replace(/[œŒæÆßøØłŁđ]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * Each character of Latin-1, Latin Extended-A/B and General Punctuation folded alone. Folding
 * leaves no mark that could join a neighbour, so a text made of these and ASCII folds character
 * by character, without normalizing the whole text twice.
 */
const FOLDED_RANGES: [number, number][] = [
  [0x80, 0x24f],
  [0x2000, 0x206f],
];
const FOLDED = new Map<number, string>();
for (const [from, to] of FOLDED_RANGES) {
  for (let c = from; c <= to; c++) FOLDED.set(c, foldByDecomposition(String.fromCharCode(c)));
}

/**
 * Strips accents and ligatures: "Préoccupation" → "Preoccupation", "œuvre" → "oeuvre".
 * Case is kept; callers lower-case when they need to.
 */
export function foldAccents(text: string): string {
  // Most words are plain ASCII: nothing to fold.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const folded = FOLDED.get(c);
    // Combining marks, other scripts: the whole text goes through decomposition.
    if (folded === undefined) return foldByDecomposition(text);
    if (folded.length === 1 && folded.charCodeAt(0) === c) continue;
    out += text.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The form used to compare words: lower case, no accents, straight apostrophes, hyphens as spaces.
 * "Kim Jong-un" and "KIM JONG UN" both become "kim jong un".
 */
export function normalizeForMatch(text: string): string {
  return (
    foldAccents(cleanText(text))
      .toLowerCase()
      .replace(APOSTROPHES, "'")
      .replace(HYPHENS_AND_DASHES, ' ')
      // Every run of spaces becomes one space: only runs that are not already one plain space are replaced.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
  );
}

/** Straight apostrophes for every kind of typographic one (’ ʼ ‘). */
export function straightenApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** A text matched literally inside a regular expression (language data written into patterns). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A lookup of names grouped by what they name (a month's or a weekday's spellings, in groups in their order):
 * the group index of a name, matched without accents, case or an abbreviation's dot; -1 when none.
 */
export function indexOfName(groups: string[][]): (name: string) => number {
  const key = (name: string) => foldAccents(name).toLowerCase().replace(/\.$/, '');
  const table = new Map<string, number>();
  groups.forEach((names, i) => names.forEach((n) => table.set(key(n), i)));
  return (name: string) => table.get(key(name)) ?? -1;
}
