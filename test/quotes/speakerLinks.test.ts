/**
 * Speakers linked back to the person an earlier sentence named (fix-ws2): a role whose
 * organisation is only a modifier, … (each case on a short text written for the test).
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a role modified by an organisation noun is a person', () => {
  it('"the union leader" is the union man named the sentence before, not a body called "Union leader"', async () => {
    const who = await speakersOf(
      'en',
      `Dock workers voted to end their walkout on Monday after a new offer from the port authority.\n\nThe TWU's Peter Holloway sounded cautious. "This is only the first round of a long fight," the union leader said.`,
    );
    expect(who('first round of a long fight')).toBe('Peter Holloway');
  });
});

describe('verbs of thanks and praise introduce the word they quote', () => {
  it('"X thanked travellers for their \\"calm\\"", "X praised the crews\' \\"dedication\\"" are the words of X', async () => {
    const who = await speakersOf(
      'en',
      `Flights resumed on Tuesday after the storm.\n\nAviation Minister Laura Pike thanked travellers for their "calm". Her deputy, Tom Ashe, praised the ground crews' "dedication".`,
    );
    expect(who('calm')).toBe('Laura Pike');
    expect(who('dedication')).toBe('Tom Ashe');
  });

  it('« X a remercié les usagers pour leur « calme » » is the word of X', async () => {
    const who = await speakersOf(
      'fr',
      `Les vols ont repris mardi après la tempête.\n\nLa ministre des Transports, Laure Piquet, a remercié les voyageurs pour leur « calme ». Son adjoint, Tom Ashe, a loué le « dévouement » des équipes au sol.`,
    );
    expect(who('calme')).toBe('Laure Piquet');
    expect(who('dévouement')).toBe('Tom Ashe');
  });
});

describe("a leader's role goes back to the person known as an organisation's head", () => {
  it('« la dirigeante syndicale » after a Q/R interview is the general secretary interviewed, and so is « elle » after it', async () => {
    const who = await speakersOf(
      'fr',
      `Au lendemain du vote, la secrétaire générale de l'UNP, Sophie Garnier, était l'invitée de notre matinale.\n\nQ : Sophie Garnier, êtes-vous satisfaite ?\nR : C'est un bon accord pour les salariés. Nous avons obtenu beaucoup.\n\nQ : Et la suite ?\nR : Nous resterons vigilants, le combat continue.\n\nLa dirigeante syndicale a par ailleurs indiqué que les adhérents seraient consultés par courrier. Elle a salué le travail du médiateur, qu'elle juge « patient et habile ».`,
    );
    expect(who('les adhérents seraient consultés par courrier')).toBe('Sophie Garnier');
    expect(who('patient et habile')).toBe('Sophie Garnier');
  });

  it('"the union boss" a paragraph after the general secretary spoke is her', async () => {
    const who = await speakersOf(
      'en',
      `Mary Cole, general secretary of the TSSA, signed the deal on Friday. "It is a fair outcome," she said.\n\nMembers will vote on it next week.\n\nThe union boss described the mediator as "tireless and fair".`,
    );
    expect(who('tireless and fair')).toBe('Mary Cole');
  });
});

describe('an inverted pronoun incise inside a sentence reports it', () => {
  const fr = `Les contrôleurs aériens sont en grève depuis lundi.\n\nUn peu plus loin, une passagère, qui ne veut pas être nommée, proteste contre « une grève de nantis ». Elle devait partir à Nice.\n\nLa déléguée régionale du SNCTA, Julie Marchetti, défend le mouvement devant l'aérogare, où une vingtaine de grévistes se relaient. Les contrôleurs, explique-t-elle, ont perdu 8 % de salaire en deux ans. « Personne ne se met en grève de gaieté de cœur. La direction refuse de discuter. »`;
  const en = `Air traffic controllers have been on strike since Monday.\n\nA passenger who did not want to be named complained about "a strike of the privileged". She was due to fly to Nice.\n\nThe union's regional delegate, Julie Marchetti, defended the walkout outside the terminal. The controllers, she explained, have lost 8% of their pay in two years. "Nobody goes on strike for fun. Management refuses to talk."`;

  it('« Les contrôleurs, explique-t-elle, ont perdu… » is the delegate\'s, and so is the unverbed quotation after it', async () => {
    const who = await speakersOf('fr', fr);
    expect(who('ont perdu 8 % de salaire')).toBe('Julie Marchetti');
    expect(who('Personne ne se met en grève')).toBe('Julie Marchetti');
  });

  it('"The controllers, she explained, have lost…" is the delegate\'s, and so is the unverbed quotation after it', async () => {
    const who = await speakersOf('en', en);
    expect(who('have lost 8% of their pay')).toBe('Julie Marchetti');
    expect(who('Nobody goes on strike for fun')).toBe('Julie Marchetti');
  });
});

describe('a short pronoun clause before a colon introduces the statement after it', () => {
  it('« Elle y tient : l\'étagère restera « … » » is the words of the woman the sentence before was about; « Il faut le dire : » is no one', async () => {
    const who = await speakersOf(
      'fr',
      `La bibliothèque a rouvert ses portes mardi.\n\nLe maire, Paul Girard, a salué le travail des bénévoles. Marie Lenoir, elle, a annoncé une exposition en mai. Elle y tient : l'étagère vide restera en place « tant que les livres ne seront pas retrouvés ».\n\nIl faut le dire : le quartier reste « très calme ».`,
    );
    expect(who('tant que les livres ne seront pas retrouvés')).toBe('Marie Lenoir');
    expect(who('très calme')).toBeNull();
  });
});

describe('reported speech after "told <addressee>" without "that"', () => {
  it('"X told reporters the men had watched…" reports X\'s words; "told the court the plan was…" too', async () => {
    const who = await speakersOf(
      'en',
      `Two men were arrested on Monday.\n\nThe prosecutor in charge, Anne Cole, told reporters the men had watched the bank for weeks before the robbery. Their lawyer, Tom Reid, told the court his clients were at home on the night of the robbery.`,
    );
    expect(who('had watched the bank for weeks')).toBe('Anne Cole');
    expect(who('his clients were at home on the night')).toBe('Tom Reid');
  });
});

describe('a nickname given in the article stands for the person', () => {
  it('« que tout le monde appelle « Jeannot » »: « confie Jeannot » is Jean Morvan', async () => {
    const who = await speakersOf(
      'fr',
      `Le vol a eu lieu dans la nuit de dimanche.\n\nJean Morvan, 61 ans, que tout le monde au village appelle « Jeannot », était de garde. Il nous a reçus chez lui.\n\nLe veilleur dit ne pas avoir dormi depuis. « Tout le monde est sous le choc », confie Jeannot.`,
    );
    expect(who('Tout le monde est sous le choc')).toBe('Jean Morvan');
  });

  it('"known as \\"Jacko\\"": "Jacko said" is John Mallory', async () => {
    const who = await speakersOf(
      'en',
      `The theft happened on Sunday night.\n\nJohn Mallory, 61, known as "Jacko", was on duty. He met us at his home.\n\nThe guard has not slept since. "Everyone is in shock," Jacko said.`,
    );
    expect(who('Everyone is in shock')).toBe('John Mallory');
  });
});

describe('a free relative after a speech verb is its object, no inverted subject', () => {
  it('"X, head of a party, hailed what she called \\"…\\"" is the words of X', async () => {
    const who = await speakersOf(
      'en',
      `The count ended late on Sunday in the port town.\n\nMarta Lind, deputy leader of the Green Alliance, hailed what she called "a turning point for the coast" and said the vote proved that small towns were "ready for change".`,
    );
    expect(who('a turning point for the coast')).toBe('Marta Lind');
  });
});
