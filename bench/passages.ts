/**
 * The passages every engine indexes: exactly Depeche's own passages (one per sentence, cut by
 * Depeche's article parser with page noise and credit lines removed), so that every engine
 * searches the same text and query latency compares like with like.
 */
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { passagesOf } from '../src/search/passageIndex.js';

export interface Passage {
  /** `<article id>#<paragraph>.<sentence>` */
  id: string;
  text: string;
}

export async function loadPassages(corpusDir: string): Promise<Passage[]> {
  const corpus = await loadCorpus(corpusDir);
  return passagesOf(corpus.articles).map((p) => ({ id: `${p.articleId}#${p.paragraph}.${p.sentence}`, text: p.text }));
}
