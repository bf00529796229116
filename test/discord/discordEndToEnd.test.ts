/**
 * The real discord.js client against the local Discord stand-in: the bot logs in over the
 * gateway, answers a `/who-said` interaction and a mention (in a thread), pages with buttons,
 * and never pings anyone, on the seed corpus.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { defineCommand, type CommandDefinition } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';
import { hitsToResults } from '../../src/engine/passageResults.js';
import { createLogger } from '../../src/log.js';
import { startDiscord, type DiscordAdapter } from '../../src/platforms/discord/index.js';
import { decodePageCustomId } from '../../src/platforms/discord/pageState.js';
import { DiscordStandIn, nextSnowflake, type RecordedRequest } from './discordStandIn.js';

// Token-shaped, so the log check below would notice it if any line carried it.
const TOKEN = 'MTE5ODc2NTQzMjEwOTg3NjU0.GxYzAb.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP_ID = '123456789012345678';
const SEEDS = '/work/shared/seeds';

const standIn = new DiscordStandIn({ token: TOKEN, appId: APP_ID });
const logLines: string[] = [];
let engine: Engine;
let commands: CommandDefinition[];
let bot: DiscordAdapter;

/** A command that only the adapter tests use: twelve numbered results, to page through. */
const countTo = defineCommand({
  name: 'count-to',
  description: { fr: 'Compte jusqu’à douze', en: 'Counts to twelve' },
  options: [{ name: 'word', type: 'string', required: true, description: { fr: 'Mot', en: 'Word' } }],
  examples: ['/count-to ligne'],
  run: (_ctx, args) => ({
    command: 'count-to',
    query: String(args.word),
    results: Array.from({ length: 12 }, (_, i) => ({ text: `${args.word} ${i + 1}`, articles: [] })),
  }),
});

/**
 * /who-said and /quotes are built by another issue; until their files land in `commands/`,
 * these stand-ins (plain passage search, no attribution) let the Discord path be exercised
 * with the same names and options. The assertions below hold for both.
 */
const fallbackWhoSaid = defineCommand({
  name: 'who-said',
  description: { fr: 'Qui a dit', en: 'Who said' },
  options: [{ name: 'quote', type: 'string', required: true, maxLength: 300, description: { fr: 'Citation', en: 'Quotation' } }],
  examples: ['/who-said lutte sacrée'],
  run: (ctx, args) => ({
    command: 'who-said',
    query: String(args.quote),
    results: hitsToResults(ctx.engine, ctx.engine.search(String(args.quote), { limit: 10 }), 3).map((r) => ({ ...r, speaker: null, quote: r.text })),
  }),
});
const fallbackQuotes = defineCommand({
  name: 'quotes',
  description: { fr: 'Citations', en: 'Quotes' },
  options: [
    { name: 'speaker', type: 'string', required: true, autocomplete: true, description: { fr: 'Qui', en: 'Who' } },
    { name: 'topic', type: 'string', description: { fr: 'Sujet', en: 'Topic' } },
  ],
  examples: ['/quotes speaker:Poutine'],
  run: (ctx, args) => ({ command: 'quotes', query: String(args.speaker), results: hitsToResults(ctx.engine, ctx.engine.search(String(args.speaker), { limit: 10 }), 3).map((r) => ({ ...r, speaker: String(args.speaker), quote: r.text })) }),
  complete: (ctx, _option, typed) => {
    const words = ctx.engine.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.match(/\p{Lu}\p{Ll}+/gu) ?? []));
    return [...new Set(words)].filter((w) => w.toLowerCase().startsWith(typed.toLowerCase()));
  },
});

function withFallbacks(real: CommandDefinition[]): CommandDefinition[] {
  const missing = [fallbackWhoSaid, fallbackQuotes].filter((f) => !real.some((c) => c.name === f.name));
  return [...real, ...missing];
}

/** The bot's message as Discord sends it back with a button click. */
function botMessage(body: { content: string; embeds: unknown[]; components: unknown[] }) {
  return { id: nextSnowflake(), channel_id: standIn.channelId, author: standIn.botUser, timestamp: new Date().toISOString(), type: 0, attachments: [], mentions: [], mention_roles: [], pinned: false, tts: false, edited_timestamp: null, mention_everyone: false, flags: 0, ...body };
}
const logger = createLogger('debug', new Writable({ write(chunk, _encoding, done) { logLines.push(String(chunk)); done(); } }));

