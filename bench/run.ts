/**
 * `npm run bench [-- options]`: Depeche's engine against plain MiniSearch, Lunr, FlexSearch and
 * Orama on the same generated French corpora and the same queries; prints tables and writes
 * `bench/results/latest.json` (and a dated copy).
 *
 * Options:
 *   --sizes 5,1000,10000,50000   corpus sizes in articles (5 = the bundled articles alone)
 *   --engines depeche,minisearch,lunr-fr,flexsearch-fr,orama-fr
 *   --peer-max-size 10000        Lunr, FlexSearch and Orama run up to this size (Depeche and
 *                                MiniSearch run at every size); keeps the default run short
 *   --rounds 3                   timed rounds over the query set (after a warm-up on 30 queries)
 *   --budget 20                  seconds per latency series after which no further round starts
 *   --worker-timeout 900         seconds after which a measuring process is stopped (its figures so far kept)
 *   --who-said-timeout 120       seconds allowed to the first /who-said (it builds the quotation store)
 *   --sampled 255                phrases sampled from the corpus, on top of the 45 eval queries
 *   --seed 42                    corpus and query seed
 *   --cache DIR                  generated corpora and indexes (default: $TMPDIR/depeche-bench)
 *   --out DIR                    results folder (default: bench/results)
 *   --e2e / --no-e2e             chat round trips on the local Slack and Discord stand-ins (default on)
 *   --e2e-size 5                 corpus they answer from: 5 = the bundled articles, or one of --sizes
 *   --e2e-requests 300           chat requests per concurrency level (1 and 50)
 */
import { spawn } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFingerprint, defaultSources, writeCorpus, type GenerateOptions } from './generateCorpus.js';
import { loadPassages } from './passages.js';
import { buildQuerySet, readEvalQuestions } from './queries.js';
import type { EngineName, WorkerJob, WorkerResult } from './measure.js';
import { PEER_NAMES } from './peers.js';
import { checkTargets, formatReport, type EngineRun, type SizeReport, type BenchReport, type EndToEndReport } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(here, '..');

export interface BenchOptions {
  sizes: number[];
  engines: EngineName[];
  peerMaxSize: number;
  rounds: number;
  /** Seconds per latency series after which no further round starts. */
  budgetSeconds: number;
  /** A worker running longer than this is stopped (what it measured so far is kept). */
  workerTimeoutSeconds: number;
  /** Stop a worker whose first /who-said (quotation store build) runs longer than this. */
  whoSaidTimeoutSeconds: number;
  sampled: number;
  seed: number;
  cacheDir: string;
  outDir: string | null;
  evalFile: string;
  e2e: boolean;
  /** Chat requests per concurrency level. */
  e2eRequests: number;
  /** Corpus the chat round trips answer from: 5 = the bundled articles, else a measured size. */
  e2eSize: number;
  /** Print progress and tables. */
  verbose: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [5, 1000, 10000, 50000],
  engines: ['depeche', ...PEER_NAMES],
  peerMaxSize: 10000,
  rounds: 3,
  budgetSeconds: 20,
  workerTimeoutSeconds: 900,
  whoSaidTimeoutSeconds: 120,
  sampled: 255,
  seed: 42,
  cacheDir: join(tmpdir(), 'depeche-bench'),
  outDir: join(here, 'results'),
  evalFile: resolve(projectDir, '..', 'shared', 'eval', 'who-said.dev.jsonl'),
  e2e: true,
  e2eRequests: 300,
  e2eSize: 5,
  verbose: true,
};

export function parseArgs(argv: string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const list = () => value().split(',').map((s) => s.trim()).filter(Boolean);
    const int = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} needs a whole number`);
      return n;
    };
    switch (arg) {
      case '--sizes':
        options.sizes = list().map((s) => {
          const n = Number(s);
          if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: "${s}" is not a number of articles`);
          return n;
        });
        break;
      case '--engines': {
        const known = ['depeche', ...PEER_NAMES];
        const engines = list();
        for (const e of engines) if (!known.includes(e)) throw new Error(`--engines: unknown engine "${e}" (known: ${known.join(', ')})`);
        options.engines = engines as EngineName[];
        break;
      }
      case '--peer-max-size':
        options.peerMaxSize = int();
        break;
      case '--rounds':
        options.rounds = Math.max(1, int());
        break;
      case '--budget':
        options.budgetSeconds = int();
        break;
      case '--worker-timeout':
        options.workerTimeoutSeconds = Math.max(1, int());
        break;
      case '--who-said-timeout':
        options.whoSaidTimeoutSeconds = Math.max(1, int());
        break;
      case '--sampled':
        options.sampled = int();
        break;
      case '--seed':
        options.seed = int();
        break;
      case '--cache':
        options.cacheDir = resolve(value());
        break;
      case '--out':
        options.outDir = resolve(value());
        break;
      case '--no-out':
        options.outDir = null;
        break;
      case '--eval':
        options.evalFile = resolve(value());
        break;
      case '--e2e':
        options.e2e = true;
        break;
      case '--e2e-requests':
        options.e2eRequests = Math.max(1, int());
        break;
      case '--e2e-size':
        options.e2eSize = int();
        break;
      case '--no-e2e':
        options.e2e = false;
        break;
      case '--quiet':
        options.verbose = false;
        break;
      case '--help':
        console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').match(/\/\*\*([\s\S]*?)\*\//)![1]!.replace(/^ \* ?/gm, ''));
        process.exit(0);
      default:
        throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  return options;
}

