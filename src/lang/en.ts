/** English language knowledge used by text analysis. Data only. */
import { eng } from 'stopword';

/** An outlet name as a credit line prints it: capitalised words, with lower-case particles between them. */
const NAME = String.raw`[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:(?:of|the|and)\s+)*[\p{Lu}\d][\p{L}\d.&'’-]*){0,5}`;
/** A person's name as a byline prints it: two to four capitalised words, with particles ("Ludwig van Beethoven"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|van|von|der|da|di|le|la|bin|ben|al|el)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}`;
/** Words naming what the writers did, before "by" and their names ("Live updates by Jane Smith and John Smith"). */
const BYLINE_LEADS = ['live updates', 'live coverage', 'live reporting', 'live blog', 'updates', 'coverage', 'reporting', 'words', 'text', 'story', 'interview', 'interviewed', 'interview conducted', 'questions', 'posted', 'written', 'filed'];
/** A live blog's shift of each writer, in brackets after the name ("Jane Smith (now) and John Doe (earlier)"). */
const SHIFTS = ['now', 'earlier', 'later', 'this morning', 'this afternoon', 'this evening', 'overnight'];
/** Job titles that may follow a byline after a comma. */
const BYLINE_ROLES = ['correspondent', 'reporter', 'editor', 'writer', 'journalist', 'columnist', 'contributor', 'analyst', 'bureau chief', 'staff', 'photographer'];
/** Words that open the place or desk after a byline's job title ("correspondent in Cairo"). */
const ROLE_PLACE = ['in', 'at', 'for', 'from', 'on', 'of'];
const alternatives = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Job titles as a byline prints them, in lower case or capitalised ("Health and Science Correspondent"). */
const roleWords = (words: string[]) => alternatives(words).replace(/(^|[\s|])(\p{Ll})/gu, (_, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);
/** ", Europe correspondent", ", staff reporter in Lagos": a job title after a byline, a few words before and after it. */
const ROLE = String.raw`\s*,\s*(?:[\p{L}'’-]+\s+){0,3}?(?:${roleWords(BYLINE_ROLES)})s?(?:\s+[\p{L}'’-]+)?(?:\s+(?:${alternatives(ROLE_PLACE)})\s+[^.!?,;]{1,40})?`;

export const en = {
  /**
   * Endings that derive a word from another ("vote" → "voters", "nation" → "nationalism"): a topic word
   * finds a longer word it begins only when the rest is made of these, not of another word ("shareholder").
   */
  /** English participles do not agree in gender (see fr.participleMasculine): these never match. */
  participleMasculine: /(?!)/u,
  participleFeminineFolded: /(?!)/u,
  derivationEndings: ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'or', 'ors', 'ment', 'ments', 'ion', 'ions', 'ation', 'ations', 'ity', 'ities', 'al', 'ally', 'ly', 'ness', 'ist', 'ists', 'ism', 'isms', 'ic', 'ics', 'ical', 'ive', 'ives', 'ize', 'ise', 'ized', 'ised', 'ization', 'isation', 'able', 'ible', 'ance', 'ence', 'ant', 'ants', 'ent', 'ents', 'ary', 'ory', 'ure', 'age', 'an', 'ans', 'ian', 'ians', 'ee', 'ees', 'y', 'ies', 'e'],
  /**
   * A noun's ending and the verb root it alternates with ("suspension" ↔ "suspend-u", "extension" ↔
   * "extend-ed", "reduction" ↔ "reduce-d"): the noun's root is the verb's, so the topic finds the verb's forms and
   * the other way round.
   */
  derivationAlternations: [{ noun: 'nsion', verb: 'nd' }, { noun: 'uction', verb: 'uce' }],
  stopwords: [...eng, 'said', 'says', 'also', 'would', 'could', 'its', 'it\'s', 'per', 'via', 'against', 'already', 'less', 'during', 'though', 'although', 'among', 'however', 'within', 'without', 'others', 'even', 'yet', 'whether', 'toward', 'towards', 'upon', 'despite', 'ever', 'when', 'why', 'whom', 'will', 'does'],
  elisions: [] as string[],
  abbreviations: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sr', 'Jr', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'Rev', 'vs', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'No', 'U.S', 'U.K', 'U.N', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  pageMarkers: ['reply', 'key events', 'show key events only', 'key events only', 'refresh', 'load more updates', 'advertisement', 'sponsored', 'sponsored content', 'share', 'print', 'subscribe', 'read more', 'see also', 'related', 'watch', 'video', 'photo', 'gallery', 'get in touch', 'contact us', 'purchase licensing rights', 'licensing rights', 'reprints', 'press release', 'news release', 'media release', 'notes to editors', 'note to editors'],
  leadMarkers: ['read more', 'read also', 'also read', 'see also', 'more on this story', 'more on this', 'related', 'read', 'watch', 'listen', 'recommended', 'read next'],
  sectionCutMarkers: ['you may also like', 'you might also like', 'more from', 'related articles', 'related stories', 'recommended for you', 'most read', 'more stories', 'trending now', 'read next', 'most popular', 'most viewed', 'related', 'related content', 'related coverage', 'more on this story', 'recommended', 'comments', 'top stories'],
  commentWords: ['comment', 'comments', 'reaction', 'reactions'],
  commentLinkWords: ['view', 'view all', 'see', 'see all', 'show', 'show all', 'read'],
  shareMarkers: ['share this post', 'share this update', 'share this entry', 'share', 'share on', 'share this', 'share this article', 'share this story', 'share via', 'share article', 'share story', 'share it'],
  shareTargets: ['facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'messenger', 'telegram', 'pinterest', 'reddit', 'bluesky', 'threads', 'flipboard', 'mastodon', 'e-mail', 'email', 'mail', 'copy link', 'copy', 'link', 'print', 'sms'],
  boilerplatePhrases: ['this blog is now closed', 'this live blog has now ended', 'thank you for following our live', 'leave a comment', 'post a comment', 'comments are closed', 'comments have been closed', 'sign up for our', 'subscribe to our', 'our newsletter', 'use of cookies', 'accept cookies', 'all rights reserved', 'terms of use', 'privacy policy', 'report abuse', 'join the conversation', 'spotted an error', 'thank you for your understanding', 'sign in or create', 'sign in to comment', 'log in to comment', 'account to join the discussion', 'do you have a story for us', 'got a story for us', 'have you got a story', 'not available in your country', 'not available in your region', 'not available in your location', 'enable javascript', 'we use cookies', 'we and our partners use cookies', 'our partners use cookies', 'this site uses cookies', 'this website uses cookies', 'by continuing to browse', 'we value your privacy', 'we care about your privacy', 'information on your device', 'manage your preferences', 'begambleaware', 't&cs apply', 'gamble responsibly', 'when the fun stops', 'manage preferences', 'manage cookies', 'cookie settings', 'cookie preferences', 'this live blog has ended', 'this live blog is now closed', 'this live coverage has ended', 'our live coverage has ended', 'thanks for following our live', 'has been edited and condensed', 'have been edited and condensed', 'edited for length and clarity', 'comments are moderated', 'comments are pre-moderated', 'read our community guidelines', 'our community guidelines', 'our commenting policy', 'our comments policy', 'edited for clarity and length', 'has been edited for clarity', 'has been condensed and edited', 'all times are local', 'all times local', 'react to this article', 'have your say on this', 'refresh for the latest', 'refresh this page for', 'refresh the page for'],
  /** Site controls: a line made only of these ("Menu Search Sign in Subscribe", "Skip to main content") is page furniture. */
  siteControls: ['skip to main content', 'skip to content', 'skip to navigation', 'menu', 'search', 'sign in', 'log in', 'login', 'sign out', 'log out', 'register', 'subscribe', 'my account', 'account', 'home', 'accept all', 'reject all', 'accept', 'reject', 'refresh', 'refresh page', 'refresh the page', 'subscribe now', 'sign up', 'my profile', 'manage subscription'],
  tickerLabels: ['trending', 'trending now', 'trending topics', 'breaking', 'breaking news', 'most read', 'most popular', 'popular now', 'hot topics', 'top stories', 'latest news', 'just in', 'in the news'],
  furnitureLabels: ['our standards', 'our editorial standards', 'editorial standards', 'our principles', 'tags', 'topics', 'follow us', 'about', 'about us', 'notes to editors', 'note to editors'],
  /** Labels of a press release's contact line, then a colon ("Media contact: Jane Roe, press@example.com"): page furniture, not news. */
  contactLabels: ['media contact', 'media contacts', 'press contact', 'press contacts', 'media enquiries', 'media inquiries', 'press enquiries', 'press inquiries', 'press office', 'for more information', 'for further information', 'investor contact', 'investor relations'],
  newsletterWords: ['newsletter', 'newsletters', 'email', 'emails', 'e-mail', 'inbox', 'briefing'],
  signUpWords: ['sign up', 'subscribe', 'register', 'receive', 'get'],
  /** A short call to fund the site: a support word opening it, a word for journalism in it ("Support independent journalism"). */
  supportWords: ['support', 'help fund', 'help us', 'donate to', 'fund'],
  journalismWords: ['journalism', 'reporting', 'newsroom', 'journalists', 'news'],
  readerPrompts: ['sign up', 'sign up now', 'subscribe', 'subscribe now', 'did you enjoy this article', 'enjoyed this article', 'like this article', 'like what you read', 'like what you see', 'become a member', 'become a supporter', 'become a subscriber', 'donate now', 'support us', 'turn on notifications', 'enable notifications', 'allow notifications', 'turn on alerts', 'sign up for alerts', 'sign up for news alerts', 'sign up for breaking news alerts', 'get alerts', 'get news alerts'],
  readerAddressWords: ['you', 'your'],
  pageObjectComplements: ['of'],
  pageObjectWords: ['this article', 'this story', 'this content', 'this video', 'our alerts', 'our notifications', 'our newsletter', 'our newsletters', 'our site', 'our app', 'our journalism'],
  boxLabels: ['did you know', 'good to know', 'fast facts', 'key facts', 'catch up', 'catch-up', 'recap'],
  mediaMarkers: ['video', 'photo', 'image', 'audio', 'podcast', 'watch'],
  /** Labels that open a caption or a media box, then a colon ("Photo: The bank's headquarters… (Ledger/Alamy)"). */
  /** A rights notice that names the site without a © sign ("Radio X - Tous droits réservés - 2026", "The Courier. All rights reserved."). */
  rightsNotices: ['all rights reserved'],
  /** A company suffix after a site's name in its copyright notice ("© 2025 The Courier Ltd."): not part of the name. */
  companySuffixes: ['Ltd', 'Limited', 'Inc', 'PLC', 'LLC', 'Corp', 'Co'],
  /** Headings of a live blog's list of key moments ("Key events"): the "HH:MM headline" lines under it link to entries. */
  /** A live blog's greeting to its readers, opening the day's coverage: its own furniture, not a fact ("Good morning and welcome to our live coverage"). */
  /** A live blog's sign-off closing the day's coverage: its own furniture, even when a last fact follows it in the paragraph. */
  liveSignOffs: ["that's it from us", 'that is it from us', "that's all from us", 'that is all from us', "that's it for today", "that's all for today", "we're wrapping up", 'we are wrapping up', "we're closing this live", 'we are closing this live', 'we are pausing our live', "we're pausing our live", 'thanks for following', 'thank you for following', "we'll be back tomorrow", 'we will be back tomorrow'],
  /**
   * A sentence pointing the reader to another page: it opens with one of `readerLinkOpeners` and ends with one of
   * `readerLinkEnds` ("You can read yesterday's story here.", "Catch up on Monday's events here.").
   */
  readerLinkOpeners: ['you can read', 'you can find', 'you can catch up', 'you can follow', 'you can see', 'you can watch', 'read', 'catch up', 'catch up on', 'find', 'see', 'follow', 'watch', 'click', 'for more, see', 'for our earlier coverage, see'],
  readerLinkEnds: ['here', 'below', 'on our website', 'on our site'],
  /** How often a newsletter comes ("Receive every evening the day's news"): a sign-up call naming one is a sign-up prompt. */
  deliveryCadences: ['every morning', 'every evening', 'every night', 'every day', 'every week', 'each morning', 'each evening', 'each day', 'each week', 'daily', 'weekly'],
  liveGreetings: ['good morning and welcome', 'good afternoon and welcome', 'good evening and welcome', 'hello and welcome', 'welcome to our live', 'welcome to the live', 'welcome back to our live', 'welcome back to the live', 'follow our live', 'follow the latest', 'follow live updates', 'follow all the latest'],
  /**
   * Labels that open a live blog's exchange with a reader ("Reader question from @handle: … Yes: …"): the question and
   * the blog's reply to it are furniture, not facts reported by the story.
   */
  readerQuestionLabels: ['reader question', 'reader questions', 'question from a reader', 'question from reader', 'a reader asks', 'reader asks', 'you asked'],
  /** Words of a service's phone line ("Heat helpline: 0800 …"): with a phone number on a short line, a hotline notice, not news. */
  hotlineWords: ['hotline', 'helpline', 'help line', 'toll-free', 'toll free', 'freephone', 'free call', 'free of charge', 'call free', 'phone line'],
  /** A heading that opens an organisation's standing description at the foot of a release ("About the Ministry of Health"): the text under it is boilerplate. */
  aboutHeadings: ['about', 'about the'],
  keyEventHeadings: ['key events', 'key moments', 'key updates'],
  /** The state of a match in a score widget row ("Leeds 2 - 1 Hull · FT"). */
  matchStates: ['ft', 'full time', 'full-time', 'ht', 'half time', 'half-time', 'aet', 'postponed', 'abandoned', 'live'],
  captionLabels: ['photo', 'photos', 'photograph', 'picture', 'pictured', 'file photo', 'image', 'illustration', 'photo illustration', 'caption', 'photo credit', 'video', 'graphic', 'gallery'],
  /** A stamp's time told relative to now ("Updated 2 hours ago", "an hour ago"): see fr.stampAgo. */
  stampAgo: {
    before: [] as string[],
    after: ['ago'],
    one: ['a', 'an', 'one'],
    units: ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h', 'day', 'days', 'd', 'week', 'weeks'],
  },
  /** Job titles that may follow a byline after a comma ("By Jane Smith, Europe correspondent"). */
  bylineRoles: BYLINE_ROLES,
  /** Words of a publication stamp besides its date and time ("Published May 15, 2024 6:32 pm", "Last updated on …"). */
  /** The word that opens a byline closing a stamp line ("Posted March 3, 2026 at 10:20 by Jane Smith"). */
  stampBylineWords: ['by'],
  /** Words that make a lone clock time a stamp ("Live · Updated 21:30"), unlike a live blog's entry time alone ("21:30"). */
  stampVerbs: ['published', 'updated', 'posted', 'modified'],
  dateStampWords: ['published', 'first published', 'updated', 'last updated', 'posted', 'last modified', 'on', 'at', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'edt', 'est', 'pdt', 'pst', 'ast', 'the', 'of', 'live'],
  /**
   * An author's note closing the page: "Jane Smith is our health correspondent.", "Jane Smith is the
   * Courier's science editor. She has covered medicine since 2014." Read only on the last paragraph of prose.
   */
  authorBioPatterns: [
    new RegExp(`^${PERSON}\\s+(?:is|was)\\s+(?:the|our|a|an)\\s+[^.!?]{0,60}?\\b(?:${alternatives(BYLINE_ROLES)})s?\\b`, 'u'),
    new RegExp(`^${PERSON}\\s+has\\s+(?:covered|reported on|written about)\\s+[^.!?]{1,60}\\s+(?:since|for)\\s`, 'u'),
  ],
  creditPatterns: [
    /^(?<names>.+?)\s+of\s+(?<outlet>[A-Z][\w .&'-]+?)\s+contributed to this (?:report|story|article)\.?$/u,
    /^\((?:reporting|writing|editing)\b[^)]*\)$/iu,
    // The same desk's line without brackets: "Reporting by Jane Smith; Editing by John Doe", "Additional reporting by Jane Smith in Lisbon".
    /^(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.;!?]{3,80}(?:;\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.;!?]{3,80})*\.?$/iu,
    // The desk's line, not the authors': "Edited by Priti Shah and Owen Marsh", "Compiled by Jane Smith".
    new RegExp(`^(?:[Ee]dited|[Cc]ompiled|[Pp]roduced|[Mm]oderated)\\s+by\\s+${PERSON}(?:\\s*(?:,|&|\\band\\b)\\s*${PERSON}){0,3}\\.?$`, 'u'),
    /^[Aa]ccording to\s+(?<outlet>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\s*\.?$/u,
    // A person's byline with the agency: "By Jane Smith with Reuters", "By Jane Smith and John Doe (with AFP)".
    // A person is no outlet: the names are the byline (an outlet after "By" opens with an article, "By The Independent").
    new RegExp(`^[Bb]y\\s+(?!The\\s)(?<names>${PERSON}(?:\\s*(?:,|&|\\band\\b)\\s*${PERSON}){0,3})\\s+(?:\\(\\s*)?[Ww]ith\\s+(?:the\\s+)?(?<agency>[\\p{L}][\\p{L}\\s.,&'’-]{0,60}?)\\s*\\.?(?:\\s*\\))?\\.?$`, 'u'),
    // "The Guardian with AFP", "With Reuters", "Staff and agencies": the agencies are checked against the wire agencies.
    new RegExp(`^(?:(?:[Bb]y\\s+)?(?<outlet>${NAME})\\s+)?[Ww]ith\\s+(?:the\\s+)?(?<agency>[\\p{L}][\\p{L}\\s.,&'’-]{0,60}?)\\s*\\.?$`, 'u'),
    /^(?<outlet>)[Ss]taff and (?<agency>agencies)\.?$/u,
    // "By The Independent (with Reuters)": the same credit, the agencies in brackets.
    new RegExp(`^(?:[Bb]y\\s+)?(?<outlet>${NAME})\\s+\\(\\s*[Ww]ith\\s+(?:the\\s+)?(?<agency>[\\p{L}][\\p{L}\\s.,&'’-]{0,60}?)\\s*\\.?\\s*\\)\\.?$`, 'u'),
    // A bare byline naming a publication: "By The Independent" (an article opens the name).
    new RegExp(`^[Bb]y\\s+(?<outlet>The\\s+${NAME})$`, 'u'),
    // A byline naming the work: "Live updates by Jane Smith and John Smith", "Live coverage by Jane Smith (now) and John Smith (earlier)".
    new RegExp(`^(?:${roleWords(BYLINE_LEADS)})\\s+by\\s+(?<names>${PERSON}(?:\\s*\\([\\p{Ll} ]{1,20}\\))?(?:\\s*(?:,|&|\\band\\b)\\s*${PERSON}(?:\\s*\\([\\p{Ll} ]{1,20}\\))?){0,3})\\.?$`, 'u'),
    // A live blog's writers, each with their shift and no lead: "Jane Smith (now) and John Doe (earlier)".
    new RegExp(`^(?<names>${PERSON}\\s*\\((?:${alternatives(SHIFTS)})\\)(?:\\s*(?:,|&|\\band\\b)\\s*${PERSON}\\s*\\((?:${alternatives(SHIFTS)})\\)){0,3})\\.?$`, 'u'),
    // A bare byline: "By Jane Smith", "By Jane Smith and John Smith" (a wire agency alone, "By Reuters", is the agency).
    // "By Jane Smith, Europe correspondent": the job title after a comma goes with the byline;
    // "By Jane Smith in Lisbon": so does the place she files from.
    new RegExp(`^[Bb]y\\s+(?<names>${PERSON}(?:\\s*(?:,|&|\\band\\b)\\s*${PERSON}){0,3}|\\p{Lu}[\\p{L}-]+)(?:\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})?(?:${ROLE})?$`, 'u'),
  ],
};
