/** The Slack adapter's public surface: start it, build its manifest, render and post answers. */
export { startSlack, type RunningSlack, type StartSlackOptions } from './app.js';
export type { CreateSlackContext, SlackScope } from './adapter.js';
export { buildSlackManifest, SlackManifestError, SLACK_BOT_EVENTS, SLACK_BOT_SCOPES, type SlackManifestOptions } from './manifest.js';
export { renderSlackBlocks, SLACK_LIMITS, type SlackMessage } from './render.js';
export { createSlackPoster, type SlackPoster } from './poster.js';
export { MemoryEventDedupStore, type EventDedupStore } from './eventDedupStore.js';
