/**
 * Corroboration: the same quotation reported by several outlets (the same words, nearly the
 * same words, or another translation of it) becomes one group listing every article. Groups
 * never join two different speakers; a report that does not name the speaker takes the
 * speaker the other outlets give.
 */
import { contentWords, stem } from '../text/analyzer.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Quotation } from './extractQuotes.js';
import type { Speaker } from './speakerRegistry.js';

export interface AttributedQuotation extends Quotation {
  /** The corpus-wide speaker; null when the article does not say. */
  speakerRef: Speaker | null;
}

export interface QuoteGroup {
  id: string;
  /** Every report of the quotation, in corpus order. */
  members: AttributedQuotation[];
  speaker: Speaker | null;
  kind: 'direct' | 'indirect';
}

/** Share of the shorter quotation's words the other must hold to be the same quotation. */
export const SAME_QUOTE_OVERLAP = 0.75;
/** A longer report may hold the quotation with more around it, within this length ratio. */
const MAX_LENGTH_RATIO = 3;
const MIN_WORDS = 3;

function stems(q: Quotation): Set<string> {
  return new Set(contentWords(q.quote).map((w) => stem(w, q.lang)));
}

export function sameQuotation(a: AttributedQuotation, b: AttributedQuotation, wa = stems(a), wb = stems(b)): boolean {
  if (a.articleId === b.articleId || a.kind !== b.kind) return normalizeForMatch(a.quote) === normalizeForMatch(b.quote) && a.articleId !== b.articleId;
  if (a.speakerRef && b.speakerRef && a.speakerRef.id !== b.speakerRef.id) return false;
  if (normalizeForMatch(a.quote) === normalizeForMatch(b.quote)) return true;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < MIN_WORDS || large.size > small.size * MAX_LENGTH_RATIO) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= SAME_QUOTE_OVERLAP;
}

export function groupQuotations(quotations: AttributedQuotation[]): QuoteGroup[] {
  const words = quotations.map(stems);
  const parent = quotations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < quotations.length; i++) {
    for (let j = 0; j < i; j++) {
      if (find(i) === find(j)) continue;
      if (!sameQuotation(quotations[i], quotations[j], words[i], words[j])) continue;
      // Joining must not put two speakers in one group through a third report.
      const speakersI = new Set(quotations.filter((_, k) => find(k) === find(i)).map((q) => q.speakerRef?.id).filter(Boolean));
      const speakersJ = new Set(quotations.filter((_, k) => find(k) === find(j)).map((q) => q.speakerRef?.id).filter(Boolean));
      if (speakersI.size && speakersJ.size && ![...speakersI].some((s) => speakersJ.has(s))) continue;
      parent[find(i)] = find(j);
    }
  }
  const byRoot = new Map<number, AttributedQuotation[]>();
  quotations.forEach((q, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), q]));
  return [...byRoot.values()].map((members) => ({ id: members[0].id, members, speaker: majoritySpeaker(members), kind: members[0].kind }));
}

function majoritySpeaker(members: AttributedQuotation[]): Speaker | null {
  const counts = new Map<string, { speaker: Speaker; n: number }>();
  for (const m of members) {
    if (!m.speakerRef) continue;
    const entry = counts.get(m.speakerRef.id) ?? { speaker: m.speakerRef, n: 0 };
    entry.n++;
    counts.set(m.speakerRef.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.speaker ?? null;
}
