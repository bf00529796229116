/**
 * Every quotation of an article, direct (between quotation marks) or reported (indirect
 * speech), with the speaker the article gives for it. Reads the article in order, so pronouns,
 * titles, short names and documents ("ajoute le communiqué") resolve to the right earlier
 * speaker, and a quotation with no verb of its own continues the previous speaker.
 */
import type { Article, Lang, Paragraph } from '../corpus/article.js';
import { ArticleCast, type CastMember, type CorpusTitles } from './articleCast.js';
import { attributeQuote, findIndirectSpeech, isStandalone, maskSpans, type AttributionHow } from './attributeSpeaker.js';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.js';
import { speechPatterns } from './speechPatterns.js';

export interface Quotation {
  /** `<article id>#<paragraph>:<offset>`: stable while the article is unchanged. */
  id: string;
  articleId: string;
  paragraph: number;
  /** Offsets of the quoted words in the paragraph text. */
  start: number;
  end: number;
  /** The quotation as printed (for indirect speech: the reported words). */
  quote: string;
  /** The sentence or sentences that hold it. */
  text: string;
  /** The whole paragraph. */
  context: string;
  kind: 'direct' | 'indirect';
  /** Printed in a title line or subhead. */
  heading: boolean;
  /** How the speaker was found. */
  how: AttributionHow;
  /** The words that name the speaker, as printed ("a-t-il ajouté" → "il"). */
  speakerPhrase: string | null;
  /** The speaker within the article; null when the article does not say. */
  speaker: CastMember | null;
  lang: Lang;
}

export interface ArticleQuotations {
  article: Article;
  quotations: Quotation[];
  cast: ArticleCast;
}

/** How far back (in paragraphs) a quotation without a verb of its own may continue a speaker. */
const CONTINUATION_PARAGRAPHS = 1;
/** Reported speech shorter than this many words is a fragment of narration, not a statement. */
const MIN_INDIRECT_WORDS = 4;

/** Attributions that make someone the speaker "il"/"he" and "the statement" refer back to. */
const SETS_LAST_SPEAKER: AttributionHow[] = ['postposed', 'inverted', 'preposed', 'according', 'clause-final', 'continuation', 'headline'];

interface Unit {
  start: number;
  end: number;
}

/** Sentences joined where a quotation runs across them. */
function units(paragraph: Paragraph, spans: QuoteSpan[]): Unit[] {
  const out: Unit[] = [];
  for (const s of paragraph.sentences) {
    const last = out[out.length - 1];
    if (last && spans.some((q) => q.open < last.end && q.close > last.end)) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  if (out.length === 0) out.push({ start: 0, end: paragraph.text.length });
  // A quotation that closes after the last sentence's end (trailing mark) still belongs to it.
  out[out.length - 1].end = Math.max(out[out.length - 1].end, ...spans.map((q) => q.close));
  return out;
}

export function extractQuotes(article: Article, corpusTitles?: CorpusTitles): ArticleQuotations {
  const p = speechPatterns(article.lang);
  const cast = new ArticleCast(p, article.lang, corpusTitles);
  const quotations: Quotation[] = [];
  let previous: { paragraph: number; speaker: CastMember | null } | null = null;

  for (const paragraph of article.paragraphs) {
    const heading = paragraph.kind === 'heading';
    const spans = findQuoteSpans(paragraph.text);
    for (const unit of units(paragraph, spans)) {
      const text = paragraph.text.slice(unit.start, unit.end);
      cast.observe(text);
      const local = spans
        .filter((q) => q.open >= unit.start && q.open < unit.end)
        .map((q) => ({ open: q.open - unit.start, close: Math.min(q.close, unit.end) - unit.start, start: q.start - unit.start, end: Math.min(q.end, unit.end) - unit.start }));
      const masked = maskSpans(text, local);

      type Found = { at: number; start: number; end: number; kind: 'direct' | 'indirect'; how: AttributionHow; phrase: string | null; pronoun: boolean; verbAt: number | null };
      const found: Found[] = [];
      for (const q of local) {
        if (q.end <= q.start) continue;
        let att = attributeQuote(masked, { open: q.open, close: q.close, heading }, p);
        if (att.how === 'none' && !heading && isStandalone(masked, q)) att = { ...att, how: 'continuation' };
        found.push({ at: q.open, start: q.start, end: q.end, kind: 'direct', how: att.how, phrase: att.phrase, pronoun: att.pronoun, verbAt: att.verbAt });
      }
      const indirect = heading ? null : findIndirectSpeech(masked, p, article.lang);
      if (indirect) {
        const sameVerb = found.some((f) => f.verbAt !== null && indirect.verbAt !== null && f.verbAt === indirect.verbAt) || found.some((f) => f.how === 'according' && indirect.how === 'according');
        const quoted = local.reduce((n, q) => n + Math.max(0, Math.min(q.close, indirect.end) - Math.max(q.open, indirect.start)), 0);
        const words = masked.slice(indirect.start, indirect.end).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
        if (!sameVerb && quoted < (indirect.end - indirect.start) / 2 && words >= MIN_INDIRECT_WORDS) {
          found.push({ at: indirect.verbAt ?? indirect.start, start: indirect.start, end: indirect.end, kind: 'indirect', how: indirect.how, phrase: indirect.phrase, pronoun: indirect.pronoun, verbAt: indirect.verbAt });
        }
      }
      found.sort((a, b) => a.at - b.at);

      for (const f of found) {
        let speaker: CastMember | null = null;
        if (f.how === 'continuation') {
          speaker = previous && paragraph.index - previous.paragraph <= CONTINUATION_PARAGRAPHS ? previous.speaker : null;
        } else if (f.pronoun) {
          speaker = cast.lastSpeaker;
        } else if (f.phrase) {
          speaker = cast.resolve(f.phrase);
        }
        if (speaker && SETS_LAST_SPEAKER.includes(f.how)) cast.spoke(speaker);
        previous = { paragraph: paragraph.index, speaker };
        const start = unit.start + f.start;
        const end = unit.start + f.end;
        quotations.push({
          id: `${article.id}#${paragraph.index}:${start}`,
          articleId: article.id,
          paragraph: paragraph.index,
          start,
          end,
          quote: paragraph.text.slice(start, end),
          text: text.trim(),
          context: paragraph.text,
          kind: f.kind,
          heading,
          how: speaker ? f.how : f.how === 'continuation' ? 'none' : f.how,
          speakerPhrase: f.phrase,
          speaker,
          lang: article.lang,
        });
      }
    }
  }
  return { article, quotations, cast };
}
