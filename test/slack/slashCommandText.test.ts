import { describe, expect, it } from 'vitest';
import { defineCommand, type CommandDefinition } from '../../src/engine/commandDefinition.js';
import { clipEscaped, clipFormatted, escapeMrkdwn, slackTextToPlain } from '../../src/platforms/slack/mrkdwn.js';
import { parseSlashCommand } from '../../src/platforms/slack/slashCommandText.js';
import { commandUsageHint, renderCommandHelp } from '../../src/platforms/slack/usage.js';

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
  defineCommand({
    name: 'digest',
    description: { fr: 'Digests programmés', en: 'Scheduled digests' },
    options: [],
    subcommands: [
      { name: 'schedule', description: { fr: 'Programmer', en: 'Schedule' }, options: [
        { name: 'cron', type: 'string', required: true, description: { fr: 'Expression cron', en: 'Cron expression' } },
        { name: 'tz', type: 'string', description: { fr: 'Fuseau', en: 'Time zone' } },
      ] },
      { name: 'off', description: { fr: 'Arrêter', en: 'Stop' }, options: [] },
    ],
    examples: ['/digest schedule cron:"0 8 * * 1-5" tz:Europe/Paris'],
    run: noAnswer,
  }),
];

describe('slash command text', () => {
  it('takes the first option bare: /who-said lutte sacrée', () => {
    expect(parseSlashCommand('/who-said', 'lutte sacrée', commands)).toEqual({
      kind: 'run', name: 'who-said', args: { quote: 'lutte sacrée' }, private: false,
    });
  });

  it('reads name:value options after a bare first option: /quotes Kirby topic:artillerie', () => {
    expect(parseSlashCommand('/quotes', 'Kirby topic:artillerie', commands)).toMatchObject({
      kind: 'run', args: { speaker: 'Kirby', topic: 'artillerie' },
    });
  });

  it('undoes Slack escaping and understands quoted values and subcommands', () => {
    const parsed = parseSlashCommand('/digest', 'schedule cron:"0 8 * * 1-5" tz:Europe/Paris', commands);
    expect(parsed).toMatchObject({ kind: 'run', args: { subcommand: 'schedule', cron: '0 8 * * 1-5', tz: 'Europe/Paris' } });
    expect(parseSlashCommand('/who-said', 'guns &amp; butter &lt;now&gt;', commands)).toMatchObject({ args: { quote: 'guns & butter <now>' } });
  });

  it('answers privately when the text ends with the private flag word', () => {
    expect(parseSlashCommand('/who-said', 'lutte sacrée private', commands)).toMatchObject({ kind: 'run', private: true, args: { quote: 'lutte sacrée' } });
    expect(parseSlashCommand('/who-said', 'lutte sacrée privé', commands)).toMatchObject({ private: true });
  });

  it('shows the command help for `help` and reports a missing option as an error', () => {
    expect(parseSlashCommand('/quotes', 'help', commands)).toEqual({ kind: 'help', name: 'quotes' });
    expect(parseSlashCommand('/who-said', '', commands)).toMatchObject({ kind: 'error', key: 'missingOption' });
    expect(parseSlashCommand('/quotes', 'Kirby colour:blue', commands)).toMatchObject({ kind: 'error', key: 'unknownOption' });
  });

  it('reads an option written with no value ("quote:") as a missing option, not as the words "quote:"', () => {
    expect(parseSlashCommand('/who-said', 'quote:', commands)).toMatchObject({ kind: 'error', key: 'missingOption' });
    expect(parseSlashCommand('/quotes', 'speaker:  ', commands)).toMatchObject({ kind: 'error', key: 'missingOption' });
    // A last word ending in a colon that is no option of the command stays words.
    expect(parseSlashCommand('/who-said', 'il a dit:', commands)).toMatchObject({ kind: 'run', args: { quote: 'il a dit:' } });
  });

  it('reports an option given twice instead of keeping one silently', () => {
    expect(parseSlashCommand('/quotes', 'speaker:Kirby speaker:Blinken', commands)).toMatchObject({ kind: 'error', key: 'repeatedOption' });
    expect(parseSlashCommand('/quotes', 'Kirby topic:armes topic:artillerie', commands)).toMatchObject({ kind: 'error', key: 'repeatedOption' });
  });

  it('writes usage hints and help from the definitions', () => {
    expect(commandUsageHint(commands[1], 'en')).toBe('<speaker> [topic:<topic>] [private]');
    expect(commandUsageHint(commands[2], 'en')).toBe('schedule cron:<cron> [tz:<tz>] | off');
    const help = renderCommandHelp(commands[1], 'fr');
    expect(help).toContain('*/quotes* — Ce qu’une personne a dit');
    expect(help).toContain('`/quotes Kirby topic:artillerie`');
    expect(help).toContain('(obligatoire)');
  });
});

describe('Slack text and mrkdwn', () => {
  it('reads a mention as the words the user typed', () => {
    expect(slackTextToPlain('<@UDEPECHE> qui a dit &laquo; x &raquo; &amp; <https://a.example/b|ce lien> ?', 'UDEPECHE')).toBe(
      'qui a dit &laquo; x &raquo; & ce lien ?',
    );
    expect(slackTextToPlain('<@UDEPECHE|depeche> what did <@U42|kirby> say in <#C1|news>?', 'UDEPECHE')).toBe('what did @kirby say in #news?');
  });

  it('neutralises <!channel>, <!here>, <@U…> and @everyone in anything shown', () => {
    const shown = escapeMrkdwn('<!channel> <!here|here> <@U123> @everyone @Here');
    expect(shown).toBe('&lt;!channel&gt; &lt;!here|here&gt; &lt;@U123&gt; @\u2060everyone @\u2060Here');
  });

  it('clips escaped text without breaking an entity, an emoji or a link', () => {
    const clipped = clipEscaped('&'.repeat(100), 20);
    expect(clipped.length).toBeLessThanOrEqual(20);
    expect(clipped).toMatch(/^(&amp;)+…$/);
    const emoji = clipEscaped('🚢'.repeat(50), 11);
    expect(emoji).toBe('🚢🚢🚢🚢🚢…');
    const formatted = clipFormatted('*Title*\n<https://a.example|link one>\n<https://b.example|link two>', 40);
    expect(formatted).toBe('*Title*\n<https://a.example|link one>\n…');
  });
});
