/**
 * A quotation pasted into a command often holds quotation marks of its own: the command line takes
 * the whole quotation as the option's value, and words left over get a message that says what to do.
 */
import { describe, expect, it } from 'vitest';
import { defineCommand, type CommandDefinition } from '../../src/engine/commandDefinition.js';
import { parseCommandLine } from '../../src/engine/commandLine.js';

const noAnswer = () => ({ command: 'x', query: '', results: [] });
const commands: CommandDefinition[] = [
  defineCommand({
    name: 'who-said',
    description: { fr: 'Qui a dit une citation', en: 'Who said a quotation' },
    options: [{ name: 'quote', type: 'string', required: true, maxLength: 300, description: { fr: 'La citation', en: 'The quotation' } }],
    examples: ['/who-said lutte sacrée'],
    run: noAnswer,
  }),
  defineCommand({
    name: 'quotes',
    description: { fr: 'Ce qu’une personne a dit', en: 'What a person said' },
    options: [
      { name: 'speaker', type: 'string', required: true, description: { fr: 'La personne', en: 'The person' } },
      { name: 'topic', type: 'string', description: { fr: 'Le sujet', en: 'The topic' } },
    ],
    examples: ['/quotes Kirby topic:artillerie'],
    run: noAnswer,
  }),
];

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
