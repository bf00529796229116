/**
 * Recognises page noise by general rules: capitals headlines of other stories, advertising and
 * page-furniture markers, comment-section boilerplate, "more to read" sections, teasers for
 * embedded media, repeated captions, bare date stamps. Marker words are data in src/lang/.
 */
import { languages } from '../lang/index.js';
import { normalizeForMatch } from './normalize.js';

export type NoiseReason =
  | 'capitals-headline'
  | 'page-marker'
  | 'boilerplate'
  | 'section-cut'
  | 'media-teaser'
  | 'repeated'
  | 'date-stamp'
  | 'after-section-cut';

const norm = (s: string) => normalizeForMatch(s).replace(/[:.!?…]+$/, '').trim();
const PAGE_MARKERS = new Set([...languages.fr.pageMarkers, ...languages.en.pageMarkers].map(norm));
const CUT_MARKERS = [...languages.fr.sectionCutMarkers, ...languages.en.sectionCutMarkers].map(norm);
const BOILERPLATE = [...languages.fr.boilerplatePhrases, ...languages.en.boilerplatePhrases].map(norm);
const MEDIA = [...languages.fr.mediaMarkers, ...languages.en.mediaMarkers].map(norm);

function letters(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

/** A line written in capitals (≥ 80 % of at least 15 letters): a related story's headline. */
export function isCapitalsHeadline(line: string): boolean {
  const all = letters(line);
  if (all.length < 15) return false;
  const upper = all.replace(/[^\p{Lu}]/gu, '').length;
  return upper / all.length >= 0.8;
}

const wordsIn = (line: string) => line.split(/\s+/).length;

export function isPageMarker(line: string): boolean {
  if (wordsIn(line) > 8) return false;
  const n = norm(line);
  if (PAGE_MARKERS.has(n)) return true;
  // "Video: extern / rest", "Photo : Keystone" — a media label followed by a credit.
  const label = /^([\p{L} ]+?)\s*:/u.exec(n)?.[1];
  return Boolean(label && MEDIA.includes(label) && n.split(' ').length <= 6);
}

export function isSectionCut(line: string): boolean {
  if (wordsIn(line) > 12) return false;
  const n = norm(line);
  if (CUT_MARKERS.some((m) => n.includes(m))) return true;
  // "0 Commentaires", "12 comments"
  return /^\d+\s+(?:commentaires?|comments?|reactions?|réactions?)$/u.test(n);
}

/** Comment-section and site boilerplate: short lines built around boilerplate phrases. */
export function isBoilerplate(line: string): boolean {
  if (wordsIn(line) > 60) return false;
  const n = norm(line);
  return BOILERPLATE.some((phrase) => n.includes(phrase));
}

/** "14.09.2023, 03:5914.09.2023, 08:22", "Publié le 13/09/2023 à 10h" — stamps, not prose. */
export function isDateStamp(line: string): boolean {
  if (line.length > 80) return false;
  const digits = line.replace(/[^\d]/g, '').length;
  const wordLetters = letters(line).length;
  return digits >= 6 && wordLetters <= 12 && line.length <= 80;
}

export function isMediaLine(line: string): boolean {
  return isPageMarker(line) && MEDIA.some((m) => norm(line).startsWith(m));
}

/** A short line without final punctuation: a title, kicker or subhead (a closing single quote after a period still ends a sentence). */
export function isHeadingLike(line: string): boolean {
  return !/(?:[.!?…»”"]|[.!?…]['’])\s*$/u.test(line) && line.split(/\s+/).length <= 20 && line.length <= 200;
}

export interface NoiseVerdict {
  keep: boolean;
  reason?: NoiseReason;
}

/**
 * Classifies every paragraph of an article. Works on the sequence, since some rules need
 * neighbours: a section cut removes everything after it, a heading right before a media
 * marker is that media's teaser, a caption repeating the previous paragraph is dropped.
 */
export function classifyParagraphs(paragraphs: string[]): NoiseVerdict[] {
  const verdicts: NoiseVerdict[] = paragraphs.map(() => ({ keep: true }));
  let cut = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (cut) {
      verdicts[i] = { keep: false, reason: 'after-section-cut' };
      continue;
    }
    if (isSectionCut(p)) {
      verdicts[i] = { keep: false, reason: 'section-cut' };
      cut = true;
    } else if (isCapitalsHeadline(p)) verdicts[i] = { keep: false, reason: 'capitals-headline' };
    else if (isPageMarker(p)) verdicts[i] = { keep: false, reason: 'page-marker' };
    else if (isDateStamp(p)) verdicts[i] = { keep: false, reason: 'date-stamp' };
    else if (isBoilerplate(p)) verdicts[i] = { keep: false, reason: 'boilerplate' };
    else if (i > 0 && isRepeat(paragraphs[i - 1], p)) verdicts[i] = { keep: false, reason: 'repeated' };
    if (i > 0 && verdicts[i].reason === 'page-marker' && isMediaLine(p) && verdicts[i - 1].keep && isHeadingLike(paragraphs[i - 1])) {
      verdicts[i - 1] = { keep: false, reason: 'media-teaser' };
    }
  }
  return verdicts;
}

/** A caption printed twice, the second time with a photo credit glued on ("…en Russie.Keystone"). */
function isRepeat(previous: string, current: string): boolean {
  return previous.length >= 20 && current.startsWith(previous) && current.length - previous.length <= 40;
}
