/**
 * Recognises page noise by general rules: capitals headlines of other stories, advertising and
 * page-furniture markers, links to other articles ("Lire aussi : …"), share bars, comment
 * counters, comment-section and site boilerplate, "more to read" sections, lists of links under
 * a "À lire aussi" heading (with or without bullets), newsletter sign-up prompts, calls to action
 * ("Cet article vous a été utile ? Partagez-le !"), copyright lines, site-furniture labels ("Our
 * Standards: …"), box labels ("Le saviez-vous ?"), teasers for embedded media, repeated captions,
 * bare date stamps. Marker words are data in src/lang/.
 */
import { languages } from '../lang/index.js';
import { isDateStamp } from './dateStamp.js';
import { LIVE_STAMP, withoutLiveStamp } from './dateline.js';
import { escapeRegExp as escape, foldAccents, normalizeForMatch } from './normalize.js';
import { splitSentences } from './segment.js';

export type NoiseReason =
  | 'capitals-headline'
  | 'author-bio'
  | 'page-marker'
  | 'boilerplate'
  | 'section-cut'
  | 'media-teaser'
  | 'repeated'
  | 'date-stamp'
  | 'related-link'
  | 'share-bar'
  | 'newsletter'
  | 'call-to-action'
  | 'caption'
  | 'after-section-cut'
  | 'navigation'
  | 'signature'
  | 'masthead';

const normalize = (s: string) => normalizeForMatch(s).replace(/[:.!?…]+$/, '').trim();
/** The checks of one paragraph run in turn on the same line: its matching form is made once. */
let lastLine = '';
let lastNorm = '';
const norm = (s: string) => (s === lastLine ? lastNorm : ((lastLine = s), (lastNorm = normalize(s))));
const AUTHOR_BIOS = [...languages.fr.authorBioPatterns, ...languages.en.authorBioPatterns];
const BOX_LABELS = [...languages.fr.boxLabels, ...languages.en.boxLabels];
/** A box label alone on its line ("Le saviez-vous ?") is page furniture like any marker. */
const PAGE_MARKERS = new Set([...languages.fr.pageMarkers, ...languages.en.pageMarkers, ...BOX_LABELS].map(norm));
const CUT_MARKERS = [...languages.fr.sectionCutMarkers, ...languages.en.sectionCutMarkers].map(norm);
const byLength = (a: string, b: string) => b.length - a.length;
const unique = (words: string[]) => [...new Set(words)];
/** Lower case, no accents, straight apostrophes; dashes kept (they separate a marker from a headline). */
const fold = (s: string) => foldAccents(s).toLowerCase().replace(/[\u2019\u02BC\u2018]/g, "'").trim();
const LEAD_MARKERS = unique([...languages.fr.leadMarkers, ...languages.en.leadMarkers].map(fold)).sort(byLength);
const LEAD_PREFIX = Math.max(...LEAD_MARKERS.map((m) => m.length)) + 8;
const LEAD_INITIALS = new Set(LEAD_MARKERS.map((m) => m.charAt(0)));
/** "Lire aussi : …", "Read more | …", "À lire aussi – …": a marker then a separator. */
const LEAD_WITH_SEPARATOR = new RegExp(`^(?:${LEAD_MARKERS.map(escape).join('|')})\\s*(?:[:|>»›·•–—]|-(?=\\s))`, 'u');
/** "À lire aussi Calais : le trafic perturbé": a marker of several words, then a headline. */
const LEAD_WITH_HEADLINE = new RegExp(`^(?:${LEAD_MARKERS.filter((m) => m.includes(' ')).map(escape).join('|')})\\s+\\S`, 'u');
const COMMENT_WORDS = unique([...languages.fr.commentWords, ...languages.en.commentWords].map(norm)).map(escape).join('|');
/** A comments heading ("Commentaires", "Comments (12)", "Réactions"): readers' prose follows it, not the article's. */
const COMMENT_HEADING = new RegExp(`(?:^|\\s)(?:${COMMENT_WORDS})(?:\\s|$)`, 'u');
const COMMENT_LINK = unique([...languages.fr.commentLinkWords, ...languages.en.commentLinkWords].map(norm)).sort(byLength).map(escape).join('|');
/** "0 Commentaires", "142 comments", "Comments (142)", "Commentaires : 12", "Voir les 3 commentaires". */
const COMMENT_COUNTER = new RegExp(`^(?:(?:(?:${COMMENT_LINK})\\s+)?\\d+\\s+(?:${COMMENT_WORDS})|(?:${COMMENT_WORDS})\\s*(?:\\(\\d+\\)|:?\\s*\\d+))$`, 'u');
const SHARE_MARKERS = unique([...languages.fr.shareMarkers, ...languages.en.shareMarkers].map(norm)).sort(byLength);
const SHARE_TARGET_WORDS = unique([...languages.fr.shareTargets, ...languages.en.shareTargets].map(norm));
/** Separators between the items of a share bar. */
const SHARE_SEPARATORS = /[\s:|,;·•\/]+/gu;
const shareItems = (words: string[]) => new RegExp(`(?<=^|[\\s:|,;·•\\/])(?:${[...words].sort(byLength).map(escape).join('|')})(?=[\\s:|,;·•\\/]|$)`, 'gu');
const SHARE_TARGETS = shareItems(SHARE_TARGET_WORDS);
/** Share phrases and network names anywhere on the line: "Partager sur Facebook Partager sur X Copier le lien". */
const SHARE_ITEMS = shareItems([...SHARE_MARKERS, ...SHARE_TARGET_WORDS]);
const BOILERPLATE = [...languages.fr.boilerplatePhrases, ...languages.en.boilerplatePhrases].map(norm);
/** Any of the phrases, as one pattern: one scan of a line instead of one per phrase. */
const anyOf = (phrases: string[]) => new RegExp(phrases.map(escape).join('|'), 'u');
const ANY_BOILERPLATE = anyOf(BOILERPLATE);
const MEDIA = [...languages.fr.mediaMarkers, ...languages.en.mediaMarkers].map(norm);
/** A phrase as a whole-word pattern on normalized text. */
const wordsPattern = (phrases: string[], anchored: boolean) =>
  new RegExp(`${anchored ? '^' : '(?<![\\p{L}\\d])'}(?:${unique(phrases.map(normalize)).sort(byLength).map(escape).join('|')})(?![\\p{L}\\d])`, 'u');
