/**
 * Page noise set inside an article, on pages written for this test (wire-report style, French and
 * English, events unrelated to any fixture): a box of related links between two paragraphs, photo
 * captions, a named newsletter pitch with its button, an alerts prompt, and a publication stamp
 * with a relative update time. The noise goes; the article's prose on either side stays.
 */
import { describe, expect, it } from 'vitest';
import { isDateStamp } from '../../src/text/dateStamp.js';
import { isCaption, isNewsletterPrompt, isCallToAction } from '../../src/text/noise.js';
import { kept, parse, removedAs } from './parsedArticle.js';

const EN_BOX = `Ferry operator cancels crossings as crews walk out
By Tom Okafor

DOVER, England (Reuters) - The ferry operator cancelled all crossings on Friday after crews walked out over pay, the company said.

Passengers were told to book seats on other lines, and the port said queues had cleared by noon.

Related coverage
- Port strike ends after three weeks of talks
- How ferry fares have changed since 2019

Union officials said a ballot on the new offer would close on March 28.

The company said it expected services to resume over the weekend, subject to safety checks.

Share: X · LinkedIn · Copy link`;

const FR_BOX = `Grève des contrôleurs aériens : la moitié des vols annulés à Nantes

NANTES (AFP) - La moitié des vols au départ de l'aéroport de Nantes ont été annulés jeudi en raison d'une grève des contrôleurs aériens, a indiqué la direction de l'aéroport.

Les compagnies ont prévenu leurs passagers par SMS dans la nuit, et des files d'attente se sont formées dès six heures du matin.

Sur le même sujet
Aéroports : ce que prévoit la loi sur le service minimum
Transport aérien : les grèves coûtent cher aux compagnies

Le syndicat majoritaire a appelé à reconduire le mouvement vendredi.

La direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols d'un tiers.

© Le Courrier de l'Erdre 2025`;

describe('a box of related links inside the article', () => {
  it('drops the box heading and its links, and keeps the prose after them (en, bulleted)', () => {
    const a = parse('ferry.txt', EN_BOX);
    expect(removedAs(a, 'related-link')).toEqual(['- Port strike ends after three weeks of talks', '- How ferry fares have changed since 2019']);
    expect(kept(a)).toContain('Union officials said a ballot on the new offer would close on March 28.');
    expect(kept(a)).toContain('The company said it expected services to resume over the weekend, subject to safety checks.');
    expect(kept(a).some((p) => /Related coverage|Port strike ends|Share:/.test(p))).toBe(false);
  });

  it('drops the box heading and its links, and keeps the prose after them (fr, without bullets)', () => {
    const a = parse('greve.txt', FR_BOX);
    expect(removedAs(a, 'related-link')).toEqual([
      'Aéroports : ce que prévoit la loi sur le service minimum',
      'Transport aérien : les grèves coûtent cher aux compagnies',
    ]);
    expect(kept(a)).toContain('Le syndicat majoritaire a appelé à reconduire le mouvement vendredi.');
    expect(kept(a)).toContain("La direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols d'un tiers.");
    expect(kept(a).some((p) => /Sur le même sujet|service minimum|©/.test(p))).toBe(false);
  });

  it('still ends the article at a section of other stories: headlines and one teaser, page furniture, or comments', () => {
    const teaser = parse('teaser.txt', `The bridge reopened on Monday after a month of repairs, the council said.\n\nDrivers had faced detours of up to twenty minutes.\n\nRelated articles\n\nTunnel closed for inspection\n\nThe tunnel under the river will close for a night of checks in May.\n`);
    expect(kept(teaser)).toEqual(['The bridge reopened on Monday after a month of repairs, the council said.', 'Drivers had faced detours of up to twenty minutes.']);
    const furniture = parse('plus-lus.txt', `Le pont a rouvert lundi après un mois de travaux, a indiqué la mairie.\n\nLes automobilistes faisaient jusqu'à vingt minutes de détour.\n\nLes plus lus\n\nUn tunnel fermé pour inspection\n\nAvez-vous une remarque ou avez-vous découvert une erreur ? Écrivez-nous via le formulaire.\n\nLa mairie de la ville voisine a voté son budget mardi soir, après trois heures de débat.\n`);
    expect(kept(furniture)).toEqual(['Le pont a rouvert lundi après un mois de travaux, a indiqué la mairie.', "Les automobilistes faisaient jusqu'à vingt minutes de détour."]);
    const comments = parse('comments.txt', `The bridge reopened on Monday, the council said.\n\nDrivers had faced long detours.\n\nComments\n\nJoe Bloggs\n\nAbout time too, it has been a nightmare for everyone on our street.\n\nThe council should have done this years ago and saved us all the trouble.\n`);
    expect(kept(comments)).toEqual(['The bridge reopened on Monday, the council said.', 'Drivers had faced long detours.']);
  });
});

