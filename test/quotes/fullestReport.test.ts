/**
 * /quotes shows each quotation once, in its fullest print: a headline quoting a few words of an
 * interview answer stands for that answer, which is listed whole, never replaced by the headline's
 * words. A short interview written for this test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import quotesCommand from '../../commands/quotes.js';
import type { Answer } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';

describe('a longer quotation holding a shorter one is the one shown', () => {
  it('fr: the headline « Nous ne fermerons aucun site » gives way to the whole answer holding it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-fullest-'));
    writeFileSync(
      path.join(dir, 'radio-entretien.txt'),
      [
        "« Nous ne fermerons aucun site » : la directrice de Textiles Morand face aux salariés",
        'Publié le 4 mars 2026 à 12h10',
        '',
        "Deux semaines après l'annonce du plan d'économies, Claire Dufay, directrice générale de Textiles Morand, répond à nos questions.",
        '',
        "Q : Les salariés doivent-ils s'inquiéter ?",
        "R : Les commandes ont repris depuis janvier et les comptes sont à l'équilibre. Nous ne fermerons aucun site cette année.",
        '',
        'Q : Et les salaires ?',
        "R : Il est trop tôt pour parler d'augmentations. Nous en discuterons avec les syndicats au printemps.",
      ].join('\n'),
    );
    const engine = await Engine.open({ corpusDir: dir, dataDir: null });
    const answer = (await quotesCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, { speaker: 'Dufay' })) as Answer;
    await engine.close();
    const shown = answer.results.map((r) => r.quote ?? '');
    expect(shown.some((q) => q.includes('Les commandes ont repris') && q.includes('Nous ne fermerons aucun site'))).toBe(true);
    expect(shown.some((q) => q.includes('trop tôt pour parler'))).toBe(true);
  });
});
