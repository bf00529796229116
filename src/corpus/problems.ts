/**
 * Why a corpus file was not loaded, as a code with its details: the English text is the reason
 * logs and `index` print; /sources says it in the user's language.
 */
import type { CorpusProblem } from './article.js';
import type { Locale } from '../engine/commandDefinition.js';
import { createTranslator, type MessageParams } from '../i18n/messages.js';

export type ProblemCode =
  | 'empty'
  | 'tooLarge'
  | 'binary'
  | 'brokenFrontMatter'
  | 'noText'
  | 'noTextAfterNoise'
  | 'badDate'
  | 'notText'
  | 'badLang'
  | 'unreadable'
  | 'unsupportedType'
  | 'duplicateId'
  | 'missingFolder'
  | 'notFolder'
  | 'unreadableFolder';

const reasons = createTranslator<ProblemCode>({
  en: {
    empty: 'empty file',
    tooLarge: 'too large ({bytes} bytes; the limit is {limit})',
    binary: 'binary file, not text',
    brokenFrontMatter: 'broken front matter: {detail}',
    noText: 'no article text',
    noTextAfterNoise: 'no article text once page noise is removed',
    badDate: 'front matter field "published" is not an ISO date: {value}',
    notText: 'front matter field "{field}" must be text, not a list or a set of fields',
    badLang: 'front matter field "lang" must be fr or en, not "{value}"',
    unreadable: 'cannot read ({code})',
    unsupportedType: 'unsupported file type "{ext}": articles are .md or .txt',
    duplicateId: 'same article id "{id}" as {other}; rename one of them',
    missingFolder: 'corpus folder does not exist',
    notFolder: 'corpus path is not a folder',
    unreadableFolder: 'cannot read the corpus folder ({code})',
  },
  fr: {
    empty: 'fichier vide',
    tooLarge: 'trop volumineux ({bytes} octets ; au plus {limit})',
    binary: 'fichier binaire, pas du texte',
    brokenFrontMatter: 'en-tête YAML illisible : {detail}',
    noText: 'pas de texte d’article',
    noTextAfterNoise: 'pas de texte d’article une fois retirés les éléments de page',
    badDate: 'le champ « published » n’est pas une date ISO : {value}',
    notText: 'le champ « {field} » doit être un texte, pas une liste ni un ensemble de champs',
    badLang: 'le champ « lang » doit valoir fr ou en, pas « {value} »',
    unreadable: 'lecture impossible ({code})',
    unsupportedType: 'type de fichier non pris en charge « {ext} » : les articles sont en .md ou .txt',
    duplicateId: 'même identifiant d’article « {id} » que {other} ; renommez l’un des deux',
    missingFolder: 'le dossier du corpus n’existe pas',
    notFolder: 'le chemin du corpus n’est pas un dossier',
    unreadableFolder: 'lecture du dossier du corpus impossible ({code})',
  },
});

/** A problem for `file`, its English reason written from the code. */
export function corpusProblem(file: string, code: ProblemCode, params: MessageParams = {}): CorpusProblem {
  return { file, code, params, reason: reasons('en', code, params) };
}

/** The reason in the user's language (a problem read from an older cache has its English reason only). */
export function problemReason(problem: CorpusProblem, locale: Locale): string {
  return problem.code ? reasons(locale, problem.code as ProblemCode, problem.params ?? {}) : problem.reason;
}
