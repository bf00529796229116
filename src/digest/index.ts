/** Scheduled digests: per-channel schedules in SQLite, a scheduler that sends each digest once. */
export { DigestService, type DigestServiceOptions, type DigestStatusReport, type ScheduleOutcome } from './digestService.js';
export { DigestScheduler, DEFAULT_RETRY, isPermanentPostError, type DigestPoster, type DigestSchedulerOptions, type RetryPolicy, type TickReport } from './digestScheduler.js';
export { DigestStore, type ChannelKey, type DigestPlatform, type DigestRecord, type DigestSchedule, type DigestStatus, type DigestTrigger } from './digestStore.js';
export { composeDigest, nothingNewAnswer, type DigestSections } from './composeDigest.js';
export { checkSchedule, canonicalTimeZone, nextRunAfter } from './cronSchedule.js';
export { systemClock, type Clock } from './clock.js';
export { digestSettingsFromEnv, type DigestSettings } from './settings.js';
