/**
 * What a benchmark measurement is made of: the jobs a worker process runs, the results it reports,
 * and the small statistics and relevance helpers shared by the worker, the runner and the tests.
 */
import type { PeerName } from './peers.js';
import { foldText } from './generateCorpus.js';

export type EngineName = 'depeche' | PeerName;

export interface EvalQuestion {
  query: string;
  speaker: string;
  accept: string[];
  variants: { exact: string; plain: string; typo: string };
}

export interface QuerySet {
  /** Queries timed for latency (eval questions and phrases sampled from the corpus). */
  latency: string[];
  eval: EvalQuestion[];
}

export interface WorkerJob {
  engine: EngineName;
  phase: 'build' | 'cold';
  corpusDir: string;
  passagesFile: string;
  queriesFile: string;
  /** Peers: index snapshot file; Depeche: its data folder. */
  snapshot: string;
  rounds: number;
  /** Time after which no further timed round starts (one full round always runs). */
  budgetMs: number;
  limit: number;
  out: string;
}

export interface LatencyStats {
  p50: number;
  p99: number;
  mean: number;
  samples: number;
}

export type VariantName = keyof EvalQuestion['variants'];

export interface QualityStats {
  /** Share of questions whose first passage holds the quotation, per query variant. */
  firstRank: Record<VariantName, number>;
  /** Depeche /who-said: share of questions whose first result names an accepted speaker. */
  whoSaidSpeaker?: Record<VariantName, number>;
  misses: { variant: VariantName; query: string }[];
}

export interface WorkerResult {
  engine: EngineName;
  phase: 'build' | 'cold';
  passages: number;
  /** build: index build from passages (Depeche: from parsed articles). */
  buildMs?: number;
  /** Depeche build: parsing the corpus files into articles. */
  parseMs?: number;
  /** Depeche build: `Engine.open` with no cache (parse + index + write cache). */
  firstStartMs?: number;
  /** Bytes of the saved index (Depeche: its cache file, articles included). */
  serializedBytes?: number;
  /** cold: from loading the saved index to the first answer. */
  coldStartMs?: number;
  /** Depeche cold: from `Engine.open` (cache present) to the first /who-said answer. */
  coldWhoSaidMs?: number;
  /** Depeche build: the first /who-said answer on an open engine (builds the quotation store). */
  firstWhoSaidMs?: number;
  rssMB: number;
  heapUsedMB: number;
  /** RSS of the same worker before loading any data (Node, tsx and the libraries' code). */
  baselineRssMB: number;
  peakRssMB: number;
  /** 1-minute load average at the worker's end: other work on the machine skews timings. */
  loadAverage: number;
  search?: LatencyStats;
  ask?: LatencyStats;
  whoSaid?: LatencyStats;
  quality?: QualityStats;
  notes: string[];
  /** Set when the worker was stopped before the end: why. */
  stopped?: string;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function latencyStats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), mean, samples: sorted.length };
}

/** Whether a passage holds the quotation (accents, case, quote marks and apostrophes forgiven). */
export function holdsQuotation(passageText: string, quotation: string): boolean {
  const strip = (s: string) => foldText(s).replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
  return strip(passageText).includes(strip(quotation));
}

