import { describe, expect, it } from 'vitest';
import { amountsOf, sameKind, talliesOf } from '../../src/summary/tallies.js';

const read = (text: string, lang: 'fr' | 'en') => Object.fromEntries([...talliesOf(text, lang)].map(([tally, count]) => [tally, count.value]));

describe('talliesOf: the dead, injured, evacuated, missing and arrested a sentence counts', () => {
  it('reads a count beside its word, before it or right after it, in French and English', () => {
    expect(read('Two people were killed and about 1,200 residents were evacuated after the river burst its banks.', 'en')).toEqual({ dead: 2, evacuated: 1200 });
    expect(read('Environ 1 200 habitants ont été évacués depuis mardi soir.', 'fr')).toEqual({ evacuated: 1200 });
    expect(read("L'explosion avait fait trois morts et onze blessés.", 'fr')).toEqual({ dead: 3, injured: 11 });
    expect(read('The outbreak has sickened 27 people and killed one.', 'en')).toEqual({ ill: 27, dead: 1 });
    expect(read('Police said 37 people were arrested overnight.', 'en')).toEqual({ arrested: 37 });
    expect(read('Onze personnes sont toujours portées disparues.', 'fr')).toEqual({ missing: 11 });
    expect(read('Selon la préfecture, 12 personnes ont été interpellées et 8 blessées.', 'fr')).toEqual({ arrested: 12, injured: 8 });
    expect(read('Deux manifestantes ont été arrêtées samedi.', 'fr')).toEqual({ arrested: 2 });
    // Expulsions: diplomats declared persona non grata, deported people.
    expect(read('The government expelled three diplomats on Monday.', 'en')).toEqual({ expelled: 3 });
    expect(read("Le pays a annoncé l'expulsion de quatre diplomates mardi.", 'fr')).toEqual({ expelled: 4 });
    expect(read('The ministry raised the number declared persona non grata to seven.', 'en')).toEqual({ expelled: 7 });
    // People a disruption reaches, and « près de », « plus de » before a count (a quantity, not a size).
    expect(read('Lundi soir, le réseau comptait près de 32 000 voyageurs bloqués en gare.', 'fr')).toEqual({ affected: 32000 });
    expect(read('About 58,000 passengers had been affected by Tuesday evening.', 'en')).toEqual({ affected: 58000 });
    expect(read('Plus de 200 personnes ont été blessées.', 'fr')).toEqual({ injured: 200 });
    // An approximate figure after the word: "around", « quelque », « près de », "more than".
    expect(read('The blaze forced the authorities to evacuate around 650 residents overnight.', 'en')).toEqual({ evacuated: 650 });
    expect(read("L'incendie a provoqué l'évacuation de quelque 650 habitants.", 'fr')).toEqual({ evacuated: 650 });
    expect(read("Le préfet a ordonné l'évacuation de près de 650 riverains.", 'fr')).toEqual({ evacuated: 650 });
    expect(read('The landslide killed more than 40 people in the valley.', 'en')).toEqual({ dead: 40 });
    expect(read('Two climbers were injured about the head and arms.', 'en')).toEqual({ injured: 2 });
    // People set free, counted before or after the word, past an article ("freed the 12 hostages", « libéré les 14 otages »).
    expect(read('The rebels freed the 12 hostages at dawn on Friday.', 'en')).toEqual({ released: 12 });
    expect(read('Les 14 otages ont été libérés vendredi à l’aube.', 'fr')).toEqual({ released: 14 });
    expect(read('Les ravisseurs ont libéré les 14 otages vendredi.', 'fr')).toEqual({ released: 14 });
  });

  it('reads a running total after its noun, with an ordinal or a range', () => {
    expect(read('The death toll from flooding in the region rose to four on Thursday.', 'en')).toEqual({ dead: 4 });
    expect(read("Le bilan s'est encore alourdi jeudi matin : un quatrième corps a été découvert.", 'fr')).toEqual({ dead: 4 });
    expect(read('The number of injured has risen to 15, two of them seriously hurt.', 'en')).toEqual({ injured: 15 });
    expect(read('Le nombre de blessés est passé de 12 à 17 mardi.', 'fr')).toEqual({ injured: 17 });
    expect(read('No one was injured, according to the fire department.', 'en')).toEqual({ injured: 0 });
  });

  it('reads numbers written in words joined by hyphens, and no fraction', () => {
    expect(read("Le bilan s'alourdit : sept morts et vingt-deux blessés.", 'fr')).toEqual({ dead: 7, injured: 22 });
    expect(read('Quatre-vingt-dix personnes ont été évacuées.', 'fr')).toEqual({ evacuated: 90 });
    expect(read('Vingt-et-un blessés ont été transportés.', 'fr')).toEqual({ injured: 21 });
    expect(read('Twenty-two people were injured.', 'en')).toEqual({ injured: 22 });
    expect(read('One-third were injured.', 'en')).toEqual({});
  });

  it('reads a total brought to a later figure in the same sentence as that figure', () => {
    expect(read('Le nombre de blessés, annoncé mardi à 22, a été revu à 19 après vérification.', 'fr')).toEqual({ injured: 19 });
    expect(read('The death toll, put at three on Monday, was raised to seven on Tuesday.', 'en')).toEqual({ dead: 7 });
    expect(read('The death toll rose to seven, with six people still missing and 22 injured.', 'en')).toEqual({ dead: 7, missing: 6, injured: 22 });
  });

  it('reads no count in ages, sums, dates, weights, decrees, sizes or words of another clause', () => {
    expect(read('A 67-year-old woman died on 13 March 2026.', 'en')).toEqual({});
    expect(read("Une femme de 77 ans est décédée.", 'fr')).toEqual({});
    expect(read("Plus de 20 tonnes de poissons morts ont été ramassées.", 'fr')).toEqual({});
    expect(read("Un arrêté préfectoral signé mardi instaure une zone de protection.", 'fr')).toEqual({});
    expect(read("Les flammes ont gagné un village de 600 habitants évacué en urgence.", 'fr')).toEqual({});
    expect(read('A crew member was missing and 23 people were hurt.', 'en')).toEqual({ injured: 23 });
    expect(read("Les dommages atteindraient 80 millions d'euros.", 'fr')).toEqual({});
  });

  it('tells counts of people from counts of things', () => {
    const [campsites] = talliesOf('The three campsites evacuated on Monday night will stay closed.', 'en').values();
    const [people] = talliesOf('Environ 3 000 personnes ont été évacuées.', 'fr').values();
    const [residents] = talliesOf('About 1,200 residents were evacuated.', 'en').values();
    expect(sameKind(people, residents)).toBe(true);
    expect(sameKind(people, campsites)).toBe(false);
  });

  it('reads a count across an aside between commas that opens with « dont » or "including"', () => {
    expect(read('Au moins sept personnes, dont deux enfants et un pompier, ont été tuées dimanche.', 'fr')).toEqual({ dead: 7 });
    expect(read('Six workers, including a foreman, were injured at the plant.', 'en')).toEqual({ injured: 6 });
    // Any other aside still ends the clause.
    expect(read('Quatre camions, selon le maire, ont été évacués.', 'fr')).toEqual({});
  });

  it('reads the parts of a running total written « de N » as counts, not sizes', () => {
    expect(read('Le bilan officiel fait état de 14 interpellations et de 5 blessés.', 'fr')).toEqual({ arrested: 14, injured: 5 });
  });
});

