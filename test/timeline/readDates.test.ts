import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

const dates = (text: string, lang: 'fr' | 'en', published: string | null) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('reading dates', () => {
  it('resolves a French weekday to the most recent one on or before publication', () => {
    // 2023-09-14 was a Thursday.
    expect(dates('Les deux hommes se sont rencontrés mercredi.', 'fr', '2023-09-14')).toEqual([['mercredi', '2023-09-13']]);
    expect(dates('a annoncé jeudi l’agence', 'fr', '2023-09-14T03:59')).toEqual([['jeudi', '2023-09-14']]);
    expect(dates('Parti dimanche soir de la capitale', 'fr', '2023-09-13')).toEqual([['dimanche soir', '2023-09-10']]);
  });

  it('reads "prochain" and "dernier", "hier" and "demain"', () => {
    expect(dates('Il reviendra lundi prochain.', 'fr', '2024-03-09')).toEqual([['lundi prochain', '2024-03-11']]);
    expect(dates('Il était là samedi dernier et hier.', 'fr', '2024-03-09')).toEqual([['samedi dernier', '2024-03-02'], ['hier', '2024-03-08']]);
    expect(dates('La réunion aura lieu demain.', 'fr', '2024-02-28')).toEqual([['demain', '2024-02-29']]);
  });

  it('resolves English relative days', () => {
    expect(dates('The quake struck on Thursday night, officials said yesterday.', 'en', '2024-03-08')).toEqual([
      ['Thursday night', '2024-03-07'],
      ['yesterday', '2024-03-07'],
    ]);
    expect(dates('They meet next Monday, after last Friday\'s talks.', 'en', '2024-03-08')).toEqual([
      ['next Monday', '2024-03-11'],
      ["last Friday's", '2024-03-01'],
    ]);
  });

  it('reads explicit dates in French and English, with and without a year', () => {
    expect(dates('Kim a affirmé mercredi 13 septembre que', 'fr', '2023-09-13')).toEqual([['mercredi 13 septembre', '2023-09-13']]);
    expect(dates('signé « Kim Jong Un 2023. 9. 13 »', 'fr', '2023-09-14')).toEqual([['2023. 9. 13', '2023-09-13']]);
    expect(dates('On September 13, 2023, and on 2 March', 'en', '2024-03-08')).toEqual([['September 13, 2023', '2023-09-13'], ['2 March', '2024-03-02']]);
    expect(dates('le 1er janvier 2024', 'fr', null)).toEqual([['le 1er janvier 2024', '2024-01-01']]);
  });

  it('reads bare months and years as partial dates, the year taken from publication', () => {
    expect(dates('En juillet, le ministre est venu; un lancement est promis en octobre, comme en 2019.', 'fr', '2023-09-14')).toEqual([
      ['En juillet', '2023-07'],
      ['en octobre', '2023-10'],
      ['en 2019', '2019'],
    ]);
    expect(dates('The talks stalled in December.', 'en', '2024-01-10')).toEqual([['in December', '2023-12']]);
  });

  it('does not take "may" the verb for May the month, nor guess without a publication day', () => {
    expect(dates('It may rain, they said in May.', 'en', '2024-06-01')).toEqual([['in May', '2024-05']]);
    expect(dates('Les deux hommes se sont vus mercredi.', 'fr', '2023-09')).toEqual([]);
    expect(dates('Les deux hommes se sont vus mercredi.', 'fr', null)).toEqual([]);
  });
});

