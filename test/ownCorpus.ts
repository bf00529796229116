/**
 * An engine over articles a test writes itself: the files go into a fresh temporary folder before
 * the tests of the calling `describe`, and the engine is closed and the folder removed after them.
 * A file is its text, or its lines.
 */
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Engine } from '../src/engine/engine.js';

export function ownCorpus(prefix: string, files: Record<string, string | string[]>): () => Engine {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), `depeche-${prefix}-`));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), Array.isArray(text) ? text.join('\n') : text);
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => engine;
}

/** An article file with front matter (title, outlet, published, lang) and its body. */
export const articleFile = (outlet: string, published: string, lang: 'fr' | 'en', title: string, body: string) => `---
title: ${JSON.stringify(title)}
outlet: ${outlet}
published: ${published}
lang: ${lang}
---
${body}
`;