describe('amountsOf: sums and counts of things a later report may revise, keyed across languages', () => {
  const amounts = (text: string, lang: 'fr' | 'en') => Object.fromEntries([...amountsOf(text, lang)].map(([key, count]) => [key, count.value]));

  it('keys a sum by what it measures, in French and English alike', () => {
    const fr = amounts("Le ministère évalue le coût des réparations à 2,4 milliards d'euros.", 'fr');
    const en = amounts('The ministry now puts the cost of repairs at 3.1 billion euros.', 'en');
    expect(Object.values(fr)).toEqual([2.4e9]);
    expect(Object.values(en)).toEqual([3.1e9]);
    expect(Object.keys(fr)).toEqual(Object.keys(en));
    // A sum that names nothing it measures is no figure to follow.
    expect(amounts('Les dons ont atteint 40 000 euros.', 'fr')).toEqual({});
  });

  it('keys a count of things by its noun across languages, and leaves out dates and durations', () => {
    const fr = amounts('Les plongeurs ont remonté 25 objets depuis lundi.', 'fr');
    const en = amounts('Divers have now recovered 90 objects from the hull.', 'en');
    expect(Object.values(fr)).toEqual([25]);
    expect(Object.keys(fr)).toEqual(Object.keys(en));
    expect(Object.values(amounts('The ban has been in force for 12 days, since 3 March, and covers 40 % of the bay.', 'en'))).toEqual([40]);
  });

  it('keys a share by what it is a share of, whatever its unit and language, and leaves out a share of nothing named', () => {
    const fr = amounts('La pile ne garde que 41 % de sa capacité après trois ans.', 'fr');
    const en = amounts('The cell keeps only 29 per cent of its capacity after three years.', 'en');
    const other = amounts('Some 29 percent of the voters stayed home.', 'en');
    expect(Object.values(fr)).toEqual([41]);
    expect(Object.keys(fr)).toEqual(Object.keys(en));
    expect(Object.keys(other)).not.toEqual(Object.keys(en));
    expect(amounts('Turnout reached 62% on Sunday.', 'en')).toEqual({});
    expect(amounts('Le taux atteint 62 pour cent dimanche.', 'fr')).toEqual({});
  });
});