describe('weekdays in a clause that looks ahead', () => {
  // 2024-10-08 was a Tuesday.
  const tue = '2024-10-08';

  it('resolves a French weekday after a future or prospective marker to the next such day', () => {
    expect(dates('Le pont doit rouvrir vendredi aux véhicules légers.', 'fr', tue)).toEqual([['vendredi', '2024-10-11']]);
    expect(dates('Une réunion se tiendra jeudi à la sous-préfecture.', 'fr', tue)).toEqual([['jeudi', '2024-10-10']]);
    expect(dates('Les experts rendront leur rapport jeudi.', 'fr', tue)).toEqual([['jeudi', '2024-10-10']]);
    expect(dates('Le trafic devrait rester perturbé jusqu\'à dimanche.', 'fr', tue)).toEqual([['dimanche', '2024-10-13']]);
    expect(dates('Les transporteurs appellent à une manifestation samedi devant la mairie.', 'fr', tue)).toEqual([['samedi', '2024-10-12']]);
  });

  it('resolves an English weekday after a future or prospective marker to the next such day', () => {
    expect(dates('The bridge is expected to reopen to cars on Friday, the ministry said.', 'en', tue)).toEqual([['Friday', '2024-10-11']]);
    expect(dates('Engineers will present their findings on Thursday.', 'en', tue)).toEqual([['Thursday', '2024-10-10']]);
    expect(dates("They'll meet the mayors on Wednesday morning.", 'en', tue)).toEqual([['Wednesday morning', '2024-10-09']]);
    expect(dates('The vote is scheduled for Monday.', 'en', tue)).toEqual([['Monday', '2024-10-14']]);
  });

  it('keeps past clauses and reporting verbs on the most recent day', () => {
    expect(dates('Le pont a été fermé vendredi après la découverte de fissures.', 'fr', tue)).toEqual([['vendredi', '2024-10-04']]);
    expect(dates('The bridge was closed on Friday after cracks were found.', 'en', tue)).toEqual([['Friday', '2024-10-04']]);
    // The weekday dates the speaking, not what will happen.
    expect(dates('The minister said on Monday he will visit the site.', 'en', tue)).toEqual([['Monday', '2024-10-07']]);
    expect(dates('La ministre a annoncé lundi qu\'elle se rendra sur place.', 'fr', tue)).toEqual([['lundi', '2024-10-07']]);
  });

  it('decides each weekday by its own clause when a sentence holds both tenses', () => {
    expect(dates('Le pont, qui a été fermé lundi soir, doit rouvrir vendredi.', 'fr', tue)).toEqual([
      ['lundi soir', '2024-10-07'],
      ['vendredi', '2024-10-11'],
    ]);
    expect(dates('Hauliers, who protested on Sunday against the detours, plan to block the roads on Saturday.', 'en', tue)).toEqual([
      ['Sunday', '2024-10-06'],
      ['Saturday', '2024-10-12'],
    ]);
    expect(dates('The bridge will be inspected after it was damaged on Sunday.', 'en', tue)).toEqual([['Sunday', '2024-10-06']]);
  });

  it('reads a weekday that opens its clause by the verb that follows', () => {
    expect(dates('Jeudi, les experts présenteront leur rapport aux élus.', 'fr', tue)).toEqual([['Jeudi', '2024-10-10']]);
    expect(dates('On Thursday, engineers will present their findings.', 'en', tue)).toEqual([['Thursday', '2024-10-10']]);
    expect(dates('Dimanche, les manifestants ont bloqué le pont.', 'fr', tue)).toEqual([['Dimanche', '2024-10-06']]);
  });

  it('takes the day of publication itself for a future weekday naming it, and still obeys "next" and "last"', () => {
    expect(dates('Le ministre doit se rendre mardi sur le pont.', 'fr', tue)).toEqual([['mardi', '2024-10-08']]);
    expect(dates('The minister will visit the bridge on Tuesday.', 'en', tue)).toEqual([['Tuesday', '2024-10-08']]);
    expect(dates('Talks will resume next Tuesday.', 'en', tue)).toEqual([['next Tuesday', '2024-10-15']]);
    expect(dates('Le pont sera comparé à celui inspecté mardi dernier.', 'fr', tue)).toEqual([['mardi dernier', '2024-10-01']]);
  });
});

describe('"prochain" and "next" before a weekday', () => {
  // 2025-03-12 was a Wednesday, 2025-03-14 a Friday.
  it('takes the weekday of the following week when this week\'s is tomorrow', () => {
    expect(dates('La contre-expertise aura lieu jeudi prochain à Lausanne.', 'fr', '2025-03-12')).toEqual([['jeudi prochain', '2025-03-20']]);
    expect(dates('The counter-analysis will take place next Thursday in Lausanne.', 'en', '2025-03-12')).toEqual([['next Thursday', '2025-03-20']]);
    // Three days ahead, "samedi prochain" is this week's Saturday (the first to come after tomorrow).
    expect(dates('Le conseil se réunira samedi prochain.', 'fr', '2025-03-12')).toEqual([['samedi prochain', '2025-03-15']]);
  });

  it('agrees with the first weekday to come once that one is in the following week', () => {
    expect(dates('Le conseil se réunira jeudi prochain.', 'fr', '2025-03-14')).toEqual([['jeudi prochain', '2025-03-20']]);
    expect(dates('The board meets next Monday.', 'en', '2025-03-14')).toEqual([['next Monday', '2025-03-17']]);
  });

  it('keeps a bare weekday in a future clause on the next such day', () => {
    expect(dates('Le conseil se réunira jeudi.', 'fr', '2025-03-12')).toEqual([['jeudi', '2025-03-13']]);
    expect(dates('The board will meet on Thursday.', 'en', '2025-03-12')).toEqual([['Thursday', '2025-03-13']]);
  });
});

