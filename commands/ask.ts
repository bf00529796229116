/** /ask question:<text> — the best passages for a free question, each with its citation. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { hitsToResults } from '../src/engine/passageResults.js';
import { t } from '../src/i18n/messages.js';
import { contentWords, tokenize } from '../src/text/analyzer.js';
import { numberWords, quantityQuestions } from '../src/lang/questions.js';
import type { PassageHit } from '../src/search/passageIndex.js';

/** Passages shown for one question. */
export const ASK_RESULTS = 5;

/** Among hits scoring at least this share of the best one, those holding the kind of answer asked for come first. */
export const ANSWER_TYPE_SHARE = 0.1;

const NUMBER_WORDS = new Set([...numberWords.fr, ...numberWords.en]);
const holdsNumber = (text: string) => /\d/.test(text) || tokenize(text).some((w) => NUMBER_WORDS.has(w.toLowerCase()));

/**
 * A question asking "how many" is answered by a number: among the close matches, passages holding
 * one come first (answer typing, as in question-answering systems); the order is otherwise kept.
 */
export function byAnswerType(question: string, hits: PassageHit[]): PassageHit[] {
  if (!quantityQuestions.fr.test(question) && !quantityQuestions.en.test(question)) return hits;
  const floor = (hits[0]?.score ?? 0) * ANSWER_TYPE_SHARE;
  const typed = hits.filter((h) => h.score >= floor && holdsNumber(h.passage.text));
  return [...typed, ...hits.filter((h) => !typed.includes(h))];
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
    const hits = byAnswerType(question, ctx.engine.search(question, { limit: ASK_RESULTS * 4 }));
    const results = hitsToResults(ctx.engine, hits, ASK_RESULTS);
    // Say so when a word is in no passage: what is shown then matched a word spelt like it.
    const unknown = results.length > 0 ? ctx.engine.unknownWords(question) : [];
    return {
      command: 'ask',
      query: question,
      results,
      ...(results.length === 0 ? { notice: t(ctx.locale, 'nothingFound', { query: question }) } : {}),
      ...(unknown.length > 0
        ? { notice: t(ctx.locale, unknown.length === new Set(contentWords(question)).size ? 'closeSpellings' : 'someWordsMissing', { words: unknown.join(', ') }) }
        : {}),
    };
  },
});
