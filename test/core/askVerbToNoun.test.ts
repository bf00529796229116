/**
 * /ask reaches a noun from its verb: "Qui a démissionné ?" finds the passage where someone
 * "a présenté sa démission". Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { runCommand } from '../../src/engine/runCommand.js';
import { ownCorpus } from '../ownCorpus.js';

describe('/ask finds the noun of the verb asked about', () => {
  const engine = ownCorpus('ask-verb-noun', {
    'a.md': [
      '---', 'outlet: Le Courrier', 'published: 2026-03-04', 'lang: fr', '---', '',
      'La ministre de la Culture, Anne Roux, a présenté sa démission ce matin au chef du gouvernement.',
      '', 'Le conseil municipal se réunira jeudi pour voter le budget de la ville.',
      '', 'Les travaux du pont reprendront au printemps, selon la préfecture.',
    ].join('\n'),
  });

  it('"Qui a démissionné ?" answers with "a présenté sa démission"', async () => {
    const commands = await loadCommands();
    const answer = await runCommand(commands, 'ask', { question: 'Qui a démissionné ?' }, { engine: engine(), locale: 'fr', now: new Date(), services: {} });
    expect(answer.results[0]?.text ?? '').toContain('a présenté sa démission');
  });
});
