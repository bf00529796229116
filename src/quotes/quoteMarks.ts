/**
 * Finds quotation spans in a paragraph: « », “ ”, „ “, " ", and single quotes where an outlet
 * uses them as quotation marks. Nested quotes stay inside their outer quotation; apostrophes
 * (l’invitation, Putin’s, d’autres) are never taken for quotation marks; a stray closing mark
 * with no opening one is ignored.
 */
import { quotePairs } from '../lang/speech.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph's end when the quote runs on). */
  close: number;
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** The quotation runs to the end of the paragraph without a closing mark. */
  unclosed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);

interface Open {
  mark: string;
  at: number;
  close: string[];
  single: boolean;
}

const PAIRS = new Map(quotePairs.map((p) => [p.open, p]));
const CLOSERS = new Set(quotePairs.flatMap((p) => p.close));

/** Whether a single quote mark at `i` opens a quotation: no letter before, a letter (or opening mark) after. */
export function opensSingle(text: string, i: number): boolean {
  return !isLetter(text[i - 1]) && (isLetter(text[i + 1]) || text[i + 1] === '"' || text[i + 1] === '“');
}

/** Whether a single quote mark at `i` closes one: no space before, no letter after. */
export function closesSingle(text: string, i: number): boolean {
  return text[i - 1] !== undefined && !/\s/u.test(text[i - 1]) && !isLetter(text[i + 1]);
}

/** Whether a straight double quote at `i` reads as a closing mark (rather than an opening one). */
function closesStraight(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /\s/u.test(before)) return false;
  return after === undefined || !isLetter(after);
}

export function findQuoteSpans(text: string, continued = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  // A quotation left open by the paragraph before may go on without a mark of its own and close here
  // ("…d'appel.¶Cela pose une question », analyse la juriste."): a closing mark before any opening one closes it.
  if (continued) {
    // Apostrophes and single quotes aside: only a double mark tells.
    const doubles = quotePairs.filter((q) => !q.single);
    const first = Array.from(text).find((ch) => doubles.some((q) => q.open === ch || q.close.includes(ch)));
    const pair = first !== undefined && !doubles.some((q) => q.open === first) ? doubles.find((q) => q.close.includes(first)) : undefined;
    if (pair) stack.push({ mark: pair.open, at: -1, close: pair.close, single: false });
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (top && top.close.includes(ch)) {
      const closes = top.single ? closesSingle(text, i) : ch === '"' ? closesStraight(text, i) || top.mark === '"' : true;
      if (closes) {
        stack.pop();
        if (stack.length === 0) spans.push(span(text, top.at, i + 1, false));
        continue;
      }
    }
    const pair = PAIRS.get(ch);
    if (pair) {
      if (pair.single && !opensSingle(text, i)) continue;
      if (ch === '"' && stack.some((o) => o.mark === '"')) continue;
      // A nested single quote needs an outer quotation: at top level a lone ‘ is more often an apostrophe.
      if (pair.single && stack.length === 0 && !hasSingleCloser(text, i, pair.close)) continue;
      stack.push({ mark: ch, at: i, close: pair.close, single: Boolean(pair.single) });
      continue;
    }
    // A closing mark with nothing open is a typo in the source: skip it.
    if (CLOSERS.has(ch) && !top) continue;
  }
  if (stack.length > 0) {
    const outer = stack[0];
    if (text.slice(outer.at + 1).trim().length > 0) spans.push(span(text, outer.at, text.length, true));
  }
  return spans;
}

function hasSingleCloser(text: string, from: number, closers: string[]): boolean {
  for (let j = from + 2; j < text.length; j++) if (closers.includes(text[j]) && closesSingle(text, j)) return true;
  return false;
}

function span(text: string, open: number, close: number, unclosed: boolean): QuoteSpan {
  let start = open + 1;
  let end = unclosed ? close : close - 1;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  // A quotation carried on from the paragraph before opens at the paragraph's start (no mark of its own).
  return { open: Math.max(open, 0), close, start, end, unclosed };
}