/** "Our Standards: …", "Nos engagements : …": a furniture label, then a colon. */
const FURNITURE_LABEL = new RegExp(
  `^(?:${unique([...languages.fr.furnitureLabels, ...languages.en.furnitureLabels, ...languages.fr.contactLabels, ...languages.en.contactLabels].map(normalize)).map(escape).join('|')})\\s*:`,
  'u',
);
const NEWSLETTER_WORD = wordsPattern([...languages.fr.newsletterWords, ...languages.en.newsletterWords], false);
const OPENS_WITH_NEWSLETTER = wordsPattern([...languages.fr.newsletterWords, ...languages.en.newsletterWords], true);
const SIGN_UP_WORD = wordsPattern([...languages.fr.signUpWords, ...languages.en.signUpWords], false);
const OPENS_WITH_SIGN_UP = wordsPattern([...languages.fr.signUpWords, ...languages.en.signUpWords], true);
/** How often a newsletter comes ("every evening", « chaque soir »): with a sign-up verb, it names a newsletter without the word. */
const DELIVERY_CADENCE = wordsPattern([...languages.fr.deliveryCadences, ...languages.en.deliveryCadences], false);
/** A live blog's sign-off ("That's it from us for today", « C'est la fin de ce direct »). */
const LIVE_SIGN_OFF = wordsPattern([...languages.fr.liveSignOffs, ...languages.en.liveSignOffs], true);
/** The words that open and close a sentence pointing the reader to another page ("You can read … here."). */
const READER_LINK_OPENER = wordsPattern([...languages.fr.readerLinkOpeners, ...languages.en.readerLinkOpeners], true);
const READER_LINK_END = new RegExp(`(?<![\\p{L}\\d])(?:${unique([...languages.fr.readerLinkEnds, ...languages.en.readerLinkEnds].map(normalize)).sort(byLength).map(escape).join('|')})\\s*[.!:]?\\s*$`, 'u');
/** A telephone number ("05 63 00 00 00", "+44 20 7946 0000") or an e-mail address: a contact line's details. */
const CONTACT_DETAIL = /(?<!\d)(?:\+\d{1,3}[\s.]?)?(?:\(?0?\d{1,4}\)?[\s.-]?){3,}\d{2,4}(?!\d)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/** At most this many words in a contact line that gives a phone number or an e-mail address. */
const CONTACT_LINE_WORDS = 40;
/** A live blog's exchange with a reader opens with one of these labels ("Reader question from @jo: …", « Question d'un lecteur : … »). */
const READER_QUESTION_LABEL = wordsPattern([...languages.fr.readerQuestionLabels, ...languages.en.readerQuestionLabels], true);
/** At most this many words in a reader's question and the blog's short reply to it. */
const READER_EXCHANGE_WORDS = 80;
/** A service's phone line named on the line ("helpline", « numéro vert », « appel gratuit »). */
const HOTLINE_WORD = wordsPattern([...languages.fr.hotlineWords, ...languages.en.hotlineWords], false);
/** At most this many words in a hotline notice. */
const HOTLINE_LINE_WORDS = 25;
const READER_PROMPTS = new Set([...languages.fr.readerPrompts, ...languages.en.readerPrompts].map(normalize));
const OPENS_WITH_SUPPORT = wordsPattern([...languages.fr.supportWords, ...languages.en.supportWords], true);
const JOURNALISM_WORD = wordsPattern([...languages.fr.journalismWords, ...languages.en.journalismWords], false);
const READER_ADDRESS = wordsPattern([...languages.fr.readerAddressWords, ...languages.en.readerAddressWords], false);
const OBJECT_COMPLEMENTS = unique([...languages.fr.pageObjectComplements, ...languages.en.pageObjectComplements].map(normalize)).map(escape).join('|');
/** "cet article", "this story" — not "cet article de loi", "this story of survival". */
const PAGE_OBJECT = new RegExp(
  wordsPattern([...languages.fr.pageObjectWords, ...languages.en.pageObjectWords], false).source + `(?!\\s*(?:${OBJECT_COMPLEMENTS})(?![\\p{L}]))`,
  'u',
);
/** "Le saviez-vous ? …", "Did you know: …": a box label opening a paragraph, then what the box says. */
const BOX_LABEL_LEAD = new RegExp(
  `^(?:${unique(BOX_LABELS).sort(byLength).map((l) => escape(l).replace(/[-\s]+/gu, '[-\\s]+')).join('|')})\\s*[?:!…]+\\s+(?=\\S)`,
  'iu',
);
/** "Photo : …", "Photo d'illustration : …", "Photo: …": a caption label opening the line, then a colon. */
const CAPTION_LABEL = new RegExp(`^(?:${unique([...languages.fr.captionLabels, ...languages.en.captionLabels].map(normalize)).sort(byLength).map(escape).join('|')})\\s*:`, 'u');
/** A phrase as printed, its first letter in either case ("Photo", "photo"), as a pattern. */
const eitherCaseFirst = (l: string) => `[${l.charAt(0)}${l.charAt(0).toUpperCase()}]${escape(l.slice(1))}`;
/** A caption label as printed, its first letter in either case ("Photo", "photo", "Crédit photo"). */
const CAPTION_LABEL_PRINTED = unique([...languages.fr.captionLabels, ...languages.en.captionLabels])
  .sort(byLength)
  .map(eitherCaseFirst)
  .join('|');
/**
 * "Photo Jane Doe / The Courier.", "Photo Jean Dupont/AFP": a caption label and a credit without a colon,
 * the photographer's name then a slash and the outlet or agency.
 */
const CAPTION_CREDIT = new RegExp(`^(?:${CAPTION_LABEL_PRINTED})\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,4}\\s*\\/\\s*[\\p{Lu}\\d]`, 'u');
const CREDIT_BY = unique([...languages.fr.stampBylineWords, ...languages.en.stampBylineWords]).map(eitherCaseFirst).join('|');
/**
 * A photo credit alone on its line, in brackets or not: "(Photo by Jane Doe/Getty Images)", "Photo by Jane Doe",
 * « (Photo par Jean Dupont / AFP) »: the label, "by", the photographer, maybe the agency after a slash.
 */
const CAPTION_BYLINE = new RegExp(
  `^\\(?\\s*(?:${CAPTION_LABEL_PRINTED})\\s+(?:${CREDIT_BY})\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,4}(?:\\s*\\/\\s*[^()/]{1,60})?\\s*\\)?\\.?$`,
  'u',
);
/** Longer than this many words, a paragraph after a caption label is prose, not a caption. */
const CAPTION_MAX_WORDS = 60;
/** A copyright line: "© Le Journal 2025", "Copyright © 2025 The Courier. All rights reserved.", "(c) 2025 …". */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/iu;
/** A copyright notice inside a footer line: "Provence Matin © 2025 — Contact", "© 2026 RVI". */
const COPYRIGHT_YEAR = /©\s*(?:19|20)\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}\s*©/u;
const SITE_CONTROLS = shareItems([...languages.fr.siteControls, ...languages.en.siteControls].map(normalize));
/** Separators between the items of a menu, a breadcrumb or a footer ("News | UK", "Accueil > Meuse", "Contact · Mentions légales"). */
const NAV_SEPARATOR = /\s+[|·•>›»]\s+|\s*[|·•]\s*/u;
/** At most this many words in one item of a menu or breadcrumb. */
const NAV_ITEM_WORDS = 4;
/** A breadcrumb's separator: "Faits divers › Lérignac", "News > World". */
const CRUMB_SEPARATOR = /\s+[›>]\s+/u;
/** "Tendances : …", "TRENDING: … · …", "FLASH INFO · …": a ticker label opening the line, then a separator. */
const TICKER_LABEL = new RegExp(`^(?:${unique([...languages.fr.tickerLabels, ...languages.en.tickerLabels].map(normalize)).sort(byLength).map(escape).join('|')})\\s*([:|·•›–—]|-(?=\\s))`, 'u');
/** What follows a site control in its menu item: an offer after a colon or a dash ("S'abonner : 1 € le premier mois", "Je m'abonne - 1 €"). */
const CONTROL_OFFER = /\s*(?::|\s[-–—]\s).*$/u;
/** A price: "1 €", "€1", "£2.99", "1,99 $". */
const PRICE = /\d(?:[.,]\d+)?\s*[€$£]|[€$£]\s*\d/u;
/** At most this many words in a menu item holding a site control and its offer ("S'abonner à partir de 1 €", "Subscribe from £1 a month"). */
const OFFER_ITEM_WORDS = 8;
/** A wire desk's signature alone on its line: the initials of the journalists and editors, "kd-lm/abx", "jmb/sp", "bur-ah/dch" (in brackets, "(ats/jch)", it is a credit naming the agency). */
const WIRE_SIGNATURE = /^\p{Ll}{2,4}(?:-\p{Ll}{2,4})*(?:\/\p{Ll}{2,4}(?:-\p{Ll}{2,4})*)+$/u;
/** A list item of links under a "À lire aussi" / "Read more" heading: "> Headline", "- Headline", "• Headline". */
const LINK_ITEM = /^(?:>|[-–•*›])\s+\S/u;
/** A numbered item of such a list ("1. Headline", "2) Headline"): the number, then the headline. */
const NUMBERED_ITEM = /^\d{1,2}[.)]\s+(?=\S)/u;