/** Runs one worker process and returns what it measured (partly, when it had to be stopped). */
export function runWorker(job: Omit<WorkerJob, 'out'>, options: BenchOptions): Promise<WorkerResult> {
  return runChild<WorkerResult>('worker.ts', `${job.engine}-${job.phase}`, job, options, (partial, why) => ({ ...partial, stopped: why, notes: [...partial.notes, why] }));
}

/**
 * Runs `bench/<script> <job.json>` in a fresh Node process; the script writes its result to
 * `job.out`. A child is stopped when it runs longer than `--worker-timeout`, or when its
 * `who-said-first` stage (building the quotation store) runs longer than `--who-said-timeout`;
 * what it had measured until then (`job.out.partial`) is kept, with the reason.
 */
function runChild<T>(script: string, label: string, job: object, options: BenchOptions, onStop?: (partial: T, why: string) => T): Promise<T> {
  const base = join(options.cacheDir, `job-${label}-${process.pid}-${Date.now()}`);
  const out = `${base}.out.json`;
  writeFileSync(`${base}.json`, JSON.stringify({ ...job, out }));
  const files = [`${base}.json`, out, `${out}.partial`, `${out}.stage`];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', join(here, script), `${base}.json`],
      { cwd: projectDir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    const started = Date.now();
    let stopped: string | undefined;
    const watch = setInterval(() => {
      let stage: { stage: string; since: number } | undefined;
      try {
        stage = JSON.parse(readFileSync(`${out}.stage`, 'utf8'));
      } catch {
        stage = undefined;
      }
      if (stage?.stage === 'who-said-first' && Date.now() - stage.since > options.whoSaidTimeoutSeconds * 1000) {
        stopped = `stopped: the first /who-said (building the quotation store) took over ${options.whoSaidTimeoutSeconds} s`;
      } else if (Date.now() - started > options.workerTimeoutSeconds * 1000) {
        stopped = `stopped after ${options.workerTimeoutSeconds} s${stage ? ` in stage ${stage.stage}` : ''}`;
      }
      if (stopped) {
        clearInterval(watch);
        child.kill('SIGKILL');
      }
    }, 500);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      const read = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined);
      const result = code === 0 ? read(out) : stopped && onStop ? read(`${out}.partial`) : undefined;
      for (const file of files) rmSync(file, { force: true });
      if (result && code === 0) resolvePromise(result);
      else if (result && stopped && onStop) resolvePromise(onStop(result, stopped));
      else reject(new Error(`${label} failed (${stopped ?? signal ?? `exit ${code}`}):\n${stderr}`));
    });
  });
}

function log(options: BenchOptions, message: string): void {
  if (options.verbose) process.stderr.write(`${message}\n`);
}

/** A short hash of the project's source files under `paths`. */
function codeFingerprint(paths: string[]): string {
  const hash = createHash('sha1');
  const add = (path: string) => {
    const full = join(projectDir, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const entry of readdirSync(full).sort()) add(join(path, entry));
    else hash.update(`${path}\n`).update(readFileSync(full));
  };
  for (const path of paths) add(path);
  return hash.digest('hex').slice(0, 8);
}

/** Where an engine's saved index lives (Depeche: its data folder). */
function snapshotPath(options: BenchOptions, engine: EngineName, size: number, fingerprint: string): string {
  return join(options.cacheDir, `index-${engine}-${size}-${fingerprint}${engine === 'depeche' ? '' : '.json'}`);
}

