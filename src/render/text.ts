/** Plain-text rendering for the terminal chat and the CLI. Pure: answer in, text out. */
import type { Answer, AnswerResult, Citation } from '../engine/answer.js';
import type { Locale } from '../engine/commandDefinition.js';
import { t } from '../i18n/messages.js';

export function formatCitation(c: Citation, locale: Locale): string {
  const outlet = c.outlet ?? t(locale, 'unknownOutlet');
  const date = c.published ? `, ${c.published.slice(0, 10)}` : '';
  return `${outlet}${date} [${c.id}]`;
}

/** Wraps the matched ranges in the given markers (e.g. `**` for Markdown). */
export function emphasize(text: string, ranges: [number, number][] | undefined, open: string, close = open): string {
  if (!ranges?.length) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}

/** Quotation marks and the colon after a speaker, as each interface language prints them. */
const TYPOGRAPHY: Record<Locale, [open: string, close: string, colon: string]> = { fr: ['« ', ' »', ' :'], en: ['“', '”', ':'] };

function renderResult(r: AnswerResult, n: number, locale: Locale): string {
  const lines: string[] = [];
  const head = r.date ? `${r.date} — ` : '';
  if (r.speaker !== undefined) {
    const speaker = r.speaker ?? t(locale, 'unknownSpeaker');
    const quote = r.quote ?? r.text;
    // Reported speech is not the speaker's own words: no quotation marks, and said so.
    const [open, close, colon] = TYPOGRAPHY[locale];
    const shown = r.kind === 'indirect' ? `(${t(locale, 'reportedSpeech')}) ${emphasize(quote, r.highlights, '*')}` : `${open}${emphasize(quote, r.highlights, '*')}${close}`;
    lines.push(`${n}. ${head}${speaker}${colon} ${shown}`);
    if (r.text && r.text !== quote) lines.push(`   ${r.text}`);
  } else {
    lines.push(`${n}. ${head}${r.text}`);
  }
  if (r.articles.length) lines.push(`   — ${r.articles.map((c) => formatCitation(c, locale)).join(' · ')}`);
  return lines.join('\n');
}

export function renderText(answer: Answer, locale: Locale): string {
  const parts: string[] = [];
  if (answer.notice) parts.push(answer.notice);
  answer.results.forEach((r, i) => parts.push(renderResult(r, i + 1, locale)));
  return parts.join('\n');
}
