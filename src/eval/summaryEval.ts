/**
 * `npm run eval:summary`: how well /summary covers a story and how honestly it cites, on the bundled
 * corpus and every fixture whose README lists its main facts.
 * - Facts: how many of each corpus's gold main facts (test/gold/summaryFacts.ts) a sentence of the
 *   default six-sentence summary states.
 * - Citations: each outlet cited beside a sentence, besides the sentence's own, judged by reading
 *   the cited article (test/gold/summaryCitations.json: "<first 60 characters of the sentence>|<article id>"
 *   → whether that article reports the sentence's fact). A pair never judged is counted apart: judge
 *   it and add it to the file when a change brings new ones.
 * `--verbose` prints each summary with the facts it states and the citations judged wrong or not judged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine.js';
import { summarize } from '../summary/summarize.js';
import { FACTS, type Fact } from '../../test/gold/summaryFacts.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(repo, 'test/fixtures');
const JUDGED: Record<string, boolean> = JSON.parse(readFileSync(path.join(repo, 'test/gold/summaryCitations.json'), 'utf8'));

/** Lower case, no accents, plain quotes: the form the gold patterns are written in. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLowerCase();

const states = (fact: Fact, text: string) => fact.every((re) => re.test(text));

const verbose = process.argv.includes('--verbose');
/** The reader's language, as the command passes it (`--locale en`; French by default, as DEPECHE_LOCALE). */
const locale = process.argv.includes('--locale') && process.argv[process.argv.indexOf('--locale') + 1] === 'en' ? 'en' : 'fr';
const corpora = [
  { name: 'bundled', dir: path.join(repo, 'corpus') },
  ...readdirSync(FIXTURES)
    .sort()
    .filter((name) => FACTS[name] && existsSync(path.join(FIXTURES, name)))
    .map((name) => ({ name, dir: path.join(FIXTURES, name) })),
];

let stated = 0;
let total = 0;
const cites = { right: 0, wrong: 0, unjudged: 0 };
for (const { name, dir } of corpora) {
  const engine = await Engine.open({ corpusDir: dir, dataDir: null });
  const summary = summarize(engine, { locale });
  await engine.close();
  const texts = summary.sentences.map((s) => fold(s.text));
  const hits = FACTS[name].map((fact) => texts.flatMap((t, i) => (states(fact, t) ? [i + 1] : [])));
  const got = hits.filter((h) => h.length > 0).length;
  stated += got;
  total += hits.length;
  const notes: string[] = [];
  for (const s of summary.sentences) {
    for (const id of s.articleIds.slice(1)) {
      const judged = JUDGED[`${s.unit.text.slice(0, 60)}|${id}`];
      if (judged === true) cites.right++;
      else if (judged === false) (cites.wrong++, notes.push(`wrong citation ${id}: ${s.text.slice(0, 90)}`));
      else (cites.unjudged++, notes.push(`not judged ${id}: ${s.text.slice(0, 90)}`));
    }
  }
  console.log(`${name.padEnd(18)} ${got}/${hits.length}  ${hits.map((h, f) => `F${f + 1} ${h.length ? '✓' : '✗'}`).join(' ')}`);
  if (verbose) {
    summary.sentences.forEach((s, i) => console.log(`    ${i + 1}. [${s.articleIds.length}] ${s.text.slice(0, 150)}`));
    for (const note of notes) console.log(`    ${note}`);
  }
}
const judged = cites.right + cites.wrong;
console.log(`\nfacts stated: ${stated}/${total} (${((100 * stated) / total).toFixed(1)}%)`);
console.log(`citations: ${cites.right} right, ${cites.wrong} wrong (${judged ? ((100 * cites.right) / judged).toFixed(1) : '–'}% right), ${cites.unjudged} not judged`);
