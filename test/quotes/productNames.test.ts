/**
 * A company named alone before its product ("Velmora … its marketplace, Velmora Hub") is the company when
 * it speaks ("Velmora said"): a longer name that adds words after the company's is another entity, not
 * the full form of a short name (unlike a surname after a first name). And a subordinator opening a
 * quoted clause ("« Si Velmora … »", "\"If Velmora …\"") is no first word of a name.
 * Short wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a company printed alone before a product bearing its name speaks as itself', () => {
  it('en: "Velmora said" after "its online marketplace, Velmora Hub"', async () => {
    const who = await speakersOf(
      'en',
      [
        'Regulators fined Velmora 300 million euros on Monday over the rules of its online marketplace, Velmora Hub.',
        'Sellers on Velmora Hub had to use its payment service.',
        '"We will challenge this ruling in court," Velmora said in a statement.',
      ].join('\n\n'),
    );
    expect(who('We will challenge this ruling in court')).toBe('Velmora');
  });

  it('fr: "Velmora a annoncé" after "sa place de marché, Velmora Hub"', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Le régulateur a infligé lundi une amende de 300 millions d'euros à Velmora pour les règles de sa place de marché, Velmora Hub.",
        'Les vendeurs de Velmora Hub devaient utiliser son service de paiement.',
        'Dans un communiqué, Velmora a aussitôt annoncé : « Nous contesterons cette décision en justice. »',
      ].join('\n\n'),
    );
    expect(who('Nous contesterons cette décision en justice')).toBe('Velmora');
  });

  it('a surname given alone after the full name is still the person ("Delorme said" is Marc Delorme)', async () => {
    const who = await speakersOf(
      'en',
      ['Marc Delorme, the chief executive, met investors in Lyon on Monday.', '"The plan is funded," Delorme said.'].join('\n\n'),
    );
    expect(who('The plan is funded')).toBe('Marc Delorme');
  });
});

describe('a subordinator opening a quoted clause is no first word of a name', () => {
  it('fr: « Si Velmora ne se conforme pas… » does not make a person "Si Velmora"', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Le régulateur a infligé lundi une amende à Velmora.",
        '« Si Velmora ne se conforme pas, nous imposerons des astreintes », a averti le régulateur.',
        'Dans un communiqué, Velmora a répondu : « Nous ferons appel. »',
      ].join('\n\n'),
    );
    expect(who('Nous ferons appel')).toBe('Velmora');
  });

  it('en: "If Velmora fails to comply…" does not make a person "If Velmora"', async () => {
    const who = await speakersOf(
      'en',
      [
        'The regulator fined Velmora on Monday.',
        '"If Velmora fails to comply, we will impose penalties," the regulator warned.',
        '"We will appeal," Velmora said in a statement.',
      ].join('\n\n'),
    );
    expect(who('We will appeal')).toBe('Velmora');
  });
});
