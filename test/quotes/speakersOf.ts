/**
 * Test helper: the speaker of each quotation of a one-article corpus written for a test, as the
 * quotation store attributes it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';

/** Every quotation the store reads in a corpus of these files (name → whole text, front matter included). */
export async function quotationsIn(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-speakers-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const engine = await Engine.open({ corpusDir: dir, dataDir: null });
  const store = QuoteStore.build(engine);
  await engine.close();
  return store.groups.flatMap((g) => g.members);
}

/** Speaker name (null: unnamed) of the quotation holding `words`, in a one-article corpus. */
export async function speakersOf(lang: 'fr' | 'en', body: string): Promise<(words: string) => string | null> {
  const members = await quotationsIn({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
  return (words: string) => {
    // The quotation printed as these very words first (a direct one), else one holding them.
    const found = members.find((m) => m.quote === words) ?? members.find((m) => m.quote.includes(words));
    if (!found) throw new Error(`no quotation holds "${words}": ${members.map((m) => m.quote).join(' | ')}`);
    return found.speakerRef?.name ?? null;
  };
}

/**
 * The quotations of one short article written for a test, looked up by words they hold: the
 * speaker phrase as printed, the person it names, the quotation.
 */
export async function readSpeakers(lang: 'fr' | 'en', body: string) {
  const members = await quotationsIn({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
  const find = (words: string) => members.find((m) => m.quote.includes(words));
  const q = (words: string) => {
    const found = find(words);
    if (!found) throw new Error(`no quotation holds "${words}": ${members.map((m) => m.quote).join(' | ')}`);
    return { phrase: found.speakerPhrase, name: found.speakerRef?.name ?? null, quote: found.quote };
  };
  return Object.assign(q, { has: (words: string) => find(words) !== undefined, all: members });
}
