/**
 * Answer → Slack Block Kit, pure. Respects Slack's limits: 3000 characters per section text,
 * 10 elements per context block, 50 blocks and about 12,000 characters per message. Results
 * that do not fit are left for the "More" button, never cut off silently.
 */
import type { types } from '@slack/bolt';
import type { Answer, AnswerResult, Citation } from '../../engine/answer.js';
import type { Locale } from '../../engine/commandDefinition.js';
import { clipEscaped, clipPlain, escapeMrkdwn, mrkdwnLink } from './mrkdwn.js';
import { slackText } from './messages.js';

export type SlackBlock = types.KnownBlock;

export const SLACK_LIMITS = {
  sectionText: 3000,
  contextElements: 10,
  blocks: 50,
  /** Slack truncates or refuses messages well before its 40,000-character text limit once blocks are involved. */
  messageChars: 12000,
  buttonText: 75,
  buttonValue: 2000,
  /** Plain-text fallback shown in notifications. */
  fallbackText: 3000,
} as const;

/** Per-citation cap, so that one result's sources can never crowd out the message. */
const CITATION_CHARS = 280;
/** Characters kept free for the header, notice and "More" button when filling a page. */
const RESERVED_CHARS = 1500;

export const MORE_ACTION_ID = 'depeche_more';

export interface RenderOptions {
  locale: Locale;
  /** Index of the first result to show (paging). */
  offset?: number;
  /** Results per page (fewer when the page would exceed Slack's limits). */
  perPage?: number;
  /**
   * Value for the "More" button that shows results from `nextOffset`; no button when absent
   * or when it returns nothing or a value longer than Slack accepts.
   */
  moreValue?: (nextOffset: number) => string | undefined;
}

export interface SlackMessage {
  /** Plain-text fallback for notifications and clients without blocks. */
  text: string;
  blocks: SlackBlock[];
  /** Results shown: [from, to) over `answer.results`. */
  shown: [number, number];
}

export function renderSlackBlocks(answer: Answer, options: RenderOptions): SlackMessage {
  const { locale } = options;
  const perPage = Math.max(1, options.perPage ?? 5);
  const total = answer.results.length;
  const offset = Math.min(Math.max(0, options.offset ?? 0), total);

  const head: SlackBlock[] = [queryContext(answer)];
  if (answer.notice) head.push(section(clipEscaped(answer.notice, SLACK_LIMITS.sectionText)));
  else if (total === 0) head.push(section(escapeMrkdwn(slackText(locale, 'nothingFound'))));

  const body: SlackBlock[] = [];
  let chars = countChars(head);
  let end = offset;
  const lastOnPage = Math.min(total, offset + perPage);
  for (let i = offset; i < lastOnPage; i++) {
    const blocks = resultBlocks(answer.results[i], locale);
    const size = countChars(blocks);
    const tooManyBlocks = head.length + body.length + blocks.length + 2 > SLACK_LIMITS.blocks;
    const tooLong = chars + size > SLACK_LIMITS.messageChars - RESERVED_CHARS;
    // The first result of a page always fits: each result is capped well below the budget.
    if (i > offset && (tooManyBlocks || tooLong)) break;
    body.push(...blocks);
    chars += size;
    end = i + 1;
  }

  const tail: SlackBlock[] = [];
  if (total > 0 && (offset > 0 || end < total)) {
    tail.push(context([escapeMrkdwn(slackText(locale, 'range', { from: offset + 1, to: end, total }))]));
  }
  if (end < total) {
    const value = options.moreValue?.(end);
    if (value !== undefined && value.length <= SLACK_LIMITS.buttonValue) {
      tail.push({
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: MORE_ACTION_ID,
            text: { type: 'plain_text', text: clipPlain(slackText(locale, 'more'), SLACK_LIMITS.buttonText) },
            value,
          },
        ],
      });
    } else {
      tail.push(context([escapeMrkdwn(slackText(locale, 'moreNotShown', { count: total - end }))]));
    }
  }

  return {
    text: fallbackText(answer, offset, locale),
    blocks: [...head, ...body, ...tail],
    shown: [offset, end],
  };
}

function resultBlocks(result: AnswerResult, locale: Locale): SlackBlock[] {
  const blocks = [section(resultText(result, locale))];
  // Help lines and notices-as-results cite nothing; Slack refuses an empty context block.
  if (result.articles.length) blocks.push(context(citationTexts(result.articles, locale)));
  return blocks;
}

