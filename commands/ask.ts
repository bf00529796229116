/** /ask question:<text> — the best passages for a free question, each with its citation. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { hitsToResults } from '../src/engine/passageResults.js';
import { t } from '../src/i18n/messages.js';
import { escapeRegExp } from '../src/text/normalize.js';
import { baseForm, contentWords, isStopword, stem, tokenize } from '../src/text/analyzer.js';
import { clockTimes, numberWords, placePrepositions, questionFrames, reasonWords, verbFamilies, whoIsRole, type AnswerType } from '../src/lang/questions.js';
import { dateWords } from '../src/lang/dates.js';
import type { Passage, PassageHit } from '../src/search/passageIndex.js';
import { readDates } from '../src/timeline/readDates.js';
import type { Engine } from '../src/engine/engine.js';

/** Passages shown for one question. */
export const ASK_RESULTS = 5;

/** Among hits scoring at least this share of the best one, those holding the kind of answer asked for come first. */
export const ANSWER_TYPE_SHARE = 0.1;

/** A passage next to a close match (same article, one sentence away) that holds the answer asked for is offered at this share of its score. */
export const NEIGHBOUR_SHARE = 0.5;

const LANGS = ['fr', 'en'] as const;
const NUMBER_WORDS = new Set([...numberWords.fr, ...numberWords.en]);
const holdsNumber = (text: string) => /\d/.test(text) || tokenize(text).some((w) => NUMBER_WORDS.has(w.toLowerCase()));

