/**
 * The benchmark report: its JSON shape, the issue's targets checked against it, and the tables
 * printed (Markdown, so they can go straight into the README).
 */
import type { EngineName, LatencyStats, WorkerResult } from './measure.js';

export interface EngineRun {
  engine: EngineName;
  build?: WorkerResult;
  cold?: WorkerResult;
  skipped?: string;
  failed?: string;
}

export interface SizeReport {
  size: number;
  articles: number;
  passages: number;
  corpusDir: string;
  /** Identifies the generated corpus (generator version, seed, sources). */
  fingerprint: string;
  runs: EngineRun[];
}

export interface EndToEndCase {
  platform: 'slack' | 'discord';
  what: string;
  concurrency: number;
  latency?: LatencyStats;
  errors?: number;
  targetP99Ms: number;
}

export interface EndToEndReport {
  status: 'measured' | 'not available';
  reason?: string;
  /** Which corpus the engine answered from. */
  corpus?: string;
  cases: EndToEndCase[];
}

export interface TargetCheck {
  target: string;
  size: number;
  measured: string;
  met: boolean | null;
  /** How far off when missed, e.g. "1.8× the limit". */
  by?: string;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string };
  options: Record<string, unknown>;
  sizes: SizeReport[];
  endToEnd?: EndToEndReport;
  targets: TargetCheck[];
}