export async function runSize(size: number, options: BenchOptions): Promise<SizeReport> {
  const sources = defaultSources(projectDir);
  const evalQuestions = readEvalQuestions(options.evalFile);
  const generate: GenerateOptions = { size, seed: options.seed, sources, holdOut: evalQuestions.map((q) => q.query) };
  mkdirSync(options.cacheDir, { recursive: true });
  const tGen = performance.now();
  const corpusDir = writeCorpus(options.cacheDir, generate);
  const fingerprint = corpusFingerprint(generate);
  // Passages depend on Depeche's parser and passage cutting too: key them on that code.
  const cutting = codeFingerprint(['src/corpus', 'src/text', 'src/lang', 'src/search/passageIndex.ts']);
  const passagesFile = join(options.cacheDir, `passages-${size}-${fingerprint}-${cutting}.json`);
  const queriesFile = join(options.cacheDir, `queries-${size}-${fingerprint}-${cutting}-${options.sampled}.json`);
  let passageCount: number;
  if (!existsSync(passagesFile) || !existsSync(queriesFile)) {
    const passages = await loadPassages(corpusDir);
    writeFileSync(passagesFile, JSON.stringify(passages));
    writeFileSync(queriesFile, JSON.stringify(buildQuerySet(evalQuestions, passages, options.sampled, options.seed)));
    passageCount = passages.length;
  } else {
    passageCount = (JSON.parse(readFileSync(passagesFile, 'utf8')) as unknown[]).length;
  }
  log(options, `size ${size}: corpus ready in ${((performance.now() - tGen) / 1000).toFixed(1)} s (${corpusDir}), ${passageCount} passages`);

  const runs: EngineRun[] = [];
  for (const engine of options.engines) {
    if (engine !== 'depeche' && engine !== 'minisearch' && size > options.peerMaxSize) {
      runs.push({ engine, skipped: `above --peer-max-size ${options.peerMaxSize}` });
      continue;
    }
    const snapshot = snapshotPath(options, engine, size, fingerprint);
    const job = { engine, corpusDir, passagesFile, queriesFile, snapshot, rounds: options.rounds, budgetMs: options.budgetSeconds * 1000, limit: 10 };
    try {
      const t0 = performance.now();
      const build = await runWorker({ ...job, phase: 'build' }, options);
      const cold = await runWorker({ ...job, phase: 'cold' }, options);
      log(options, `  ${engine}: measured in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      runs.push({ engine, build, cold });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(options, `  ${engine}: FAILED ${message}`);
      runs.push({ engine, failed: message.slice(0, 2000) });
    }
  }
  return { size, articles: size, passages: passageCount, corpusDir, fingerprint, runs };
}

/** The chat round trips, on the bundled articles or on the corpus of `--e2e-size` articles. */
async function runChatRoundTrips(options: BenchOptions, report: BenchReport): Promise<EndToEndReport> {
  const at = options.e2eSize === 5 ? undefined : report.sizes.find((s) => s.size === options.e2eSize);
  if (options.e2eSize !== 5 && !at) return { status: 'not available', reason: `--e2e-size ${options.e2eSize} is not among the measured sizes`, cases: [] };
  const { runEndToEnd } = await import('./endToEnd.js');
  const { loadCommands } = await import('../commands/index.js');
  const whoSaid = (await loadCommands()).some((c) => c.name === 'who-said');
  log(options, `chat round trips on ${at ? `${at.size} articles` : 'the bundled articles'}…`);
  const t0 = performance.now();
  try {
    const result = await runEndToEnd({
      projectDir,
      corpusDir: at?.corpusDir ?? join(projectDir, 'corpus'),
      dataDir: at ? snapshotPath(options, 'depeche', at.size, at.fingerprint) : null,
      workDir: options.cacheDir,
      quotes: readEvalQuestions(options.evalFile).map((q) => q.query),
      requests: options.e2eRequests,
      startTimeoutSeconds: options.whoSaidTimeoutSeconds + 60,
      whoSaid,
    });
    log(options, `  measured in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { ...result, corpus: at ? `${at.size} articles` : 'bundled articles' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(options, `  FAILED ${message}`);
    return { status: 'not available', reason: message.slice(0, 2000), cases: [] };
  }
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    options: { sizes: options.sizes, engines: options.engines, peerMaxSize: options.peerMaxSize, rounds: options.rounds, budgetSeconds: options.budgetSeconds, sampled: options.sampled, seed: options.seed },
    sizes: [],
    targets: [],
  };
  for (const size of options.sizes) {
    const sizeReport = await runSize(size, options);
    report.sizes.push(sizeReport);
    if (options.verbose) console.log(formatReport({ ...report, sizes: [sizeReport], targets: [] }));
  }
  if (options.e2e) report.endToEnd = await runChatRoundTrips(options, report);
  report.targets = checkTargets(report);
  return report;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(2);
  }
  const report = await runBench(options);
  console.log(formatReport({ ...report, sizes: [] }));
  if (options.outDir) {
    mkdirSync(options.outDir, { recursive: true });
    const json = JSON.stringify(report, null, 2);
    writeFileSync(join(options.outDir, 'latest.json'), json);
    writeFileSync(join(options.outDir, `bench-${report.date.slice(0, 19).replace(/[:T]/g, '-')}.json`), json);
    log(options, `results written to ${join(options.outDir, 'latest.json')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
