/** The Discord adapter: start the bot, register its commands, post answers, render them. */
export { startDiscord, createDiscordClient, type StartDiscordOptions, type DiscordAdapter } from './startDiscord.js';
export { registerDiscordCommands, buildDiscordCommandPayloads, type RegisterDiscordOptions } from './registration.js';
export { createDiscordPoster, type DiscordPoster } from './poster.js';
export { renderDiscordEmbeds, DISCORD_LIMITS, type DiscordMessage } from './renderDiscordEmbeds.js';
export type { DiscordContextPartial } from './adapterContext.js';
