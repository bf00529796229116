import { createHash } from 'node:crypto';
import type { Lang } from '../corpus/article.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { englishIrregularPasts } from './irregularVerbs.js';
import { timeZones } from './timeZones.js';
import { wireAgencies } from './wire.js';

export const languages = { fr, en } as const;
export type LanguageData = (typeof languages)['fr'];

export function languageData(lang: Lang): LanguageData {
  return languages[lang];
}

export { englishIrregularPasts, timeZones, wireAgencies };

/**
 * Changes whenever the language data changes (markers, phrases, patterns, agencies): what was
 * cached from the articles under other data (cleaned paragraphs, credits read) is then stale.
 */
export const LANGUAGE_DATA_STAMP = createHash('sha256')
  .update(JSON.stringify({ languages, wireAgencies, timeZones, englishIrregularPasts }, (_key, value: unknown) => (value instanceof RegExp ? value.toString() : value)))
  .digest('hex')
  .slice(0, 16);