/** A live blog's list of key moments: its heading ("Key events"); the "HH:MM headline" lines under it link to the entries. */
const KEY_EVENT_HEADINGS = new Set([...languages.fr.keyEventHeadings, ...languages.en.keyEventHeadings].map(normalize));
/** A live-blog entry's time alone on its line: "18:40", "17h05", "9:05 a.m. ET", "9.05pm GMT". */
const CLOCK_TIME = /^\s*\d{1,2}(?:[:h.]\d{2}|h)(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?\s*$/u;
const MATCH_STATES = new Set([...languages.fr.matchStates, ...languages.en.matchStates].map(normalize));
/** A score widget row: "Leeds 2 - 1 Hull", then its state after a separator ("· FT", "| Terminé"). */
const SCORE_ROW = /^\p{Lu}[\p{L}\d .'’-]{0,40}?\s\d{1,2}\s?[-–]\s?\d{1,2}\s\p{Lu}[\p{L}\d .'’-]{0,40}?\s*[·|•]\s*([\p{L} -]{1,20})$/u;
/** A caption's credit closing a short paragraph: "The plant after the blast. Photograph: Jane Doe", "… Crédit photo : X". */
const TRAILING_CREDIT = new RegExp(`(?:^|[.!?…)]\\s+)(?:${unique([...languages.fr.captionLabels, ...languages.en.captionLabels].map(normalize)).sort(byLength).map(escape).join('|')})\\s*:\\s*[^.!?:;]{2,60}$`, 'u');
/** Longer than this many words, a paragraph with a credit at its end is prose. */
const CREDITED_CAPTION_WORDS = 40;
/** A link arrow closing a short line: "Voir tous les résultats ›", "All results →". */
const LINK_ARROW = /[›→]\s*$/u;

/** "Sarlande 0 - 4 Montclar · Terminé", "Leeds 2-1 Hull | FT": a row of a score widget. */
export function isScoreRow(line: string): boolean {
  if (line.length > 100) return false;
  const state = SCORE_ROW.exec(line.trim())?.[1];
  return state !== undefined && MATCH_STATES.has(normalize(state));
}

/** A scoreboard line, a score between two names and nothing else: "FC Vaubrune 1-1 Olympique de Saint-Lérac". */
const SCORE_LINE = /^\p{Lu}[\p{L}\d .'’-]{0,40}?\s\d{1,2}\s?[-–]\s?\d{1,2}\s\p{Lu}[\p{L}\d .'’-]{0,40}$/u;

/**
 * "Leeds 2-1 Hull", "FC Vaubrune 1-1 Olympique de Saint-Lérac": a live page's scoreboard, printed
 * above its headline and again as the score changes. It is page furniture, never a title or a fact
 * of its own (the prose tells the score).
 */
export function isScoreLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && SCORE_LINE.test(t);
}

/** A caption printed as a sentence then its credit: "The plant after the 2021 blast. Photograph: Jane Doe". */
export function isCreditedCaption(paragraph: string): boolean {
  return !moreWordsThan(paragraph, CREDITED_CAPTION_WORDS) && !/[«»“”"]/u.test(paragraph) && TRAILING_CREDIT.test(norm(paragraph));
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** A line written in capitals (≥ 80 % of at least 15 letters): a related story's headline. */
export function isCapitalsHeadline(line: string): boolean {
  // One pass over UTF-16 units, counting letters; stops once lower case rules it out.
  let all = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) all++;
      else if (c >= 97 && c <= 122) {
        all++;
        lower++;
      }
    } else {
      const astral = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length;
      const ch = astral ? line.slice(i, i + 2) : line[i];
      if (astral) i++;
      if (LETTER.test(ch)) {
        all += ch.length;
        if (!UPPER.test(ch)) lower += ch.length;
      }
    }
    // Lower case over a fifth of the whole line is over a fifth of its letters, whatever follows.
    if (lower * 5 > line.length) return false;
  }
  if (all < 15) return false;
  return (all - lower) / all >= 0.8;
}

/** Longer than this, a line is prose, not a marker, counter or share bar (a quick test before counting words). */
const SHORT_LINE = 160;

/** Whether the line has more than `limit` words (runs of non-space); stops counting past it. */
function moreWordsThan(line: string, limit: number): boolean {
  const spaces = /\s+/g;
  let words = 1;
  while (spaces.exec(line)) if (++words > limit) return true;
  return false;
}

export function isPageMarker(line: string): boolean {
  if (moreWordsThan(line, 8)) return false;
  const n = norm(line);
  if (PAGE_MARKERS.has(n)) return true;
  // "Video: extern / rest", "Photo : Keystone" — a media label followed by a credit.
  const label = /^([\p{L} ]+?)\s*:/u.exec(n)?.[1];
  return Boolean(label && MEDIA.includes(label) && n.split(' ').length <= 6);
}

/**
 * A line that opens a "more to read" or comments section: a marker alone on its line, or (for a
 * marker of several words) within a line without final punctuation; or a comment counter.
 */
export function isSectionCut(line: string): boolean {
  if (line.length > SHORT_LINE || moreWordsThan(line, 12)) return false;
  const n = norm(line);
  if (COMMENT_COUNTER.test(n)) return true;
  if (!isHeadingLike(line)) return false;
  return CUT_MARKERS.some((m) => n === m || (m.includes(' ') && n.includes(m)));
}

/** "Comments (37)", "Réagissez (24)", "12 commentaires": a comment counter. */
function isCommentCounter(line: string): boolean {
  return line.length <= SHORT_LINE && !moreWordsThan(line, 6) && COMMENT_COUNTER.test(norm(line));
}

/** A line of a list of links ("> Headline", a listed headline); a comment counter under the list opens the comments, it is no link. */
function isListedLink(line: string): boolean {
  if (isCommentCounter(line)) return false;
  const number = NUMBERED_ITEM.exec(line)?.[0];
  return LINK_ITEM.test(line) || isListedHeadline(number ? line.slice(number.length) : line);
}

/** A link to another article: "Lire aussi : …", "Read more: …", however long the headline after the marker. */
export function isRelatedLink(line: string): boolean {
  // The marker opens the line: its first words are enough, however long the headline.
  if (!LEAD_INITIALS.has(fold(line.charAt(0)))) return false;
  const f = fold(line.slice(0, LEAD_PREFIX));
  if (LEAD_WITH_SEPARATOR.test(f)) return true;
  return isHeadingLike(line) && LEAD_WITH_HEADLINE.test(f);
}

