import { describe, expect, it } from 'vitest';
import { articleFile, ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';
import { talliesOf } from '../../src/summary/tallies.js';

// Own text: an outbreak's count of people taken ill, revised by later reports in other wordings
// (« présentaient des symptômes », « malades », "the number of people who have fallen ill").
// The summary must follow the first figure with the latest one.
const article = articleFile;

describe('tallies: people taken ill, in every wording of the count', () => {
  it('reads the count of the sick, whatever the words', () => {
    expect(talliesOf('Selon la mairie, 58 personnes présentaient des symptômes mardi soir.', 'fr').get('ill')?.value).toBe(58);
    expect(talliesOf("Le nombre d'élèves malades est passé à 91, selon le rectorat.", 'fr').get('ill')?.value).toBe(91);
    expect(talliesOf('The number of pupils who have fallen ill has now reached 120, the council said.', 'en').get('ill')?.value).toBe(120);
  });
});

describe('/summary: a count of people taken ill revised later in other words', () => {
  const engine = ownCorpus('later-ill', {
    'depeche-2026-03-10.md': article('La Dépêche du Vallon', '2026-03-10', 'fr', 'Intoxication alimentaire au collège Jules-Ferrand de Brévannes', "Selon la mairie de Brévannes, 58 personnes présentaient des symptômes mardi soir après une intoxication alimentaire à la cantine du collège Jules-Ferrand.\n\nLe prestataire de restauration Cantivert a suspendu ses livraisons dans le département.\n\nL'agence régionale de santé a ouvert une enquête sur l'intoxication au collège Jules-Ferrand."),
    'echo-2026-03-11.md': article("L'Écho de Brévannes", '2026-03-11', 'fr', 'Collège Jules-Ferrand : les cours reprennent', "Au collège Jules-Ferrand de Brévannes, 58 personnes présentaient des symptômes mardi soir après l'intoxication alimentaire survenue à la cantine, selon la mairie.\n\nLes cours ont repris mercredi au collège Jules-Ferrand.\n\nLe prestataire Cantivert a suspendu ses livraisons dans tout le département, a indiqué la mairie de Brévannes."),
    'courier-2026-03-12.md': article('Valley Courier', '2026-03-12', 'en', 'Brevannes school reopens after food poisoning', "Classes resumed on Wednesday at the Jules-Ferrand school in Brévannes after the food poisoning at its canteen, the town hall said.\n\nThe catering firm Cantivert has suspended its deliveries across the département while the health agency investigates.\n\nParents gathered outside the school gates on Wednesday morning to ask for answers from the town hall.\n\nThe number of pupils who have fallen ill has now reached 120, the regional health agency said late on Wednesday."),
  });

  it('tells the latest count right after the first one', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /58 personnes/.test(t));
    const late = texts.findIndex((t) => /reached 120/.test(t));
    expect(early).toBeGreaterThanOrEqual(0);
    expect(late).toBe(early + 1);
  });
});