/** A person's name: two or more capitalised words in a row ("Anne Roy", "Jean-Paul de Vries" is read as "Jean-Paul"). */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+`;
const NAMES = new RegExp(NAME, 'gu');
/** The names of persons in a text: capitalised words in a row, two at least once a leading stopword is set aside ("Selon Norrail", "On Monday" are not names). */
const namesIn = (text: string): string[][] =>
  [...text.matchAll(NAMES)]
    .map((m) => {
      const words = m[0].split(/\s+/);
      while (words.length && isStopword(baseForm(words[0]))) words.shift();
      return words.map(baseForm);
    })
    .filter((words) => words.length >= 2);
const holdsName = (text: string) => namesIn(text).length > 0;

/** A word's stems in both languages: the corpus language of a passage is not the question's. */
const stemsOf = (word: string): string[] => LANGS.map((lang) => stem(baseForm(word), lang));
const FAMILY_STEMS = verbFamilies.map((family) => new Set(family.flatMap(stemsOf)));

/**
 * For a "who" question ("Qui remplace Anne Roy ?", "Who succeeded the mayor?"): the names it asks
 * about and the stems of its other words with their families (remplace → remplacé, remplaçant,
 * successeur, replace). A passage holding one of these stems and another person's name than the
 * ones asked about is likely the answer ("Anne Roy a été remplacée par Marc Lenoir").
 */
export function whoVerb(question: string): { names: Set<string>; stems: Set<string>; words: string[] } | null {
  const { answer, search, role } = readQuestion(question);
  if (answer !== 'person' || role) return null;
  // The names asked about: every capitalised word left once the frame is out ("Roussillon", "Anne Roy").
  const names = new Set(tokenize(search).filter((w) => /^\p{Lu}/u.test(w)).map(baseForm).filter((w) => !isStopword(w)));
  const stems = new Set<string>();
  const words = new Set<string>();
  for (const word of contentWords(search)) {
    if (names.has(word) || /^\d+$/.test(word)) continue;
    words.add(word);
    for (const s of stemsOf(word)) {
      stems.add(s);
      verbFamilies.forEach((family, i) => {
        if (!FAMILY_STEMS[i].has(s)) return;
        for (const f of FAMILY_STEMS[i]) stems.add(f);
        for (const w of family) words.add(w);
      });
    }
  }
  return stems.size > 0 ? { names, stems, words: [...words] } : null;
}

/**
 * For a "who <verb>" question, the passages holding the verb's family and another name, searched
 * for by the verb alone: the name asked about outweighs the verb in the search, and the answer
 * often names the person asked about by a pronoun ("Il a été remplacé par Marc Lenoir"). They join
 * the hits at NEIGHBOUR_SHARE of the best score, in their own order.
 */
export function withVerbAnswers(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const verb = whoVerb(question);
  if (!verb || hits.length === 0 || verb.names.size === 0) return hits;
  // Only for a person the corpus speaks of: a name it never holds asks about another story.
  if (!hits.some((h) => [...verb.names].every((w) => contentWords(h.passage.text).includes(w)))) return hits;
  const seen = new Set(hits.map((h) => h.passage.id));
  const found = engine.search(verb.words.join(' '), { limit: ASK_RESULTS * 4 }).filter((h) => !seen.has(h.passage.id) && answersWho(h.passage.text, verb));
  if (found.length === 0) return hits;
  const scale = (hits[0].score * NEIGHBOUR_SHARE) / found[0].score;
  return [...hits, ...found.map((h) => ({ ...h, score: h.score * scale }))].sort((a, b) => b.score - a.score);
}

/** Whether a passage answers a "who <verb>" question: it holds the verb's family and a name not asked about. */
export function answersWho(text: string, verb: { names: Set<string>; stems: Set<string> }): boolean {
  if (!contentWords(text).some((w) => stemsOf(w).some((s) => verb.stems.has(s)))) return false;
  return namesIn(text).some((name) => !name.every((w) => verb.names.has(w)));
}
const PLACE_RE = new RegExp(
  String.raw`(?:^|[\s(])(?:${[...placePrepositions.fr, ...placePrepositions.en].map((p) => escapeRegExp(p) + (/['’]$/.test(p) ? '' : String.raw`\s+`)).join('|')})\p{Lu}\p{Ll}`,
  'u',
);
const TIME_OF_DAY = new RegExp(String.raw`(?<![\p{L}])(?:${[...dateWords.fr.timesOfDay, ...dateWords.en.timesOfDay].map(escapeRegExp).join('|')})(?![\p{L}])`, 'iu');

/** What a question asks for, the words to search for (the question's frame left out) and, for "who is the <role>", the role. */
export interface QuestionReading {
  answer: AnswerType | null;
  search: string;
  role: string | null;
}

/** The last question read: one /ask reads its question in several steps. */
let lastReading: { question: string; reading: QuestionReading } | null = null;

export function readQuestion(question: string): QuestionReading {
  if (lastReading?.question !== question) lastReading = { question, reading: parseQuestion(question) };
  return lastReading.reading;
}

function parseQuestion(question: string): QuestionReading {
  let answer: AnswerType | null = null;
  let search = question;
  for (const lang of LANGS) {
    for (const frame of questionFrames[lang]) {
      if (!frame.pattern.test(search)) continue;
      if (frame.answer && !answer) answer = frame.answer;
      search = search.replace(new RegExp(frame.pattern.source, frame.pattern.flags.includes('g') ? frame.pattern.flags : frame.pattern.flags + 'g'), ' ');
    }
  }
  let role: string | null = null;
  for (const lang of LANGS) role ??= whoIsRole[lang].exec(question)?.groups?.role ?? null;
  // A question that is all frame ("Quand ?") searches for what it says.
  if (contentWords(search).length === 0) search = question;
  return { answer, search: search.replace(/\s+/g, ' ').trim(), role };
}

/** Whether a passage holds the kind of answer asked for: 2 the very kind (a clock time for "what time"), 1 a near kind (a date), 0 none. */
export function answerStrength(answer: AnswerType, passage: Pick<Passage, 'text' | 'lang'>, published: string | null = null): number {
  const { text } = passage;
  switch (answer) {
    case 'clock':
      if (clockTimes.fr.test(text) || clockTimes.en.test(text)) return 2;
      return readDates(text, passage.lang, published).length > 0 || TIME_OF_DAY.test(text) ? 1 : 0;
    case 'time':
      return readDates(text, passage.lang, published).length > 0 || clockTimes.fr.test(text) || clockTimes.en.test(text) ? 2 : TIME_OF_DAY.test(text) ? 1 : 0;
    case 'quantity':
      return holdsNumber(text) ? 2 : 0;
    case 'place':
      return PLACE_RE.test(text) ? 2 : 0;
    case 'person':
      return holdsName(text) ? 2 : 0;
    case 'reason':
      return reasonWords.fr.test(text) || reasonWords.en.test(text) ? 2 : 0;
  }
}

/** Whether the role stands next to a name: "la médiatrice, Anne Roy," "Anne Roy, the mediator," "mediator Anne Roy". */
export function namesRole(text: string, role: string): boolean {
  const r = role.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  const after = new RegExp(String.raw`^\s*,?\s*${NAME}`, 'u');
  const before = new RegExp(String.raw`${NAME}\s*,\s*(?:(?:the|le|la|les|l'|l’|a|an|une?|notre|our|its)\s*)?$`, 'u');
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${r}(?![\p{L}])`, 'giu'))) {
    if (after.test(text.slice(m.index + m[0].length)) || before.test(text.slice(0, m.index))) return true;
  }
  return false;
}

/** An interview's question line ("Q : …", "— … ?"): a question, not an answer. */
const isQuestionLine = (text: string) => /^\s*(?:Q|Question)\s*[:.–—-]/u.test(text) || /\?\s*[»"”]?\s*$/u.test(text);

/**
 * Answer typing, as in question-answering systems: among the close matches (at least
 * ANSWER_TYPE_SHARE of the best score), passages holding the kind of answer asked for come first
 * (a number for "how many", a clock time then a date for "what time", a name next to the role for
 * "who is the <role>"), the order otherwise kept. Question lines go after the answers.
 */
export function byAnswerType(question: string, hits: PassageHit[], publishedOf: (articleId: string) => string | null = () => null): PassageHit[] {
  const { answer, role } = readQuestion(question);
  const verb = whoVerb(question);
  const floor = (hits[0]?.score ?? 0) * ANSWER_TYPE_SHARE;
  const rank = (h: PassageHit): number => {
    if (isQuestionLine(h.passage.text)) return -1;
    if (h.score < floor) return 0;
    if (role && namesRole(h.passage.text, role)) return 3;
    if (verb && answersWho(h.passage.text, verb)) return 3;
    return answer ? answerStrength(answer, h.passage, publishedOf(h.passage.articleId)) : 0;
  };
  const ranks = new Map(hits.map((h) => [h, rank(h)]));
  return [...hits].sort((a, b) => ranks.get(b)! - ranks.get(a)!);
}

/**
 * For a question asking for a kind of answer, the sentences right before and after each close
 * match in its article that hold that answer ("The thieves broke in. It was 3:40 a.m.") join the
 * hits at NEIGHBOUR_SHARE of the match's score: the answer is often told one sentence away from
 * the words of the question.
 */
export function withNeighbours(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const { answer } = readQuestion(question);
  if (!answer || hits.length === 0) return hits;
  const floor = hits[0].score * ANSWER_TYPE_SHARE;
  const seen = new Set(hits.map((h) => h.passage.id));
  const added: PassageHit[] = [];
  for (const hit of hits.slice(0, ASK_RESULTS * 2)) {
    if (hit.score < floor) break;
    const published = engine.article(hit.passage.articleId)?.published ?? null;
    if (answerStrength(answer, hit.passage, published) === 2) continue;
    const passages = engine.index.passagesOfArticle(hit.passage.articleId);
    const at = passages.findIndex((p) => p.id === hit.passage.id);
    for (const next of [passages[at - 1], passages[at + 1]]) {
      if (!next || next.heading || seen.has(next.id) || isQuestionLine(next.text)) continue;
      if (answerStrength(answer, next, published) < 2) continue;
      seen.add(next.id);
      added.push({ passage: next, score: hit.score * NEIGHBOUR_SHARE, phrase: false, coverage: 0 });
    }
  }
  return [...hits, ...added].sort((a, b) => b.score - a.score);
}

/** Whether a passage says nothing the question does not: no content word of its own beyond a bare number ("1.", "J'en ai acheté." for "Que faire si j'en ai acheté ?"). */
export function saysNothingNew(text: string, question: string): boolean {
  const asked = new Set(contentWords(question).flatMap(stemsOf));
  return contentWords(text).every((w) => /^\d+$/.test(w) || stemsOf(w).some((s) => asked.has(s)));
}

/** Words at most in a Q&A article's question heading ("3. J'en ai acheté. Que faire ?"). */
export const QUESTION_HEADING_WORDS = 20;

/** A short paragraph asking a question, not opening a quotation: a Q&A article's question heading. */
const isQuestionHeading = (paragraph: string) =>
  isQuestionLine(paragraph) && !/^\s*(?:\d+[.)]\s*)?[«"“]/u.test(paragraph) && tokenize(paragraph).length <= QUESTION_HEADING_WORDS;

/**
 * A passage that says nothing beyond the question (a list number, "J'en ai acheté." for "Que faire si
 * j'en ai acheté ?"), or that is part of a question heading ("3. J'en ai acheté. Que faire ?"), yields its place to the answer that follows it: the next passage
 * of its article, within the next paragraph, that is no question line and says something new, at NEIGHBOUR_SHARE of its score.
 */
export function answersAfterHeadings(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const out: PassageHit[] = [];
  const seen = new Set<number>();
  const push = (h: PassageHit) => {
    if (seen.has(h.passage.id)) return;
    seen.add(h.passage.id);
    out.push(h);
  };
  const ids = new Set(hits.map((h) => h.passage.id));
  for (const hit of hits) {
    const paragraph = engine.article(hit.passage.articleId)?.paragraphs[hit.passage.paragraph]?.text ?? '';
    if (!saysNothingNew(hit.passage.text, question) && !isQuestionHeading(paragraph)) {
      push(hit);
      continue;
    }
    const passages = engine.index.passagesOfArticle(hit.passage.articleId);
    const at = passages.findIndex((p) => p.id === hit.passage.id);
    const next = passages
      .slice(at + 1)
      .filter((p) => p.paragraph <= hit.passage.paragraph + 1)
      .find((p) => !p.heading && !isQuestionLine(p.text) && !saysNothingNew(p.text, question));
    // The answer found joins at NEIGHBOUR_SHARE of the heading's score, unless it is a match of its own.
    if (next && !ids.has(next.id)) push({ ...hit, passage: next, score: hit.score * NEIGHBOUR_SHARE });
  }
  return out.sort((a, b) => b.score - a.score);
}

const OPENING = /[«“]/u;
const CLOSING = /[»”]/u;

/** Whether a sentence starts inside a quotation: its first quotation mark closes one ("C'est cela », a-t-elle déclaré"). */
export function startsInsideQuote(text: string): boolean {
  const m = /[«“»”]/u.exec(text);
  return m !== null && CLOSING.test(m[0]);
}

/** Sentences a passage may reach back to find the opening of the quotation it ends. */
export const QUOTE_REACH = 4;

/**
 * A passage never starts inside a quotation: a sentence that closes a quotation opened earlier in
 * its paragraph is shown from the sentence that opens it (« Il a tiré les conséquences. C'est cela »,
 * a-t-elle dit), as far as QUOTE_REACH sentences back.
 */
export function fromQuoteOpening(engine: Engine, hits: PassageHit[]): PassageHit[] {
  return hits.map((hit) => {
    if (!startsInsideQuote(hit.passage.text)) return hit;
    const paragraph = engine.article(hit.passage.articleId)?.paragraphs[hit.passage.paragraph];
    const at = paragraph?.sentences.findIndex((s) => s.index === hit.passage.sentence) ?? -1;
    if (!paragraph || at <= 0) return hit;
    for (let i = at - 1; i >= Math.max(0, at - QUOTE_REACH); i--) {
      const text = paragraph.sentences[i].text;
      const opens = [...text].filter((c) => OPENING.test(c)).length;
      const closes = [...text].filter((c) => CLOSING.test(c)).length;
      if (opens > closes) {
        const from = paragraph.sentences[i].start;
        const to = paragraph.sentences[at].end;
        return { ...hit, passage: { ...hit.passage, text: paragraph.text.slice(from, to) } };
      }
    }
    return hit;
  });
}

export default defineCommand({
  name: 'ask',
  description: {
    fr: 'Les meilleurs passages du corpus pour une question libre, avec leurs sources',
    en: 'The best passages in the corpus for a free question, with their sources',
  },
  options: [
    {
      name: 'question',
      type: 'string',
      required: true,
      maxLength: 500,
      description: { fr: 'Votre question ou des mots-clés', en: 'Your question or keywords' },
    },
  ],
  examples: ['/ask satellites', '/ask question:"vente d\'armes à la Russie"'],
  run(ctx, args) {
    const question = String(args.question ?? '').trim();
    if (!question) return { command: 'ask', query: '', results: [], notice: t(ctx.locale, 'emptyQuery', { example: '/ask satellites' }), error: true };
    if (ctx.engine.articles.length === 0) return { command: 'ask', query: question, results: [], notice: t(ctx.locale, 'emptyCorpus', { dir: ctx.engine.corpusDir }) };
    const { search } = readQuestion(question);
    const publishedOf = (id: string) => ctx.engine.article(id)?.published ?? null;
    const found = withVerbAnswers(ctx.engine, question, ctx.engine.search(search, { limit: ASK_RESULTS * 4 }));
    const hits = byAnswerType(question, answersAfterHeadings(ctx.engine, question, withNeighbours(ctx.engine, question, found)), publishedOf);
    const results = hitsToResults(ctx.engine, fromQuoteOpening(ctx.engine, hits), ASK_RESULTS);
    // Say so when a word is in no passage: what is shown then matched a word spelt like it.
    const unknown = results.length > 0 ? ctx.engine.unknownWords(search) : [];
    return {
      command: 'ask',
      query: question,
      results,
      ...(results.length === 0 ? { notice: t(ctx.locale, 'nothingFound', { query: question }) } : {}),
      ...(unknown.length > 0
        ? { notice: t(ctx.locale, unknown.length === new Set(contentWords(search)).size ? 'closeSpellings' : 'someWordsMissing', { words: unknown.join(', ') }) }
        : {}),
    };
  },
});