/** A share bar: a share phrase and network names only ("Partager : Facebook Twitter LinkedIn", "Share on Facebook"). */
export function isShareBar(line: string): boolean {
  if (line.length > SHORT_LINE || moreWordsThan(line, 12) || !isHeadingLike(line)) return false;
  const n = norm(line);
  const marker = SHARE_MARKERS.some((m) => n === m || n.startsWith(m + ' ') || n.startsWith(m + ':'));
  const targets = n.match(SHARE_TARGETS)?.length ?? 0;
  // Without a share phrase, two network names at least ("Facebook Twitter E-mail").
  if (!marker && targets < 2) return false;
  // Nothing but share phrases and network names, repeated or not ("Share on Facebook · Share on X").
  return n.replace(SHARE_ITEMS, ' ').replace(SHARE_SEPARATORS, '') === '';
}

/** Comment-section and site boilerplate: short lines built around boilerplate phrases. */
export function isBoilerplate(line: string): boolean {
  if (moreWordsThan(line, 60)) return false;
  if ((COPYRIGHT.test(line) || COPYRIGHT_YEAR.test(line)) && !moreWordsThan(line, 15)) return true;
  const n = norm(line);
  return ANY_BOILERPLATE.test(n);
}

/**
 * Site navigation: a menu, breadcrumb or footer line of three short items or more, each opening
 * with a capital, a digit or ©, set apart by "|", "·", "•", ">" or "›" ("News | UK | World",
 * "Accueil > Meuse > Économie", "Radio X · Mentions légales · Contact · © 2026 RVI"); or a line of
 * site controls only ("Menu Rechercher Se connecter S'abonner", "Subscribe | Sign in", "Skip to main content").
 */
const controlsOnly = (n: string) => n.replace(SITE_CONTROLS, ' ').replace(SHARE_SEPARATORS, '') === '';
const OPENS_WITH_CONTROL = wordsPattern([...languages.fr.siteControls, ...languages.en.siteControls], true);

/**
 * One item of a menu of site controls: controls only, or a control then its offer, after a colon
 * or a dash ("S'abonner : 1 € le premier mois") or as a short phrase with a price ("S'abonner à
 * partir de 1 €", "Subscribe from £1 a week").
 */
function isControlItem(item: string): boolean {
  if (controlsOnly(normalize(item.replace(CONTROL_OFFER, '')))) return true;
  return PRICE.test(item) && !moreWordsThan(item, OFFER_ITEM_WORDS - 1) && OPENS_WITH_CONTROL.test(normalize(item));
}

