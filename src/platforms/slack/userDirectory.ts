/**
 * What the adapter needs to know about a Slack user: their interface language (Slack gives it
 * through `users.info` with `include_locale`) and whether they may change channel settings
 * (workspace admins and owners). Cached, since every command would otherwise ask again.
 */
import type { webApi } from '@slack/bolt';
import type { Locale } from '../../engine/commandDefinition.js';
import { localeFrom } from '../../i18n/messages.js';

export interface SlackUserInfo {
  /** Undefined when Slack does not say or the language is neither French nor English. */
  locale?: Locale;
  canManageChannel: boolean;
}

export class SlackUserDirectory {
  private readonly cache = new Map<string, { info: SlackUserInfo; expires: number }>();

  constructor(
    /** SLACK_ADMIN_USERS: user ids that may change channel settings besides workspace admins. */
    private readonly adminUsers: readonly string[] = [],
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(client: webApi.WebClient, userId: string): Promise<SlackUserInfo> {
    const cached = this.cache.get(userId);
    if (cached && cached.expires > this.now()) return cached.info;
    let info: SlackUserInfo;
    let ttl = this.ttlMs;
    try {
      const result = await client.users.info({ user: userId, include_locale: true });
      const user = result.user;
      info = {
        locale: localeFrom(user?.locale),
        canManageChannel: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner) || this.adminUsers.includes(userId),
      };
    } catch {
      // Missing users:read scope or an unknown user: fall back to the default language, no rights.
      info = { canManageChannel: this.adminUsers.includes(userId) };
      ttl = Math.min(ttl, 5 * 60 * 1000);
    }
    this.cache.set(userId, { info, expires: this.now() + ttl });
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return info;
  }
}