describe('the conditional of reported speech looks ahead', () => {
  // 2025-03-11 was a Tuesday.
  const tue = '2025-03-11';

  it('reads a French conditional in -rait / -raient as a future in the past', () => {
    expect(dates("Le maire a ajouté que l'équipe tiendrait une réunion mercredi à la mairie.", 'fr', tue)).toEqual([['mercredi', '2025-03-12']]);
    expect(dates('Les syndicats ont indiqué qu\'ils manifesteraient vendredi devant la préfecture.', 'fr', tue)).toEqual([['vendredi', '2025-03-14']]);
    expect(dates('Le club a précisé que le joueur recevrait sa licence jeudi.', 'fr', tue)).toEqual([['jeudi', '2025-03-13']]);
    expect(dates('Le ministre a assuré que la réunion aurait lieu samedi.', 'fr', tue)).toEqual([['samedi', '2025-03-15']]);
    expect(dates('La préfète a dit que les bus partiraient dimanche.', 'fr', tue)).toEqual([['dimanche', '2025-03-16']]);
  });

  it('does not take an imperfect in -rait or a noun like "portrait" for a conditional', () => {
    expect(dates('Le coureur rentrait de Paris lundi.', 'fr', tue)).toEqual([['lundi', '2025-03-10']]);
    expect(dates('Le journal publiait un portrait du joueur lundi.', 'fr', tue)).toEqual([['lundi', '2025-03-10']]);
    expect(dates('Le club annonçait le retrait du coureur lundi.', 'fr', tue)).toEqual([['lundi', '2025-03-10']]);
    expect(dates('La police tirait des grenades lundi soir.', 'fr', tue)).toEqual([['lundi soir', '2025-03-10']]);
    expect(dates('Le ministre livrait ses conclusions lundi.', 'fr', tue)).toEqual([['lundi', '2025-03-10']]);
    // A conditional past is hearsay about what happened.
    expect(dates('Le coureur aurait quitté l\'hôtel lundi.', 'fr', tue)).toEqual([['lundi', '2025-03-10']]);
  });

  it('reads English "would" + verb in reported speech as looking ahead', () => {
    expect(dates('The mayor said the team would hold a meeting on Wednesday at the town hall.', 'en', tue)).toEqual([['Wednesday', '2025-03-12']]);
    expect(dates('Unions said they would march on Friday.', 'en', tue)).toEqual([['Friday', '2025-03-14']]);
    expect(dates('The rider would have left the hotel on Monday, police said.', 'en', tue)).toEqual([['Monday', '2025-03-10']]);
  });
});

describe('dates that end a state', () => {
  const ends = (text: string, lang: 'fr' | 'en', published: string) =>
    readDates(text, lang, published).map((d) => [d.text, d.date, d.endsAState === true]);

  it('marks a date after "jusqu\'en", "jusqu\'au", "jusqu\'à", "until", "through" as the end of a state', () => {
    expect(ends("Le sponsor réexamine son partenariat, qui court jusqu'en 2027.", 'fr', '2025-03-12')).toEqual([['en 2027', '2027', true]]);
    expect(ends("Le pont restera fermé jusqu'au 20 mars.", 'fr', '2025-03-12')).toEqual([['20 mars', '2025-03-20', true]]);
    expect(ends("Le trafic devrait rester perturbé jusqu'à dimanche.", 'fr', '2025-03-12')).toEqual([['dimanche', '2025-03-16', true]]);
    expect(ends('The sponsor is reviewing its deal, which runs until 2027.', 'en', '2025-03-12')).toEqual([['until 2027', '2027', true]]);
    expect(ends('The road stays closed through March 20.', 'en', '2025-03-12')).toEqual([['March 20', '2025-03-20', true]]);
  });

  it('keeps a start and an ordinary date as dates of events', () => {
    expect(ends('La suspension court à partir du 20 mars.', 'fr', '2025-03-12')).toEqual([['20 mars', '2025-03-20', false]]);
    expect(ends('The ban applies from March 20.', 'en', '2025-03-12')).toEqual([['March 20', '2025-03-20', false]]);
    expect(ends("Il a signé en 2024 un contrat jusqu'en 2027.", 'fr', '2025-03-12')).toEqual([['en 2024', '2024', false], ['en 2027', '2027', true]]);
  });
});

