/**
 * Answer in, Discord message out: pure, so it can be tested without Discord. One embed per
 * result (speaker, quotation, outlets as fields with links, article ids in the footer), pages of
 * results that respect every Discord limit, and "Previous"/"Next" buttons carrying their state.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, AnswerResult, Citation } from '../../engine/answer.js';
import type { Locale } from '../../engine/commandDefinition.js';
import { discordText } from './messages.js';
import { encodePageCustomId, headerLine, type AnswerState } from './pageState.js';

/** Discord's documented limits (characters unless said otherwise). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  authorName: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonLabel: 80,
} as const;

/** Few results per page keep a page readable even when each one is short. */
export const RESULTS_PER_PAGE = 5;
/** Sources shown as fields on one result; the rest are counted in one last field. */
const MAX_OUTLET_FIELDS = 9;
const FOOTER_BUDGET = 500;
const ACCENT_COLOR = 0x2f6f9f;
export const NOOP_CUSTOM_ID = 'pg:noop';

export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Zero-based page shown, and how many pages the answer has. */
  page: number;
  pageCount: number;
}

export interface RenderOptions {
  /** Zero-based page; clamped to the pages that exist. */
  page?: number;
  /**
   * The command and arguments that produced the answer. With it, the message shows them in its
   * first line and pages with buttons; without it (digests), it shows the requested page alone.
   */
  state?: AnswerState;
}

/**
 * Stops `@everyone`, `@here`, user, role and channel mentions from being read as such, even
 * where `allowedMentions` would already keep them silent: a zero-width space after `@`/`<`
 * leaves the text readable and inert.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#][!&]?\d+>)/g, '<\u200b$1');
}

/** Markdown would otherwise restyle printed text (`*`, `_`, links in brackets, quote markers). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^(\s*)([>#-])/gm, '$1\\$2');
}

/** Cuts to at most `max` characters, ending with an ellipsis, never leaving a dangling escape. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  // Do not split a surrogate pair or leave a backslash escaping the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailingSlashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailingSlashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function safe(text: string): string {
  return neutralizeMentions(escapeMarkdown(text));
}

/** The characters Discord counts towards an embed's 6000. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

function citationField(citation: Citation, locale: Locale): APIEmbedField {
  const name = truncate(safe(citation.outlet ?? discordText(locale, 'unknownOutlet')), DISCORD_LIMITS.fieldName);
  const title = truncate(safe(citation.title ?? discordText(locale, 'untitled')), 200);
  const linked = citation.url && /^https?:\/\//.test(citation.url) ? `[${title}](${citation.url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` : title;
  const value = citation.published ? `${linked}\n${citation.published}` : linked;
  return { name, value: truncate(value, DISCORD_LIMITS.fieldValue), inline: true };
}

/** One result as one embed, within Discord's per-embed limits and the 6000 total. */
export function renderResultEmbed(result: AnswerResult, locale: Locale): APIEmbed {
  const embed: APIEmbed = { color: ACCENT_COLOR };
  if (result.speaker !== undefined) {
    // Reported speech is not the speaker's own words: the author line says so.
    const reported = result.kind === 'indirect' ? ` (${discordText(locale, 'reported')})` : '';
    embed.author = { name: truncate(neutralizeMentions((result.speaker ?? '?') + reported), DISCORD_LIMITS.authorName) };
  }
  if (result.date) embed.title = truncate(neutralizeMentions(result.date), DISCORD_LIMITS.title);

  const articles = result.articles;
  const fields = articles.slice(0, MAX_OUTLET_FIELDS).map((citation) => citationField(citation, locale));
  if (articles.length > MAX_OUTLET_FIELDS) {
    const names = articles.slice(MAX_OUTLET_FIELDS).map((c) => safe(c.outlet ?? discordText(locale, 'unknownOutlet')));
    fields.push({
      name: discordText(locale, 'moreSources', { count: articles.length - MAX_OUTLET_FIELDS }),
      value: truncate([...new Set(names)].join(', '), DISCORD_LIMITS.fieldValue),
    });
  }
  if (fields.length > 0) embed.fields = fields.slice(0, DISCORD_LIMITS.fields);

  if (articles.length > 0) {
    const ids = articles.map((a) => a.id);
    let footer = ids.join(' · ');
    for (let shown = ids.length - 1; footer.length > FOOTER_BUDGET && shown > 0; shown--) {
      footer = `${ids.slice(0, shown).join(' · ')} ${discordText(locale, 'moreArticleIds', { count: ids.length - shown })}`;
    }
    embed.footer = { text: truncate(neutralizeMentions(footer), FOOTER_BUDGET) };
  }

  // The quotation (or excerpt) gets whatever room the frame leaves, up to Discord's 4096.
  const room = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.embedTotal - embedLength(embed));
  const main = safe(result.quote ?? result.text);
  let description = truncate(main, room);
  const excerpt = result.quote !== undefined && result.text && result.text !== result.quote ? safe(result.text) : '';
  if (excerpt && description.length + excerpt.length + 4 <= room) description += `\n\n*${excerpt}*`;
  embed.description = description;
  return embed;
}

/**
 * Groups results into pages: at most RESULTS_PER_PAGE results and 10 embeds, and at most 6000
 * embed characters per message. Deterministic, so a button re-running the command finds the
 * same pages.
 */
export function paginateResults(results: AnswerResult[], locale: Locale): AnswerResult[][] {
  const pages: AnswerResult[][] = [];
  let current: AnswerResult[] = [];
  let used = 0;
  for (const result of results) {
    const size = embedLength(renderResultEmbed(result, locale));
    const full =
      current.length >= Math.min(RESULTS_PER_PAGE, DISCORD_LIMITS.embedsPerMessage) ||
      used + size > DISCORD_LIMITS.embedTotal;
    if (current.length > 0 && full) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(result);
    used += size;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

function pageButtons(state: AnswerState, page: number, pageCount: number, locale: Locale): APIActionRowComponent<APIButtonComponent> {
  const button = (label: string, customId: string, disabled: boolean, style: 1 | 2): APIButtonComponent => ({
    type: 2,
    style,
    label: truncate(label, DISCORD_LIMITS.buttonLabel),
    custom_id: customId,
    disabled,
  });
  return {
    type: 1,
    components: [
      button(discordText(locale, 'previous'), encodePageCustomId(state, Math.max(0, page - 1)), page === 0, 2),
      button(discordText(locale, 'page', { page: page + 1, pages: pageCount }), NOOP_CUSTOM_ID, true, 2),
      button(discordText(locale, 'next'), encodePageCustomId(state, Math.min(pageCount - 1, page + 1)), page >= pageCount - 1, 1),
    ],
  };
}

/** Renders one page of an answer as a Discord message body. */
export function renderDiscordEmbeds(answer: Answer, locale: Locale, options: RenderOptions = {}): DiscordMessage {
  const pages = paginateResults(answer.results, locale);
  const pageCount = Math.max(1, pages.length);
  const page = Math.min(Math.max(0, Math.trunc(options.page ?? 0)), pageCount - 1);
  const embeds = (pages[page] ?? []).map((result) => renderResultEmbed(result, locale));

  const lines: string[] = [];
  // The header must stay whole for buttons to read it back; a notice after it may be cut.
  if (options.state) lines.push(truncate(headerLine(options.state), 1500));
  if (answer.notice) lines.push(neutralizeMentions(answer.notice));
  const content = truncate(lines.join('\n'), DISCORD_LIMITS.content);

  const components = options.state && pageCount > 1 ? [pageButtons(options.state, page, pageCount, locale)] : [];
  return { content, embeds, components, page, pageCount };
}
