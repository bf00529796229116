/**
 * Which sentences of the corpus report the same fact. Every prose sentence becomes a vector of
 * its stemmed content words weighted by rarity (idf over sentences), leaving out the words that
 * only say who reported it ("a déclaré", "selon l'agence", "said"), the day words, and the
 * story's own names (used by every outlet, they are in every fact). Two sentences report the
 * same fact when the cosine of their vectors is high: rare words (a place, an object, a
 * verb like "invite") weigh far more than common ones.
 */
import type { Lang } from '../corpus/article.js';
import { dateWords } from '../lang/dates.js';
import { baseForm, stem } from '../text/analyzer.js';
import { summaryCues } from './cues.js';
import { wireAgencies } from '../lang/wire.js';
import type { FactModel, UnitTerms } from './factModel.js';

export interface FactSpace {
  model: FactModel;
  /** Cosine of two units' fact words (0–1). */
  similarity(a: UnitTerms, b: UnitTerms): number;
  /** Cosine of a unit's fact words with its own article's headline (0 without a title). */
  titleSimilarity(u: UnitTerms): number;
  /** Every unit sharing a fact word with `u`, with its similarity (sparse: found through the words' postings). */
  neighbours(u: UnitTerms): Map<UnitTerms, number>;
  /** Fact words two units share, rarest first. */
  shared(a: UnitTerms, b: UnitTerms): string[];
  /** The weight of a fact word (0 for words that tell no fact apart). */
  weight(term: string): number;
}

/** Weight of a word only one outlet uses, relative to its idf. */
const SINGLE_SOURCE_WEIGHT = 0.3;

function ignoredStems(lang: Lang): Set<string> {
  const words = [
    ...summaryCues[lang].attributionWords,
    ...dateWords[lang].weekdays.flat(),
    ...dateWords[lang].timesOfDay,
    // A wire agency named in a sentence ("selon la KCNA", "rapporte Reuters") says who reported it, as "agence" does.
    ...Object.keys(wireAgencies).filter((code) => code.length > 3),
  ];
  return new Set(words.flatMap((w) => w.split(/\s+/)).map((w) => stem(baseForm(w.replace(/\.$/, '')), lang)));
}

const IGNORED: Record<Lang, Set<string>> = { fr: ignoredStems('fr'), en: ignoredStems('en') };

/** Whether a term only says who reported something or when (attribution and day words of either language). */
export const reportingTerm = (t: string): boolean => IGNORED.fr.has(t) || IGNORED.en.has(t);

/** `alsoIgnore`: more words that tell nothing apart here (a topic's own words, shared by every sentence on it). */
export function buildFactSpace(model: FactModel, alsoIgnore?: (term: string) => boolean): FactSpace {
  const { units, sourceCount } = model;
  const ignored = (t: string) => reportingTerm(t) || (alsoIgnore?.(t) ?? false);
  const weights = new Map<string, number>();
  const weight = (t: string) => {
    let w = weights.get(t);
    if (w === undefined) {
      // A word only one outlet uses cannot show two outlets agreeing: it counts for little.
      w = ignored(t) || model.storyWide(t) ? 0 : model.idf(t) * (sourceCount > 1 && model.sourcesUsing(t) < 2 ? SINGLE_SOURCE_WEIGHT : 1);
      weights.set(t, w);
    }
    return w;
  };
  const norms = new Map<UnitTerms, number>();
  const norm = (u: UnitTerms) => {
    let n = norms.get(u);
    if (n === undefined) {
      n = Math.sqrt([...u.terms].reduce((s, t) => s + weight(t) ** 2, 0));
      norms.set(u, n);
    }
    return n;
  };
  let postings: Map<string, UnitTerms[]> | null = null;
  const postingsOf = () => {
    if (!postings) {
      postings = new Map();
      for (const u of units) for (const t of u.terms) if (weight(t) > 0) (postings.get(t) ?? postings.set(t, []).get(t)!).push(u);
    }
    return postings;
  };
  const neighbourCache = new Map<UnitTerms, Map<UnitTerms, number>>();
  const neighbours = (u: UnitTerms): Map<UnitTerms, number> => {
    let found = neighbourCache.get(u);
    if (!found) {
      const dots = new Map<UnitTerms, number>();
      for (const t of u.terms) {
        const w2 = weight(t) ** 2;
        if (w2 === 0) continue;
        for (const v of postingsOf().get(t) ?? []) if (v !== u) dots.set(v, (dots.get(v) ?? 0) + w2);
      }
      found = new Map();
      for (const [v, dot] of dots) found.set(v, dot / (norm(u) * norm(v)));
      neighbourCache.set(u, found);
    }
    return found;
  };
  return {
    model,
    weight,
    titleSimilarity(u) {
      const title = model.titles.get(u.unit.articleId);
      if (!title || u.unit.isTitle) return 0;
      let dot = 0;
      let titleNorm = 0;
      for (const t of title) {
        const w2 = weight(t) ** 2;
        titleNorm += w2;
        if (u.terms.has(t)) dot += w2;
      }
      const d = norm(u) * Math.sqrt(titleNorm);
      return d > 0 ? dot / d : 0;
    },
    neighbours,
    similarity(a, b) {
      // A pair's cosine is one of the sparse neighbour similarities (0 when no fact word is shared).
      return a === b ? 1 : (neighbours(a).get(b) ?? 0);
    },
    shared(a, b) {
      return [...a.terms].filter((t) => b.terms.has(t) && weight(t) > 0).sort((x, y) => weight(y) - weight(x));
    },
  };
}
