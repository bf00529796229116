import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { buildSlackManifest, SlackManifestError } from '../../src/platforms/slack/manifest.js';

describe('Slack app manifest', () => {
  it('declares one slash command per command, with its request URL in HTTP mode', async () => {
    const commands = await loadCommands();
    const manifest = buildSlackManifest(commands, { socketMode: false, requestUrl: 'https://bot.example.org/slack/events' }) as any;
    expect(manifest.features.slash_commands.map((c: any) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    for (const c of manifest.features.slash_commands) {
      expect(c.url).toBe('https://bot.example.org/slack/events');
      expect(c.should_escape).toBe(false);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://bot.example.org/slack/events' });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('subscribes to mentions and thread messages with the scopes they need', async () => {
    const manifest = buildSlackManifest(await loadCommands(), { socketMode: true }) as any;
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_mention');
    expect(manifest.settings.event_subscriptions.bot_events).toContain('message.channels');
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'channels:history', 'users:read']),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('request_url');
    // Slack requires a long description of 175 to 4000 characters when one is given.
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });

  it('explains what to do when HTTP mode has no public URL', async () => {
    const commands = await loadCommands();
    expect(() => buildSlackManifest(commands, { socketMode: false })).toThrow(SlackManifestError);
    expect(() => buildSlackManifest(commands, { socketMode: false })).toThrow(/--request-url .*SLACK_APP_TOKEN/s);
    expect(() => buildSlackManifest(commands, { socketMode: false, requestUrl: 'http://insecure.example/slack/events' })).toThrow(/https/);
  });

  it('writes descriptions in the requested language', async () => {
    const commands = await loadCommands();
    const en = buildSlackManifest(commands, { socketMode: true, locale: 'en' }) as any;
    const help = commands.find((c) => c.name === 'help')!;
    expect(en.features.slash_commands.find((c: any) => c.command === '/help').description).toBe(help.description.en);
  });
});