describe('captions, newsletter pitches and alert prompts', () => {
  it('drops photo captions with their credit, in French and English, and keeps prose about photos', () => {
    const fr = parse(
      'gare.txt',
      `Un train a déraillé mardi près de Dijon sans faire de blessé, a indiqué la SNCF.\n\nPhoto : La gare de Dijon-Ville, mardi matin. © Jeanne Roux / Le Bien Public\n\nPhoto d'illustration : un quai de gare. © Paul Marchand / Le Bien Public\n\nLa circulation a repris dans la soirée.\n`,
    );
    expect(removedAs(fr, 'caption')).toEqual(['Photo : La gare de Dijon-Ville, mardi matin. © Jeanne Roux / Le Bien Public', "Photo d'illustration : un quai de gare. © Paul Marchand / Le Bien Public"]);
    expect(kept(fr)).toEqual(['Un train a déraillé mardi près de Dijon sans faire de blessé, a indiqué la SNCF.', 'La circulation a repris dans la soirée.']);
    const en = parse('station.txt', `A train derailed near Leeds on Tuesday, the operator said.\n\nPhoto: Commuters wait at Leeds station on Tuesday. (Herald/Alamy)\n\nPhotos of the derailed carriages were shared widely on social media, police said.\n`);
    expect(removedAs(en, 'caption')).toEqual(['Photo: Commuters wait at Leeds station on Tuesday. (Herald/Alamy)']);
    expect(kept(en)).toContain('Photos of the derailed carriages were shared widely on social media, police said.');
    expect(kept(en).some((p) => /Alamy/.test(p))).toBe(false);
    expect(isCaption('Image : la ministre veut soigner son image auprès des agriculteurs, a dit un proche.')).toBe(true);
    expect(isCaption("L'image a fait le tour des réseaux sociaux : le maire, en bottes, dans l'eau.")).toBe(false);
  });

  it('drops a named newsletter pitch with its button, and an alerts prompt with "Activez les notifications"', () => {
    expect(isNewsletterPrompt("Newsletter Le Réveil : chaque matin à 6 heures, l'actualité de la région. Je m'abonne")).toBe(true);
    expect(isNewsletterPrompt("Newsletter The Morning Wire: the day's news at 7am, every weekday. Subscribe")).toBe(true);
    // A newsletter named in prose, or a pitch without a button, is no prompt.
    expect(isNewsletterPrompt('La newsletter du journal, lancée en mai, compte 40 000 abonnés, selon la direction.')).toBe(false);
    expect(isNewsletterPrompt("Newsletter editors at the paper said the change was overdue.")).toBe(false);
    expect(isCallToAction('Vous souhaitez recevoir nos alertes info ? Activez les notifications.')).toBe(true);
    expect(isCallToAction('Want our alerts on your phone? Turn on notifications.')).toBe(true);
    const a = parse('alertes.txt', `Le préfet a levé mardi l'alerte aux crues, a-t-on appris de source officielle.\n\nVous souhaitez recevoir nos alertes info ? Activez les notifications.\n\nNewsletter Le Réveil : chaque matin à 6 heures, l'actualité de la région. Je m'abonne\n`);
    expect(kept(a)).toEqual(["Le préfet a levé mardi l'alerte aux crues, a-t-on appris de source officielle."]);
  });
});

