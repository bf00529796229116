/** /timeline [topic:<text>] — dated events of the story in order, relative days resolved against publication dates. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { createTranslator, t } from '../src/i18n/messages.js';
import { buildTimeline } from '../src/timeline/buildTimeline.js';

/** Events in a timeline. */
export const TIMELINE_EVENTS = 12;

const notice = createTranslator<'nothingOnTopic' | 'noDates'>({
  fr: {
    nothingOnTopic: 'Aucun événement daté sur « {topic} » dans le corpus.',
    noDates: 'Aucune date lisible dans les articles du corpus.',
  },
  en: {
    nothingOnTopic: 'No dated event about "{topic}" in the corpus.',
    noDates: 'No readable date in the articles of the corpus.',
  },
});

export default defineCommand({
  name: 'timeline',
  description: {
    fr: 'La chronologie des événements, jours relatifs (« mercredi ») datés selon la publication',
    en: 'The events in order, relative days ("Wednesday") dated from publication',
  },
  options: [
    {
      name: 'topic',
      type: 'string',
      maxLength: 200,
      description: { fr: 'Un sujet pour ne garder que les événements qui s’y rapportent', en: 'A topic, to keep only the events about it' },
    },
  ],
  examples: ['/timeline', '/timeline satellites', '/timeline topic:"vente d\'armes"'],
  run(ctx, args) {
    const topic = typeof args.topic === 'string' && args.topic.trim() ? args.topic.trim() : undefined;
    if (ctx.engine.articles.length === 0) return { command: 'timeline', query: topic ?? '', results: [], notice: t(ctx.locale, 'emptyCorpus', { dir: ctx.engine.corpusDir }) };
    const timeline = buildTimeline(ctx.engine, { topic, maxEvents: TIMELINE_EVENTS });
    const results = timeline.events.map((e) => ({ text: e.text, date: e.date, articles: e.articleIds.map((id) => ctx.engine.citation(id)) }));
    let message: string | undefined;
    if (results.length === 0) message = topic ? notice(ctx.locale, 'nothingOnTopic', { topic }) : notice(ctx.locale, 'noDates');
    return { command: 'timeline', query: topic ?? '', results, ...(message ? { notice: message } : {}) };
  },
});
