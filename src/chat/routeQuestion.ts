/**
 * Routes a natural question (an @mention in a channel or thread) to a command: "qui a dit
 * « lutte sacrée » ?" → /who-said, "what did Kirby say about artillery?" → /quotes,
 * "résumé sur les armes" → /summary; anything else is /ask. A follow-up in a thread
 * ("et Peskov ?", "what about Kirby?") reuses the thread's previous question with its subject
 * swapped.
 */
import type { CommandArgs, CommandDefinition, Locale } from '../engine/commandDefinition.js';
import { parseCommandLine } from '../engine/commandLine.js';
import { followUpPatterns, questionPatterns, questionWords, wholeStoryTopics } from '../lang/questions.js';
import { speech } from '../lang/speech.js';
import { foldAccents } from '../text/normalize.js';

export interface RoutedQuestion {
  command: string;
  args: CommandArgs;
  locale: Locale;
}

/** Removes platform mentions (<@123>, <@U123|name>, <!here>, @Depeche) and surrounding space. */
export function stripMentions(text: string): string {
  return text
    .replace(/<[@!#][^>]*>/g, ' ')
    .replace(/(^|\s)@[\p{L}\p{N}_.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Quoted words in a question: « … », “ … ”, "…". */
function quotedPart(text: string): string | undefined {
  const m = /«\s*([^»]+?)\s*»|“([^”]+)”|"([^"]+)"/u.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]).trim() : undefined;
}

export function guessLocale(text: string, fallback: Locale = 'fr'): Locale {
  const words = foldAccents(text.toLowerCase()).match(/\p{L}+/gu) ?? [];
  const fr = new Set(questionWords.fr.map((w) => foldAccents(w)));
  const en = new Set(questionWords.en);
  let score = 0;
  for (const w of words) {
    if (fr.has(w)) score--;
    if (en.has(w)) score++;
  }
  return score > 0 ? 'en' : score < 0 ? 'fr' : fallback;
}

const trimWords = (s: string | undefined) => s?.replace(/^[\s«“"']+|[\s»”"'?.!]+$/gu, '').trim() || undefined;

/** Titles and roles that stand for a person ("le préfet", "the mayor"), French and English, accents folded. */
const PERSON_WORDS = new Set(
  Object.values(speech).flatMap((lang) => [...lang.titles, ...lang.relativeTitles, ...lang.organisations].map((w) => foldAccents(w.toLowerCase()))),
);
const DETERMINER = /^(?:le|la|les|l'|l’|un|une|son|sa|ses|leur|the|a|an|his|her|their)\s*/iu;

/**
 * Whether a follow-up's subject is someone who speaks rather than a topic: a name (a capitalised
 * word) or a title, role or body after a determiner ("et le préfet ?", "what about the mayor?").
 */
function looksLikeName(text: string): boolean {
  if (/^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 4) return true;
  const rest = text.replace(DETERMINER, '');
  if (rest === text || text.split(/\s+/).length > 6) return false;
  const words = foldAccents(rest.toLowerCase()).split(/\s+/);
  return PERSON_WORDS.has(words[0]) || PERSON_WORDS.has(words.slice(0, 2).join(' '));
}

export function routeQuestion(text: string, previous?: RoutedQuestion, commands?: CommandDefinition[], fallbackLocale: Locale = 'fr'): RoutedQuestion {
  const question = stripMentions(text);
  const locale = guessLocale(question, previous?.locale ?? fallbackLocale);

  if (question.startsWith('/') && commands) {
    const parsed = parseCommandLine(question, commands);
    if (parsed.ok) return { command: parsed.name, args: parsed.args, locale };
  }

  for (const lang of [locale, locale === 'fr' ? 'en' : 'fr'] as const) {
    for (const { command, pattern } of questionPatterns[lang]) {
      const m = pattern.exec(question);
      if (!m) continue;
      const g = m.groups ?? {};
      if (command === 'who-said') return { command, args: { quote: quotedPart(question) ?? trimWords(g.what) }, locale };
      if (command === 'quotes') {
        const speaker = trimWords(g.who ?? g.who2);
        return { command, args: { speaker, ...(g.topic ? { topic: trimWords(g.topic) } : {}) }, locale };
      }
      if (command === 'summary' || command === 'timeline') {
        const topic = trimWords(g.topic);
        const whole = !topic || wholeStoryTopics.includes(topic.toLowerCase().replace(/^(?:les|la|le|l'|the)\s*/u, ''));
        return { command, args: whole ? {} : { topic }, locale };
      }
      return { command, args: {}, locale };
    }
  }

  if (previous) {
    for (const pattern of followUpPatterns) {
      const what = trimWords(pattern.exec(question)?.groups?.what);
      if (!what) continue;
      return followUp(previous, what, locale);
    }
  }

  const quoted = quotedPart(question);
  if (quoted && quoted.length < question.length - 2 && /\b(?:dit|said|says|déclaré|stated)\b/iu.test(question)) {
    return { command: 'who-said', args: { quote: quoted }, locale };
  }
  return { command: 'ask', args: { question }, locale };
}

function followUp(previous: RoutedQuestion, subject: string, locale: Locale): RoutedQuestion {
  const name = looksLikeName(subject);
  switch (previous.command) {
    case 'quotes':
      return name
        ? { command: 'quotes', args: { ...previous.args, speaker: subject }, locale }
        : { command: 'quotes', args: { ...previous.args, topic: subject }, locale };
    case 'who-said':
      // After "who said X?", "and Peskov?" asks what that person said.
      return name ? { command: 'quotes', args: { speaker: subject }, locale } : { command: 'who-said', args: { quote: subject }, locale };
    case 'summary':
    case 'timeline':
      return { command: previous.command, args: { topic: subject }, locale };
    default:
      return name ? { command: 'quotes', args: { speaker: subject }, locale } : { command: 'ask', args: { question: subject }, locale };
  }
}
