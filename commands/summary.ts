/** /summary [topic:<text>] — a short multi-outlet summary; each sentence cites every outlet that reports it. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { createTranslator, t } from '../src/i18n/messages.js';
import { summarize } from '../src/summary/summarize.js';
import { contentWords } from '../src/text/analyzer.js';

/** Sentences in a summary. */
export const SUMMARY_SENTENCES = 6;

const notice = createTranslator<'nothingOnTopic' | 'noTopicWords' | 'wordsApart'>({
  fr: {
    wordsApart: 'Aucune phrase du corpus ne réunit les mots de « {topic} » ; séparément, il parle de : {found}. Essayez par exemple /summary {first}.',
    nothingOnTopic: 'Le corpus ne dit rien sur « {topic} » : aucune phrase n’emploie ces mots ni leurs variantes (un nom peut s’écrire autrement dans l’autre langue : Japon, Japan).',
    noTopicWords: '« {topic} » ne contient pas de mot à chercher ; essayez par exemple /summary armes.',
  },
  en: {
    wordsApart: 'No sentence in the corpus holds all the words of "{topic}"; taken one by one, it speaks of: {found}. Try for example /summary {first}.',
    nothingOnTopic: 'The corpus says nothing about "{topic}": no sentence uses these words or their variants (a name may be spelt otherwise in the other language: Japan, Japon).',
    noTopicWords: '"{topic}" has no word to look for; try for example /summary weapons.',
  },
});

export default defineCommand({
  name: 'summary',
  description: {
    fr: 'Un résumé court à partir de plusieurs médias, chaque phrase citant ses sources',
    en: 'A short multi-outlet summary, each sentence citing its sources',
  },
  options: [
    {
      name: 'topic',
      type: 'string',
      maxLength: 200,
      description: { fr: 'Un sujet pour ne résumer que ce qui s’y rapporte', en: 'A topic, to summarise only what concerns it' },
    },
  ],
  examples: ['/summary', '/summary armes', '/summary topic:satellites'],
  run(ctx, args) {
    const topic = typeof args.topic === 'string' && args.topic.trim() ? args.topic.trim() : undefined;
    if (ctx.engine.articles.length === 0) return { command: 'summary', query: topic ?? '', results: [], notice: t(ctx.locale, 'emptyCorpus', { dir: ctx.engine.corpusDir }) };
    const summary = summarize(ctx.engine, { topic, maxSentences: SUMMARY_SENTENCES, locale: ctx.locale });
    const results = summary.sentences.map((s) => ({ text: s.text, articles: s.articleIds.map((id) => ctx.engine.citation(id)) }));
    let message: string | undefined;
    if (topic && summary.topicWords?.length === 0) message = notice(ctx.locale, 'noTopicWords', { topic });
    else if (topic && results.length === 0) {
      // Words found apart are not "nothing": say which ones the corpus does speak of.
      const words = summary.topicWords ?? [];
      const found = words.length > 1 ? words.filter((w) => summarize(ctx.engine, { topic: w, maxSentences: 1 }).sentences.length > 0) : [];
      // Shown as the user typed them ("blessé", not the folded "blesse").
      const typed = found.map((w) => (topic.match(/[\p{L}\p{N}'’-]+/gu) ?? []).find((token) => contentWords(token).includes(w)) ?? w);
      message = typed.length > 0 ? notice(ctx.locale, 'wordsApart', { topic, found: typed.join(', '), first: typed[0] }) : notice(ctx.locale, 'nothingOnTopic', { topic });
    }
    return { command: 'summary', query: topic ?? '', results, ...(message ? { notice: message } : {}) };
  },
});
