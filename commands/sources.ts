/** /sources — the articles and outlets in the corpus, and the files that could not be loaded. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { createTranslator, t } from '../src/i18n/messages.js';
import { problemReason } from '../src/corpus/problems.js';

type Counted = 'article' | 'articles' | 'outlet' | 'outlets' | 'unknownOutlet' | 'unknownOutlets' | 'fileNotLoaded' | 'filesNotLoaded';

/** The words counted in the header, singular and plural. */
const words = createTranslator<Counted>({
  fr: {
    article: 'article', articles: 'articles', outlet: 'média', outlets: 'médias', unknownOutlet: 'source inconnue', unknownOutlets: 'sources inconnues',
    fileNotLoaded: 'fichier non chargé', filesNotLoaded: 'fichiers non chargés',
  },
  en: {
    article: 'article', articles: 'articles', outlet: 'outlet', outlets: 'outlets', unknownOutlet: 'unknown outlet', unknownOutlets: 'unknown outlets',
    fileNotLoaded: 'file not loaded', filesNotLoaded: 'files not loaded',
  },
});

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
    const count = (n: number, one: Counted, many: Counted) => `${n} ${words(locale, n === 1 ? one : many)}`;
    const notice = articles.length === 0
      ? t(locale, 'emptyCorpus', { dir: engine.corpusDir })
      : [`${count(articles.length, 'article', 'articles')}, ${count(outlets.size, 'outlet', 'outlets')}` + (unknown ? ` (${count(unknown, 'unknownOutlet', 'unknownOutlets')})` : ''),
         problems.length ? `${count(problems.length, 'fileNotLoaded', 'filesNotLoaded')}${locale === 'fr' ? ' :' : ':'} ${problems.map((p) => `${p.file} (${problemReason(p, locale)})`).join('; ')}` : '']
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
