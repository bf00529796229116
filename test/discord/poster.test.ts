import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { createDiscordPoster, MAX_POSTED_PAGES } from '../../src/platforms/discord/poster.js';
import { DiscordStandIn } from './discordStandIn.js';

const standIn = new DiscordStandIn({ token: 'poster-token', appId: '123456789012345678' });
beforeAll(() => standIn.start());
afterAll(() => standIn.stop());

const citation = { id: 'harbour-2024-05-01', outlet: 'Harbour Weekly', title: 'Dockers vote', url: null, published: '2024-05-01' };

describe('createDiscordPoster (digests)', () => {
  it('posts a short answer as one message, with its notice, pinging nobody', async () => {
    const rest = new REST({ api: standIn.apiUrl }).setToken('poster-token');
    const answer: Answer = { command: 'summary', query: '', notice: 'Résumé du jour pour @everyone', results: [{ text: 'Les dockers ont voté la reprise.', articles: [citation] }] };
    const before = standIn.requests.length;
    await createDiscordPoster(rest).post('810000000000000042', answer, 'fr');
    const posts = standIn.requests.slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0].path).toBe('/channels/810000000000000042/messages');
    expect(posts[0].authorization).toBe('Bot poster-token');
    expect(posts[0].body.allowed_mentions).toEqual({ parse: [] });
    expect(posts[0].body.content).toBe('Résumé du jour pour @\u200beveryone');
    expect(posts[0].body.embeds[0].description).toBe('Les dockers ont voté la reprise.');
    expect(posts[0].body.components).toBeUndefined();
  });

  it('posts a long answer as a few messages and says how many results were left out', async () => {
    const rest = new REST({ api: standIn.apiUrl }).setToken('poster-token');
    const results = Array.from({ length: 23 }, (_, i) => ({ text: `Fait ${i + 1}`, articles: [citation] }));
    const before = standIn.requests.length;
    await createDiscordPoster(rest).post('810000000000000042', { command: 'timeline', query: '', results }, 'en');
    const posts = standIn.requests.slice(before);
    expect(posts).toHaveLength(MAX_POSTED_PAGES);
    expect(posts.flatMap((p) => p.body.embeds.map((e: any) => e.description))).toEqual(results.slice(0, 15).map((r) => r.text));
    expect(posts[0].body.content).toBeUndefined();
    expect(posts.at(-1)!.body.content).toBe('8 more results: narrow the question to see them.');
  });
});
