/**
 * Slack mrkdwn text handling. Everything shown in Slack (what the user typed, article text,
 * outlet names) goes through `escapeMrkdwn`, so `<!channel>`, `<!here>`, `<@U…>` and links
 * typed into a query are shown as text and never ping or unfurl.
 */

/** Words Slack turns into broadcast pings when written `@word` with link_names on. */
const BROADCAST_WORDS = ['channel', 'here', 'everyone'];
const WORD_JOINER = '\u2060';

/**
 * Escapes the three characters Slack's mrkdwn treats as control characters, and puts an
 * invisible word joiner after the `@` of `@channel`, `@here`, `@everyone` so even a client
 * with link_names enabled cannot read them as a broadcast.
 */
export function escapeMrkdwn(raw: string): string {
  let out = raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const word of BROADCAST_WORDS) {
    out = out.replace(new RegExp(`@(${word})\\b`, 'gi'), `@${WORD_JOINER}$1`);
  }
  return out;
}

/**
 * Escapes `raw` and clips it so the escaped form fits in `max` characters, cutting on a
 * character (never inside an `&amp;` entity or a surrogate pair) and marking the cut with "…".
 */
export function clipEscaped(raw: string, max: number): string {
  const whole = escapeMrkdwn(raw);
  if (whole.length <= max) return whole;
  const budget = max - 1;
  let out = '';
  for (const ch of raw) {
    const piece = escapeMrkdwn(ch);
    if (out.length + piece.length > budget) break;
    out += piece;
  }
  // Prefer a word boundary when one is close, so a cut never ends mid-word.
  const space = out.lastIndexOf(' ');
  if (space > budget * 0.8) out = out.slice(0, space);
  return `${out}…`;
}

/** Clips plain text (for plain_text fields such as button labels) to `max` characters. */
export function clipPlain(raw: string, max: number): string {
  const chars = Array.from(raw);
  if (chars.length <= max) return raw;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** A mrkdwn link whose label is escaped; a URL Slack cannot take is shown as plain text. */
export function mrkdwnLink(url: string | null, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return text;
  return `<${url.replace(/&/g, '&amp;')}|${text}>`;
}

/**
 * Turns Slack's wire format of a message (as in `app_mention` text or slash command text) into
 * the plain words the user typed: the bot's own mention is removed, other mentions become
 * their label, links their label or URL, broadcasts their name, and entities are decoded.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  out = out
    .replace(/<@([A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/<#([A-Z0-9]+)\|([^>]*)>/g, '#$2')
    .replace(/<!(channel|here|everyone)(\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<(?:mailto:)?([^<>|]+)\|([^<>]+)>/g, '$2')
    .replace(/<([^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Clips text that is already mrkdwn (escaped, with formatting) to `max` characters, cutting at
 * a line break so no entity, link or formatting mark is left half-open.
 */
export function clipFormatted(mrkdwn: string, max: number): string {
  if (mrkdwn.length <= max) return mrkdwn;
  const cut = mrkdwn.lastIndexOf('\n', max - 2);
  if (cut > 0) return `${mrkdwn.slice(0, cut)}\n…`;
  const safe = mrkdwn.slice(0, max - 1).replace(/&[a-z]*$/, '').replace(/<[^>]*$/, '');
  return `${safe}…`;
}
