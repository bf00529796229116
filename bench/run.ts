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
 *   --rounds 2                   timed rounds over the query set (after one warm-up round)
 *   --sampled 255                phrases sampled from the corpus, on top of the 45 eval queries
 *   --seed 42                    corpus and query seed
 *   --cache DIR                  generated corpora and indexes (default: $TMPDIR/depeche-bench)
 *   --out DIR                    results folder (default: bench/results)
 *   --e2e / --no-e2e             chat round trips on the local Slack and Discord stand-ins (default on)
 */
import { spawn } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFingerprint, defaultSources, writeCorpus, type GenerateOptions } from './generateCorpus.js';
import { loadPassages } from './passages.js';
import { buildQuerySet, readEvalQuestions } from './queries.js';
import type { EngineName, WorkerJob, WorkerResult } from './measure.js';
import { PEER_NAMES } from './peers.js';
import { checkTargets, formatReport, type EngineRun, type SizeReport, type BenchReport } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(here, '..');

export interface BenchOptions {
  sizes: number[];
  engines: EngineName[];
  peerMaxSize: number;
  rounds: number;
  sampled: number;
  seed: number;
  cacheDir: string;
  outDir: string | null;
  evalFile: string;
  e2e: boolean;
  /** Print progress and tables. */
  verbose: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [5, 1000, 10000, 50000],
  engines: ['depeche', ...PEER_NAMES],
  peerMaxSize: 10000,
  rounds: 2,
  sampled: 255,
  seed: 42,
  cacheDir: join(tmpdir(), 'depeche-bench'),
  outDir: join(here, 'results'),
  evalFile: resolve(projectDir, '..', 'shared', 'eval', 'who-said.dev.jsonl'),
  e2e: true,
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

/** Runs one worker process and returns what it measured. */
export function runWorker(job: Omit<WorkerJob, 'out'>, cacheDir: string): Promise<WorkerResult> {
  const base = join(cacheDir, `job-${job.engine}-${job.phase}-${process.pid}-${Date.now()}`);
  const full: WorkerJob = { ...job, out: `${base}.out.json` };
  writeFileSync(`${base}.json`, JSON.stringify(full));
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', join(here, 'worker.ts'), `${base}.json`],
      { cwd: projectDir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && existsSync(full.out)) resolvePromise(JSON.parse(readFileSync(full.out, 'utf8')) as WorkerResult);
      else reject(new Error(`${job.engine} ${job.phase} worker failed (${signal ?? `exit ${code}`}):\n${stderr}`));
    });
  });
}

function log(options: BenchOptions, message: string): void {
  if (options.verbose) process.stderr.write(`${message}\n`);
}

export async function runSize(size: number, options: BenchOptions): Promise<SizeReport> {
  const sources = defaultSources(projectDir);
  const evalQuestions = readEvalQuestions(options.evalFile);
  const generate: GenerateOptions = { size, seed: options.seed, sources, holdOut: evalQuestions.map((q) => q.query) };
  mkdirSync(options.cacheDir, { recursive: true });
  const tGen = performance.now();
  const corpusDir = writeCorpus(options.cacheDir, generate);
  const fingerprint = corpusFingerprint(generate);
  const passagesFile = join(options.cacheDir, `passages-${size}-${fingerprint}.json`);
  const queriesFile = join(options.cacheDir, `queries-${size}-${fingerprint}-${options.sampled}.json`);
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
    const snapshot = join(options.cacheDir, `index-${engine}-${size}-${fingerprint}${engine === 'depeche' ? '' : '.json'}`);
    const job = { engine, corpusDir, passagesFile, queriesFile, snapshot, rounds: options.rounds, limit: 10 };
    try {
      const t0 = performance.now();
      const build = await runWorker({ ...job, phase: 'build' }, options.cacheDir);
      const cold = await runWorker({ ...job, phase: 'cold' }, options.cacheDir);
      log(options, `  ${engine}: measured in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      runs.push({ engine, build, cold });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(options, `  ${engine}: FAILED ${message}`);
      runs.push({ engine, failed: message.slice(0, 2000) });
    }
  }
  return { size, articles: size, passages: passageCount, corpusDir, runs };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    options: { sizes: options.sizes, engines: options.engines, peerMaxSize: options.peerMaxSize, rounds: options.rounds, sampled: options.sampled, seed: options.seed },
    sizes: [],
    targets: [],
  };
  for (const size of options.sizes) {
    const sizeReport = await runSize(size, options);
    report.sizes.push(sizeReport);
    if (options.verbose) console.log(formatReport({ ...report, sizes: [sizeReport], targets: [] }));
  }
  if (options.e2e) {
    const { runEndToEnd } = await import('./endToEnd.js');
    report.endToEnd = await runEndToEnd({ projectDir, verbose: options.verbose });
  }
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
