/**
 * A wire dateline ("LONDON, June 4 — ", "MARSEILLE (AFP) - ", "GENÈVE, 3 juin (ATS) - ") is where
 * the dispatch was filed, not part of the passage: /ask shows passages without it, as summaries,
 * the timeline and quotations do. Articles written for this test.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { CommandContext } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';
import { runCommand } from '../../src/engine/runCommand.js';
import { datelineAgency } from '../../src/corpus/inferMetadata.js';
import { withoutDateline } from '../../src/text/dateline.js';

describe('wire datelines', () => {
  it('are trimmed with an em dash and no agency, as with an agency or a bare place', () => {
    expect(withoutDateline('LONDON, June 4 — About 3,000 commuters were stranded, the operator said.')).toBe('About 3,000 commuters were stranded, the operator said.');
    expect(withoutDateline('MARSEILLE, 4 juin — Quelque 3 000 voyageurs sont restés bloqués, selon la SNCF.')).toBe('Quelque 3 000 voyageurs sont restés bloqués, selon la SNCF.');
    expect(withoutDateline('GENÈVE, 3 juin (ATS) - Le lac a débordé.')).toBe('Le lac a débordé.');
    // A sentence that opens with a name in capitals and a dash inside is no dateline.
    expect(withoutDateline('La SNCF a prévenu — trop tard — les voyageurs.')).toBe('La SNCF a prévenu — trop tard — les voyageurs.');
  });

  it('may name several cities joined by slashes, in English and French, and still credit the agency', () => {
    expect(withoutDateline('LONDON/PARIS, May 7 (Reuters) - The two grid operators agreed a link.')).toBe('The two grid operators agreed a link.');
    expect(withoutDateline('PARIS / BERLIN, 7 mai (AFP) - Les deux opérateurs ont signé.')).toBe('Les deux opérateurs ont signé.');
    expect(withoutDateline('WASHINGTON/NEW YORK/OTTAWA — The three leaders spoke by phone.')).toBe('The three leaders spoke by phone.');
    expect(datelineAgency('LONDON/PARIS, May 7 (Reuters) - The two grid operators agreed a link.')).toBe('Reuters');
    expect(datelineAgency('PARIS/BRUXELLES, 7 mai (AFP) - Les deux opérateurs ont signé.')).toBe('AFP');
    // A slash inside a sentence opened by capitals is no dateline.
    expect(withoutDateline('UE/Chine : les négociations reprennent — enfin — à Genève.')).toBe('UE/Chine : les négociations reprennent — enfin — à Genève.');
  });
});

describe('/ask passages', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-dateline-'));
    await writeFile(
      path.join(dir, 'courier-2025-06-04.md'),
      '---\noutlet: The Courier\nlang: en\npublished: 2025-06-04\n---\nLONDON, June 4 — About 3,000 commuters were stranded at Waterloo station after a signal failure, the operator said.\n\nTrains resumed in the evening.\n',
    );
    await writeFile(
      path.join(dir, 'provence-2025-06-04.md'),
      "---\noutlet: La Provence\nlang: fr\npublished: 2025-06-04\n---\nMARSEILLE, 4 juin — Quelque 3 000 voyageurs sont restés bloqués en gare Saint-Charles après une panne de signalisation, selon la SNCF.\n\nLe trafic a repris en soirée.\n",
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });
  const context = (): CommandContext => ({ engine, locale: 'en', now: new Date(), services: {} });

  it('show the sentence without its dateline, in English and French', async () => {
    const commands = await loadCommands();
    const en = await runCommand(commands, 'ask', { question: 'commuters stranded Waterloo signal failure' }, context());
    expect(en.results[0].text).toBe('About 3,000 commuters were stranded at Waterloo station after a signal failure, the operator said.');
    const fr = await runCommand(commands, 'ask', { question: 'voyageurs bloqués Saint-Charles panne' }, context());
    expect(fr.results[0].text).toBe('Quelque 3 000 voyageurs sont restés bloqués en gare Saint-Charles après une panne de signalisation, selon la SNCF.');
  });
});
