/** Interface strings of /who-said and /quotes, in French and English. */
import { createTranslator } from '../i18n/messages.js';
import type { Locale } from '../engine/commandDefinition.js';

const messages = {
  fr: {
    noQuoteMatches: 'Aucune citation du corpus ne correspond à « {query} » : personne, dans ces articles, n’a dit ces mots.',
    nearestPassages: 'Passages les plus proches :',
    noPassage: 'Aucun passage proche non plus.',
    speakerNotGiven: 'L’article ne dit pas qui parle.',
    unknownSpeakerName: 'Aucun locuteur connu ne correspond à « {name} ».',
    knownSpeakers: 'Locuteurs connus : {names}.',
    severalSpeakers: 'Plusieurs locuteurs correspondent à « {name} » : {names}.',
    noQuotesOnTopic: '{speaker} n’a rien dit sur « {topic} » dans le corpus.',
    quotesHeader: '{count} citation(s) de {speaker}',
    aliasProblem: 'Fichier d’alias ignoré ({problem}).',
    emptyQuote: 'Donnez les mots de la citation, par exemple : /who-said lutte sacrée',
    emptySpeaker: 'Donnez le nom d’un locuteur, par exemple : /quotes speaker:Kirby',
  },
  en: {
    noQuoteMatches: 'No quotation in the corpus matches "{query}": no one in these articles said those words.',
    nearestPassages: 'Nearest passages:',
    noPassage: 'No nearby passage either.',
    speakerNotGiven: 'The article does not say who is speaking.',
    unknownSpeakerName: 'No known speaker matches "{name}".',
    knownSpeakers: 'Known speakers: {names}.',
    severalSpeakers: 'Several speakers match "{name}": {names}.',
    noQuotesOnTopic: '{speaker} said nothing about "{topic}" in the corpus.',
    quotesHeader: '{count} quotation(s) from {speaker}',
    aliasProblem: 'Aliases file ignored ({problem}).',
    emptyQuote: 'Give the words of the quotation, for example: /who-said holy struggle',
    emptySpeaker: 'Give a speaker’s name, for example: /quotes speaker:Kirby',
  },
} as const;

export type QuoteMessageKey = keyof (typeof messages)['fr'];

export const tq = createTranslator<QuoteMessageKey>(messages);
