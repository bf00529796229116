/**
 * The day of each entry of a live blog. An entry opens with its clock stamp ("18h47 — ", "10:05 — ",
 * "9.05pm – ", or "16:32 BST" on a line of its own) and runs to the next one; the stamp says when it was posted, and what an entry reports
 * without a date of its own ("The toll has risen to 19, according to the prefecture.") happened that
 * day. The earliest entry is taken to be on the day of publication, and each time the clock goes back
 * from one entry to the next, in the order they were posted, a day has passed. A stamp that prints its
 * weekday ("04:30 (Wednesday) — ", « Mercredi, 4h30 — ») says the day itself: the first such day on or
 * after the day of the entry before it, since a blog posts on from its publication, never back.
 */
import type { Article } from '../corpus/article.js';
import { liveStamp, stampLine } from '../text/dateline.js';

/** Fewer stamped paragraphs than this and the article is no live blog: a lone "10:05 — " is some other layout. */
const MIN_LIVE_ENTRIES = 2;
const MINUTES_A_DAY = 24 * 60;
const MS_A_DAY = 86_400_000;

/** The weekday of a UTC midnight, Monday = 0. */
const weekdayOf = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

/** The marks opening a Markdown heading ("## "): an entry's stamped headline may be printed as one ("## 10h05 — Un bac chavire"). */
const MARKDOWN_HEADING = /^\s*#{1,6}\s+/u;

/** At most this many words in an entry's headline: a stamped line of one sentence above the entry's body ("10:05 — Ferry capsizes off Port Alvin"). */
const HEADLINE_WORDS = 14;

/**
 * The paragraphs of a live blog that are an entry's headline: a stamped paragraph of one short sentence
 * followed by the entry's body, a paragraph with no stamp of its own. The body tells the news; its headline
 * only announces it, and is no event beside it.
 */
export function liveEntryHeadlines(article: Article): Set<number> {
  const out = new Set<number>();
  const paragraphs = article.paragraphs;
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    if (p.kind !== 'text' || !next || next.kind !== 'text' || liveStamp(next.text)) return;
    const stamp = liveStamp(p.text);
    if (!stamp) return;
    const rest = p.text.slice(stamp.length).trim();
    const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words > 0 && words <= HEADLINE_WORDS && !/[.!?…]\s+\S/u.test(rest) && !/[«»“”"]/u.test(rest)) out.add(p.index);
  });
  return out;
}

/** The day (ISO) of each paragraph of a live blog's entries, by paragraph index; empty for any other article. */
export function liveEntryDays(article: Article): Map<number, string> {
  const days = new Map<number, string>();
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(article.published ?? '');
  if (!published) return days;
  const stamped = article.paragraphs
    .filter((p) => p.kind === 'text' || p.kind === 'heading')
    .map((p) => ({ index: p.index, stamp: p.kind === 'text' ? liveStamp(p.text) : (stampLine(p.text) ?? liveStamp(p.text.replace(MARKDOWN_HEADING, ''))) }))
    .flatMap(({ index, stamp }) => (stamp ? [{ index, minutes: stamp.minutes, weekday: stamp.weekday }] : []));
  if (stamped.length < MIN_LIVE_ENTRIES) return days;
  // Most live blogs print the newest entry first; some run in the order of posting. The order of
  // posting is the one whose clock moves on least in all ("00:30, 23:50, 22:10" is newest first,
  // across one midnight, not three hours back and then two days on).
  const elapsed = (entries: { minutes: number }[]) =>
    entries.reduce((sum, e, i) => (i === 0 ? 0 : sum + ((e.minutes - entries[i - 1].minutes + MINUTES_A_DAY) % MINUTES_A_DAY)), 0);
  const newestFirst = [...stamped].reverse();
  const posted = elapsed(newestFirst) < elapsed(stamped) ? newestFirst : stamped;
  const start = Date.UTC(Number(published[1]), Number(published[2]) - 1, Number(published[3]));
  const dayOfEntry = new Map<number, string>();
  let offset = 0;
  posted.forEach((e, i) => {
    if (i > 0 && e.minutes < posted[i - 1].minutes) offset++;
    if (e.weekday !== undefined) offset += (e.weekday - weekdayOf(start + offset * MS_A_DAY) + 7) % 7;
    dayOfEntry.set(e.index, new Date(start + offset * MS_A_DAY).toISOString().slice(0, 10));
  });
  // An entry's later paragraphs ("« … », a-t-elle insisté.") belong to it, up to the next stamp.
  let current: string | undefined;
  for (const p of article.paragraphs) {
    current = dayOfEntry.get(p.index) ?? current;
    if (current) days.set(p.index, current);
  }
  return days;
}
