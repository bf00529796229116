import type { Lang } from '../corpus/article.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { wireAgencies } from './wire.js';

export const languages = { fr, en } as const;
export type LanguageData = (typeof languages)['fr'];

export function languageData(lang: Lang): LanguageData {
  return languages[lang];
}

export { wireAgencies };