function resultText(result: AnswerResult, locale: Locale): string {
  const max = SLACK_LIMITS.sectionText;
  if (result.quote !== undefined) {
    const speaker = result.speaker ?? slackText(locale, 'unknownSpeaker');
    const label = result.kind === 'indirect' ? ` _(${escapeMrkdwn(slackText(locale, 'reported'))})_` : '';
    const firstLine = `*${clipEscaped(speaker, 200)}*${label}`;
    const quoted = quoteMarks(result.quote, locale);
    const surrounding = result.context ?? (result.text.trim() !== result.quote.trim() ? result.text : '');
    const quoteBudget = surrounding ? Math.floor((max - firstLine.length) * 0.6) : max - firstLine.length - 4;
    const quoteLine = `> ${clipEscaped(quoted, quoteBudget).replace(/\n/g, '\n> ')}`;
    const lines = [firstLine, quoteLine];
    if (surrounding) {
      const used = firstLine.length + quoteLine.length + 2;
      lines.push(clipEscaped(surrounding, max - used));
    }
    return lines.join('\n');
  }
  if (result.date !== undefined) {
    const date = `*${escapeMrkdwn(result.date)}*  `;
    return date + clipEscaped(result.text, max - date.length);
  }
  return clipEscaped(result.text, max);
}

function citationTexts(articles: Citation[], locale: Locale): string[] {
  const max = SLACK_LIMITS.contextElements;
  const shown = articles.length > max ? articles.slice(0, max - 1) : articles;
  const texts = shown.map((a) => citationText(a, locale));
  if (articles.length > max) {
    texts.push(escapeMrkdwn(slackText(locale, 'otherSources', { count: articles.length - shown.length })));
  }
  return texts;
}

/** "<url|Outlet> — Title · 2023-09-14 · `article-id`": every citation names its article id. */
function citationText(article: Citation, locale: Locale): string {
  const outlet = article.outlet ?? slackText(locale, 'unknownOutlet');
  const parts = [mrkdwnLink(article.url, clipPlain(outlet, 80))];
  if (article.title) parts.push(`— ${clipEscaped(article.title, 120)}`);
  if (article.published) parts.push(`· ${escapeMrkdwn(article.published.slice(0, 10))}`);
  parts.push(`· \`${escapeMrkdwn(clipPlain(article.id, 60)).replace(/`/g, "'")}\``);
  const text = parts.join(' ');
  // A link cannot be cut in half; drop the title first when the citation is too long.
  return text.length <= CITATION_CHARS ? text : parts.filter((_, i) => i !== 1).join(' ');
}

function queryContext(answer: Answer): SlackBlock {
  const query = answer.query.trim();
  const typed = `*/${escapeMrkdwn(answer.command)}*${query ? ` ${clipEscaped(query, 300)}` : ''}`;
  return context([typed]);
}

function fallbackText(answer: Answer, offset: number, locale: Locale): string {
  const first = answer.results[offset];
  let raw: string;
  if (!first) raw = answer.notice ?? slackText(locale, 'nothingFound');
  else if (first.quote !== undefined) {
    const speaker = first.speaker ?? slackText(locale, 'unknownSpeaker');
    const colon = locale === 'fr' ? '\u00a0:' : ':';
    raw = `${speaker}${colon} ${quoteMarks(first.quote, locale)}`;
  } else raw = first.date ? `${first.date} — ${first.text}` : first.text;
  const sources = first?.articles.map((a) => a.outlet ?? slackText(locale, 'unknownOutlet')) ?? [];
  const suffix = sources.length ? ` (${[...new Set(sources)].join(', ')})` : '';
  return clipEscaped(raw + suffix, 500);
}

/** The quotation between the locale's marks, unless the article already printed them. */
function quoteMarks(quote: string, locale: Locale): string {
  const q = quote.trim();
  if (/^[«“"„‘']/u.test(q) && /[»”"“’']$/u.test(q)) return q;
  return slackText(locale, 'openQuote') + q + slackText(locale, 'closeQuote');
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(texts: string[]): SlackBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn' as const, text })) };
}

/** Characters of text a block carries (what counts toward Slack's message size). */
export function blockTextLength(block: SlackBlock): number {
  return JSON.stringify(block).length;
}

function countChars(blocks: SlackBlock[]): number {
  return blocks.reduce((sum, b) => sum + blockTextLength(b), 0);
}
