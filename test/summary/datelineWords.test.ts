import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Engine } from '../../src/engine/engine.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: a wire report whose long dateline names where it was filed, and a paper reporting the same collapse.
const articles: Record<string, string> = {
  'wire-2026-03-04.txt': `Crane collapse shuts Orlanne dock

SAINT-PIERRE-LES-ORMES, Norland, March 4, 2026 (Exemple Wire) - Port officials closed the north dock of Orlanne after a crane collapsed onto a cargo ship on Tuesday.

Nobody was hurt, the port said.
`,
  'herald-2026-03-04.md': `---
title: Orlanne port chaos
outlet: Orlanne Herald
date: 2026-03-04
lang: en
---
A crane collapsed onto a cargo ship at Orlanne's north dock on Tuesday, and traffic is expected to stay halted for several days while engineers inspect the structure and the damaged vessel.

Dockers said they had warned about the crane for months.
`,
  'gazette-2026-03-05.md': `---
title: Orlanne dockers angry
outlet: Orlanne Gazette
date: 2026-03-05
lang: en
---
Orlanne's dockers held a meeting on Wednesday about safety at the port.

The union wants an independent inspection of every crane.
`,
};

describe('/summary: a wire dateline is no part of what its sentence says', () => {
  let engine: Engine;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-dateline-'));
    for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, name), text);
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('cites the paper reporting the same collapse: the place and agency of the dateline do not dilute the words in common', () => {
    const collapse = summarize(engine).sentences.find((s) => /closed the north dock/u.test(s.text));
    expect(collapse?.text.startsWith('Port officials')).toBe(true);
    expect(collapse?.articleIds).toEqual(['wire-2026-03-04', 'herald-2026-03-04']);
  });
});
