/**
 * Attribution structures without a reporting verb of their own: a colon introduced by a clause
 * about a person, a quotation after a sentence about a named person, a demonstrative role
 * referring back, a charge quoted after "pour"/"for". Fixtures written for these tests, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('a colon introduction without a speech verb', () => {
  it('fr: "Nom, rôle, sort une lettre : « … »" and "16h05 — Réaction de Nom, rôle : « … »"', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        "La grève a commencé lundi dans l'entrepôt de Vernay.",
        '',
        'Marc Dubois, magasinier depuis dix ans, sort une lettre de sa poche : « On nous a prévenus par courrier, sans explication. »',
        '',
        '16h05 — Réaction de Jacques Morel, président de la région : « Nous soutiendrons chaque famille touchée. »',
        '',
        'Les grévistes attendent Paul Vidal : « la direction doit venir », lit-on sur une banderole.',
      ].join('\n'),
    );
    expect(speaker('On nous a prévenus par courrier')).toBe('Marc Dubois');
    expect(speaker('Nous soutiendrons chaque famille')).toBe('Jacques Morel');
    expect(speaker('la direction doit venir')).not.toBe('Paul Vidal');
  });

  it('en: "Name, a nurse at the clinic, held up the letter: \\"…\\""', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Staff at the Holbrook clinic walked out on Monday.',
        '',
        'Ann Whitley, a nurse at the clinic for twelve years, held up the letter: "We were told by post, with no warning at all."',
      ].join('\n'),
    );
    expect(speaker('We were told by post')).toBe('Ann Whitley');
  });
});

describe('a quotation with no verb after a sentence about a named person', () => {
  it('fr: the person the paragraph just named, not the speaker of the paragraph before', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        "L'usine de Vernay fermera en juin, a annoncé la direction.",
        '',
        'Selon le porte-parole du groupe, Paul Vidal, « aucune autre solution » n\'existait.',
        '',
        "Claire Martin, élue municipale, n'a pas caché sa colère. « Ils ont fermé sans prévenir personne, c'est une honte. » Elle demande une réunion.",
      ].join('\n'),
    );
    expect(speaker('Ils ont fermé sans prévenir personne')).toBe('Claire Martin');
  });

  it('en: "Name, a shop steward, did not hold back. \\"…\\""', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'The Vernay plant will close in June, the company said.',
        '',
        'Company spokesman Paul Vidal said there was "no other option".',
        '',
        'Claire Martin, a shop steward at the plant, did not hold back. "They closed it without warning anyone. It is a disgrace." She called a meeting for Friday.',
      ].join('\n'),
    );
    expect(speaker('They closed it without warning anyone')).toBe('Claire Martin');
  });
});

describe('a demonstrative role refers back to the person just named', () => {
  it('fr: "Nom, 45 ans, ne décolère pas. « … », raconte cette soudeuse" is Nom', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        "L'usine de Vernay fermera en juin.",
        '',
        'Sophie Laurent, 45 ans, ne décolère pas. « Trente ans de travail ici, et tout part en fumée », raconte cette soudeuse, les larmes aux yeux.',
      ].join('\n'),
    );
    expect(speaker('Trente ans de travail ici')).toBe('Sophie Laurent');
  });

  it('en: "Name, 45, is furious. \\"…,\\" says this welder" is Name', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'The Vernay plant will close in June.',
        '',
        'Sophie Laurent, 45, has worked there since school. "Thirty years of work here, and it all goes up in smoke," says this welder, close to tears.',
      ].join('\n'),
    );
    expect(speaker('Thirty years of work here')).toBe('Sophie Laurent');
  });
});

describe('a name after "of the"/"de la" and an organisation is an affiliation', () => {
  it('en: "Laura Penn of the University of Bristol said" is Laura Penn, not Bristol', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Voters in the canton backed the new tunnel on Sunday.',
        '',
        'Laura Penn of the University of Bristol said the result reflected a deep divide between town and country.',
        '',
        '"The cities decided this vote," she said.',
      ].join('\n'),
    );
    expect(speaker('the result reflected a deep divide')).toBe('Laura Penn');
    expect(speaker('The cities decided this vote')).toBe('Laura Penn');
  });

  it('fr (guard): "Paul Marin de l\'Université de Rennes a estimé que…" is Paul Marin', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Les électeurs du canton ont approuvé le tunnel dimanche.',
        '',
        "Paul Marin de l'Université de Rennes a estimé que le résultat traduisait une fracture profonde entre villes et campagnes.",
      ].join('\n'),
    );
    expect(speaker('le résultat traduisait une fracture')).toBe('Paul Marin');
  });
});

describe('a name and a long apposition before the verb', () => {
  it('en: "\\"…,\\" Name, an analyst at X in Boston, told Reuters." is Name', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Shares in Corvane rose 4% on Tuesday after the group announced job cuts.',
        '',
        '"This is a capacity issue, not a funding one," Mark Hill, an analyst at Dunmore Capital in Boston, told Reuters.',
      ].join('\n'),
    );
    expect(speaker('This is a capacity issue')).toBe('Mark Hill');
  });
});

describe('a quotation interrupted by its attribution', () => {
  it('fr/en: the description after the name belongs to the attribution, not to the quoted words', async () => {
    const fr = await quotationsIn({
      'a.md': [
        '---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---',
        'Les salariés bloquent le site depuis lundi.', '',
        "« Nous irons jusqu'au bout, a lancé Paul Vidal, le délégué syndical, perché sur une caisse. Cette usine ne fermera pas. »", '',
      ].join('\n'),
      'b.md': [
        '---', 'outlet: Example', 'lang: en', 'published: 2024-03-04', '---',
        'Workers have blocked the site since Monday.', '',
        '"We will see this through," said Paul Vidal, the union representative. "This plant will not close."', '',
        '"We will see it through, said Anna Hale, the shop steward, standing on a crate. This plant stays open."', '',
      ].join('\n'),
    });
    const words = fr.map((m) => m.quote);
    expect(words).toContain("Nous irons jusqu'au bout. Cette usine ne fermera pas.");
    expect(words).toContain('We will see it through. This plant stays open.');
  });
});

describe('a phrase opened by a preposition before the subject', () => {
  it('fr: "Sans lien avec le maire, l\'ancienne conseillère a dénoncé « … »" keeps only the subject', async () => {
    const members = await quotationsIn({
      'a.md': [
        '---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---',
        'Le conseil municipal a voté mardi la fermeture de la piscine.', '',
        "Sans lien avec le maire actuel, l'ancienne conseillère écologiste a dénoncé « une décision prise à la va-vite ».", '',
      ].join('\n'),
    });
    const found = members.find((m) => m.quote.includes('prise à la va-vite'));
    expect(found?.speakerRef?.name ?? found?.speakerPhrase ?? '').not.toMatch(/sans lien/i);
    expect(found?.speakerPhrase).toMatch(/^l'ancienne conseillère/u);
  });
});

describe('a clause of time or place opens a new subject', () => {
  it('en: "The blaze, which …, had spread by noon, when firefighters said it was \\"…\\"" is the firefighters\'', async () => {
    const members = await quotationsIn({
      'a.md': [
        '---', 'outlet: Example', 'lang: en', 'published: 2024-03-04', '---',
        'A wildfire broke out near Ashcombe on Monday.', '',
        'The blaze, which police say began near a lay-by, had covered 300 hectares by noon, when firefighters said it was "under control".', '',
      ].join('\n'),
    });
    const found = members.find((m) => m.quote === 'under control');
    expect(found?.speakerPhrase).toMatch(/firefighters/iu);
  });
});

describe('a quoted charge after "pour"/"for" with no speech verb', () => {
  it('fr/en: the charge has no speaker, the suspect or the court is not one', async () => {
    const fr = await speakersOf('fr', ['Un homme a été interpellé lundi à Vernay.', '', 'Le suspect a été mis en examen pour « vol en bande organisée avec arme » et placé en détention.'].join('\n'));
    expect(fr('vol en bande organisée')).toBeNull();
    const en = await speakersOf('en', ['A man was detained on Monday in Ashcombe.', '', 'The suspect, a 40-year-old local man, was charged on Tuesday for "arson endangering life" and remanded in custody.'].join('\n'));
    expect(en('arson endangering life')).toBeNull();
  });
});

describe('the same words are not listed twice', () => {
  it('fr: "X dénonce « … » et affirme que son client « … »" gives the quoted words once, not again as reported speech', async () => {
    const members = await quotationsIn({
      'a.md': [
        '---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---',
        'Un homme de 40 ans a été interpellé lundi à Vernay.', '',
        "Son avocate, Me Claire Roux, dénonce « une enquête bâclée » et affirme que son client « dormait chez un ami » au moment des faits.", '',
      ].join('\n'),
    });
    expect(members.filter((m) => m.quote.includes('dormait chez un ami'))).toHaveLength(1);
  });
});

describe('a quotation-only subheading', () => {
  it('fr: « Trois mots d\'un coup » alone between paragraphs continues no speaker', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        "« Nous tiendrons le piquet tout l'hiver », a promis Paul Vidal, délégué syndical.",
        '',
        '« Quarante ans de métier effacés »',
        '',
        'Marc Roux, 58 ans, travaille au port depuis 1984.',
        '',
        "« Nous tiendrons aussi longtemps qu'il le faudra, a-t-il ajouté. »",
      ].join('\n'),
    );
    expect(speaker('Quarante ans de métier effacés')).toBeNull();
  });
});