const ms = (x: number | undefined, digits = 2) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const sec = (x: number | undefined) => (x === undefined ? '–' : (x / 1000).toFixed(1));
const pct = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)}%`);
const mb = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));
const pair = (s: LatencyStats | undefined) => (s ? `${ms(s.p50)} / ${ms(s.p99)}` : '–');

/** Mean first-rank accuracy over the three query variants. */
export function meanAccuracy(result: WorkerResult | undefined): number | undefined {
  const q = result?.quality?.firstRank;
  if (!q) return undefined;
  return (q.exact + q.plain + q.typo) / 3;
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function sizeTable(size: SizeReport): string {
  const rows = size.runs.map((run) => {
    if (!run.build) return [run.engine, run.skipped ? `skipped: ${run.skipped}` : `failed: ${(run.failed ?? '').split('\n')[0]}`, ...Array(10).fill('')];
    const b = run.build;
    const c = run.cold;
    const q = b.quality?.firstRank;
    const who = b.quality?.whoSaidSpeaker;
    return [
      run.engine,
      sec(b.buildMs),
      mb((b.serializedBytes ?? 0) / 2 ** 20),
      c?.coldWhoSaidMs !== undefined ? `${ms(c.coldStartMs, 0)} (/who-said ${ms(c.coldWhoSaidMs, 0)})` : ms(c?.coldStartMs, 0),
      `${mb(b.rssMB)} / ${mb(c?.rssMB)} (${mb(b.baselineRssMB)})`,
      mb(Math.max(b.peakRssMB, c?.peakRssMB ?? 0)),
      pair(b.search),
      pair(b.ask),
      pair(b.whoSaid),
      q ? `${pct(q.exact)} / ${pct(q.plain)} / ${pct(q.typo)}` : '–',
      who ? `${pct(who.exact)} / ${pct(who.plain)} / ${pct(who.typo)}` : '–',
      b.loadAverage.toFixed(1),
    ];
  });
  return table(
    ['engine', 'build s', 'index MB', 'cold start ms', 'RSS MB built / cold (no data)', 'peak RSS MB', 'search p50 / p99 ms', '/ask p50 / p99 ms', '/who-said p50 / p99 ms', 'top-1 exact / no accents / typo', '/who-said speaker exact / no accents / typo', 'load avg'],
    rows,
  );
}

function ratioTable(size: SizeReport): string {
  const depeche = size.runs.find((r) => r.engine === 'depeche')?.build;
  if (!depeche?.search) return '';
  const rows: string[][] = [];
  for (const run of size.runs) {
    if (run.engine === 'depeche' || !run.build?.search) continue;
    const peer = run.build;
    rows.push([
      `depeche ÷ ${run.engine}`,
      `${(depeche.search.p50 / peer.search!.p50).toFixed(2)}×`,
      `${(depeche.search.p99 / peer.search!.p99).toFixed(2)}×`,
      depeche.buildMs && peer.buildMs ? `${(depeche.buildMs / peer.buildMs).toFixed(2)}×` : '–',
      run.cold?.coldStartMs ? `${((size.runs.find((r) => r.engine === 'depeche')?.cold?.coldStartMs ?? NaN) / run.cold.coldStartMs).toFixed(2)}×` : '–',
      `${pct(meanAccuracy(depeche))} vs ${pct(meanAccuracy(peer))}`,
    ]);
  }
  return table(['ratio (lower is faster for Depeche)', 'search p50', 'search p99', 'build', 'cold start', 'top-1 (mean of variants)'], rows);
}

/** The issue's targets, checked at 10,000 articles (or the largest size run when 10,000 was not). */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const size = report.sizes.find((s) => s.size === 10000) ?? [...report.sizes].sort((a, b) => b.size - a.size)[0];
  if (size) {
    const runs = new Map(size.runs.map((r) => [r.engine, r]));
    const d = runs.get('depeche');
    const limit = (target: string, value: number | undefined, max: number, unit: string) => {
      if (value === undefined) return checks.push({ target, size: size.size, measured: 'not measured', met: null });
      const met = value < max;
      checks.push({ target, size: size.size, measured: `${value.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`, met, ...(met ? {} : { by: `${(value / max).toFixed(2)}× the limit` }) });
    };
    limit('/who-said p99 < 20 ms', d?.build?.whoSaid?.p99, 20, 'ms');
    limit('cold start from the cache < 1 s (to the first search)', d?.cold?.coldStartMs, 1000, 'ms');
    limit('cold start from the cache < 1 s (to the first /who-said answer)', d?.cold?.coldWhoSaidMs, 1000, 'ms');
    const rss = d?.build && d.cold ? Math.max(d.build.rssMB, d.cold.rssMB) : undefined;
    limit('resident memory < 500 MB (larger of built and cold)', rss, 500, 'MB');
    const mini = runs.get('minisearch')?.build?.search;
    const ds = d?.build?.search;
    if (ds && mini) {
      const ratio = Math.max(ds.p50 / mini.p50, ds.p99 / mini.p99);
      checks.push({
        target: 'search latency within 1.5× of plain MiniSearch (p50 and p99)',
        size: size.size,
        measured: `p50 ${(ds.p50 / mini.p50).toFixed(2)}×, p99 ${(ds.p99 / mini.p99).toFixed(2)}×`,
        met: ratio <= 1.5,
        ...(ratio <= 1.5 ? {} : { by: `${(ratio / 1.5).toFixed(2)}× over the allowance` }),
      });
    } else checks.push({ target: 'search latency within 1.5× of plain MiniSearch', size: size.size, measured: 'not measured', met: null });
    for (const run of size.runs) {
      if (run.engine === 'depeche' || run.engine === 'minisearch') continue;
      const peer = run.build;
      if (!ds || !peer?.search) {
        checks.push({ target: `faster than ${run.engine} at equal or better top-1`, size: size.size, measured: run.skipped ? `skipped (${run.skipped})` : 'not measured', met: null });
        continue;
      }
      const faster = ds.p50 < peer.search.p50 && ds.p99 < peer.search.p99;
      const accurate = (meanAccuracy(d?.build) ?? 0) >= (meanAccuracy(peer) ?? 0);
      checks.push({
        target: `faster than ${run.engine} at equal or better top-1`,
        size: size.size,
        measured: `p50 ${(ds.p50 / peer.search.p50).toFixed(2)}×, p99 ${(ds.p99 / peer.search.p99).toFixed(2)}×; top-1 ${pct(meanAccuracy(d?.build))} vs ${pct(meanAccuracy(peer))}`,
        met: faster && accurate,
        ...(faster && accurate ? {} : { by: [faster ? '' : 'slower', accurate ? '' : 'less accurate'].filter(Boolean).join(' and ') }),
      });
    }
  }
  for (const c of report.endToEnd?.cases ?? []) {
    const p99 = c.latency?.p99;
    checks.push({
      target: `${c.platform} ${c.what} p99 < ${c.targetP99Ms} ms at ${c.concurrency} concurrent`,
      size: 0,
      measured: p99 === undefined ? 'not measured' : `${p99.toFixed(1)} ms${c.errors ? `, ${c.errors} errors` : ''}`,
      met: p99 === undefined ? null : p99 < c.targetP99Ms && !c.errors,
      ...(p99 !== undefined && p99 >= c.targetP99Ms ? { by: `${(p99 / c.targetP99Ms).toFixed(2)}× the limit` } : {}),
    });
  }
  if (report.endToEnd?.status === 'not available') {
    checks.push({ target: 'Slack / Discord round trips on the stand-ins', size: 0, measured: `not measured: ${report.endToEnd.reason}`, met: null });
  }
  return checks;
}

export function formatReport(report: BenchReport): string {
  const parts: string[] = [];
  for (const size of report.sizes) {
    parts.push(`\n### ${size.articles.toLocaleString('en')} articles, ${size.passages.toLocaleString('en')} passages\n`);
    parts.push(sizeTable(size));
    const ratios = ratioTable(size);
    if (ratios) parts.push(`\n${ratios}`);
  }
  if (report.endToEnd) {
    parts.push(`\n### Chat round trips on the local stand-ins${report.endToEnd.corpus ? ` (${report.endToEnd.corpus})` : ''}\n`);
    if (report.endToEnd.status === 'measured' && report.endToEnd.reason) parts.push(`note: ${report.endToEnd.reason}\n`);
    if (report.endToEnd.status !== 'measured') parts.push(`not measured: ${report.endToEnd.reason}`);
    else
      parts.push(
        table(
          ['platform', 'measured', 'concurrent', 'p50 ms', 'p99 ms', 'errors'],
          report.endToEnd.cases.map((c) => [c.platform, c.what, String(c.concurrency), ms(c.latency?.p50), ms(c.latency?.p99), String(c.errors ?? 0)]),
        ),
      );
  }
  if (report.targets.length) {
    parts.push('\n### Targets\n');
    parts.push(
      table(
        ['target', 'at', 'measured', 'met'],
        report.targets.map((t) => [t.target, t.size ? `${t.size.toLocaleString('en')} articles` : 'stand-ins', t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : `**no** (${t.by})`]),
      ),
    );
  }
  return parts.join('\n');
}
