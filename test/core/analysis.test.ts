import { describe, expect, it } from 'vitest';
import { baseForm, contentWords, detectLang, searchTerms } from '../../src/text/analyzer.js';
import { foldAccents, normalizeForMatch } from '../../src/text/normalize.js';
import { splitParagraphs, splitSentences } from '../../src/text/segment.js';

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe('normalisation', () => {
  it('folds accents and ligatures', () => {
    expect(foldAccents('Préoccupation, œuvre, Ærø, Corée')).toBe('Preoccupation, oeuvre, AEro, Coree');
  });

  it('makes hyphenated and spaced names equal', () => {
    expect(normalizeForMatch('Kim Jong-un')).toBe(normalizeForMatch('KIM JONG UN'));
    expect(normalizeForMatch('Komsomolsk‑sur‑l’Amour')).toBe("komsomolsk sur l'amour");
  });

  it('removes French elisions with straight and curly apostrophes', () => {
    for (const [word, base] of [["l'invitation", 'invitation'], ['l’Ukraine', 'ukraine'], ["qu'il", 'il'], ["jusqu'à", 'a'], ['lorsqu’elle', 'elle'], ["d'armement", 'armement'], ["Putin's", 'putin']]) {
      expect(baseForm(word)).toBe(base);
    }
  });

  it('gives the same search terms with or without accents and capitals', () => {
    expect(searchTerms('LUTTE SACRÉE', 'fr')).toEqual(searchTerms('lutte sacree', 'fr'));
    expect(searchTerms('les satellites', 'fr')).toEqual(searchTerms('satellite', 'fr'));
  });

  it('gives masculine and feminine, singular and plural participles one term, accents or not', () => {
    const terms = (text: string) => searchTerms(text, 'fr');
    expect(terms('blessés blessées blessée blessees')).toEqual(terms('blessé blessé blessé blessé'));
    expect(terms('évacuées annulées arrivée')).toEqual(terms('évacués annulés arrivé'));
    // Different words stay apart.
    expect(terms('année')).not.toEqual(terms('an'));
  });

  it('drops stopwords from content words', () => {
    expect(contentWords("La Corée du Nord et la Russie")).toEqual(['coree', 'nord', 'russie']);
  });

  it('detects French and English', () => {
    expect(detectLang('Le président a déclaré mercredi que la rencontre était historique.')).toBe('fr');
    expect(detectLang('The president said on Wednesday that the meeting was historic.')).toBe('en');
  });
});

describe('sentence segmentation', () => {
  it('does not split after abbreviations or initials', () => {
    expect(sentences('M. Poutine est arrivé. Mme Dupont a vu J. Kirby hier. Mr. Smith left.')).toEqual([
      'M. Poutine est arrivé.',
      'Mme Dupont a vu J. Kirby hier.',
      'Mr. Smith left.',
    ]);
  });

  it('keeps "(...)" elisions and numeric dates inside a sentence', () => {
    expect(sentences('«La Russie est confrontée (...) à de telles forces», a-t-il dit. Signé le 2023. 9. 13 à Moscou.')).toHaveLength(2);
  });

  it('ends a sentence after closing quotation marks, with French spacing', () => {
    expect(sentences('Il a dit « c’est fini. » Puis il est parti… Elle a répondu "non." Ensuite rien.')).toEqual([
      'Il a dit « c’est fini. »',
      'Puis il est parti…',
      'Elle a répondu "non."',
      'Ensuite rien.',
    ]);
  });

  it('keeps NDLR inside parentheses', () => {
    expect(sentences('Il a visité la RPDC (République populaire démocratique de Corée, NDLR) hier. Puis il est rentré.')).toHaveLength(2);
  });

  it('survives odd spacing', () => {
    expect(sentences('Première phrase.   Deuxième\u00a0phrase !  Troisième ?')).toHaveLength(3);
  });
});

describe('paragraph segmentation', () => {
  it('splits on blank lines and on lines that end a sentence', () => {
    expect(splitParagraphs('Un.\nDeux.\n\nTrois.')).toEqual(['Un.', 'Deux.', 'Trois.']);
  });

  it('joins hard-wrapped lines', () => {
    expect(splitParagraphs('Le président a déclaré\nmercredi que tout allait bien.\n\nFin.')).toEqual([
      'Le président a déclaré mercredi que tout allait bien.',
      'Fin.',
    ]);
  });
});
