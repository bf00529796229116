/**
 * `npm run eval`: runs every question of ../shared/eval/who-said.dev.jsonl through the CLI
 * (`ask "/who-said …" --json`, the same code path users get) and prints, per question and in
 * total, whether the first result names the right speaker and cites the right articles.
 * Seeds ("000") are matched to corpus articles by their text (../shared/seeds/000_*.txt).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { Engine } from '../engine/engine.js';
import { contentWords } from '../text/analyzer.js';
import { normalizeForMatch } from '../text/normalize.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EVAL_FILE = process.env.DEPECHE_EVAL_FILE ?? path.resolve(repo, '../shared/eval/who-said.dev.jsonl');
const SEEDS_DIR = path.resolve(repo, '../shared/seeds');
const CORPUS = process.env.DEPECHE_CORPUS ?? path.join(repo, 'corpus');

interface EvalCase {
  query: string;
  speaker: string;
  accept: string[];
  seeds: string[];
}

interface Output {
  results: { speaker?: string | null; articles: { id: string }[] }[];
  notice?: string;
}

async function askJson(line: string): Promise<Output> {
  let out = '';
  const sink = (write: (s: string) => void) => ({ write: (chunk: string) => (write(String(chunk)), true) }) as unknown as NodeJS.WritableStream;
  const code = await main(['ask', line, '--json', '--corpus', CORPUS], sink((s) => (out += s)), sink(() => undefined));
  if (code !== 0 && !out) throw new Error(`exit status ${code} for ${line}`);
  return JSON.parse(out) as Output;
}

/** Maps a seed number to the corpus article holding the same text. */
function seedArticles(engine: Engine): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(SEEDS_DIR)) return map;
  const corpus = engine.articles.map((a) => ({ id: a.id, words: new Set(contentWords(a.paragraphs.map((p) => p.text).join(' '))) }));
  for (const file of readdirSync(SEEDS_DIR).filter((f) => /^\d+_.*\.txt$/.test(f))) {
    const words = new Set(contentWords(readFileSync(path.join(SEEDS_DIR, file), 'utf8')));
    let best: { id: string; score: number } | null = null;
    for (const a of corpus) {
      let common = 0;
      for (const w of a.words) if (words.has(w)) common++;
      const score = common / Math.max(1, a.words.size);
      if (!best || score > best.score) best = { id: a.id, score };
    }
    if (best && best.score > 0.5) map.set(file.split('_')[0], best.id);
  }
  return map;
}

async function run(): Promise<number> {
  if (!existsSync(EVAL_FILE)) {
    process.stderr.write(`No evaluation file at ${EVAL_FILE}. Put who-said.dev.jsonl there (one {"query","speaker","accept","seeds"} per line) or set DEPECHE_EVAL_FILE.\n`);
    return 2;
  }
  const cases = readFileSync(EVAL_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
  const engine = await Engine.open({ corpusDir: CORPUS, dataDir: null });
  const seeds = seedArticles(engine);
  await engine.close();

  let speakerOk = 0;
  let articlesOk = 0;
  let bothOk = 0;
  for (const c of cases) {
    const answer = await askJson(`/who-said quote:"${c.query.replace(/"/g, '')}"`);
    const first = answer.results[0];
    const said = first?.speaker ?? null;
    const okSpeaker = said !== null && c.accept.some((a) => normalizeForMatch(said).includes(normalizeForMatch(a)));
    const expected = c.seeds.map((s) => seeds.get(s) ?? s);
    const cited = new Set(first?.articles.map((a) => a.id) ?? []);
    const okArticles = expected.every((id) => cited.has(id));
    speakerOk += okSpeaker ? 1 : 0;
    articlesOk += okArticles ? 1 : 0;
    bothOk += okSpeaker && okArticles ? 1 : 0;
    const mark = okSpeaker && okArticles ? 'ok  ' : 'FAIL';
    process.stdout.write(`${mark} ${c.query} → ${said ?? '(no speaker)'} [${[...cited].join(', ')}]${okArticles ? '' : ` (expected ${expected.join(', ')})`}\n`);
  }
  const pct = (n: number) => `${n}/${cases.length} (${((100 * n) / cases.length).toFixed(1)}%)`;
  process.stdout.write(`\nspeaker first: ${pct(speakerOk)}\narticles cited: ${pct(articlesOk)}\naccuracy (both): ${pct(bothOk)}\n`);
  return 0;
}

run().then((code) => {
  process.exitCode = code;
});
