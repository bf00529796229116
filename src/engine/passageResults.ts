/**
 * Turns passage hits into answer results. The same sentence printed by several outlets
 * (a wire dispatch republished, a quotation relayed) becomes one result citing all of them.
 */
import type { AnswerResult } from './answer.js';
import type { Engine } from './engine.js';
import type { PassageHit } from '../search/passageIndex.js';
import { contentWords } from '../text/analyzer.js';
import { withoutLeadingMarks } from '../text/dateline.js';
import { interviewHeadings, questionParagraphs, withoutAnswerLabel } from '../text/interview.js';

/** Share of content words (of the longer sentence) two sentences must share to count as the same report. */
export const SAME_REPORT_OVERLAP = 0.8;

export function wordOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setA = new Set(a);
  const setB = new Set(b);
  let common = 0;
  for (const w of setA) if (setB.has(w)) common++;
  return common / Math.min(setA.size, setB.size);
}

/** Two sentences that are the same report printed twice (a republished dispatch), not merely on the same fact. */
export function isSameReport(a: string[], b: string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  let common = 0;
  for (const w of setA) if (setB.has(w)) common++;
  return common / Math.max(1, setA.size, setB.size) >= SAME_REPORT_OVERLAP;
}

/**
 * `keepsDateline`: the passages shown with the dateline they open with ("ROUVRAY, Feb 14 (Reuters) - "), when it is
 * what answers ("Where did the fire break out?"); otherwise a dateline is left out.
 */
export function hitsToResults(engine: Engine, hits: PassageHit[], limit: number, keepsDateline: (hit: PassageHit) => boolean = () => false): AnswerResult[] {
  const groups: { words: string[]; result: AnswerResult }[] = [];
  /** Per article, the interviewer's question lines and the interview's heading: a question is no answer to show. */
  const questions = new Map<string, Set<number>>();
  const isQuestion = (hit: PassageHit) => {
    const id = hit.passage.articleId;
    const article = engine.article(id);
    if (!article) return false;
    // The line heading the interview ("Trois questions à X") is no answer either.
    if (!questions.has(id)) questions.set(id, new Set([...questionParagraphs(article), ...interviewHeadings(article)]));
    return questions.get(id)!.has(hit.passage.paragraph);
  };
  for (const hit of hits) {
    if (isQuestion(hit)) continue;
    const words = contentWords(hit.passage.text);
    const same = groups.find((g) => isSameReport(g.words, words));
    if (same) {
      if (!same.result.articles.some((a) => a.id === hit.passage.articleId)) same.result.articles.push(engine.citation(hit.passage.articleId));
      continue;
    }
    if (groups.length >= limit) continue;
    groups.push({
      words,
      result: {
        // Where the wire filed from ("LONDON, June 4 — ", "LYON (AFP) - ") is no part of the passage, as in summaries.
        // Nor is an interview answer's label ("R : "), nor a live blog entry's clock stamp ("09h15 — ") or a list bullet, as in summaries.
        text: withoutAnswerLabel(keepsDateline(hit) ? hit.passage.text.trim() : withoutLeadingMarks(hit.passage.text), hit.passage.lang),
        articles: [engine.citation(hit.passage.articleId)],
        context: paragraphContext(engine, hit),
      },
    });
  }
  return groups.map((g) => g.result);
}

/** The paragraph around a passage, for renderings that show context. */
function paragraphContext(engine: Engine, hit: PassageHit): string | undefined {
  const paragraph = engine.article(hit.passage.articleId)?.paragraphs[hit.passage.paragraph];
  if (!paragraph || paragraph.sentences.length <= 1) return undefined;
  return withoutAnswerLabel(withoutLeadingMarks(paragraph.text), hit.passage.lang);
}