describe('a month printed without a year', () => {
  // Written in October: January is three months ahead and nine months back.
  const dated = (text: string, lang: 'fr' | 'en') => readDates(text, lang, '2025-10-14').map((d) => d.date);

  it('is in the publication year when the sentence says "cette année" / "this year"', () => {
    expect(dated("Il s'agit du deuxième foyer dans le département cette année, après celui détecté en janvier dans un élevage de dindes.", 'fr')).toEqual(['2025-01']);
    expect(dated('It is the second outbreak this year, after one found in January on a turkey farm.', 'en')).toEqual(['2025-01']);
  });

  it('is the last such month when the clause looks back, the next when it looks ahead', () => {
    expect(dated('Les travaux ont repris en janvier.', 'fr')).toEqual(['2025-01']);
    expect(dated('The first case was found in January at a turkey farm.', 'en')).toEqual(['2025-01']);
    expect(dated('Le vaccin sera disponible en janvier, a annoncé le ministre.', 'fr')).toEqual(['2026-01']);
    expect(dated('The talks will resume in March.', 'en')).toEqual(['2026-03']);
  });

  it('with no tense, stays the nearest (a month a few weeks ahead is the coming one)', () => {
    expect(dated('Les soldes commencent en janvier.', 'fr')).toEqual(['2026-01']);
  });
});

describe('a bare weekday that points ahead', () => {
  // Written for these tests. 2024-01-17 was a Wednesday.
  it('is the coming day right after "pour" / "for", whatever the tense of the clause', () => {
    expect(dates('Les prévisionnistes redoutent la neige, attendue pour vendredi sur les crêtes.', 'fr', '2024-01-17')).toEqual([['vendredi', '2024-01-19']]);
    expect(dates('The bank postponed the vote, now pencilled in for Friday.', 'en', '2024-01-17')).toEqual([['Friday', '2024-01-19']]);
    // A possessive names a day's event, not the day something is set for.
    expect(dates("He was jailed for Monday's attack.", 'en', '2024-01-17')).toEqual([["Monday's", '2024-01-15']]);
  });

  it('after a call to act ("appel à", "call to"), is the coming day', () => {
    expect(dates('Le collectif renouvelle son appel à défiler dimanche devant la mairie.', 'fr', '2024-01-17')).toEqual([['dimanche', '2024-01-21']]);
    expect(dates('The union renewed its call to march on Sunday in the capital.', 'en', '2024-01-17')).toEqual([['Sunday', '2024-01-21']]);
  });

  it('after a convocation, is the nearer of the day arranged and the day it was arranged', () => {
    expect(dates("« J'ai convoqué les dirigeants de la société vendredi au ministère », a déclaré la ministre.", 'fr', '2024-01-17')).toEqual([['vendredi', '2024-01-19']]);
    expect(dates('The minister summoned the board on Friday to explain the losses.', 'en', '2024-01-17')).toEqual([['Friday', '2024-01-19']]);
    expect(dates("Il a été convoqué mardi par la juge d'instruction.", 'fr', '2024-01-17')).toEqual([['mardi', '2024-01-16']]);
  });
});

describe('seasons', () => {
  // Written for these tests. 2026-03-10 is in (meteorological) spring.
  it('reads a season with a year as its starting month, a winter as its year', () => {
    expect(dates("La digue sera rehaussée au printemps 2028, et le port rouvrira à l'automne 2030.", 'fr', '2026-03-10')).toEqual([
      ['au printemps 2028', '2028-03'],
      ["à l'automne 2030", '2030-09'],
    ]);
    expect(dates('Trials begin in spring 2028 and the line opens in the autumn of 2030, or by winter 2031.', 'en', '2026-03-10')).toEqual([
      ['in spring 2028', '2028-03'],
      ['in the autumn of 2030', '2030-09'],
      ['by winter 2031', '2031'],
    ]);
  });

  it('resolves "l\'été prochain", "cet été", "next summer" and "last winter" against publication', () => {
    expect(dates("Le chantier reprendra l'été prochain, comme l'été dernier.", 'fr', '2026-10-02')).toEqual([
      ["l'été prochain", '2027-06'],
      ["l'été dernier", '2026-06'],
    ]);
    expect(dates('The ferry returns next summer; this summer was quiet, after last winter.', 'en', '2026-03-10')).toEqual([
      ['next summer', '2026-06'],
      ['this summer', '2026-06'],
      ['last winter', '2025-12'],
    ]);
  });

  it('leaves the ordinary words alone: "a été dernier", "the fall of", "fall" as a verb', () => {
    expect(dates('Il a été dernier au classement.', 'fr', '2026-03-10')).toEqual([]);
    expect(dates('After the fall of 1989, exports fall 2025 figures lagged.', 'en', '2026-03-10')).toEqual([]);
  });
});
