/**
 * /quotes speaker:<name> [topic:<text>] — every quotation of a person or organisation, grouped
 * (one result per quotation, listing every outlet that reported it) and cited. Names are
 * forgiving ("kirby", "Kim Jong-un", "poutine"); a name several speakers share ("Kim") lists
 * each of them. A role as the articles print it ("la ministre de la Mer", "the transport secretary")
 * names the speaker they describe. Known speakers are offered for autocomplete.
 */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { t } from '../src/i18n/messages.js';
import { matchWords, queryWords } from '../src/quotes/matchWords.js';
import { tq } from '../src/quotes/messages.js';
import { fullestReport, groupToResult, quoteStore } from '../src/quotes/quoteStore.js';
import { topicMatcher } from '../src/summary/topicFilter.js';

/** Most quotations listed in one answer (renderers page through them). */
export const QUOTES_RESULTS = 50;
/**
 * Share of the topic's words a quotation (or its sentence) must hold. When none of the speaker's
 * quotations does, those whose paragraph holds them are shown: the topic is often named in the
 * sentence before (« X a annoncé un couvre-feu. « Personne ne doit sortir », a-t-il dit »).
 */
const TOPIC_COVERAGE = 0.5;

export default defineCommand({
  name: 'quotes',
  description: {
    fr: 'Ce qu’a dit une personne ou une organisation, regroupé et cité',
    en: 'What a person or organisation said, grouped and cited',
  },
  options: [
    { name: 'speaker', type: 'string', required: true, autocomplete: true, maxLength: 200, description: { fr: 'Le locuteur (personne ou organisation)', en: 'The speaker (person or organisation)' } },
    { name: 'topic', type: 'string', required: false, maxLength: 300, description: { fr: 'Un sujet pour filtrer les citations', en: 'A topic to filter the quotations' } },
  ],
  examples: ['/quotes speaker:Kirby', '/quotes speaker:"Vladimir Poutine" topic:satellites'],
  complete(ctx, option, typed) {
    if (option !== 'speaker') return [];
    return quoteStore(ctx.engine).complete(typed);
  },
  run(ctx, args) {
    const typed = String(args.speaker ?? '').trim();
    const typedTopic = typeof args.topic === 'string' ? args.topic.trim() : '';
    if (!typed) return { command: 'quotes', query: '', results: [], notice: tq(ctx.locale, 'emptySpeaker'), error: true };
    if (ctx.engine.articles.length === 0) return { command: 'quotes', query: typed, results: [], notice: t(ctx.locale, 'emptyCorpus', { dir: ctx.engine.corpusDir }) };
    const store = quoteStore(ctx.engine);
    // Written as text, a role's words after the first land in the topic ("speaker:la ministre de la Mer"): read together.
    const { speakers, speaker: name, topic } = store.resolveSpeaker(typed, typedTopic);
    if (speakers.length === 0) {
      const known = store.speakers.slice(0, 12).map((s) => s.name).join(', ');
      return { command: 'quotes', query: name, results: [], notice: [tq(ctx.locale, 'unknownSpeakerName', { name }), known ? tq(ctx.locale, 'knownSpeakers', { names: known }) : ''].filter(Boolean).join(' ') };
    }
    const words = topic ? queryWords(topic) : [];
    // Topic words as the summary reads them: derived forms and translations ("reconstruction" finds "reconstruit", "rebuilt").
    const matcher = topic ? topicMatcher(topic) : null;
    const results = speakers.flatMap((speaker) => {
      const groups = store.quotesOf(speaker);
      // Only the quotations shown are turned into results (a speaker may have thousands).
      if (!topic) return groups.slice(0, QUOTES_RESULTS).map((g) => groupToResult(ctx.engine, g, fullestReport(g, ctx.locale)));
      const scored = groups.map((g) => {
        const members = g.members.map((m) => {
          const quote = matchWords(words, m.quote);
          const own = Math.max(quote.coverage, matchWords(words, m.text).coverage, matcher!.coverage(m.quote, m.lang), matcher!.coverage(m.text, m.lang));
          return { m, quote, own, paragraph: matcher!.coverage(m.context, m.lang) };
        });
        const best = members.sort((a, b) => b.own - a.own || b.paragraph - a.paragraph)[0];
        return { g, best, coverage: best.own };
      });
      const named = scored.filter((x) => x.coverage >= TOPIC_COVERAGE);
      const onTopic = named.length > 0 ? named : scored.filter((x) => x.best.paragraph >= TOPIC_COVERAGE);
      return onTopic
        .sort((a, b) => b.coverage - a.coverage || b.best.paragraph - a.best.paragraph)
        .map((x) => groupToResult(ctx.engine, x.g, x.best.m, x.best.quote.ranges.length ? x.best.quote.ranges : undefined));
    });
    const notices: string[] = [];
    if (speakers.length > 1) notices.push(tq(ctx.locale, 'severalSpeakers', { name, names: speakers.map((s) => s.name).join(', ') }));
    if (results.length === 0 && topic) notices.push(tq(ctx.locale, 'noQuotesOnTopic', { speaker: speakers.map((s) => s.name).join(', '), topic }));
    return { command: 'quotes', query: name, results: results.slice(0, QUOTES_RESULTS), ...(notices.length ? { notice: notices.join(' ') } : {}) };
  },
});
