/** A command for adapter concurrency tests: echoes its word after a pause, fails on "boom", and counts how many run at once. */
import { defineCommand } from '../../src/engine/commandDefinition.js';

export function echoCommand() {
  const concurrency = { active: 0, mostActive: 0 };
  const command = defineCommand({
    name: 'echo',
    description: { fr: 'Répète', en: 'Echoes' },
    options: [{ name: 'word', type: 'string', required: true, description: { fr: 'Mot', en: 'Word' } }],
    examples: ['/echo bonjour'],
    run: async (_ctx, args) => {
      concurrency.active++;
      concurrency.mostActive = Math.max(concurrency.mostActive, concurrency.active);
      try {
        // An answer that waits on I/O.
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (args.word === 'boom') throw new Error('the engine broke');
        return { command: 'echo', query: String(args.word), results: [{ text: `echo ${args.word}`, articles: [] }] };
      } finally {
        concurrency.active--;
      }
    },
  });
  return { command, concurrency };
}
