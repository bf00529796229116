/** /ask question:<text> — the best passages for a free question, each with its citation. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { hitsToResults } from '../src/engine/passageResults.js';
import { t } from '../src/i18n/messages.js';
import { contentWords } from '../src/text/analyzer.js';

/** Passages shown for one question. */
export const ASK_RESULTS = 5;

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
    const hits = ctx.engine.search(question, { limit: ASK_RESULTS * 4 });
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