export function isNavigationLine(line: string): boolean {
  if (line.length > SHORT_LINE || moreWordsThan(line, 30)) return false;
  const n = norm(line);
  if (n.replace(SITE_CONTROLS, ' ').replace(SHARE_SEPARATORS, '') === '') return true;
  // split cuts at every separator, with or without a global flag.
  const items = line.split(NAV_SEPARATOR).map((item) => item.trim());
  // "Se connecter | S'abonner : 1 € le premier mois", "Mon compte | S'abonner à partir de 1 €": every item opens with a site control.
  // "Share this post | Refresh": a live page's toolbar, share phrases and site controls.
  if (items.length >= 2 && items.every((item) => isControlItem(item) || isShareBar(item))) return true;
  // A ticker of other stories: its label, then a bar or a dot ("FLASH INFO · …"), or a colon and several items ("TRENDING: … · …").
  const ticker = isHeadingLike(line) ? TICKER_LABEL.exec(n)?.[1] : undefined;
  if (ticker && (ticker !== ':' || items.length >= 2)) return true;
  // "Faits divers › Lérignac": a breadcrumb of two short items or more.
  const crumbs = line.split(CRUMB_SEPARATOR).map((item) => item.trim());
  if (crumbs.length >= 2 && crumbs.every((item) => /^[\p{Lu}\d]/u.test(item) && !moreWordsThan(item, NAV_ITEM_WORDS - 1) && !/[.!?;:,]\s*$/u.test(item))) return true;
  // "Voir tous les résultats ›": a link to another page.
  if (LINK_ARROW.test(line) && !/[«“"]/u.test(line) && !moreWordsThan(line, 6)) return true;
  if (items.length < 3) return false;
  return items.every((item) => /^[\p{Lu}\d©]/u.test(item) && !moreWordsThan(item, NAV_ITEM_WORDS - 1) && !/[.!?;:]\s*$/u.test(item.replace(/^©.*/u, '')));
}

/** "Our Standards: …", "Nos engagements : …": a site-furniture label and what follows it on a short line. */
export function isFurnitureLine(line: string): boolean {
  // A press contact with a phone number or an e-mail address may name the whole office: still a contact line.
  const long = line.length > SHORT_LINE || moreWordsThan(line, 15);
  if (long && (moreWordsThan(line, CONTACT_LINE_WORDS) || !CONTACT_DETAIL.test(line))) return false;
  return FURNITURE_LABEL.test(normalizeForMatch(line));
}

/**
 * A live blog's exchange with a reader: a paragraph opening with a reader-question label ("Reader
 * question from @jo: "Can I still water my garden?" No: …"), maybe after the entry's clock stamp.
 * The reader's question and the blog's reply are the page talking to its readers, not the story's facts.
 */
export function isReaderExchange(paragraph: string): boolean {
  const text = withoutLiveStamp(paragraph.trim());
  return !moreWordsThan(text, READER_EXCHANGE_WORDS) && READER_QUESTION_LABEL.test(normalizeForMatch(text));
}

/**
 * A hotline notice: a short line naming a service's phone line and giving its number (« Numéro vert
 * « Info canicule » : 0 800 00 00 00 (appel gratuit) », "Flood helpline: 0800 000 000"): a service
 * for readers, not news.
 */
export function isHotlineLine(line: string): boolean {
  if (moreWordsThan(line, HOTLINE_LINE_WORDS) || !CONTACT_DETAIL.test(line)) return false;
  return HOTLINE_WORD.test(normalizeForMatch(line));
}

/**
 * One sentence of a newsletter sign-up prompt: a sign-up call that names a newsletter
 * ("Inscrivez-vous à la newsletter Sports", "Sign up to The Recap, our weekly email"), or a
 * newsletter label with a sign-up call ("Newsletter Sports : recevez chaque matin …").
 */
function isSignUpSentence(sentence: string): boolean {
  const n = normalizeForMatch(sentence);
  // "Recevez chaque soir l'essentiel de l'actualité": how often it comes names a newsletter as well as the word.
  return (OPENS_WITH_SIGN_UP.test(n) && (NEWSLETTER_WORD.test(n) || DELIVERY_CADENCE.test(n))) || (OPENS_WITH_NEWSLETTER.test(n) && SIGN_UP_WORD.test(n));
}

/**
 * A newsletter sign-up prompt: a short paragraph made only of sign-up sentences and the calls
 * around them ("Vous avez aimé cet article ?", "Je m'inscris"). A sentence of prose that merely
 * mentions a newsletter is no prompt, nor is a paragraph where one stands among other sentences.
 */
export function isNewsletterPrompt(paragraph: string): boolean {
  const n = normalizeForMatch(paragraph);
  if (moreWordsThan(paragraph, 50) || !(NEWSLETTER_WORD.test(n) || DELIVERY_CADENCE.test(n))) return false;
  let signUp = false;
  /** A sentence opening with a newsletter's name ("Newsletter Le Matin : chaque jour à 7 heures, l'essentiel…"). */
  let pitch = false;
  /** A sign-up button ("Je m'abonne", "Subscribe"). */
  let button = false;
  for (const sentence of splitSentences(paragraph)) {
    if (isSignUpSentence(sentence.text)) signUp = true;
    else if (isSignUpButton(sentence.text)) button = true;
    else if (!pitch && isNewsletterPitch(sentence.text)) pitch = true;
    else if (!isReaderCall(sentence.text)) return false;
  }
  // A newsletter's pitch is a prompt when a button sits next to it, even without a sign-up verb.
  return signUp || (pitch && button);
}

/** At most this many words in a sign-up button ("Sign up here.", "Inscrivez-vous ici !"). */
const BUTTON_WORDS = 3;
/** At most this many words in a newsletter's pitch. */
const NEWSLETTER_PITCH_WORDS = 20;

/** A sign-up button: a reader prompt ("Je m'abonne", "Subscribe now"), or a few words opening with a sign-up verb ("Sign up here."). */
function isSignUpButton(sentence: string): boolean {
  if (READER_PROMPTS.has(normalize(sentence))) return true;
  return !moreWordsThan(sentence, BUTTON_WORDS) && OPENS_WITH_SIGN_UP.test(normalizeForMatch(sentence));
}

/**
 * A newsletter's pitch: a sentence opening with its name ("Newsletter Le Matin : chaque jour…"),
 * or a short one naming it to the reader ("The Courier's Morning Briefing is your guide to…",
 * "L'infolettre du Journal est votre rendez-vous…"). No quotation: quoted words are speech.
 */
function isNewsletterPitch(sentence: string): boolean {
  const n = normalizeForMatch(sentence);
  if (OPENS_WITH_NEWSLETTER.test(n)) return true;
  return !moreWordsThan(sentence, NEWSLETTER_PITCH_WORDS) && !/[«»“”"]/u.test(sentence) && NEWSLETTER_WORD.test(n) && READER_ADDRESS.test(n);
}

/**
 * A question put to the reader about the page or the site ("Vous souhaitez recevoir nos alertes ?",
 * "Cet article vous a été utile ?", "Did you find this article useful?"): short, addressed to the
 * reader, about this article or the site's alerts and newsletters. A quoted question is speech.
 */
function isReaderQuestion(sentence: string): boolean {
  if (!/\?\s*$/u.test(sentence) || /[«»“”"]/u.test(sentence) || moreWordsThan(sentence, 10)) return false;
  const n = normalizeForMatch(sentence);
  return READER_ADDRESS.test(n) && PAGE_OBJECT.test(n);
}

/** A call to share the page: "Partagez-le !", "Share this article." — a share bar with an exclamation. */
function isShareCall(sentence: string): boolean {
  return isShareBar(sentence.replace(/\s*[!.]+$/u, ''));
}

/** "Support independent journalism in the valleys.", "Soutenez une rédaction indépendante !": a short call to fund the site. */
function isSupportCall(sentence: string): boolean {
  if (moreWordsThan(sentence, 12) || /[«»“”"]/u.test(sentence)) return false;
  const n = normalizeForMatch(sentence);
  return OPENS_WITH_SUPPORT.test(n) && JOURNALISM_WORD.test(n);
}

/** One sentence that calls the reader: a button ("Je m'inscris"), a question about the page, a call to share or to fund the site. */
function isReaderCall(sentence: string): boolean {
  return READER_PROMPTS.has(normalize(sentence)) || isReaderQuestion(sentence) || isShareCall(sentence) || isSupportCall(sentence) || isSubscriptionOffer(sentence);
}

/** At most this many words in a subscription offer. */
const OFFER_WORDS = 25;

/**
 * A subscription offer: a sentence opening with a sign-up call and naming a price ("Abonnez-vous
 * pour lire tous nos articles — 1 € le premier mois", "Subscribe for £1 a week"). No quotation.
 */
function isSubscriptionOffer(sentence: string): boolean {
  return PRICE.test(sentence) && !/[«»“”"]/u.test(sentence) && !moreWordsThan(sentence, OFFER_WORDS) && OPENS_WITH_SIGN_UP.test(normalizeForMatch(sentence));
}

/**
 * A paragraph made only of calls to the reader, tested sentence by sentence as a whole: "Cet
 * article vous a été utile ? Partagez-le !", "Did you find this story useful? Share it!". One
 * sentence of anything else, and the paragraph is prose.
 */
export function isCallToAction(paragraph: string): boolean {
  if (paragraph.length > SHORT_LINE || moreWordsThan(paragraph, 25)) return false;
  const sentences = splitSentences(paragraph);
  if (sentences.length === 0) return false;
  // A button closing the paragraph ("Activez les notifications", "Turn on notifications"): one short question before it is its pitch.
  const button = READER_PROMPTS.has(normalize(sentences[sentences.length - 1].text));
  let pitch = false;
  for (const { text } of sentences) {
    if (isReaderCall(text) || isSignUpSentence(text)) continue;
    if (!button || pitch || !isButtonPitch(text)) return false;
    pitch = true;
  }
  return true;
}

/** At most this many words in the question that pitches a button ("Vous souhaitez être alerté de la suite ?", "Want updates on this story?"). */
const PITCH_WORDS = 15;

/** A short question, not quoted, put before a button: the button's pitch. */
function isButtonPitch(sentence: string): boolean {
  return /\?\s*$/u.test(sentence) && !/[«»“”"]/u.test(sentence) && !moreWordsThan(sentence, PITCH_WORDS);
}

/**
 * A paragraph that opens with a box label ("Le saviez-vous ? La région produit…") split into
 * the label and what the box says: the label is furniture, the fact is kept.
 */
export function splitBoxLabels(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) => {
    const label = BOX_LABEL_LEAD.exec(p)?.[0];
    return label ? [label.trim(), p.slice(label.length)] : [p];
  });
}

const LIVE_GREETING = new RegExp(`(?:^|\\s)(?:${unique([...languages.fr.liveGreetings, ...languages.en.liveGreetings].map(normalize)).sort(byLength).map(escape).join('|')})(?:\\s|$)`, 'u');
/** At most this many words in a live blog's greeting: a longer one tells news of its own ("…, who arrived in the capital yesterday"), kept. */
const GREETING_WORDS = 20;

/**
 * One sentence, maybe after the entry's clock stamp, that greets the live blog's readers ("Good
 * morning and welcome to our live coverage of the strike.", « Bonjour et bienvenue dans ce direct. »):
 * the blog's own furniture. A quotation is someone's words, never the blog's greeting.
 */
export function isLiveGreeting(paragraph: string): boolean {
  const text = withoutLiveStamp(paragraph.trim());
  if (moreWordsThan(text, GREETING_WORDS) || /[«»“”"]/u.test(text) || splitSentences(text).length !== 1) return false;
  return LIVE_GREETING.test(normalizeForMatch(text));
}

/** At most this many words in a live blog's sign-off or a sentence pointing to another page. */
const BLOG_FURNITURE_WORDS = 15;

/**
 * One sentence, maybe after the entry's clock stamp, that closes a live blog's coverage ("That's it
 * from us for today.", « C'est la fin de ce direct. »): the blog's furniture, not a fact of the day.
 */
export function isLiveSignOff(sentence: string): boolean {
  const n = blogFurnitureSentence(sentence);
  return n !== null && LIVE_SIGN_OFF.test(n);
}

/**
 * One sentence pointing the reader to another page ("You can read yesterday's story here.",
 * « Retrouvez notre article d'hier ici. »): a link, whatever day it names; no quotation.
 */
export function isReaderLink(sentence: string): boolean {
  const n = blogFurnitureSentence(sentence);
  return n !== null && READER_LINK_OPENER.test(n) && READER_LINK_END.test(n);
}

/**
 * The text, without its clock stamp and normalized for matching, of what may be a live blog's furniture:
 * one short sentence holding no quotation. Null for anything longer, quoted, or of several sentences.
 */
function blogFurnitureSentence(sentence: string): string | null {
  const text = withoutLiveStamp(sentence.trim());
  if (moreWordsThan(text, BLOG_FURNITURE_WORDS) || /[«»“”"]/u.test(text) || splitSentences(text).length !== 1) return null;
  return normalizeForMatch(text);
}

/** A sentence of a live blog's own furniture: its greeting, its sign-off, a link to another page. */
const isBlogFurniture = (sentence: string) => isLiveGreeting(sentence) || isLiveSignOff(sentence) || isReaderLink(sentence);

/**
 * A paragraph that opens with a live blog's greeting or sign-off ("Good morning and welcome to our
 * live coverage. The judges deliver their ruling at ten.", "That's it from us for today. The
 * reservoir stands at 24%."), or closes on a link to another page ("… You can read yesterday's
 * story here."), split into that furniture and the rest: the furniture is dropped, the facts are
 * kept, under the entry's clock stamp if it had one.
 */
export function splitLiveGreetings(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) => {
    const text = withoutLiveStamp(p);
    const sentences = splitSentences(text);
    if (sentences.length < 2) return [p];
    const stamp = p.slice(0, p.length - text.length);
    const last = sentences[sentences.length - 1];
    if (isBlogFurniture(sentences[0].text)) return [sentences[0].text, ...splitLiveGreetings([stamp + text.slice(sentences[1].start)])];
    if (isReaderLink(last.text)) return [...splitLiveGreetings([stamp + text.slice(0, last.start).trimEnd()]), last.text];
    return [p];
  });
}

/** Sentences of prose before a photo credit that make the paragraph prose, not a caption. */
const PROSE_BEFORE_CREDIT = 2;

/**
 * A paragraph of prose that ends on a photo credit ("… landed at 7:40 this morning. Photo: Jane
 * Doe / The Courier.") split into the prose and the credit: the credit is furniture, the prose is
 * kept. A paragraph of prose is two sentences or more before the credit, or a live blog's entry
 * (its clock stamp opens it); one sentence then a credit is a caption, dropped whole.
 */
export function splitTrailingCredits(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) => {
    if (CAPTION_LABEL.test(norm(p))) return [p];
    const sentences = splitSentences(p);
    const credit = sentences.at(-1);
    if (!credit || sentences.length < 2 || !TRAILING_CREDIT.test(normalize(credit.text))) return [p];
    if (sentences.length - 1 < PROSE_BEFORE_CREDIT && !LIVE_STAMP.test(p)) return [p];
    return [p.slice(0, credit.start).trimEnd(), credit.text];
  });
}

/**
 * A line of a related-links list without bullets: a headline (short, one sentence, no final
 * period), as the lines under a bare "Lire aussi" / "Read more:" heading are. A question mark
 * may close it ("Egg prices: will shoppers pay more?"); the first line of prose ends the list.
 */
function isListedHeadline(line: string): boolean {
  if (line.length > 150 || moreWordsThan(line, 18) || /[.…]['’»”"]?\s*$/u.test(line)) return false;
  return splitSentences(line).length === 1;
}

/** A marker alone on its line that heads a list of links: "À lire aussi", "Read more:", "Related". */
function isLinkListHeading(line: string): boolean {
  return line.length <= 40 && (LEAD_MARKERS.includes(fold(line).replace(/[\s:|>»›·•–—-]+$/u, '')) || KEY_EVENT_HEADINGS.has(norm(line)));
}

/**
 * A caption: a short paragraph opening with a caption label and a colon ("Photo : Le siège de la
 * banque, à Lyon. © Jean Dupont / Le Journal", "Photo: The bank's headquarters. (Courier/Alamy)"),
 * or with the label and a credit without a colon ("Photo Jean Dupont / Le Journal. Le siège…").
 * What it describes is a picture on the page, and its credit names a photographer, not a source.
 */
export function isCaption(paragraph: string): boolean {
  if (moreWordsThan(paragraph, CAPTION_MAX_WORDS)) return false;
  return CAPTION_LABEL.test(norm(paragraph)) || CAPTION_BYLINE.test(paragraph.trim()) || (CAPTION_CREDIT.test(paragraph.trim()) && !/[«»“”"]/u.test(paragraph));
}

export function isMediaLine(line: string): boolean {
  return isPageMarker(line) && MEDIA.some((m) => norm(line).startsWith(m));
}

/** A short line without final punctuation: a title, kicker or subhead (a closing single quote after a period still ends a sentence). */
export function isHeadingLike(line: string): boolean {
  return !/(?:[.!?…»”"]|[.!?…]['’])\s*$/u.test(line) && line.split(/\s+/).length <= 20 && line.length <= 200;
}

/**
 * A line that can be a subheading: title-like (no final punctuation, a few words, one sentence),
 * opening with a capital, neither ending on a colon or comma (a line that introduces what
 * follows) nor holding a quotation (a quoted headline is someone's words).
 */
export function isSubheading(line: string): boolean {
  if (!isHeadingLike(line) || moreWordsThan(line, 8) || /[:;,\-–—]\s*$/u.test(line) || /[«»“”"]/u.test(line)) return false;
  return /^[\p{Lu}\d]/u.test(line) && splitSentences(line).length === 1;
}

/** A subheading put as a question ("Who won, who lost?", "Et maintenant ?"): short, one sentence, no quotation. */
export function isQuestionSubheading(line: string): boolean {
  return /\p{L}\s*\?$/u.test(line.trim()) && isSubheading(line.trim().replace(/\s*\?$/u, ''));
}

/** At most this many words in an "About …" heading. */
const ABOUT_HEADING_WORDS = 8;
/** "About the Ministry of Health", « À propos de la Cour des comptes »: the heading, then a name with a capital. */
const ABOUT_HEADING = new RegExp(
  `^(?:${unique([...languages.fr.aboutHeadings, ...languages.en.aboutHeadings]).sort(byLength).map(eitherCaseFirst).join('|')})\\s*\\p{Lu}`,
  'u',
);

/**
 * The heading of an organisation's standing description at the foot of a release or an article
 * ("About the Presidency", « À propos de la Cour constitutionnelle »): what follows it, up to the
 * next heading, describes the organisation in general, not the news.
 */
export function isAboutHeading(line: string): boolean {
  const t = line.trim();
  return isHeadingLike(t) && !moreWordsThan(t, ABOUT_HEADING_WORDS) && !/[:«»“”"]/u.test(t) && ABOUT_HEADING.test(t);
}

/**
 * An organisation's standing description run in after its "About …" heading and a colon, at the foot of a
 * release ("About Norvane Rail: founded in 1994, …", « À propos de Valmy Énergie : fondée en 2003, … »): the
 * heading and name are short, and a description follows the colon, not the news.
 */
export function isAboutParagraph(line: string): boolean {
  const t = line.trim();
  const colon = t.search(/\s*:\s+\S/u);
  if (colon <= 0) return false;
  const heading = t.slice(0, colon);
  return !moreWordsThan(heading, ABOUT_HEADING_WORDS) && !/[«»“”".!?;]/u.test(heading) && ABOUT_HEADING.test(heading);
}

/** A paragraph of prose this long begins the article's text by itself (a standfirst is shorter). */
const STORY_WORDS = 30;

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
  const sites = siteNames(paragraphs);
  let cut = false;
  /** Whether a paragraph of prose has been kept: a section marker before any is page furniture, not the end of the article. */
  let body = false;
  /** Whether the lines before were a "À lire aussi" heading and its links: "> Headline" and headline lines go on the list. */
  let linkList = false;
  /**
   * Whether the article's text has begun: a long paragraph of prose, or two. A comment counter before
   * it ("Comments (214)" under the byline and share bar, after a standfirst) is a header widget.
   */
  let proseParagraphs = 0;
  let storyBegun = false;
  /** Whether the lines before were an "About …" heading and its text: boilerplate up to the next heading. */
  let about = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (cut) {
      verdicts[i] = { keep: false, reason: 'after-section-cut' };
      continue;
    }
    about &&= !isHeadingLike(p);
    if (about || (body && isAboutHeading(p))) {
      verdicts[i] = { keep: false, reason: 'boilerplate' };
      about = true;
      continue;
    }
    if (body && isAboutParagraph(p)) {
      verdicts[i] = { keep: false, reason: 'boilerplate' };
      continue;
    }
    // A live blog's entry time ends the list of key moments: its entry follows.
    if (linkList && !CLOCK_TIME.test(p) && isListedLink(p)) {
      verdicts[i] = { keep: false, reason: 'related-link' };
      continue;
    }
    linkList = isLinkListHeading(p);
    if (isSectionCut(p)) {
      // A "Related coverage" box set inside the article: its links go, the prose after them stays.
      const inside = body && proseResumesAfterLinks(paragraphs, i, p);
      const ends = body && !inside && (storyBegun || !isCommentCounter(p));
      verdicts[i] = { keep: false, reason: ends ? 'section-cut' : 'page-marker' };
      cut = ends;
      linkList ||= inside;
    } else {
      const reason = lineNoise(p) ?? (!body && isMasthead(p, sites) ? 'masthead' : undefined);
      if (reason) verdicts[i] = { keep: false, reason };
      else if (i > 0 && isRepeat(paragraphs[i - 1], p)) verdicts[i] = { keep: false, reason: 'repeated' };
    }
    if (verdicts[i].keep && !isHeadingLike(p)) {
      body = true;
      if (/[.!?…»”"]\s*$/u.test(p)) proseParagraphs++;
      storyBegun ||= proseParagraphs >= 2 || (proseParagraphs === 1 && moreWordsThan(p, STORY_WORDS));
    }
    // A score widget's heading ("LIGUE 2 · 14e JOURNÉE", "Premier League"): a short line right above its first row.
    if (i > 0 && isScoreRow(p) && verdicts[i - 1].keep && isHeadingLike(paragraphs[i - 1]) && !moreWordsThan(paragraphs[i - 1], 5)) {
      verdicts[i - 1] = { keep: false, reason: 'navigation' };
    }
    // An entry time whose entry is page noise ("18:40", then "This blog is now closed."): nothing left to time.
    if (i > 0 && !verdicts[i].keep && !isHeadingLike(p) && verdicts[i - 1].keep && CLOCK_TIME.test(paragraphs[i - 1])) {
      verdicts[i - 1] = { keep: false, reason: 'page-marker' };
    }
    if (i > 0 && verdicts[i].reason === 'page-marker' && isMediaLine(p) && verdicts[i - 1].keep && isHeadingLike(paragraphs[i - 1])) {
      verdicts[i - 1] = { keep: false, reason: 'media-teaser' };
    }
  }
  // An author's note closing the page ("Jane Smith is our health correspondent. She has covered…"):
  // the last paragraph of prose, opening with a name and the writer's job. Earlier in the page such a
  // sentence is the story's (a reporter who is its subject).
  const last = verdicts.findLastIndex((v, i) => v.keep && !isHeadingLike(paragraphs[i]));
  if (last > 0 && AUTHOR_BIOS.some((re) => re.test(paragraphs[last].trim()))) verdicts[last] = { keep: false, reason: 'author-bio' };
  return verdicts;
}

/** The year of a copyright notice, and what sets a site's name apart from the links around it in a footer. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const FOOTER_BREAK = /\s*(?:[.|·•—–/]|\s-\s).*$/u;
/** At most this many words in a site's name. */
const SITE_NAME_WORDS = 6;

/** A company suffix after a site's name in its notice ("The Courier Ltd.", "Le Journal SAS"): not part of the name. */
const COMPANY_SUFFIX = new RegExp(`[,\\s]+(?:${unique([...languages.fr.companySuffixes, ...languages.en.companySuffixes]).map(escape).join('|')})\\.?$`, 'iu');

/**
 * The site's own name, as its copyright notices print it: "© 2025 The Courier. All rights
 * reserved." → "The Courier", "© Le Journal 2025 - Contact" → "Le Journal", "La Gazette © 2025 —
 * Contact" → "La Gazette", "© 2025 The Courier Ltd." → "The Courier". A notice without a year (a
 * photo credit) names no site. `footers` adds the first item of a footer of links ("Radio X · Contact · © 2026 RX").
 */
function siteNames(paragraphs: string[], footers = true): string[] {
  const names: string[] = [];
  for (const p of paragraphs) {
    const at = p.indexOf('©');
    if (at < 0) {
      const name = rightsNoticeName(p);
      if (name) names.push(name);
      continue;
    }
    if (!YEAR.test(p) || moreWordsThan(p, 30)) continue;
    let name = p.slice(at + 1).trim().replace(/^(?:19|20)\d{2}\s*/u, '').replace(FOOTER_BREAK, '').replace(/\s*(?:19|20)\d{2}$/u, '').replace(COMPANY_SUFFIX, '').trim();
    if (!name) name = p.slice(0, at).replace(/^.*(?:[|·•—–]|\s-\s)/u, '').trim();
    // A footer of links that opens with the site's name: "Radio X · Contact · © 2026 RX".
    const first = p.slice(0, at).split(/[|·•—–]|\s-\s/u)[0].trim();
    // "Radio Valsorne Info · Contact · © 2026 RVI": the notice's initials stand for the footer's name.
    if (first && initials(first) === name && name.length >= 2) name = first;
    for (const n of footers ? [name, first] : [name]) if (/^\p{Lu}/u.test(n) && !moreWordsThan(n, SITE_NAME_WORDS - 1)) names.push(n);
  }
  return names;
}

/** "Tous droits réservés", "All rights reserved": a rights notice, accents optional. */
const RIGHTS_NOTICE = new RegExp(
  `(?<![\\p{L}])(?:${unique([...languages.fr.rightsNotices, ...languages.en.rightsNotices]).sort(byLength).map((w) => escape(w).replace(/é/gu, '[eé]')).join('|')})(?![\\p{L}])`,
  'iu',
);
/** What separates the items of a footer line: a bar, a dot, a dash between spaces. */
const FOOTER_ITEM = /\s*(?:[|·•—–]|\s-\s)\s*/u;

/**
 * The site's name as a rights notice without a © sign prints it, right before the notice:
 * "Radio X - Tous droits réservés - 2026 | Contact" → "Radio X", "The Courier. All rights
 * reserved." → "The Courier", "Copyright 2025 The Courier Ltd. All rights reserved." → "The Courier".
 * The name is the whole footer item before the notice; a sentence before it names no site.
 */
function rightsNoticeName(p: string): string | undefined {
  if (moreWordsThan(p, 30)) return undefined;
  const notice = RIGHTS_NOTICE.exec(p);
  if (!notice) return undefined;
  const item = p.slice(0, notice.index).replace(/[\s.,:;|·•—–-]+$/u, '').split(FOOTER_ITEM).pop() ?? '';
  const name = item.replace(/^(?:copyright|\(c\))\s*/iu, '').replace(/^(?:19|20)\d{2}\s*/u, '').replace(COMPANY_SUFFIX, '').trim();
  if (!/^\p{Lu}/u.test(name) || moreWordsThan(name, SITE_NAME_WORDS - 1) || /[.!?…]\s/u.test(name) || YEAR.test(name)) return undefined;
  return name;
}

/** "Radio Valsorne Info" → "RVI". */
const initials = (name: string) => name.split(/[\s-]+/u).map((w) => w.charAt(0)).join('').toUpperCase();

/** The site's name as its own copyright notice prints it, when the page has one. */
export function copyrightSite(paragraphs: string[]): string | undefined {
  return siteNames(paragraphs, false)[0];
}

/**
 * A masthead before the article: the site's name alone, or with its tagline after a dash, a bar
 * or a colon ("The Courier", "The Courier – News from the valleys").
 */
function isMasthead(line: string, sites: string[]): boolean {
  return sites.some((site) => mastheadName(line, site) !== undefined);
}

/** What sets a masthead's tagline apart from the site's name: a dash, a bar or a colon. */
const TAGLINE = /^\s*(?:$|[–—|:·-]\s)/u;

/**
 * The site's name as a masthead line prints it, when the line is the site's masthead: the name
 * of its notice ("The Courier – News from the valleys" for "The Courier"), or its first words,
 * half of them at least ("CAPITAL NEWS" for "Capital News Media": the notice names the company, the
 * masthead the title). The name is returned as the notice writes it, capitals apart.
 */
export function mastheadName(line: string, site: string): string | undefined {
  const l = line.trim().toLowerCase();
  const name = site.toLowerCase();
  if (l.startsWith(name) && TAGLINE.test(l.slice(name.length))) return site;
  const head = l.split(/\s+[–—|:·-]\s/u)[0].trim();
  const words = head.split(/\s+/u).length;
  if (!head || !name.startsWith(head + ' ') || words * 2 < name.split(/\s+/u).length) return undefined;
  return site.slice(0, head.length);
}

/** What one paragraph is, read alone, when it is page noise (section cuts apart: they depend on what follows). */
function lineNoise(p: string): NoiseReason | undefined {
  if (isCapitalsHeadline(p)) return 'capitals-headline';
  if (WIRE_SIGNATURE.test(p.trim())) return 'signature';
  if (isPageMarker(p)) return 'page-marker';
  if (isRelatedLink(p)) return 'related-link';
  if (isShareBar(p)) return 'share-bar';
  if (isNavigationLine(p) || isScoreRow(p) || isScoreLine(p)) return 'navigation';
  if (isDateStamp(p)) return 'date-stamp';
  if (isBoilerplate(p) || isFurnitureLine(p) || isReaderExchange(p) || isHotlineLine(p)) return 'boilerplate';
  if (isNewsletterPrompt(p)) return 'newsletter';
  if (isCallToAction(p)) return 'call-to-action';
  if (isCaption(p) || isCreditedCaption(p)) return 'caption';
  if (isBlogFurniture(p)) return 'boilerplate';
  if (isMarkedStamp(p)) return 'page-marker';
  return undefined;
}

/**
 * A page marker and a place-and-date stamp on one line, set apart by a dash or a colon, in either
 * order: a press release's header (« Communiqué de presse – Paris, le 17 novembre 2026 », "Press
 * release — Kelmouth, 4 March 2026", "Dunmoor, 2 May 2026 — Press release").
 */
function isMarkedStamp(line: string): boolean {
  const text = line.trim();
  const first = /^(.{3,40}?)\s*(?:[–—-]|:)\s+(.+)$/u.exec(text);
  if (first !== null && isPageMarker(first[1]) && isDateStamp(first[2])) return true;
  const last = /^(.+?)\s+(?:[–—-]|\|)\s*(.{3,40})$/u.exec(text);
  return last !== null && isPageMarker(last[2]) && isDateStamp(last[1]);
}

/** Paragraphs of prose in a row after a box of links that show the article goes on (one alone may be a linked story's teaser). */
const RESUMED_PROSE = 2;

/**
 * Whether the section marker at `at` heads a box of links set inside the article ("Related
 * coverage", then "- Headline" lines, then the article's prose again) rather than the end of the
 * page: at least one link line follows it, then paragraphs of prose that are no page noise. A
 * comments heading always ends the article (what follows is readers' prose); so does a list
 * followed by one teaser, by headlines or by page furniture.
 */
function proseResumesAfterLinks(paragraphs: string[], at: number, marker: string): boolean {
  if (COMMENT_HEADING.test(norm(marker))) return false;
  let j = at + 1;
  while (j < paragraphs.length && !CLOCK_TIME.test(paragraphs[j]) && isListedLink(paragraphs[j])) j++;
  if (j === at + 1) return false;
  // A live page's next entry: its time, maybe its title, then its prose. A box of links set between
  // two entries ("Most read" amid the updates) ends at the entry's time, whatever its length.
  if (j < paragraphs.length && CLOCK_TIME.test(paragraphs[j])) {
    let k = j + 1;
    if (k < paragraphs.length && isHeadingLike(paragraphs[k]) && !lineNoise(paragraphs[k]) && !isSectionCut(paragraphs[k])) k++;
    const q = paragraphs[k];
    return q !== undefined && !isHeadingLike(q) && !isSectionCut(q) && !lineNoise(q);
  }
  let prose = 0;
  for (; j < paragraphs.length && prose < RESUMED_PROSE; j++) {
    const q = paragraphs[j];
    // An advertising slot between two paragraphs ("ADVERTISEMENT", « Publicité ») is set inside the
    // story: the prose goes on after it.
    if (prose > 0 && lineNoise(q) === 'page-marker' && !isSectionCut(q)) continue;
    if (isHeadingLike(q) || isSectionCut(q) || lineNoise(q)) break;
    prose++;
  }
  return prose >= RESUMED_PROSE;
}

/** A caption printed twice, the second time with a photo credit glued on ("…en Russie.Keystone"). */
function isRepeat(previous: string, current: string): boolean {
  return previous.length >= 20 && current.startsWith(previous) && current.length - previous.length <= 40;
}