const isCallback = (interaction: { id: string }) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${interaction.id}/`);
const isThreadStart = (message: { id: string }) => (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/messages/${message.id}/threads`);
const isPostIn = (channelId: string, after = 0) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages` && standIn.requests.indexOf(r) >= after;

/** Discord pings only what `allowed_mentions` lists: nothing parsed, no user or role allowed. */
function expectNoPings(allowed: any) {
  expect(allowed.parse).toEqual([]);
  expect(allowed.users ?? []).toEqual([]);
  expect(allowed.roles ?? []).toEqual([]);
}

/** Asks through a mention in the main channel; returns the thread and the bot's message in it. */
async function askByMention(content: string) {
  const message = standIn.dispatchMessage({ content: `<@${standIn.botUserId}> ${content}`, mentionBot: true });
  const start = await standIn.waitForRequest(isThreadStart(message));
  const threadId: string = start.response.id;
  const posted = await standIn.waitForRequest(isPostIn(threadId));
  return { message, start, threadId, posted };
}

/** Asks a follow-up inside an existing thread; returns the bot's next message there. */
async function askInThread(threadId: string, content: string) {
  const after = standIn.requests.length;
  standIn.dispatchMessage({ channelId: threadId, content: `<@${standIn.botUserId}> ${content}`, mentionBot: true });
  return standIn.waitForRequest(isPostIn(threadId, after));
}

beforeAll(async () => {
  await standIn.start();
  engine = await Engine.open({ corpusDir: SEEDS, dataDir: null });
  commands = [...withFallbacks(await loadCommands()), countTo];
  bot = await startDiscord({
    token: TOKEN,
    appId: APP_ID,
    apiUrl: standIn.apiUrl,
    commands,
    logger,
    createContext: (partial) => ({ engine, now: new Date('2023-09-15T08:00:00Z'), services: {}, ...partial }),
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await engine?.close?.();
  await standIn.stop();
});

describe('Discord end to end (discord.js against the local stand-in)', () => {
  it('logs in through DISCORD_API_URL: gateway URL from GET /gateway/bot, guild messages without the Message Content intent', () => {
    expect(standIn.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot' && r.authorization === `Bot ${TOKEN}`)).toBe(true);
    expect(standIn.identifies).toHaveLength(1);
    const intents = standIn.identifies[0].intents as number;
    expect(intents & (1 << 0)).toBeTruthy(); // Guilds
    expect(intents & (1 << 9)).toBeTruthy(); // GuildMessages
    expect(intents & (1 << 15)).toBe(0); // MessageContent: not requested by default
    expect(bot.client.user.id).toBe(standIn.botUserId);
  });

  it('answers /who-said with embeds in the interaction callback: speaker, quote, outlets, ids, no pings', async () => {
    const interaction = standIn.dispatchSlashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: 'lutte sacrée' }], locale: 'fr' });
    const callback = await standIn.waitForRequest(isCallback(interaction));
    expect(callback.path).toBe(`/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.body.type).toBe(4);
    const data = callback.body.data;
    expectNoPings(data.allowed_mentions);
    expect(data.content.split('\n')[0]).toBe('-# `` /who-said quote:"lutte sacrée" ``');
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds.length).toBeGreaterThan(0);
    const [first] = data.embeds;
    expect(first.author.name).toBeTruthy();
    expect(first.description.toLowerCase()).toContain('lutte sacrée');
    const ids = first.footer.text.split(' · ');
    for (const id of ids) expect(engine.articles.map((a) => a.id)).toContain(id);
    expect(first.fields.length).toBeGreaterThan(0);
  });

  it('answers privately when private:true is given, and in English for an English locale', async () => {
    const interaction = standIn.dispatchSlashCommand({
      name: 'count-to',
      options: [{ name: 'word', type: 3, value: 'item' }, { name: 'private', type: 5, value: true }],
      locale: 'en-US',
    });
    const callback = await standIn.waitForRequest(isCallback(interaction));
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.components[0].components.map((b: any) => b.label)).toEqual(['Previous', 'Page 1/3', 'Next']);
    // `private` is how the answer is shown, not part of the question the buttons re-run.
    expect(callback.body.data.content).toBe('-# `` /count-to word:"item" ``');
  });

  it('starts a thread on a mention and answers in it: content, embeds, allowed mentions, components', async () => {
    const { message, start, threadId, posted } = await askByMention('qui a dit « lutte sacrée » ?');
    expect(start.path).toBe(`/channels/${standIn.channelId}/messages/${message.id}/threads`);
    expect(start.body.name).toBe('qui a dit « lutte sacrée » ?');
    expect(posted.path).toBe(`/channels/${threadId}/messages`);
    expectNoPings(posted.body.allowed_mentions);
    expect(posted.body.content.split('\n')[0]).toMatch(/^-# `` \/who-said quote:"[^"]*lutte sacrée[^"]*" ``$/);
    expect(posted.body.embeds[0].author.name).toBeTruthy();
    expect(posted.body.embeds[0].description.toLowerCase()).toContain('lutte sacrée');
    expect(Array.isArray(posted.body.components)).toBe(true);
    // Nothing was posted in the channel itself.
    expect(standIn.requests.some(isPostIn(standIn.channelId))).toBe(false);
  });

  it('understands a follow-up in the thread from its earlier question', async () => {
    const { threadId, posted } = await askByMention("qu'a dit Poutine ?");
    expect(posted.body.content.split('\n')[0]).toMatch(/^-# `` \/quotes speaker:"Poutine"/);
    const followUp = await askInThread(threadId, 'et Peskov ?');
    expect(followUp.body.content.split('\n')[0]).toMatch(/^-# `` \/quotes speaker:"Peskov"/);
    // Answered in the same thread: no second thread started.
    expect(standIn.requests.filter((r) => r.path.endsWith('/threads') && r.body?.name === 'et Peskov ?')).toHaveLength(0);
  });

  it('reads the earlier question back from the thread after a restart (nothing in memory)', async () => {
    const { threadId } = await askByMention('what did Putin say?');
    // A new adapter shares nothing with the one that answered.
    await bot.stop();
    bot = await startDiscord({ token: TOKEN, appId: APP_ID, apiUrl: standIn.apiUrl, commands, logger, createContext: (partial) => ({ engine, now: new Date('2023-09-15T08:00:00Z'), services: {}, ...partial }) });
    // The new client knows the thread from GUILD_CREATE's active threads, as on Discord.
    const followUp = await askInThread(threadId, 'what about Kirby?');
    expect(standIn.requests.some((r) => r.method === 'GET' && r.path === `/channels/${threadId}/messages`)).toBe(true);
    expect(followUp.body.content.split('\n')[0]).toMatch(/^-# `` \/quotes speaker:"Kirby"/);
  }, 20_000);

  it('routes natural questions in French and English to the right command', async () => {
    const cases: [string, RegExp][] = [
      ['qui a dit « nous tiendrons le cap » ?', /^\/who-said quote:"[^"]*nous tiendrons le cap/],
      ['who said "we will hold the line"?', /^\/who-said quote:"[^"]*we will hold the line/],
      ["qu'a déclaré Marie Dupuis ?", /^\/quotes speaker:"Marie Dupuis"/],
      ['what did John Reed say about the harbour?', /^\/quotes speaker:"John Reed"/],
      ['fais-moi un résumé', /^\/summary/],
      ['give me a summary of the strike', /^\/summary/],
      ['chronologie de la grève', /^\/timeline topic:"la grève"/],
      ['timeline of the talks', /^\/timeline topic:"the talks"/],
      ['quelles sources as-tu ?', /^\/sources/],
      ['which sources do you have?', /^\/sources/],
      ['pourquoi le port est-il fermé ?', /^\/ask question:/],
      ['why was the harbour closed?', /^\/ask question:/],
    ];
    for (const [question, expected] of cases) {
      const { posted } = await askByMention(question);
      const header = /^-# `` (.*) ``$/.exec(posted.body.content.split('\n')[0])?.[1] ?? '';
      expect(header, question).toMatch(expected);
    }
  }, 30_000);

  it('never pings: @everyone, @here and a role echoed by a question stay inert', async () => {
    const { start, posted } = await askByMention('qui a dit « @everyone @here <@&555555555555555555> » ?');
    expect(start.body.name).not.toMatch(/@(everyone|here)|<@&\d+>/);
    expectNoPings(posted.body.allowed_mentions);
    const shown = JSON.stringify({ content: posted.body.content, embeds: posted.body.embeds });
    expect(shown).not.toMatch(/@(everyone|here)|<@&\d+>/);

    const interaction = standIn.dispatchSlashCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: '@everyone réunion' }] });
    const callback = await standIn.waitForRequest(isCallback(interaction));
    expectNoPings(callback.body.data.allowed_mentions);
    expect(JSON.stringify(callback.body.data)).not.toMatch(/@(everyone|here)/);
  });

  it('pages with buttons: Next re-runs the command from the custom id and updates the message', async () => {
    const interaction = standIn.dispatchSlashCommand({ name: 'count-to', options: [{ name: 'word', type: 3, value: 'ligne' }], locale: 'fr' });
    const first = (await standIn.waitForRequest(isCallback(interaction))).body.data;
    expect(first.embeds.map((e: any) => e.description)).toEqual(['ligne 1', 'ligne 2', 'ligne 3', 'ligne 4', 'ligne 5']);
    const [previous, counter, next] = first.components[0].components;
    expect(previous).toMatchObject({ label: 'Précédent', disabled: true });
    expect(counter.label).toBe('Page 1/3');
    expect(next).toMatchObject({ label: 'Suivant', disabled: false });

    const message = botMessage(first);
    const click = standIn.dispatchButton({ customId: next.custom_id, message });
    const update = await standIn.waitForRequest(isCallback(click));
    expect(update.body.type).toBe(7);
    expect(update.body.data.embeds.map((e: any) => e.description)).toEqual(['ligne 6', 'ligne 7', 'ligne 8', 'ligne 9', 'ligne 10']);
    expect(update.body.data.components[0].components[1].label).toBe('Page 2/3');
    expectNoPings(update.body.data.allowed_mentions);
  });

  it('pages a long question whose state does not fit the custom id, from the message header', async () => {
    const word = 'une formulation très longue qui dépasse largement les cent caractères permis par Discord pour un identifiant';
    const interaction = standIn.dispatchSlashCommand({ name: 'count-to', options: [{ name: 'word', type: 3, value: word }], locale: 'en-US' });
    const first = (await standIn.waitForRequest(isCallback(interaction))).body.data;
    const next = first.components[0].components[2];
    expect(next.custom_id.length).toBeLessThanOrEqual(100);
    expect(decodePageCustomId(next.custom_id)).toEqual({ page: 1, command: 'count-to', stateInMessage: true });
    const click = standIn.dispatchButton({ customId: next.custom_id, message: botMessage(first), locale: 'en-US' });
    const update = await standIn.waitForRequest(isCallback(click));
    expect(update.body.data.embeds[0].description).toBe(`${word} 6`);
    expect(update.body.data.components[0].components[2].label).toBe('Next');
  });

  it('turns a page button into the requested page after a restart, from the id alone', async () => {
    const customId = `pg:2:${JSON.stringify(['count-to', { word: 'item' }])}`;
    const click = standIn.dispatchButton({ customId, message: botMessage({ content: '', embeds: [], components: [] }), locale: 'en-GB' });
    const update = await standIn.waitForRequest(isCallback(click));
    expect(update.body.type).toBe(7);
    expect(update.body.data.content.split('\n')[0]).toBe('-# `` /count-to word:"item" ``');
    expect(update.body.data.embeds.map((e: any) => e.description)).toEqual(['item 11', 'item 12']);
  });

  it('says a button has expired when its state cannot be read', async () => {
    const click = standIn.dispatchButton({ customId: 'pg:1:^count-to', message: botMessage({ content: 'no header', embeds: [], components: [] }), locale: 'en-US' });
    const reply = await standIn.waitForRequest(isCallback(click));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags & 64).toBe(64);
    expect(reply.body.data.content).toMatch(/ask again/);
  });

  it('ignores other bots, itself, and messages that do not mention it', async () => {
    const before = standIn.requests.length;
    standIn.dispatchMessage({ content: `<@${standIn.botUserId}> qui a dit « lutte sacrée » ?`, mentionBot: true, authorIsBot: true, authorId: '600000000000000001' });
    standIn.dispatchMessage({ content: `<@${standIn.botUserId}> qui a dit « lutte sacrée » ?`, mentionBot: true, authorIsBot: true, authorId: standIn.botUserId });
    standIn.dispatchMessage({ content: 'qui a dit « lutte sacrée » ?' });
    standIn.dispatchMessage({ content: '@everyone qui a dit « lutte sacrée » ?', mentionEveryone: true });
    // A human's mention afterwards is answered; gateway events are handled in order.
    const { message } = await askByMention('quelles sources as-tu ?');
    const started = standIn.requests.slice(before).filter((r) => r.path.endsWith('/threads'));
    expect(started.map((r) => r.path)).toEqual([`/channels/${standIn.channelId}/messages/${message.id}/threads`]);
  });

  it('answers in the channel when it cannot start a thread, and survives a failing callback', async () => {
    standIn.failNext(/\/threads$/, 403);
    const message = standIn.dispatchMessage({ content: `<@${standIn.botUserId}> quelles sources as-tu ?`, mentionBot: true });
    const reply = await standIn.waitForRequest((r) => isPostIn(standIn.channelId)(r) && r.body?.message_reference?.message_id === message.id);
    expectNoPings(reply.body.allowed_mentions);
    expect(reply.body.allowed_mentions.replied_user).toBe(false);
    expect(reply.body.embeds.length).toBeGreaterThan(0);

    standIn.failNext(/\/callback$/, 404);
    const failing = standIn.dispatchSlashCommand({ name: 'sources' });
    await standIn.waitForRequest(isCallback(failing));
    const after = standIn.dispatchSlashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: 'lutte sacrée' }] });
    expect((await standIn.waitForRequest(isCallback(after))).status).toBe(204);
  });

  it('suggests known speakers for /quotes speaker: as they are typed', async () => {
    const interaction = standIn.dispatchSlashCommand({ name: 'quotes', autocomplete: true, locale: 'fr', options: [{ name: 'speaker', type: 3, value: 'Pou', focused: true }] });
    const callback = await standIn.waitForRequest(isCallback(interaction));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => /Poutine/.test(c.value))).toBe(true);
    for (const choice of choices) expect(choice.value.length).toBeLessThanOrEqual(100);
  });

  it('completes /help command names, and answers an autocomplete without completions with no choices', async () => {
    const help = commands.find((c) => c.name === 'help');
    const option = help?.options.find((o) => o.autocomplete);
    if (help?.complete && option) {
      const interaction = standIn.dispatchSlashCommand({ name: 'help', autocomplete: true, options: [{ name: option.name, type: 3, value: 'who', focused: true }] });
      const choices = (await standIn.waitForRequest(isCallback(interaction))).body.data.choices as { value: string }[];
      expect(choices.map((c) => c.value)).toContain('who-said');
    }
    const none = standIn.dispatchSlashCommand({ name: 'count-to', autocomplete: true, options: [{ name: 'word', type: 3, value: 'x', focused: true }] });
    expect((await standIn.waitForRequest(isCallback(none))).body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('logs a failure with its context, and never writes the token to the logs', async () => {
    standIn.failNext(/\/callback$/, 404);
    const failing = standIn.dispatchSlashCommand({ name: 'sources' });
    await standIn.waitForRequest(isCallback(failing));
    await standIn.waitForRequest((r) => isCallback(failing)(r) && r.status === 204);
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = entries.find((e) => e.msg === 'discord: interaction failed' && e.interactionId === failing.id);
    expect(failure).toMatchObject({ command: 'sources', channelId: standIn.channelId, guildId: standIn.guildId });
    expect((failure!.err as { status?: number }).status).toBe(404);
    // The REST error's URL holds the interaction's own token: it is not logged either.
    expect(JSON.stringify(failure)).not.toContain(failing.token);
    expect(entries.some((e) => e.msg === 'discord: connected')).toBe(true);
    expect(logLines.join('')).not.toContain(TOKEN);
    expect(logLines.join('')).not.toContain(TOKEN.split('.')[2]);
  });
});
