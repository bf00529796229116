/**
 * The platform-neutral answer every command returns. Adapters (Discord, Slack, terminal, CLI)
 * only render it. Its JSON form is the product contract's `--json` output.
 */

export interface Citation {
  id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface AnswerResult {
  /** The excerpt or summary sentence shown to the user, exactly as printed in an article. */
  text: string;
  /** who-said / quotes: the speaker's display name; null when the article does not say. */
  speaker?: string | null;
  /** who-said / quotes: the whole quotation as printed. */
  quote?: string;
  /** timeline: ISO date (or partial date) of the event. */
  date?: string;
  /** Every article that reports this result, best first. */
  articles: Citation[];
  /** Optional extras for richer renderings; not part of the JSON contract. */
  context?: string;
  /** Character ranges of `quote` (or `text` when no quote) that matched the query, for emphasis. */
  highlights?: [number, number][];
  /** who-said / quotes: direct quotation or reported (indirect) speech. */
  kind?: 'direct' | 'indirect';
}

export interface Answer {
  command: string;
  query: string;
  results: AnswerResult[];
  /** Something to tell the user (nothing found, a usage error, a confirmation), in their locale. */
  notice?: string;
  /** Set when the answer is a usage error (CLI exit status 2). */
  error?: boolean;
}

/** The JSON form of an answer, exactly as the contract specifies (extras dropped). */
export function answerToJson(answer: Answer): object {
  return {
    command: answer.command,
    query: answer.query,
    results: answer.results.map((r) => {
      const out: Record<string, unknown> = {};
      if (r.speaker !== undefined) out.speaker = r.speaker;
      if (r.quote !== undefined) out.quote = r.quote;
      out.text = r.text;
      if (r.date !== undefined) out.date = r.date;
      out.articles = r.articles.map((a) => ({
        id: a.id,
        outlet: a.outlet,
        title: a.title,
        url: a.url,
        published: a.published,
      }));
      return out;
    }),
    ...(answer.notice ? { notice: answer.notice } : {}),
  };
}
