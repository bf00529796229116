/**
 * The benchmark's own machinery: the corpus generator is deterministic and realistic enough to
 * parse as French news with quotations, and the harness measures every engine on the bundled
 * articles. (No timing is asserted: the figures come from `npm run bench`.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSources, foldText, generateCorpus, writeCorpus, type GenerateOptions } from '../../bench/generateCorpus.js';
import { holdsQuotation, percentile } from '../../bench/measure.js';
import { createPeer, PEER_NAMES } from '../../bench/peers.js';
import { buildQuerySet, readEvalQuestions, withoutAccents, withTypo } from '../../bench/queries.js';
import { checkTargets, formatReport } from '../../bench/report.js';
import { DEFAULT_OPTIONS, parseArgs, runSize } from '../../bench/run.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { loadPassages } from '../../bench/passages.js';

const projectDir = resolve(import.meta.dirname, '../..');
const sources = defaultSources(projectDir);
const cacheDir = mkdtempSync(join(tmpdir(), 'depeche-bench-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const articles = (options: GenerateOptions) => [...generateCorpus(options)];

describe('corpus generator', () => {
  it('produces the same corpus for the same seed, and another for another seed', () => {
    const a = articles({ size: 40, seed: 7, sources });
    const b = articles({ size: 40, seed: 7, sources });
    const c = articles({ size: 40, seed: 8, sources });
    expect(a).toEqual(b);
    expect(a.slice(sources.length).map((x) => x.content)).not.toEqual(c.slice(sources.length).map((x) => x.content));
  });

  it('grows by adding articles: a small corpus is the start of a larger one', () => {
    const small = articles({ size: 20, seed: 3, sources });
    const large = articles({ size: 60, seed: 3, sources });
    expect(large.slice(0, 20)).toEqual(small);
  });

  it('keeps the real articles verbatim and leaves held-out quotations to them alone', () => {
    const holdOut = ['lutte sacrée', 'grand intérêt pour la technologie des fusées'];
    const corpus = articles({ size: 300, seed: 1, sources, holdOut });
    expect(corpus.slice(0, sources.length).map((a) => a.content)).toEqual(sources.map((s) => s.content));
    for (const generated of corpus.slice(sources.length)) {
      for (const phrase of holdOut) expect(foldText(generated.content)).not.toContain(foldText(phrase));
    }
  });

  it('writes French news articles with front matter, quotations and speakers, that Depeche parses', () => {
    const corpus = articles({ size: 50, seed: 5, sources }).slice(sources.length);
    let quoted = 0;
    let paragraphs = 0;
    for (const article of corpus) {
      const parsed = parseArticle(article.file, Buffer.from(article.content));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.article.lang).toBe('fr');
      expect(parsed.article.outlet).toBeTruthy();
      paragraphs += parsed.article.paragraphs.length;
      if (/« [^»]+ »,? (a|selon)|a (déclaré|affirmé|ajouté|estimé|souligné|assuré|expliqué|indiqué|martelé|prévenu|dit|rappelé) /.test(article.content)) quoted++;
    }
    expect(quoted).toBeGreaterThan(corpus.length / 2);
    expect(paragraphs).toBeGreaterThan(corpus.length * 3);
  });

  it('grows its vocabulary with the corpus, as real news does', () => {
    const vocabulary = (size: number) => {
      const words = new Set<string>();
      for (const a of articles({ size, seed: 9, sources })) for (const w of foldText(a.content).split(/[^a-z]+/)) if (w) words.add(w);
      return words.size;
    };
    expect(vocabulary(400)).toBeGreaterThan(vocabulary(100) * 1.5);
  });

  it('caches a written corpus under a name that depends on its inputs', () => {
    const first = writeCorpus(cacheDir, { size: 8, seed: 2, sources });
    expect(writeCorpus(cacheDir, { size: 8, seed: 2, sources })).toBe(first);
    expect(writeCorpus(cacheDir, { size: 8, seed: 4, sources })).not.toBe(first);
    expect(readFileSync(join(first, 'gen-000007.md'), 'utf8')).toBe(articles({ size: 8, seed: 2, sources })[7]!.content);
  });
});

describe('queries and measures', () => {
  it('derives the no-accent and typo variants of a quotation', () => {
    expect(withoutAccents('lutte sacrée à Moscou')).toBe('lutte sacree a Moscou');
    const typo = withTypo('accord d’armement naissant');
    expect(typo).not.toBe('accord d’armement naissant');
    expect(typo.length).toBe('accord d’armement naissant'.length);
  });

  it('judges a passage by the quotation it holds, whatever its typography', () => {
    expect(holdsQuotation('une visite n’était “pas encore à l’ordre du jour”, selon TASS', "pas encore à l'ordre du jour")).toBe(true);
    expect(holdsQuotation('La lutte continue, sacrée ou non.', 'lutte sacrée')).toBe(false);
  });

  it('takes percentiles by rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
  });

  it('reads sizes and engines from the command line and refuses unknown ones', () => {
    expect(parseArgs(['--sizes', '5,1000', '--engines', 'depeche,minisearch']).sizes).toEqual([5, 1000]);
    expect(parseArgs([]).sizes).toEqual(DEFAULT_OPTIONS.sizes);
    expect(() => parseArgs(['--engines', 'elastic'])).toThrow(/unknown engine/);
    expect(() => parseArgs(['--sizes', 'many'])).toThrow(/not a number/);
  });
});

describe('harness on the bundled articles', () => {
  const evalFile = DEFAULT_OPTIONS.evalFile;

  it('finds the evaluation quotations with every peer engine, configured for French', async () => {
    const passages = await loadPassages(join(projectDir, 'corpus'));
    const questions = readEvalQuestions(evalFile);
    for (const name of PEER_NAMES) {
      const peer = createPeer(name);
      await peer.build(passages);
      const restored = createPeer(name);
      await restored.load(await peer.serialize(), passages);
      const text = new Map(passages.map((p) => [p.id, p.text]));
      let found = 0;
      for (const q of questions) if (holdsQuotation(text.get((await restored.search(q.query, 5))[0] ?? '') ?? '', q.query)) found++;
      expect(found, name).toBeGreaterThan(questions.length / 2);
    }
  });

  it('measures Depeche and plain MiniSearch in their own processes and reports them', async () => {
    const options = { ...DEFAULT_OPTIONS, engines: ['depeche', 'minisearch'] as const, rounds: 1, sampled: 5, cacheDir, outDir: null, verbose: false };
    const size = await runSize(5, { ...options, engines: [...options.engines] });
    const questions = readEvalQuestions(evalFile);
    expect(size.passages).toBeGreaterThan(0);
    expect(buildQuerySet(questions, [], 0, 1).latency).toHaveLength(questions.length * 3);
    for (const run of size.runs) {
      expect(run.failed, run.engine).toBeUndefined();
      expect(run.build!.search!.samples).toBe(questions.length * 3 + 5);
      expect(run.build!.quality!.firstRank.exact).toBeGreaterThan(0.5);
      expect(run.build!.rssMB).toBeGreaterThan(run.build!.heapUsedMB);
      expect(run.cold!.coldStartMs).toBeGreaterThan(0);
    }
    expect(size.runs.find((r) => r.engine === 'depeche')!.build!.ask!.samples).toBeGreaterThan(0);
    const report = { date: '', machine: { cpus: 2, cpuModel: '', memoryGB: 1, node: '' }, options: {}, sizes: [size], targets: [] };
    const targets = checkTargets(report);
    expect(targets.find((t) => t.target.startsWith('cold start'))!.met).not.toBeNull();
    expect(formatReport({ ...report, targets })).toContain('| depeche |');
  }, 120_000);
});
