import { describe, expect, it } from 'vitest';
import { articleFile, ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';
import { tellsEarlierStage } from '../../src/summary/textUnits.js';

// Own text: a release telling what was offered at first, then what replaces it. The first offer is
// outdated background: the summary tells the replacement, never the first offer alone.
const article = articleFile;

describe('textUnits: a sentence telling what was done at first, since replaced', () => {
  it('is an earlier stage in its own telling, in French and English', () => {
    expect(tellsEarlierStage('The airline had initially offered a 30% voucher to stranded passengers.', 'en')).toBe(true);
    expect(tellsEarlierStage("Le transporteur avait d'abord proposé un bon d'achat de 30 %.", 'fr')).toBe(true);
    expect(tellsEarlierStage('Dans un premier temps, la préfecture avait autorisé la manifestation.', 'fr')).toBe(true);
  });

  it('is no earlier stage in an aside, where the sentence tells what replaced it, nor in a quotation or a first step', () => {
    expect(tellsEarlierStage('The hearing, initially set for Monday, took place on Thursday in Dunmore.', 'en')).toBe(false);
    expect(tellsEarlierStage("Le juge, qui avait d'abord refusé, a accepté la demande de la défense.", 'fr')).toBe(false);
    expect(tellsEarlierStage('"We had initially hoped for more," the mayor said.', 'en')).toBe(false);
    expect(tellsEarlierStage("Le ministre a d'abord rencontré les syndicats, puis les élus.", 'fr')).toBe(false);
  });
});

describe('/summary: the first offer, replaced by a later one in the same release, is not told', () => {
  const engine = ownCorpus('earlier-stage', {
    'skyvale-2026-02-18.md': article('Skyvale Air', '2026-02-18', 'en', 'Skyvale Air improves its offer to stranded passengers', "Skyvale Air will refund every passenger of the cancelled flights from Corvell in full and add a voucher worth 40% of the fare, chief executive Tomas Ellery said today.\n\nThe airline had initially offered a 30% voucher to stranded passengers on Monday. The new offer replaces it.\n\nFlights from Corvell resume on Friday."),
    'gazette-2026-02-18.md': article('Corvell Gazette', '2026-02-18', 'en', 'Skyvale to refund stranded passengers', "Skyvale Air said on Wednesday it would refund passengers of its cancelled Corvell flights in full, adding a voucher worth 40% of the fare.\n\nThe airline had initially offered a 30% voucher to stranded passengers on Monday, which drew anger from travellers.\n\nSkyvale said flights from Corvell would resume on Friday."),
    'depeche-2026-02-18.md': article('La Dépêche de Corvell', '2026-02-18', 'fr', 'Skyvale Air remboursera intégralement ses passagers', "La compagnie Skyvale Air remboursera intégralement les passagers de ses vols annulés au départ de Corvell et leur offrira un bon d'achat de 40 % du prix du billet, a annoncé mercredi son directeur général, Tomas Ellery.\n\nLe transporteur avait d'abord proposé un bon d'achat de 30 % aux passagers bloqués lundi.\n\nLes vols reprendront vendredi."),
  });

  it('never shows what was offered at first', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    expect(texts.some((t) => /refund|rembourser/i.test(t))).toBe(true);
    expect(texts.filter((t) => /30 ?%/.test(t))).toEqual([]);
  });
});