describe('a publication stamp with a relative update time', () => {
  it('reads the date of "March 12, 2025 9:05 AM GMT+1 Updated 3 hours ago" and drops the line', () => {
    const a = parse('rail.txt', `Rail strike halts trains across Spain\nBy Ana Ruiz\nMarch 12, 2025 9:05 AM GMT+1 Updated 3 hours ago\n\nMADRID, March 12 (Reuters) - Most trains in Spain were cancelled on Wednesday as rail workers went on strike, the operator said.\n`);
    expect(a.published).toBe('2025-03-12T09:05+01:00');
    expect(removedAs(a, 'date-stamp')).toEqual(['March 12, 2025 9:05 AM GMT+1 Updated 3 hours ago']);
  });

  it('reads the date of "Publié le 12/03/2025 à 09h05 - Mis à jour il y a 2 heures" and drops the line', () => {
    const a = parse('rail-fr.txt', `Grève du rail : la plupart des trains supprimés en Espagne\nPublié le 12/03/2025 à 09h05 - Mis à jour il y a 2 heures\n\nLa plupart des trains ont été supprimés mercredi en Espagne, a indiqué l'opérateur.\n`);
    expect(a.published).toBe('2025-03-12T09:05');
    expect(removedAs(a, 'date-stamp')).toEqual(['Publié le 12/03/2025 à 09h05 - Mis à jour il y a 2 heures']);
  });

  it('takes a lone relative stamp for a stamp, not prose that says "il y a" or "ago"', () => {
    expect(isDateStamp('Updated 20 minutes ago')).toBe(true);
    expect(isDateStamp('Mis à jour il y a une heure')).toBe(true);
    expect(isDateStamp('Il y a 20 ans, la ville avait été inondée.')).toBe(false);
    expect(isDateStamp('Two years ago the river burst its banks.')).toBe(false);
  });
});

describe("a wire dateline's day as the publication date", () => {
  it('dates the article by its dateline when nothing else does, with the year of the date in its file name', () => {
    const body = 'BERLIN, Nov. 4 (Reuters) - German factory orders rose more than expected in September, data showed on Monday.\n';
    expect(parse('wire-2024-11-04.txt', body).published).toBe('2024-11-04');
    // A file saved the day after the dispatch, across the turn of the year.
    expect(parse('depeche-2025-01-01.txt', "GENÈVE, 31 décembre (AFP) - Le lac a gelé sur ses rives mardi, une première depuis 2012, selon MétéoSuisse.\n").published).toBe('2024-12-31');
  });

  it('leaves the date unknown without a file-name date, or when the two disagree, and never overrides a stamp', () => {
    const body = 'BERLIN, Nov. 4 (Reuters) - German factory orders rose more than expected in September, data showed on Monday.\n';
    expect(parse('factory-orders.txt', body).published).toBeNull();
    expect(parse('wire-2024-11-20.txt', body).published).toBeNull();
    expect(parse('wire-2024-11-04.txt', `Factory orders rise\nNovember 5, 2024 10:00 AM UTC\n\n${body}`).published).toBe('2024-11-05T10:00Z');
  });
});

const EN_LIVE_WIDGET = `Storm live updates: power cut to 4,000 homes in the harbour district

Updated June 2, 2026, 4:10 p.m. ET

3:45 p.m. ET
Crews restore first lines
Utility crews restored power to about 1,200 homes on the east side of the harbour, the company said.

Most read
Ferry timetable changes for the summer
Local baseball: Harbour wins the derby

2:20 p.m. ET
Harbour bridge closed
"Stay off the harbour bridge until the wind drops," the county roads department said in a statement.

Sign up for alerts
© 2026 Harbour Radio. All rights reserved.`;

describe('a "Most read" box between two live-blog entries', () => {
  it('drops the box and its headlines, and keeps the entry after it', () => {
    const a = parse('storm-live.txt', EN_LIVE_WIDGET);
    expect(kept(a)).toContain('"Stay off the harbour bridge until the wind drops," the county roads department said in a statement.');
    expect(kept(a).some((p) => /Most read|Ferry timetable|Local baseball|Sign up for alerts/.test(p))).toBe(false);
  });
});
