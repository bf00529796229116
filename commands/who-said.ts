/**
 * /who-said quote:<text> — who said a quotation, or words close to it: the speaker, the whole
 * quotation with the matched words emphasised, its context, and every outlet that reported it.
 *
 * It never guesses. When no quotation holds the words, `results` is empty and the notice says
 * that nothing matches, listing the nearest passages with their sources (so no result ever
 * carries a speaker it does not have). A result whose article does not say who spoke has
 * `speaker: null`, and its text says the speaker is not given.
 */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { formatCitation } from '../src/render/text.js';
import { withoutLeadingMarks } from '../src/text/dateline.js';
import { t } from '../src/i18n/messages.js';
import { tq } from '../src/quotes/messages.js';
import { groupToResult, quoteStore } from '../src/quotes/quoteStore.js';
import { wholeQuotations } from './ask.js';

/** Quotations shown for one query. */
export const WHO_SAID_RESULTS = 5;
/** Passages offered when no quotation matches. */
const NEAREST_PASSAGES = 3;

export default defineCommand({
  name: 'who-said',
  description: {
    fr: 'Qui a dit une citation (ou des mots proches) : locuteur, citation entière, contexte et sources',
    en: 'Who said a quotation (or words close to it): speaker, whole quote, context and sources',
  },
  options: [
    {
      name: 'quote',
      type: 'string',
      required: true,
      maxLength: 500,
      description: { fr: 'Les mots de la citation', en: 'The words of the quotation' },
    },
  ],
  examples: ['/who-said lutte sacrée', '/who-said quote:"pas encore à l\'ordre du jour"'],
  run(ctx, args) {
    const query = String(args.quote ?? '').trim();
    if (!query) return { command: 'who-said', query: '', results: [], notice: tq(ctx.locale, 'emptyQuote'), error: true };
    if (ctx.engine.articles.length === 0) return { command: 'who-said', query, results: [], notice: t(ctx.locale, 'emptyCorpus', { dir: ctx.engine.corpusDir }) };
    const store = quoteStore(ctx.engine);
    const hits = store.search(query, WHO_SAID_RESULTS);
    if (hits.length === 0) {
      // A passage is shown with the whole quotation it is part of, never cut inside one ("Nexora doit les rembourser. »").
      const passages = wholeQuotations(ctx.engine, ctx.engine.search(query, { limit: NEAREST_PASSAGES, proseOnly: true }));
      const lines = passages.map((h) => `• ${withoutLeadingMarks(h.passage.text)} — ${formatCitation(ctx.engine.citation(h.passage.articleId), ctx.locale)}`);
      const notice = [tq(ctx.locale, 'noQuoteMatches', { query }), lines.length ? tq(ctx.locale, 'nearestPassages') : tq(ctx.locale, 'noPassage'), ...lines].join('\n');
      return { command: 'who-said', query, results: [], notice };
    }
    const results = hits.map((hit) => {
      const result = groupToResult(ctx.engine, hit.group, hit.member, hit.match.ranges);
      if (result.speaker === null) result.text = `${tq(ctx.locale, 'speakerNotGiven')} ${result.text}`;
      return result;
    });
    const notes = store.aliasProblem ? tq(ctx.locale, 'aliasProblem', { problem: store.aliasProblem }) : undefined;
    return { command: 'who-said', query, results, ...(notes ? { notice: notes } : {}) };
  },
});
