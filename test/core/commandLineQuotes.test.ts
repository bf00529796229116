/**
 * A quotation pasted into a command often holds quotation marks of its own: the command line takes
 * the whole quotation as the option's value, and words left over get a message that says what to do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { CommandDefinition } from '../../src/engine/commandDefinition.js';
import { parseCommandLine } from '../../src/engine/commandLine.js';

// The product's own commands: /who-said takes quote:, /quotes takes speaker: and topic:.
let commands: CommandDefinition[];
beforeAll(async () => {
  commands = await loadCommands();
});

describe('quotation marks inside a quoted option value', () => {
  it('takes the whole quotation when it holds straight quotation marks of its own', () => {
    expect(parseCommandLine('/who-said quote:"Le facteur m\'a crié : "Revenez demain", puis il est parti"', commands)).toMatchObject({
      ok: true,
      args: { quote: 'Le facteur m\'a crié : "Revenez demain", puis il est parti' },
    });
    expect(parseCommandLine('/who-said quote:"She told us "no way" and left"', commands)).toMatchObject({
      ok: true,
      args: { quote: 'She told us "no way" and left' },
    });
    expect(parseCommandLine('/who-said quote:« Il a dit « jamais » hier »', commands)).toMatchObject({ ok: true, args: { quote: 'Il a dit « jamais » hier' } });
  });

  it('still ends a quoted value before the next option', () => {
    expect(parseCommandLine('/quotes speaker:"Ana Lopes" topic:"port fees"', commands)).toMatchObject({ ok: true, args: { speaker: 'Ana Lopes', topic: 'port fees' } });
    expect(parseCommandLine('/quotes speaker:"Ana "the boss" Lopes" topic:fees', commands)).toMatchObject({ ok: true, args: { speaker: 'Ana "the boss" Lopes', topic: 'fees' } });
  });

  it('says what to do with words left over, instead of calling them an unknown option', () => {
    const parsed = parseCommandLine('/who-said quote:"Ask "them" later" and more', commands);
    expect(parsed).toMatchObject({ ok: false, error: { key: 'extraText', params: { name: 'who-said' } } });
  });
});
