import { describe, expect, it } from 'vitest';
import { articleFile, ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: figures revised by a later report in other words than the first one's: a share written
// "%" then "per cent", in the other language; a count of people freed written in figures, then with
// another noun (« marins », "crew members"). The summary must follow the earlier figure with the later one.
const article = articleFile;

describe('/summary: a share revised in another language and unit ("38 %" then "24 per cent")', () => {
  const engine = ownCorpus('later-share', {
    'gazette-2026-04-02.md': article('Gazette de Lorval', '2026-04-02', 'fr', 'Les batteries Velion en question', "Selon le laboratoire Ormand, la batterie du scooter Velion ne conservait que 38 % de sa charge après deux hivers, a indiqué mardi l'association de consommateurs Quorum.\n\nLe constructeur Velion a promis de remplacer les batteries défectueuses."),
    'courrier-2026-04-02.md': article('Courrier du Nord', '2026-04-02', 'fr', 'Velion : la batterie perd sa charge', "La batterie du scooter Velion ne conserve que 38 % de sa charge après deux hivers, selon les essais du laboratoire Ormand publiés mardi par Quorum.\n\nVelion a vendu 60 000 scooters en France depuis 2023."),
    'herald-2026-04-04.md': article('Marston Herald', '2026-04-04', 'en', 'Velion battery worse than thought', "New tests by the Ormand laboratory found the Velion scooter battery kept only 24 per cent of its charge after two winters, the consumer group Quorum said on Thursday.\n\nVelion has promised to replace faulty batteries free of charge."),
  });

  it('tells the later share right after the earlier one', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /38 %/.test(t));
    const late = texts.findIndex((t) => /24 per cent/.test(t));
    expect(late).toBeGreaterThanOrEqual(0);
    if (early >= 0) expect(late).toBe(early + 1);
  });
});

describe('/summary: a count of people freed revised with another noun (« 21 marins » after "19 crew members")', () => {
  const engine = ownCorpus('later-freed', {
    'wire-2026-06-10.md': article('Seaboard Wire', '2026-06-10', 'en', 'Pirates free tanker crew', "Pirates freed 19 crew members of the tanker Almira off the coast of Dunmore on Tuesday, the shipowner Kessler Lines said.\n\nThe tanker was seized on May 2 with a cargo of diesel, and the navy of Castria had escorted it since.\n\nKessler Lines chief executive Orla Brandt said the company had paid no ransom to the pirates."),
    'post-2026-06-10.md': article('Harbour Post', '2026-06-10', 'en', 'Almira crew released', "Kessler Lines said pirates had freed the 19 crew members of the Almira off Dunmore on Tuesday after five weeks in captivity.\n\nOrla Brandt, the chief executive of Kessler Lines, said no ransom had been paid to the pirates.\n\nThe Almira was seized on May 2 with a cargo of diesel bound for Castria."),
    'daily-2026-06-10.md': article('Dunmore Daily', '2026-06-10', 'en', 'Tanker crew freed', "Pirates off Dunmore on Tuesday freed 19 crew members of the tanker Almira, seized on May 2 with a cargo of diesel, Kessler Lines said.\n\nThe Castrian navy said it would escort the Almira to the port of Velas, where it is due on Friday."),
    'ouest-2026-06-11.md': article("L'Écho de l'Ouest", '2026-06-11', 'fr', "Les marins de l'Almira libérés", "Le pétrolier Almira fait route vers le port de Velas, escorté par la marine castrienne, a annoncé mercredi l'armateur Kessler Lines.\n\nLes pirates ont libéré les 21 marins du pétrolier Almira au large de Dunmore, a précisé l'armateur."),
  });

  it('tells the later count right after the earlier one', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /19 crew members/.test(t));
    const late = texts.findIndex((t) => /21 marins/.test(t));
    expect(late).toBeGreaterThanOrEqual(0);
    if (early >= 0) expect(late).toBe(early + 1);
  });
});
