/**
 * Which articles a summary, a timeline or a digest's summary reads. Telling facts apart
 * compares every sentence with every other (quadratic), which is right for a story's few
 * dozen articles but not for a whole archive: past `STORY_ARTICLES`, the story is its most
 * recent articles (with a topic, the most recent that mention it), the way a reader
 * catching up on the news would read it.
 */
import type { Article } from '../corpus/article.js';
import type { Engine } from '../engine/engine.js';
import { translatedQuery } from '../text/translate.js';

/** Articles read at most for one summary or timeline. */
export const STORY_ARTICLES = 60;

/** Passages looked up to find the articles mentioning a topic in a large corpus. */
const TOPIC_PASSAGES = 2000;

/** Most recent first; undated articles last, in corpus order. */
function byRecency(articles: Article[]): Article[] {
  return articles
    .map((article, order) => ({ article, order }))
    .sort((a, b) => {
      const [x, y] = [a.article.published, b.article.published];
      if (x && y && x !== y) return x < y ? 1 : -1;
      if (!x !== !y) return x ? -1 : 1;
      return a.order - b.order;
    })
    .map(({ article }) => article);
}

/** The whole corpus when it is small enough; otherwise its most recent articles, in corpus order. */
export function storyArticles(articles: Article[], limit = STORY_ARTICLES): Article[] {
  if (articles.length <= limit) return articles;
  const kept = new Set(byRecency(articles).slice(0, limit));
  return articles.filter((a) => kept.has(a));
}

/**
 * The articles to read for `topic`: null when the whole (small) corpus is read anyway;
 * otherwise the most recent articles with a passage matching the topic, in corpus order.
 */
export function topicArticles(engine: Engine, topic: string, limit = STORY_ARTICLES): Article[] | null {
  if (engine.articles.length <= limit) return null;
  // The topic's words and their translations: the topic matcher finds both (see `topicMatcher`).
  const queries = [topic, translatedQuery(topic)].filter((q): q is string => q !== null);
  const ids = new Set(queries.flatMap((q) => engine.search(q, { limit: TOPIC_PASSAGES, proseOnly: true })).map((hit) => hit.passage.articleId));
  return storyArticles(engine.articles.filter((a) => ids.has(a.id)), limit);
}

/**
 * The articles a digest's summary reads: the new ones first (up to the limit), then the most
 * recent others, so that agreement between outlets can still be seen.
 */
export function digestArticles(engine: Engine, freshIds: string[], limit = STORY_ARTICLES): Article[] | null {
  if (engine.articles.length <= limit) return null;
  const fresh = new Set(freshIds.slice(0, limit));
  const others = byRecency(engine.articles.filter((a) => !fresh.has(a.id))).slice(0, Math.max(0, limit - fresh.size));
  const kept = new Set([...others.map((a) => a.id), ...fresh]);
  return engine.articles.filter((a) => kept.has(a.id));
}
