/**
 * One measurement in its own process, so that memory figures belong to one engine and one corpus:
 * `node --expose-gc --import tsx bench/worker.ts <job.json>`; writes its result to `job.out`.
 *
 * - phase `build`: index the passages (Depeche: parse the corpus and build its index, then open the
 *   engine from scratch, which writes its cache), save the index, then measure answer quality and
 *   query latency, and resident memory.
 * - phase `cold`: a fresh process opens the saved index (Depeche: `Engine.open` with its cache
 *   present) and answers one query: that is the cold start; then resident memory.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Passage } from './passages.js';
import { createPeer, type PeerName } from './peers.js';
import { foldText } from './generateCorpus.js';
import { holdsQuotation, latencyStats, type LatencyStats, type QualityStats, type QuerySet, type VariantName, type WorkerJob, type WorkerResult } from './measure.js';

declare const gc: undefined | (() => void);

function settle(): { rssMB: number; heapUsedMB: number } {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { rssMB: m.rss / 2 ** 20, heapUsedMB: m.heapUsed / 2 ** 20 };
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Samples every latency series gets, whatever the time budget (the 45 evaluation queries and more). */
const MIN_SAMPLES = 100;

/**
 * Warms up on the first queries, then times rounds over all of them; a slow engine stops once
 * `budgetMs` is spent and it has at least MIN_SAMPLES samples, so a run stays bounded in time.
 */
async function timeQueries(queries: string[], rounds: number, budgetMs: number, run: (q: string) => unknown): Promise<LatencyStats> {
  for (const q of queries.slice(0, 30)) await run(q);
  const samples: number[] = [];
  const started = performance.now();
  const spent = () => performance.now() - started > budgetMs && samples.length >= Math.min(MIN_SAMPLES, queries.length);
  for (let r = 0; r < rounds && !spent(); r++) {
    for (const q of queries) {
      if (spent()) break;
      const t0 = process.hrtime.bigint();
      await run(q);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return latencyStats(samples);
}

const VARIANTS: VariantName[] = ['exact', 'plain', 'typo'];

function acceptsSpeaker(speaker: string | null | undefined, accept: string[]): boolean {
  if (!speaker) return false;
  const folded = foldText(speaker);
  return accept.some((a) => folded.includes(foldText(a)));
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir)) total += statSync(join(dir, f)).size;
  return total;
}

async function runPeer(job: WorkerJob, queries: QuerySet): Promise<WorkerResult> {
  const notes: string[] = [];
  const t0 = performance.now();
  const passages = JSON.parse(readFileSync(job.passagesFile, 'utf8')) as Passage[];
  const textById = new Map(passages.map((p) => [p.id, p.text]));
  const peer = createPeer(job.engine as PeerName);
  const result: WorkerResult = { engine: job.engine, phase: job.phase, passages: passages.length, rssMB: 0, heapUsedMB: 0, baselineRssMB: 0, peakRssMB: 0, loadAverage: 0, notes };

  if (job.phase === 'cold') {
    await peer.load(readFileSync(job.snapshot, 'utf8'), passages);
    await peer.search(queries.latency[0] ?? 'Russie', job.limit);
    result.coldStartMs = performance.now() - t0;
    Object.assign(result, settle());
    result.peakRssMB = peakRssMB();
    return result;
  }

  const tBuild = performance.now();
  await peer.build(passages);
  result.buildMs = performance.now() - tBuild;
  const serialized = await peer.serialize();
  writeFileSync(job.snapshot, serialized);
  result.serializedBytes = Buffer.byteLength(serialized);

  const quality: QualityStats = { firstRank: { exact: 0, plain: 0, typo: 0 }, misses: [] };
  for (const question of queries.eval) {
    for (const variant of VARIANTS) {
      const query = question.variants[variant];
      const top = (await peer.search(query, job.limit))[0];
      if (top !== undefined && holdsQuotation(textById.get(top) ?? '', question.query)) quality.firstRank[variant]++;
      else quality.misses.push({ variant, query });
    }
  }
  for (const variant of VARIANTS) quality.firstRank[variant] /= Math.max(1, queries.eval.length);
  result.quality = quality;
  result.search = await timeQueries(queries.latency, job.rounds, job.budgetMs, (q) => peer.search(q, job.limit));
  Object.assign(result, settle());
  result.peakRssMB = peakRssMB();
  return result;
}

/**
 * Progress for the parent: the current stage (so it can stop a stage that runs too long) and the
 * result so far (so a stopped worker still reports what it measured).
 */
function enterStage(job: WorkerJob, result: WorkerResult, stage: string): void {
  Object.assign(result, settle());
  result.peakRssMB = peakRssMB();
  result.baselineRssMB = baselineRssMB;
  result.loadAverage = loadavg()[0]!;
  writeFileSync(`${job.out}.partial`, JSON.stringify(result));
  writeFileSync(`${job.out}.stage`, JSON.stringify({ stage, since: Date.now() }));
}

