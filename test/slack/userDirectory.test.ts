import { describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { SlackUserDirectory } from '../../src/platforms/slack/userDirectory.js';
import { startFakeSlack } from './fakeSlack.js';

describe('Slack user directory', () => {
  it('takes the language from the Slack locale and the right to manage channels from admin status or SLACK_ADMIN_USERS', async () => {
    const fake = await startFakeSlack({
      users: { U0FR: { locale: 'fr-FR' }, U0EN: { locale: 'en-GB', is_admin: true }, U0DE: { locale: 'de-DE' } },
    });
    try {
      const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
      const directory = new SlackUserDirectory(['U0DE']);
      expect(await directory.lookup(client, 'U0FR')).toEqual({ locale: 'fr', canManageChannel: false });
      expect(await directory.lookup(client, 'U0EN')).toEqual({ locale: 'en', canManageChannel: true });
      expect(await directory.lookup(client, 'U0DE')).toEqual({ locale: undefined, canManageChannel: true });
      // Unknown to Slack (or no users:read scope): default language, no rights.
      expect(await directory.lookup(client, 'U0GONE')).toEqual({ canManageChannel: false });
      // Cached: asking again does not call Slack again.
      await directory.lookup(client, 'U0FR');
      expect(fake.calls.filter((c) => c.method === 'users.info' && c.params.user === 'U0FR')).toHaveLength(1);
      expect(fake.calls.find((c) => c.method === 'users.info')?.params.include_locale).toBe('true');
    } finally {
      await fake.close();
    }
  });
});
