/**
 * Page noise on articles written for this test (wire-report style, French and English, on events
 * unrelated to the bundled corpus): links to other articles, "more to read" sections, share bars,
 * comment counters, sign-in prompts, geo-block notices, reader call-outs and "<outlet> avec AFP"
 * credits are kept out of the paragraphs, recorded in `removed`, and body lines are kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { datelineAgency, readCredit } from '../../src/corpus/inferMetadata.js';
import { classifyParagraphs, isRelatedLink, isSectionCut, isShareBar } from '../../src/text/noise.js';
import { isDateStamp, readDateStamp } from '../../src/text/dateStamp.js';

import { kept, parse, removedAs } from './parsedArticle.js';

const FRENCH = `Le Courrier de l'Isère avec AFP

Un glissement de terrain a coupé mardi la route départementale entre Vizille et Bourg-d'Oisans, a annoncé la préfecture de l'Isère.

Lire aussi : Isère : la route du col du Lautaret restera fermée jusqu'à l'été, selon le département, qui invoque des travaux de consolidation de la falaise et un risque de chutes de pierres persistant

« Nous n'avons aucune victime à déplorer », a déclaré le préfet, Jean Martin, lors d'une conférence de presse.

Publicité

Les habitants peuvent lire les consignes sur le site de la préfecture, et partager leurs photos avec les secours.

À lire aussi Grenoble : un pont fermé après une inspection

Une déviation par la RN85 a été mise en place pour la semaine.

Partager : Facebook Twitter LinkedIn E-mail

Ce contenu n'est pas encore disponible dans votre pays.

142 commentaires

La rédaction vous conseille
Crues en Savoie : trois morts dans la vallée
Alpes : la saison touristique menacée`;

const ENGLISH = `Landslide shuts mountain road in Colorado

A landslide closed a mountain highway west of Denver on Tuesday, state officials said.

Read more: Wildfire season starts early in the Rockies as drought deepens across the West and firefighters warn of a long summer ahead

"Nobody was hurt, and the road will reopen within a week," said Ana Ruiz, a spokesperson for the state transport department.

Share prices of the local ski resort operator fell 3% on the news.

Readers can share their pictures with the newsroom, the department said.

Share on Facebook

Do you have a story for us? Get in touch.

Get in touch.

This video is not available in your country.

The Denver Post with Reuters

Most popular
Storm kills three in Kansas
Comments (87)
Sign in or create your Denver Post account to join the discussion.`;

describe('page noise in an unseen French article', () => {
  const a = parse('isere-2025-03-04.txt', FRENCH);

  it('keeps the body lines, including sentences that merely contain "lire" or "partager"', () => {
    expect(kept(a)).toEqual([
      "Un glissement de terrain a coupé mardi la route départementale entre Vizille et Bourg-d'Oisans, a annoncé la préfecture de l'Isère.",
      "« Nous n'avons aucune victime à déplorer », a déclaré le préfet, Jean Martin, lors d'une conférence de presse.",
      'Les habitants peuvent lire les consignes sur le site de la préfecture, et partager leurs photos avec les secours.',
      'Une déviation par la RN85 a été mise en place pour la semaine.',
    ]);
  });

  it('drops "Lire aussi" links, a long one included, and one without a colon', () => {
    expect(removedAs(a, 'related-link')).toEqual([
      expect.stringMatching(/^Lire aussi : Isère : la route du col du Lautaret .* persistant$/),
      'À lire aussi Grenoble : un pont fermé après une inspection',
    ]);
  });

  it('drops the share bar, the geo-block notice and the comment counter; the "more to read" block cuts the rest', () => {
    expect(removedAs(a, 'share-bar')).toEqual(['Partager : Facebook Twitter LinkedIn E-mail']);
    expect(removedAs(a, 'boilerplate')).toEqual(["Ce contenu n'est pas encore disponible dans votre pays."]);
    // The counter comes after the body: the comments (and what follows) are not the article.
    expect(removedAs(a, 'section-cut')).toEqual(['142 commentaires']);
    expect(removedAs(a, 'after-section-cut')).toEqual(['La rédaction vous conseille', 'Crues en Savoie : trois morts dans la vallée', 'Alpes : la saison touristique menacée']);
  });

  it('reads "<outlet> avec AFP" as a credit: outlet and agency, the line kept out', () => {
    expect(a).toMatchObject({ outlet: "Le Courrier de l'Isère", agency: 'AFP' });
    expect(removedAs(a, 'credit')).toEqual(["Le Courrier de l'Isère avec AFP"]);
  });

  it('accounts for every line of the file: kept or removed with a reason', () => {
    const lines = FRENCH.split('\n').filter((l) => l.trim());
    expect(kept(a).length + a.removed.length).toBe(lines.length);
  });
});

describe('page noise in an unseen English article', () => {
  const a = parse('colorado-2025-03-04.txt', ENGLISH);

  it('keeps the body lines, including sentences that start with "Share" or contain "share"', () => {
    expect(kept(a)).toEqual([
      'Landslide shuts mountain road in Colorado',
      'A landslide closed a mountain highway west of Denver on Tuesday, state officials said.',
      '"Nobody was hurt, and the road will reopen within a week," said Ana Ruiz, a spokesperson for the state transport department.',
      'Share prices of the local ski resort operator fell 3% on the news.',
      'Readers can share their pictures with the newsroom, the department said.',
    ]);
  });

  it('drops a long "Read more:" link, the share bar, reader call-outs and the geo-block notice', () => {
    expect(removedAs(a, 'related-link')).toEqual([expect.stringMatching(/^Read more: Wildfire season .* ahead$/)]);
    expect(removedAs(a, 'share-bar')).toEqual(['Share on Facebook']);
    expect(removedAs(a, 'boilerplate')).toEqual(['Do you have a story for us? Get in touch.', 'This video is not available in your country.']);
    expect(removedAs(a, 'page-marker')).toEqual(['Get in touch.']);
  });

  it('cuts at "Most popular": related headlines, counter and sign-in prompt go', () => {
    expect(removedAs(a, 'section-cut')).toEqual(['Most popular']);
    expect(removedAs(a, 'after-section-cut')).toEqual(['Storm kills three in Kansas', 'Comments (87)', 'Sign in or create your Denver Post account to join the discussion.']);
  });

  it('reads "<outlet> with Reuters" as a credit', () => {
    expect(a).toMatchObject({ outlet: 'The Denver Post', agency: 'Reuters' });
    expect(removedAs(a, 'credit')).toEqual(['The Denver Post with Reuters']);
  });
});

describe('noise rules stay narrow', () => {
  it('a section marker before the body removes only its own line', () => {
    const a = parse('top.txt', 'Most popular\n\nThe council voted on Monday to close the bridge for repairs.\n\nWork will start in June, the mayor said.');
    expect(kept(a)).toEqual(['The council voted on Monday to close the bridge for repairs.', 'Work will start in June, the mayor said.']);
    expect(a.removed).toEqual([{ text: 'Most popular', reason: 'page-marker' }]);
  });

  it('needs a separator after a one-word marker, and a headline after a longer one', () => {
    expect(isRelatedLink('Lire : Le budget 2025 adopté en première lecture')).toBe(true);
    expect(isRelatedLink('Related: Storm kills three in Kansas')).toBe(true);
    expect(isRelatedLink('Lire la suite - Le budget adopté')).toBe(true);
    expect(isRelatedLink('Lire aussi les déclarations du ministre, publiées hier soir.')).toBe(false);
    expect(isRelatedLink('Read more than 200 pages of the report before the vote.')).toBe(false);
    expect(isRelatedLink('Related incidents were reported in two other towns.')).toBe(false);
    expect(isRelatedLink('Readers wrote in: the letters are published below.')).toBe(false);
  });

  it('a section cut is a marker line, not a sentence that happens to hold its words', () => {
    expect(isSectionCut('Related')).toBe(true);
    expect(isSectionCut('Sur le même sujet')).toBe(true);
    expect(isSectionCut('Two related fires were reported.')).toBe(false);
    expect(isSectionCut('He got more from the deal than expected.')).toBe(false);
    expect(isSectionCut('Commentaires (12)')).toBe(true);
    expect(isSectionCut('12 commentaires ont été supprimés par la modération.')).toBe(false);
  });

  it('a share bar is a share phrase and network names only', () => {
    expect(isShareBar('Facebook Twitter WhatsApp')).toBe(true);
    expect(isShareBar('Partager cet article')).toBe(true);
    expect(isShareBar('Share prices fell')).toBe(false);
    expect(isShareBar('Facebook')).toBe(false);
    expect(isShareBar('Partager le fardeau de la dette')).toBe(false);
  });

  it('a credit names a wire agency; other "X avec Y" lines are prose', () => {
    expect(readCredit('Par Le Monde avec Reuters et AFP')).toMatchObject({ outlet: 'Le Monde', agency: 'Reuters' });
    expect(readCredit('Avec agences')).toEqual({ outlet: undefined, byline: undefined, agency: undefined });
    expect(readCredit('Macron avec Scholz.')).toBeUndefined();
    expect(readCredit('Il a travaillé avec AFP.')).toBeUndefined();
    expect(readCredit('Biden with Putin.')).toBeUndefined();
    expect(readCredit('He met with Reuters.')).toBeUndefined();
  });

  it('leaves the existing verdicts of a clean wire report alone', () => {
    const paragraphs = ['PARIS (AFP) - Le ministre a annoncé lundi un plan de soutien.', '« Nous agirons vite », a-t-il déclaré.', 'Le plan sera présenté en juin.'];
    expect(classifyParagraphs(paragraphs).every((v) => v.keep)).toBe(true);
  });
});

describe('publication stamps written in words', () => {
  it('reads the date of "Publié le … à …" and "Published …" lines and keeps them out of the text', () => {
    const fr = parse('fr.txt', "Glissement de terrain en Isère\n\nPublié le mercredi 15 mai 2024 à 18h32\n\nUn glissement de terrain a coupé mardi la route, a annoncé la préfecture.\n");
    expect(fr.published).toBe('2024-05-15T18:32');
    expect(removedAs(fr, 'date-stamp')).toEqual(['Publié le mercredi 15 mai 2024 à 18h32']);
    const en = parse('en.txt', 'Landslide cuts mountain road\n\nPublished May 15, 2024 6:32 pm\n\nA landslide cut the road on Tuesday, the prefecture said.\n');
    expect(en.published).toBe('2024-05-15T18:32');
    expect(kept(en)).not.toContain('Published May 15, 2024 6:32 pm');
    // The first stamp is the publication; a later update does not replace it.
    const both = parse('both.txt', 'Landslide cuts mountain road\n\nFirst published 1st March 2024\n\nLast updated on March 3, 2024 at 9:05 am\n\nA landslide cut the road on Tuesday, the prefecture said.\n');
    expect(both.published).toBe('2024-03-01');
  });

  it('reads a "date 2024-05-17" line under the title', () => {
    const a = parse('kent.txt', 'Dover MP calls for inquiry\n\ndate 2024-05-17\n\nThe MP for Dover has called for a full public inquiry, she said on Thursday.\n');
    expect(a.published).toBe('2024-05-17');
    expect(kept(a)).toEqual(['Dover MP calls for inquiry', 'The MP for Dover has called for a full public inquiry, she said on Thursday.']);
  });

  it('a dated sentence of prose is no stamp', () => {
    expect(isDateStamp('Le 15 mai 2024, le ministre a annoncé sa démission.')).toBe(false);
    expect(isDateStamp('The inquiry opened on May 15, 2024 in Dover.')).toBe(false);
    expect(readDateStamp('Mis à jour le 16 mai 2024 à 10h05')).toBe('2024-05-16T10:05');
    expect(readDateStamp('Updated 16/05/2024 10:05')).toBe('2024-05-16T10:05');
    expect(readDateStamp('Published 31 Feburary 2024')).toBeUndefined();
  });
});

describe('datelines', () => {
  it('reads the agency of a dateline with a country and a date before it', () => {
    expect(datelineAgency('SEOUL (Reuters) - Le dirigeant nord-coréen…')).toBe('Reuters');
    expect(datelineAgency('CALAIS, France, May 15 (Reuters) - A crew member was missing…')).toBe('Reuters');
    expect(datelineAgency('LISBONNE, 8 mars (AFP) — Un séisme…')).toBe('AFP');
    expect(datelineAgency('Le président (Reuters) - a dit…')).toBeUndefined();
    const a = parse('wire.txt', 'CALAIS, France, May 15 (Reuters) - A crew member was missing after a fire broke out on a ferry, authorities said.\n');
    expect(a.agency).toBe('Reuters');
  });
});

describe('link lists, newsletter prompts, furniture labels', () => {
  const FR_PAGE = `Grève des contrôleurs aériens à Lyon

Les contrôleurs aériens ont entamé mardi une grève de 48 heures, a annoncé le syndicat.

La newsletter du syndicat, envoyée lundi soir, appelait déjà à la mobilisation.

À lire aussi
> Aéroports : le calendrier des grèves de l'été
> Lyon : le trafic reprend après la panne radar

Vous avez aimé cet article ? Inscrivez-vous à la newsletter Actu de notre journal.

Newsletter Transports : recevez chaque matin l'essentiel de l'actualité. Je m'inscris`;

  const EN_PAGE = `Air traffic controllers strike in Lyon

Air traffic controllers began a 48-hour strike on Tuesday, their union said.

The union said members had been told of the walkout by email and in its newsletter.

Read more
> Airport strikes: the summer calendar

Sign up to The Morning Brief, our daily email of the best stories.

Our Standards: The Thomson Reuters Trust Principles.`;

  it('drops the "> " links listed under an "À lire aussi" / "Read more" heading', () => {
    const fr = parse('fr.txt', FR_PAGE);
    expect(removedAs(fr, 'related-link')).toEqual(["> Aéroports : le calendrier des grèves de l'été", '> Lyon : le trafic reprend après la panne radar']);
    const en = parse('en.txt', EN_PAGE);
    expect(removedAs(en, 'related-link')).toEqual(['> Airport strikes: the summer calendar']);
  });

  it('a "> " line that follows no link heading stays (a quotation block)', () => {
    const a = parse('q.md', 'Le syndicat a publié un communiqué.\n\n> Nous ne reprendrons pas le travail sans garanties.\n');
    expect(kept(a)).toContain('> Nous ne reprendrons pas le travail sans garanties.');
  });

  it('drops newsletter sign-up prompts, also with the calls around them', () => {
    const fr = parse('fr.txt', FR_PAGE);
    expect(removedAs(fr, 'newsletter')).toEqual([
      'Vous avez aimé cet article ? Inscrivez-vous à la newsletter Actu de notre journal.',
      "Newsletter Transports : recevez chaque matin l'essentiel de l'actualité. Je m'inscris",
    ]);
    const en = parse('en.txt', EN_PAGE);
    expect(removedAs(en, 'newsletter')).toEqual(['Sign up to The Morning Brief, our daily email of the best stories.']);
  });

  it('keeps sentences that merely mention a newsletter or an email', () => {
    expect(kept(parse('fr.txt', FR_PAGE))).toContain('La newsletter du syndicat, envoyée lundi soir, appelait déjà à la mobilisation.');
    expect(kept(parse('en.txt', EN_PAGE))).toContain('The union said members had been told of the walkout by email and in its newsletter.');
    const verdicts = classifyParagraphs([
      'Subscribers to the newsletter were told on Monday.',
      'Newsletters are a growing business for local papers, the report said.',
      "Il a dit qu'il s'inscrirait à la newsletter. La direction a refusé.",
    ]);
    expect(verdicts.every((v) => v.keep)).toBe(true);
  });

  it('drops "Our Standards: …" furniture lines as boilerplate', () => {
    const en = parse('en.txt', EN_PAGE);
    expect(removedAs(en, 'boilerplate')).toEqual(['Our Standards: The Thomson Reuters Trust Principles.']);
    expect(classifyParagraphs(['Our standards have slipped, the minister admitted on Tuesday.'])[0].keep).toBe(true);
  });

  it('keeps the body of both pages', () => {
    expect(kept(parse('fr.txt', FR_PAGE))).toEqual([
      'Grève des contrôleurs aériens à Lyon',
      'Les contrôleurs aériens ont entamé mardi une grève de 48 heures, a annoncé le syndicat.',
      'La newsletter du syndicat, envoyée lundi soir, appelait déjà à la mobilisation.',
    ]);
  });
});

describe('page noise of the doping-case fixture (blind QA)', () => {
  it('indexes none of its link lists, newsletter prompts, standards line or bylines', () => {
    const dir = 'test/fixtures/doping-case';
    const texts = readdirSync(dir)
      .filter((f) => f !== 'README.md')
      .flatMap((f) => {
        const result = parseArticle(f, readFileSync(path.join(dir, f)));
        if (!result.ok) throw new Error(result.problem.reason);
        return kept(result.article);
      });
    for (const noise of ['newsletter', 'Newsletter', 'Our Standards', '> ', 'solos to victory', 'By Gilles Martin', 'By Anna Kerr', 'Vous avez aimé', 'Sign up to']) {
      expect(texts.filter((t) => t.includes(noise))).toEqual([]);
    }
  });
});

describe('page noise that the sentence-by-sentence rules missed (bird-flu QA)', () => {
  const FR_PAGE = `Crue de la Vilaine : la rocade de Rennes fermée dans la nuit
Publié le 04/02/2026 à 06h10 - Mis à jour le 04/02/2026 à 09h45
Par Jeanne Roux, envoyée spéciale à Redon

La rocade sud de Rennes a été fermée mardi soir à la circulation après le débordement de la Vilaine, a annoncé la préfecture.

Les pompiers ont évacué une quarantaine de riverains dans la nuit, sans faire de blessé.

Un pic attendu jeudi

Météo-France prévoit un pic de crue jeudi matin à Redon, où l'eau pourrait dépasser la cote de 2002.

Le maire de Redon a demandé aux habitants de « ne prendre aucun risque » :

Les parkings des quais seront fermés jusqu'à nouvel ordre.

Le saviez-vous ? La Vilaine traverse six départements avant de rejoindre l'océan.

Lire aussi
Redon : les écoles fermées mercredi et jeudi
Crues : comment savoir si votre commune est en vigilance ?

Vous voulez recevoir nos alertes ? Inscrivez-vous à la newsletter du matin.

Cet article vous a-t-il été utile ? Partagez-le !

Partager sur Facebook Partager sur WhatsApp Copier le lien

© Le Journal de la Vilaine - 2026

Voir les 12 commentaires`;

  const EN_PAGE = `Storm closes ring road as river bursts its banks
Published 4 February 2026 6:10am | Updated 4 February 2026 9:45am
By Ada Brennan, transport correspondent

The ring road around the city was closed on Tuesday night after the river burst its banks, police said.

Rescue crews moved about forty residents overnight and nobody was hurt.

Peak expected on Thursday

Forecasters expect the river to peak on Thursday morning, when water could rise above the 2002 record.

Did you know? The river crosses four counties before it reaches the sea.

Read more:
Schools shut for two days as flood warnings spread
Flooding: how do you know if your street is at risk?

Did you find this article useful? Share it!

Share on Facebook · Share on X · Share via Email

Copyright © 2026 The Valley Herald. All rights reserved.`;

  it('reads a stamp with a "Mis à jour … à 09h45" / "Updated … 9:45am" tail as the publication date, and drops the line', () => {
    const fr = parse('fr.txt', FR_PAGE);
    expect(fr.published).toBe('2026-02-04T06:10');
    expect(removedAs(fr, 'date-stamp')).toEqual(['Publié le 04/02/2026 à 06h10 - Mis à jour le 04/02/2026 à 09h45']);
    const en = parse('en.txt', EN_PAGE);
    expect(en.published).toBe('2026-02-04T06:10');
    expect(removedAs(en, 'date-stamp')).toEqual(['Published 4 February 2026 6:10am | Updated 4 February 2026 9:45am']);
    // The update tail without a date of its own.
    expect(isDateStamp('Publié le 04/02/2026 à 06h10, mis à jour à 09h45')).toBe(true);
    expect(isDateStamp('Updated 4 February 2026 9:45am, first published 3 February 2026')).toBe(true);
  });

  it('drops the headline lines of a link list without bullets, up to the first line of prose', () => {
    expect(removedAs(parse('fr.txt', FR_PAGE), 'related-link')).toEqual(['Redon : les écoles fermées mercredi et jeudi', 'Crues : comment savoir si votre commune est en vigilance ?']);
    expect(removedAs(parse('en.txt', EN_PAGE), 'related-link')).toEqual(['Schools shut for two days as flood warnings spread', 'Flooding: how do you know if your street is at risk?']);
    const a = parse('list.txt', 'The council met on Monday.\n\nRead more:\nBudget talks stall again\nThe mayor said the vote would be held next week.\n');
    expect(kept(a)).toEqual(['The council met on Monday.', 'The mayor said the vote would be held next week.']);
  });

  it('drops calls to action as whole paragraphs: question-form prompts, share calls, repeated share phrases', () => {
    const fr = parse('fr.txt', FR_PAGE);
    expect(removedAs(fr, 'newsletter')).toEqual(['Vous voulez recevoir nos alertes ? Inscrivez-vous à la newsletter du matin.']);
    expect(removedAs(fr, 'call-to-action')).toEqual(['Cet article vous a-t-il été utile ? Partagez-le !']);
    expect(removedAs(fr, 'share-bar')).toEqual(['Partager sur Facebook Partager sur WhatsApp Copier le lien']);
    const en = parse('en.txt', EN_PAGE);
    expect(removedAs(en, 'call-to-action')).toEqual(['Did you find this article useful? Share it!']);
    expect(removedAs(en, 'share-bar')).toEqual(['Share on Facebook · Share on X · Share via Email']);
  });

  it('drops copyright lines, a comments link and a box label, keeping the fact the box gives', () => {
    const fr = parse('fr.txt', FR_PAGE);
    expect(removedAs(fr, 'boilerplate')).toEqual(['© Le Journal de la Vilaine - 2026']);
    expect(removedAs(fr, 'section-cut')).toEqual(['Voir les 12 commentaires']);
    expect(removedAs(fr, 'page-marker')).toEqual(['Le saviez-vous ?', 'Lire aussi']);
    expect(kept(fr)).toContain("La Vilaine traverse six départements avant de rejoindre l'océan.");
    const en = parse('en.txt', EN_PAGE);
    expect(removedAs(en, 'boilerplate')).toEqual(['Copyright © 2026 The Valley Herald. All rights reserved.']);
    expect(removedAs(en, 'page-marker')).toEqual(['Did you know?', 'Read more:']);
    expect(kept(en)).toContain('The river crosses four counties before it reaches the sea.');
  });

  it('drops a subheading between prose paragraphs, never a line that introduces what follows', () => {
    expect(removedAs(parse('fr.txt', FR_PAGE), 'subheading')).toEqual(['Un pic attendu jeudi']);
    expect(removedAs(parse('en.txt', EN_PAGE), 'subheading')).toEqual(['Peak expected on Thursday']);
  });

  it('reads "By NAME, job title" / "Par NAME, fonction" as the byline, not as a passage', () => {
    const fr = parse('fr.txt', FR_PAGE);
    expect(fr.byline).toBe('Jeanne Roux');
    const en = parse('en.txt', EN_PAGE);
    expect(en.byline).toBe('Ada Brennan');
    expect(kept(en).some((t) => t.startsWith('By '))).toBe(false);
  });

  it('keeps the title and every line of prose of both pages', () => {
    expect(kept(parse('fr.txt', FR_PAGE))).toEqual([
      'Crue de la Vilaine : la rocade de Rennes fermée dans la nuit',
      'La rocade sud de Rennes a été fermée mardi soir à la circulation après le débordement de la Vilaine, a annoncé la préfecture.',
      'Les pompiers ont évacué une quarantaine de riverains dans la nuit, sans faire de blessé.',
      "Météo-France prévoit un pic de crue jeudi matin à Redon, où l'eau pourrait dépasser la cote de 2002.",
      'Le maire de Redon a demandé aux habitants de « ne prendre aucun risque » :',
      "Les parkings des quais seront fermés jusqu'à nouvel ordre.",
      "La Vilaine traverse six départements avant de rejoindre l'océan.",
    ]);
    expect(kept(parse('en.txt', EN_PAGE))).toEqual([
      'Storm closes ring road as river bursts its banks',
      'The ring road around the city was closed on Tuesday night after the river burst its banks, police said.',
      'Rescue crews moved about forty residents overnight and nobody was hurt.',
      'Forecasters expect the river to peak on Thursday morning, when water could rise above the 2002 record.',
      'The river crosses four counties before it reaches the sea.',
    ]);
  });

  it('stays narrow: questions of an interview, quoted questions and prose about sharing or alerts are kept', () => {
    const verdicts = classifyParagraphs([
      'Did you find the flood defences adequate?',
      'What was your first reaction to the warning?',
      '« Vous voulez recevoir nos alertes ? » a lancé le maire aux habitants.',
      'Les habitants peuvent partager leurs photos et recevoir les alertes de la préfecture.',
      'Cet article de loi vous concerne-t-il ?',
      'Did this story of survival move you?',
      'Partager le coût des digues entre les communes reste un casse-tête.',
    ]);
    expect(verdicts.map((v) => v.keep)).toEqual([true, true, true, true, true, true, true]);
    expect(isShareBar('Share on Facebook Share prices fell')).toBe(false);
  });
});
