import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { defineCommand, type CommandDefinition } from '../../src/engine/commandDefinition.js';
import { buildDiscordCommandPayloads, registerDiscordCommands } from '../../src/platforms/discord/registration.js';
import { DiscordStandIn } from './discordStandIn.js';

const digestLike = defineCommand({
  name: 'reminder',
  description: { fr: 'Rappels planifiés', en: 'Scheduled reminders' },
  options: [],
  subcommands: [
    {
      name: 'schedule',
      description: { fr: 'Planifier', en: 'Schedule' },
      options: [
        { name: 'tz', type: 'string', description: { fr: 'Fuseau', en: 'Time zone' }, autocomplete: true },
        { name: 'cron', type: 'string', required: true, maxLength: 100, description: { fr: 'Expression cron', en: 'Cron expression' } },
      ],
    },
    { name: 'off', description: { fr: 'Arrêter', en: 'Stop' }, options: [] },
  ],
  examples: ['/reminder schedule cron:"0 8 * * *"'],
  run: () => ({ command: 'reminder', query: '', results: [] }),
});

const withChoices = defineCommand({
  name: 'lang',
  description: { fr: 'Langue', en: 'Language' },
  options: [{ name: 'value', type: 'string', required: true, choices: ['fr', 'en'], autocomplete: true, description: { fr: 'Langue', en: 'Language' } }],
  examples: ['/lang fr'],
  run: () => ({ command: 'lang', query: '', results: [] }),
});

describe('Discord command registration', () => {
  it('describes every command in English with French localizations, and adds a private option', async () => {
    const commands = await loadCommands();
    const payloads = buildDiscordCommandPayloads(commands);
    expect(payloads.map((p) => p.name)).toEqual(commands.map((c) => c.name));
    for (const [i, payload] of payloads.entries()) {
      expect(payload.description).toBe(commands[i].description.en.slice(0, 100));
      expect(payload.description_localizations?.fr).toBe(commands[i].description.fr.slice(0, 100));
      // Options live in the subcommands when there are some, and so does `private`.
      const optionLists = commands[i].subcommands?.length ? payload.options!.map((sub: any) => sub.options) : [payload.options!];
      for (const options of optionLists) {
        expect(options.at(-1)).toMatchObject({ name: 'private', type: 5, required: false });
        expect(options.at(-1)).toHaveProperty('description_localizations.fr');
      }
    }
  });

  it('puts options under subcommands, required first, with max length and autocomplete', () => {
    const [payload] = buildDiscordCommandPayloads([digestLike]);
    const schedule = payload.options?.[0] as any;
    expect(schedule).toMatchObject({ type: 1, name: 'schedule', description_localizations: { fr: 'Planifier' } });
    expect(schedule.options.map((o: any) => o.name)).toEqual(['cron', 'tz', 'private']);
    expect(schedule.options[0]).toMatchObject({ type: 3, required: true, max_length: 100 });
    expect(schedule.options[1]).toMatchObject({ autocomplete: true, required: false });
  });

  it('sends fixed choices instead of autocomplete (Discord refuses both)', () => {
    const [payload] = buildDiscordCommandPayloads([withChoices]);
    const option = payload.options?.[0] as any;
    expect(option.choices).toEqual([{ name: 'fr', value: 'fr' }, { name: 'en', value: 'en' }]);
    expect(option.autocomplete).toBeUndefined();
  });

  describe('against the stand-in', () => {
    const standIn = new DiscordStandIn({ token: 'registration-token', appId: '123456789012345678' });
    let commands: CommandDefinition[];
    beforeAll(async () => {
      await standIn.start();
      commands = await loadCommands();
    });
    afterAll(() => standIn.stop());

    it('registers in one guild when a guild id is given, globally otherwise', async () => {
      const inGuild = await registerDiscordCommands({ token: 'registration-token', appId: '123456789012345678', guildId: '555555555555555555', apiUrl: standIn.apiUrl, commands });
      expect(inGuild).toEqual({ count: commands.length, scope: 'guild' });
      const global = await registerDiscordCommands({ token: 'registration-token', appId: '123456789012345678', apiUrl: standIn.apiUrl, commands });
      expect(global.scope).toBe('global');
      const puts = standIn.requests.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.path)).toEqual(['/applications/123456789012345678/guilds/555555555555555555/commands', '/applications/123456789012345678/commands']);
      expect(puts[0].authorization).toBe('Bot registration-token');
      expect(puts[0].body).toEqual(buildDiscordCommandPayloads(commands));
    });

    it('fails clearly with a wrong token', async () => {
      await expect(registerDiscordCommands({ token: 'wrong', appId: '123456789012345678', apiUrl: standIn.apiUrl, commands })).rejects.toThrow(/401|Unauthorized/);
    });
  });
});
