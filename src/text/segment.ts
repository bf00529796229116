/**
 * Paragraph and sentence segmentation for news text. Survives abbreviations (M., Mme, NDLR),
 * elided ellipses "(...)", numeric dates ("2023. 9. 13"), quotation marks after the final
 * period and odd spacing.
 */
import type { Sentence } from '../corpus/article.js';
import { languages } from '../lang/index.js';

const ABBREVIATIONS = new Set(
  [...languages.fr.abbreviations, ...languages.en.abbreviations].map((a) => a.toLowerCase()),
);

const CLOSING = `»”"’'\\)\\]`;
const OPENING = `«“"‘'\\(\\[—–-`;
/** End punctuation, optional closing quotes/brackets, then space and what can start a sentence. */
const BOUNDARY = new RegExp(`([.!?…]+)((?: ?[${CLOSING}])*)(\\s+)(?=[${OPENING}]*\\s*[\\p{Lu}\\p{N}«“"])`, 'gu');

/** A list item's number, all the text before its period: "1", " 12". */
const LIST_NUMBER = /^\s*\d{1,3}$/u;

const ENDS_SENTENCE = /[.!?…»”"]\s*$/u;

/**
 * Splits raw article text into paragraphs. Blank lines always separate; a single line break
 * separates too, unless the line is visibly hard-wrapped (no final punctuation and the next
 * line continues in lower case). A line `standsAlone` tells is page furniture ("12 Comments") is never
 * continued that way.
 */
export function splitParagraphs(text: string, standsAlone: (line: string) => boolean = () => false): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const paragraphs: string[] = [];
  let current = '';
  /** `current` while it is still one line, else ''. */
  let currentLine = '';
  for (const line of lines) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    // A page-furniture line ("12 Comments", "Reply") takes no next line into it, even one opening in lower case ("rocketdad_77: …").
    if (current && !ENDS_SENTENCE.test(current) && /^[\p{Ll}(«“"]/u.test(line) && !/^[«“"]/u.test(line) && !(current === currentLine && standsAlone(current))) {
      current += ' ' + line;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
    currentLine = current === line ? line : '';
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function isAbbreviationBefore(text: string, dotIndex: number): boolean {
  // An abbreviation is a short word: the last few characters are enough (and keep this linear).
  const before = text.slice(Math.max(0, dotIndex - 24), dotIndex);
  const word = /([\p{L}.°-]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Single capital initials: "J. Kirby", "U.S."
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Splits a paragraph into sentences with offsets. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const punct = m[1];
    const dotIndex = m.index;
    if (punct === '.' && isAbbreviationBefore(paragraph, dotIndex)) continue;
    // "(...)" inside a quotation is an elision, not an end.
    if (punct.startsWith('.') && paragraph[dotIndex - 1] === '(') continue;
    const end = m.index + m[1].length + m[2].length;
    // "2023. 9. 13": a digit before and after is a numeric date, not a sentence end.
    if (/\d$/.test(paragraph.slice(0, dotIndex)) && /^\s+\d/.test(paragraph.slice(end))) continue;
    // "1. Quels produits sont concernés ?": a list number opening the line belongs to the line.
    if (punct === '.' && LIST_NUMBER.test(paragraph.slice(start, dotIndex))) continue;
    pushSentence(sentences, paragraph, start, end);
    start = end + m[3].length;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushSentence(out: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({ index: out.length, text, start: start + lead, end: start + lead + text.length });
}
