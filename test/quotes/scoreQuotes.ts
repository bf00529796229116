/**
 * Scores extracted quotations against a hand-annotated gold list: extraction precision and
 * recall (a gold quotation is found when an extracted one of the same article holds nearly the
 * same words) and attribution accuracy (on found quotations, the speaker matches).
 */
import { readFileSync } from 'node:fs';
import { contentWords } from '../../src/text/analyzer.js';
import { normalizeForMatch } from '../../src/text/normalize.js';
import type { AttributedQuotation } from '../../src/quotes/corroborate.js';

export interface GoldQuote {
  article?: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  text: string;
}

export interface QuoteScores {
  precision: number;
  recall: number;
  attribution: number;
  missed: GoldQuote[];
  spurious: AttributedQuotation[];
  misattributed: { gold: GoldQuote; got: string | null }[];
}

export function readGold(file: string, article?: string): GoldQuote[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ ...(JSON.parse(l) as GoldQuote), ...(article ? { article } : {}) }));
}

/** Share of words two quotations have in common (of the longer): punctuation and case forgiven. */
function similarity(a: string, b: string): number {
  if (normalizeForMatch(a).replace(/[^\p{L}\p{N} ]/gu, '') === normalizeForMatch(b).replace(/[^\p{L}\p{N} ]/gu, '')) return 1;
  const wa = new Set(contentWords(a));
  const wb = new Set(contentWords(b));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, wa.size, wb.size);
}

/** Matching threshold: the extracted span must hold most of the gold words and little else. */
const SAME_SPAN = 0.8;

function speakerMatches(gold: string | null, got: AttributedQuotation['speakerRef']): boolean {
  if (gold === null || got === null) return gold === null && got === null;
  const g = normalizeForMatch(gold);
  return got.forms.some((f) => {
    const n = normalizeForMatch(f);
    return n === g || n.endsWith(` ${g}`) || n.includes(g) || g.includes(n);
  });
}

export function scoreQuotes(gold: GoldQuote[], extracted: AttributedQuotation[]): QuoteScores {
  const used = new Set<AttributedQuotation>();
  const missed: GoldQuote[] = [];
  const misattributed: QuoteScores['misattributed'] = [];
  let found = 0;
  let attributed = 0;
  for (const g of gold) {
    let best: { q: AttributedQuotation; s: number } | null = null;
    for (const q of extracted) {
      if (used.has(q) || (g.article && q.articleId !== g.article)) continue;
      const s = similarity(g.text, q.quote);
      if (s >= SAME_SPAN && (!best || s > best.s)) best = { q, s };
    }
    if (!best) {
      missed.push(g);
      continue;
    }
    used.add(best.q);
    found++;
    if (speakerMatches(g.speaker, best.q.speakerRef)) attributed++;
    else misattributed.push({ gold: g, got: best.q.speakerRef?.name ?? null });
  }
  const spurious = extracted.filter((q) => !used.has(q));
  return {
    precision: extracted.length ? found / extracted.length : 0,
    recall: gold.length ? found / gold.length : 0,
    attribution: found ? attributed / found : 0,
    missed,
    spurious,
    misattributed,
  };
}

export function printScores(label: string, s: QuoteScores): void {
  const f = (n: number) => n.toFixed(3);
  const lines = [`[${label}] extraction precision ${f(s.precision)}  recall ${f(s.recall)}  attribution accuracy ${f(s.attribution)}`];
  for (const m of s.missed) lines.push(`  missed: ${m.article ?? ''} ${m.text.slice(0, 80)}`);
  for (const q of s.spurious) lines.push(`  spurious: ${q.articleId} ${q.quote.slice(0, 80)}`);
  for (const m of s.misattributed) lines.push(`  speaker: ${m.gold.text.slice(0, 50)} → got ${m.got}, expected ${m.gold.speaker}`);
  console.log(lines.join('\n'));
}
