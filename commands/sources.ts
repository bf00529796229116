/** /sources — the articles and outlets in the corpus, and the files that could not be loaded. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { t } from '../src/i18n/messages.js';

export default defineCommand({
  name: 'sources',
  description: { fr: 'Les articles et les médias du corpus', en: 'The articles and outlets in the corpus' },
  options: [],
  examples: ['/sources'],
  run(ctx) {
    const { engine, locale } = ctx;
    const articles = [...engine.articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
    const outlets = new Set(articles.map((a) => a.outlet).filter(Boolean));
    const unknown = articles.filter((a) => !a.outlet).length;
    const problems = engine.corpus.problems;
    const notice = articles.length === 0
      ? t(locale, 'emptyCorpus', { dir: engine.corpusDir })
      : [t(locale, 'sourcesHeader', { count: articles.length, outlets: outlets.size }) + (unknown ? ` (${unknown} ${t(locale, 'unknownOutlet')})` : ''),
         problems.length ? `${t(locale, 'sourcesProblems', { count: problems.length })}: ${problems.map((p) => `${p.file} (${p.reason})`).join('; ')}` : '']
          .filter(Boolean).join('. ');
    return {
      command: 'sources',
      query: '',
      results: articles.map((a) => ({
        text: [a.outlet ?? t(locale, 'unknownOutlet'), a.agency && a.agency !== a.outlet ? `(${t(locale, 'via', { agency: a.agency })})` : '', '—', a.title ?? a.id]
          .filter(Boolean).join(' '),
        articles: [engine.citation(a.id)],
      })),
      notice,
    };
  },
});