async function runDepeche(job: WorkerJob, queries: QuerySet): Promise<WorkerResult> {
  const notes: string[] = [];
  const { Engine } = await import('../src/engine/engine.js');
  const { loadCommands } = await import('../commands/index.js');
  const { runCommand } = await import('../src/engine/runCommand.js');
  const commands = await loadCommands();
  const hasWhoSaid = commands.some((c) => c.name === 'who-said');
  const result: WorkerResult = { engine: 'depeche', phase: job.phase, passages: 0, rssMB: 0, heapUsedMB: 0, baselineRssMB: 0, peakRssMB: 0, loadAverage: 0, notes };
  const firstQuote = queries.eval[0]?.query ?? 'Russie';

  if (job.phase === 'cold') {
    enterStage(job, result, 'open');
    const t0 = performance.now();
    const engine = await Engine.open({ corpusDir: job.corpusDir, dataDir: job.snapshot });
    engine.search(queries.latency[0] ?? 'Russie', { limit: job.limit });
    result.coldStartMs = performance.now() - t0;
    if (engine.startedFrom !== 'cache') notes.push('cold start did not use the cache: it re-indexed');
    result.passages = engine.index.passages.length;
    if (hasWhoSaid) {
      enterStage(job, result, 'who-said-first');
      await runCommand(commands, 'who-said', { quote: firstQuote }, { engine, locale: 'fr', now: new Date(), services: {} });
      result.coldWhoSaidMs = performance.now() - t0;
    }
    Object.assign(result, settle());
    result.peakRssMB = peakRssMB();
    await engine.close();
    return result;
  }

  enterStage(job, result, 'open');
  rmSync(job.snapshot, { recursive: true, force: true });
  const tOpen = performance.now();
  const engine = await Engine.open({ corpusDir: job.corpusDir, dataDir: job.snapshot });
  result.firstStartMs = performance.now() - tOpen;
  result.serializedBytes = existsSync(job.snapshot) ? dirBytes(job.snapshot) : 0;
  const ctx = { engine, locale: 'fr' as const, now: new Date(), services: {} };

  enterStage(job, result, 'search');
  const quality: QualityStats = { firstRank: { exact: 0, plain: 0, typo: 0 }, misses: [] };
  for (const question of queries.eval) {
    for (const variant of VARIANTS) {
      const query = question.variants[variant];
      const top = engine.search(query, { limit: job.limit })[0];
      if (top && holdsQuotation(top.passage.text, question.query)) quality.firstRank[variant]++;
      else quality.misses.push({ variant, query });
    }
  }
  for (const variant of VARIANTS) quality.firstRank[variant] /= Math.max(1, queries.eval.length);
  result.quality = quality;
  result.search = await timeQueries(queries.latency, job.rounds, job.budgetMs, (q) => engine.search(q, { limit: job.limit }));
  enterStage(job, result, 'ask');
  result.ask = await timeQueries(queries.latency, job.rounds, job.budgetMs, (q) => runCommand(commands, 'ask', { question: q }, ctx));

  if (!hasWhoSaid) notes.push('no /who-said command yet: its latency and speaker accuracy are not measured');
  else {
    // Last, and watched by the parent: the first /who-said builds the quotation store.
    enterStage(job, result, 'who-said-first');
    const t0 = performance.now();
    await runCommand(commands, 'who-said', { quote: firstQuote }, ctx);
    result.firstWhoSaidMs = performance.now() - t0;
    enterStage(job, result, 'who-said');
    const speaker = { exact: 0, plain: 0, typo: 0 };
    for (const question of queries.eval) {
      for (const variant of VARIANTS) {
        const answer = await runCommand(commands, 'who-said', { quote: question.variants[variant] }, ctx);
        if (acceptsSpeaker(answer.results[0]?.speaker, question.accept)) speaker[variant]++;
      }
    }
    for (const variant of VARIANTS) speaker[variant] /= Math.max(1, queries.eval.length);
    quality.whoSaidSpeaker = speaker;
    result.whoSaid = await timeQueries(queries.latency, job.rounds, job.budgetMs, (q) => runCommand(commands, 'who-said', { quote: q }, ctx));
  }
  Object.assign(result, settle());
  result.peakRssMB = peakRssMB();
  await engine.close();

  {
    // The index build alone, from parsed articles: what compares with the peers' build. Timed
    // last, once memory is measured: a bot builds its index once, not twice.
    enterStage(job, result, 'build');
    const { loadCorpus } = await import('../src/corpus/loadCorpus.js');
    const { PassageIndex } = await import('../src/search/passageIndex.js');
    const tParse = performance.now();
    const corpus = await loadCorpus(job.corpusDir);
    result.parseMs = performance.now() - tParse;
    const tBuild = performance.now();
    const index = PassageIndex.build(corpus.articles);
    result.buildMs = performance.now() - tBuild;
    result.passages = index.passages.length;
  }

  return result;
}

let baselineRssMB = 0;

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as WorkerJob;
  // Code loaded, no data yet: the fixed cost of the process.
  if (job.engine === 'depeche') await Promise.all([import('../src/engine/engine.js'), import('../commands/index.js').then((m) => m.loadCommands())]);
  baselineRssMB = settle().rssMB;
  const queries = JSON.parse(readFileSync(job.queriesFile, 'utf8')) as QuerySet;
  const result = job.engine === 'depeche' ? await runDepeche(job, queries) : await runPeer(job, queries);
  result.baselineRssMB = baselineRssMB;
  result.loadAverage = loadavg()[0]!;
  writeFileSync(job.out, JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
