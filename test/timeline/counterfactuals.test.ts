import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

const hypothetical = (text: string, lang: 'fr' | 'en') => readDates(text, lang, '2026-04-15').map((m) => Boolean(m.hypothetical));

describe('a date in a clause of what did not happen is hypothetical', () => {
  it('reads unreal conditions and counterfactual modals in English', () => {
    expect(hypothetical('Had the board listened to us a month ago, the dyke would still be standing, the farmer said.', 'en')).toEqual([true]);
    expect(hypothetical('If the ministry had released the funds in March, the culverts would have been cleared.', 'en')).toEqual([true]);
    expect(hypothetical('The sluice could have been shut on Monday, the inspector said.', 'en')).toEqual([true]);
    expect(hypothetical('On Monday, the sluice should have been shut.', 'en')).toEqual([true]);
  });

  it('reads unreal conditions and counterfactual modals in French', () => {
    expect(hypothetical("S'ils nous avaient écoutés il y a un mois, la digue tiendrait encore, a déclaré l'agriculteur.", 'fr')).toEqual([true]);
    expect(hypothetical("Si le ministère avait débloqué les fonds en mars, les buses auraient été curées.", 'fr')).toEqual([true]);
    expect(hypothetical("La vanne aurait pu être fermée lundi, selon l'inspecteur.", 'fr')).toEqual([true]);
    expect(hypothetical('Lundi, les secours auraient dû intervenir plus tôt.', 'fr')).toEqual([true]);
  });

  it('leaves real facts, obligations and open conditions alone', () => {
    expect(hypothetical('The dyke gave way on Tuesday evening, but it would have held with new pumps.', 'en')).toEqual([false]);
    expect(hypothetical('The council would have to rebuild the dyke by March, the minister said on Tuesday.', 'en')).toEqual([false, false]);
    expect(hypothetical('If the rain stops on Friday, the pumps will be moved.', 'en')).toEqual([false]);
    expect(hypothetical('Si le suspect était sur place lundi, il a échappé aux caméras.', 'fr')).toEqual([false]);
    expect(hypothetical('Le suspect aurait quitté le pays lundi, selon la police.', 'fr')).toEqual([false]);
  });
});

// Written for this test: a dyke breach on Tuesday 14 April 2026, with the regrets of those who saw it coming.
const ARTICLES: Record<string, string[]> = {
  'digue-2026-04-15.md': [
    '---', 'outlet: Le Courrier du Marais', 'lang: fr', 'published: 2026-04-15', '---',
    'La digue de Saint-Aulde a cédé mardi soir sous la pression de la crue, a indiqué la préfecture.',
    '',
    "« S'ils nous avaient écoutés il y a un mois, nous aurions pu renforcer la digue », a déploré l'agriculteur Gaël Tirand.",
    '',
    "La vanne de l'écluse aurait pu être fermée lundi, selon un inspecteur.",
  ],
  'dyke-2026-04-15.md': [
    '---', 'outlet: Marsh Post', 'lang: en', 'published: 2026-04-15', '---',
    'The Saint-Aulde dyke gave way on Tuesday evening under the pressure of the flood, the prefecture said.',
    '',
    'Had the board listened to us a month ago, we could have strengthened the dyke, farmer Gael Tirand said.',
    '',
    'If the ministry had released the funds in March, the culverts would have been cleared, an engineer said.',
  ],
};

describe('/timeline leaves out what did not happen', () => {
  const engineOf = ownCorpus('counterfactuals', ARTICLES);
  const events = () => buildTimeline(engineOf(), { maxEvents: 20 }).events;

  it('keeps the breach and shows none of the regrets', () => {
    const texts = events().map((e) => e.text).join('\n');
    expect(texts).toMatch(/a cédé mardi soir|gave way on Tuesday/);
    expect(texts).not.toMatch(/avaient écoutés|aurait pu être fermée|Had the board|had released the funds/);
    expect(events().map((e) => e.date)).toEqual(['2026-04-14']);
  });
});
