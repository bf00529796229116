import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { searchTerms } from '../../src/text/analyzer.js';
import { topicMatcher } from '../../src/summary/topicFilter.js';

describe('English irregular past forms share the search term of their verb', () => {
  it('meets "fell" and "fall", "rose" and "rise", "went" and "go"', () => {
    expect(searchTerms('fell fallen', 'en')).toEqual(searchTerms('fall falls', 'en'));
    expect(searchTerms('rose risen', 'en')).toEqual(searchTerms('rise rises', 'en'));
    expect(searchTerms('went gone', 'en')).toEqual(searchTerms('go go', 'en'));
  });

  it('leaves French words alone', () => {
    expect(searchTerms('rose', 'fr')).not.toEqual(searchTerms('rise', 'fr'));
  });
});

describe('a French verb made on a noun in -sion/-tion shares the noun\'s search term', () => {
  it('meets "a démissionné" and "sa démission", "perquisitionné" and "perquisition"; English "resigned" and "resignation" already meet', () => {
    expect(searchTerms('démissionné démissionner', 'fr')).toEqual(searchTerms('démission démission', 'fr'));
    expect(searchTerms('perquisitionnée', 'fr')).toEqual(searchTerms('perquisition', 'fr'));
    expect(searchTerms('resigned', 'en')).toEqual(searchTerms('resignation', 'en'));
  });
});

describe('a topic word finds derived words, not compounds it begins', () => {
  it('"shares" does not find "shareholders", but finds "shares"', () => {
    const m = topicMatcher('shares');
    expect(m.coverage('We owe our shareholders a company run with discipline.', 'en')).toBe(0);
    expect(m.coverage('The shares lost 14% on Tuesday.', 'en')).toBe(1);
  });

  it('still finds a derived form ("nation" → "nationalism", "vacciner" → "vaccination")', () => {
    expect(topicMatcher('nation').coverage('A wave of nationalism swept the region.', 'en')).toBe(1);
    expect(topicMatcher('vaccin').coverage('La campagne de vaccination reprend.', 'fr')).toBe(1);
  });
});

describe('a noun in -nsion and the forms of its verb in -nd find each other', () => {
  it('« suspension » finds « suspendu », "extension" finds "extended", and back', () => {
    expect(topicMatcher('suspension').coverage('Le joueur a été suspendu pour trois rencontres.', 'fr')).toBe(1);
    expect(topicMatcher('extension').coverage('The council extended the deadline.', 'en')).toBe(1);
    expect(topicMatcher('suspendue').coverage('La suspension du joueur commence samedi.', 'fr')).toBe(1);
    // A short root is not read into an unrelated word (« pension » is not « pendu »).
    expect(topicMatcher('pension').coverage('Le voleur a été pendu en effigie.', 'fr')).toBe(0);
  });
});

describe('a noun in -uction and the forms of its verb find each other', () => {
  it('« reconstruction » finds « reconstruit », « production » finds « produite », "reduction" finds "reduced", and back', () => {
    expect(topicMatcher('reconstruction').coverage("La passerelle sera reconstruite d'ici l'automne.", 'fr')).toBe(1);
    expect(topicMatcher('production').coverage("La cimenterie a produit 300 tonnes en mars.", 'fr')).toBe(1);
    expect(topicMatcher('reconstruire').coverage('La reconstruction de la halle prendra deux ans.', 'fr')).toBe(1);
    expect(topicMatcher('reduction').coverage('The council reduced bus fares for students.', 'en')).toBe(1);
    expect(topicMatcher('produced').coverage('The production of the plant doubled.', 'en')).toBe(1);
    // A short root is not read into an unrelated word.
    expect(topicMatcher('induction').coverage('Le prix a été réduit de moitié.', 'fr')).toBe(0);
  });
});

describe('a French participle typed in the masculine finds its feminine forms', () => {
  it('« blessés » finds « blessées » and « blessée », not an unrelated noun', () => {
    const m = topicMatcher('blessés');
    expect(m.coverage('Dix-sept personnes ont été blessées, contre douze annoncées lundi.', 'fr')).toBe(1);
    expect(m.coverage('Une passagère a été grièvement blessée.', 'fr')).toBe(1);
    expect(m.coverage('Les blessés ont été transportés à l’hôpital.', 'fr')).toBe(1);
    expect(m.coverage('La bénédiction a eu lieu dimanche.', 'fr')).toBe(0);
    // An "-ée" noun is still its own word when the topic is one too (armée ≠ arme).
    expect(topicMatcher('arme').coverage('L’armée a quitté la ville.', 'fr')).toBe(0);
  });
});

describe('a publication date-time with an offset keeps its own local date', () => {
  it('keeps "2026-03-10T20:05:00-07:00" as written, not the UTC day after', () => {
    const result = parseArticle('courier.md', Buffer.from('---\noutlet: The Courier\npublished: 2026-03-10T20:05:00-07:00\nlang: en\n---\nThe council met on Monday to vote on the budget for the coming year.\n'));
    if (!result.ok) throw new Error(result.problem.reason);
    expect(result.article.published?.slice(0, 10)).toBe('2026-03-10');
  });
});

describe('a topic word finds the other words of its family, in both languages', () => {
  it('« agriculteurs » finds « éleveurs » and "farmers", "recaptured" finds "arrested", « critiques » finds "critics"', () => {
    expect(topicMatcher('agriculteurs').coverage('Les éleveurs de la vallée manquent de foin.', 'fr')).toBe(1);
    expect(topicMatcher('agriculteurs').coverage('Farmers in the valley are short of hay.', 'en')).toBe(1);
    expect(topicMatcher('farmers').coverage("Les prélèvements pour l'irrigation agricole sont suspendus.", 'fr')).toBe(1);
    expect(topicMatcher('recaptured').coverage('The fugitive was arrested in a barn on Sunday.', 'en')).toBe(1);
    expect(topicMatcher('critiques').coverage('Critics were unimpressed by the sequel.', 'en')).toBe(1);
  });

  it('« entrées » and "box-office" find a film\'s spectators and tickets, not « entre »', () => {
    expect(topicMatcher('entrées').coverage('Le film a attiré 52 000 spectateurs en cinq jours.', 'fr')).toBe(1);
    expect(topicMatcher('box-office').coverage('The film sold 52,000 tickets in five days.', 'en')).toBe(1);
    expect(topicMatcher('box-office').coverage('Le film a attiré 52 000 spectateurs en cinq jours.', 'fr')).toBe(1);
    expect(topicMatcher('entrées').coverage('Le col restera fermé entre lundi et mercredi.', 'fr')).toBe(0);
    // A hyphenated word no family lists still counts by its parts.
    expect(topicMatcher('Saint-Malo').words).toEqual(topicMatcher('Saint Malo').words);
  });
});
