/** The shape of a loaded article, shared by the loader, the index and every analysis. */

export type Lang = 'fr' | 'en';

export interface ArticleMeta {
  /** Headline, from front matter or the text's title line; null when unknown. */
  title: string | null;
  /** Publication that printed the article; null when unknown (shown as unknown, never guessed). */
  outlet: string | null;
  /** Wire agency behind a republished dispatch (AFP, ATS, Reuters…). */
  agency: string | null;
  url: string | null;
  /** ISO date or date-time as given (may be partial: "2023-09"). */
  published: string | null;
  lang: Lang;
  byline: string | null;
}

/** A sentence inside a paragraph, with its offsets in the paragraph text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/**
 * A block of the article's content. Page noise (capitals headlines of other stories,
 * advertising markers, comment boilerplate, teasers) never becomes a paragraph.
 * `heading` marks title lines and subheads: searchable, but not prose to quote in a summary.
 */
export interface Paragraph {
  index: number;
  kind: 'text' | 'heading';
  text: string;
  sentences: Sentence[];
}

export interface Article extends ArticleMeta {
  /** File name without its extension: stable, shown in citations. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  paragraphs: Paragraph[];
  /** Lines recognised as page noise or credits and kept out of answers (for `index` reports). */
  removed: { text: string; reason: string }[];
}

export interface CorpusProblem {
  /** File name relative to the corpus folder. */
  file: string;
  /** Why it was not loaded, in English (logs, `index`); see src/corpus/problems.ts. */
  reason: string;
  /** The same as a code and its details, for saying it in the user's language. */
  code?: string;
  params?: Record<string, string | number>;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  problems: CorpusProblem[];
}
