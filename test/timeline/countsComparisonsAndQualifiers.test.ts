/**
 * Dates in a sentence that are not the day of its fact: a point of comparison ("contre 1 200 la
 * veille", "up from 1,200 the day before"), the start of a running count or a record ("142 vols
 * annulés depuis mardi", "its steepest fall since October"), a participle qualifying a noun in a
 * later clause ("…, a lancé X, en réponse aux droits annoncés lundi"). Short articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { ownCorpus } from '../ownCorpus.js';

describe('a date that is a point of comparison', () => {
  it('is marked as such (fr, en), only with a figure before it', () => {
    const marks = (text: string, lang: 'fr' | 'en') => readDates(text, lang, '2026-03-05').map((m) => `${m.text}${m.comparison ? ' (comparison)' : ''}`);
    expect(marks('Le port a été évacué : 900 personnes ont quitté leur logement, contre 300 la veille.', 'fr')).toEqual(['la veille (comparison)']);
    expect(marks('The number of evacuees rose to 900, up from 300 on Tuesday.', 'en')).toEqual(['Tuesday (comparison)']);
    expect(marks('Le maire a voté contre le texte mardi.', 'fr')).toEqual(['mardi']);
  });

  const engine = ownCorpus('comparison-day', {
    'courrier-2026-03-05.md':
      '---\noutlet: Le Courrier du Large\nlang: fr\npublished: 2026-03-05\n---\nLa digue a cédé ce mercredi matin au nord du port. Au deuxième jour de la tempête, le quartier des Salines a à son tour été évacué : 900 personnes ont désormais quitté leur logement, contre 300 la veille.\n',
  });

  it('leaves the sentence on the day the sentence before it dated', () => {
    expect(buildTimeline(engine()).events.filter((e) => /Salines/.test(e.text)).map((e) => e.date)).toEqual(['2026-03-04']);
  });
});

describe('a count or a record running since a past day', () => {
  const engine = ownCorpus('counts-since', {
    'courrier-2026-03-05.md': '---\noutlet: Le Courrier du Large\nlang: fr\npublished: 2026-03-05\n---\nCôté maritime, 42 traversées ont été annulées depuis mardi et 3 000 passagers restent à quai.\n',
    'wire-2026-03-05.md': '---\noutlet: Coast Wire\nlang: en\npublished: 2026-03-05\n---\nThe harbour index closed down 2.3%, its steepest one-day fall since October.\n\nThe ferry company has cancelled 18 crossings since Tuesday, affecting some 2,000 passengers.\n',
    'gazette-2026-03-05.md': '---\noutlet: La Gazette\nlang: fr\npublished: 2026-03-05\n---\nDepuis la veille, une zone de baignade de deux kilomètres est fermée au sud du port, le temps de retirer les nappes d\'algues.\n',
  });

  it('is not an event of that day or month', () => {
    const events = buildTimeline(engine()).events;
    expect(events.filter((e) => /traversées|crossings|steepest/.test(e.text))).toEqual([]);
  });

  it('while a state that began that day still dates its start', () => {
    expect(buildTimeline(engine()).events.find((e) => /baignade/.test(e.text))?.date).toBe('2026-03-04');
  });
});

describe('a participle qualifying a noun in a later clause', () => {
  const engine = ownCorpus('qualifier-later-clause', {
    'plaine-2026-02-19.md':
      '---\noutlet: Le Courrier de la Plaine\nlang: fr\npublished: 2026-02-19\n---\nLa Commission a présenté ce jeudi sa riposte aux nouvelles taxes. « Nous ne céderons pas », a lancé la commissaire au commerce, Anna Vidal, en réponse aux taxes annoncées lundi par le gouvernement voisin.\n',
  });

  it('dates the noun, not the sentence\'s statement', () => {
    const dates = buildTimeline(engine()).events.filter((e) => /ne céderons pas/.test(e.text)).map((e) => e.date);
    expect(dates).toEqual(['2026-02-19']);
  });
});
