/**
 * A web page saved as .txt prints menus, tickers and breadcrumbs above its headline: an account
 * menu with an offer ("Se connecter | Je m'abonne - 2 € par mois"), a ticker of other stories
 * ("TRENDING: … · …", "DERNIÈRE MINUTE · …"), a breadcrumb ("Région › Brest"). None is the
 * title nor the article's text; the headline is, even printed as sentences. Short pages of our own, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { kept, parse } from './parsedArticle.js';

const frPage = [
  'La Vigie du Ponant',
  'Accueil | Région | Sports | Économie | Loisirs | Nécrologie',
  "Se connecter | Je m'abonne - 2 € par mois",
  'DERNIÈRE MINUTE · Un chalutier en difficulté au large de Groix',
  'Région › Brest',
  'Brest : la passerelle du port fermée après la collision d\'un cargo',
  'Publié le 14/02/2026 à 07h30',
  'Par Yannick Le Goff',
  '',
  "La passerelle qui relie les deux rives du port de commerce est fermée depuis vendredi soir, après qu'un cargo l'a heurtée en manœuvrant, a indiqué la préfecture maritime.",
  '',
  'Les experts doivent rendre un premier avis lundi sur la solidité de l\'ouvrage.',
].join('\n');

const enPage = [
  'Dockside Echo',
  'News | Business | Sport | Opinion | Weather',
  'Subscribe | Sign In',
  'TRENDING: Council tax 2026 · Bus timetable changes · Harbour festival lineup',
  'Business',
  'A cargo ship struck the harbour footbridge at dusk. Engineers say repairs will take weeks.',
  'By Megan Howells',
  'February 14, 2026 at 7:30 a.m.',
  '',
  'The footbridge linking the two quays has been closed since Friday evening after a cargo ship hit it while turning, the harbour authority said.',
  '',
  'Engineers are due to give a first assessment of the structure on Monday.',
].join('\n');

describe('menus and tickers above a web page\'s headline', () => {
  it('takes the French headline above the stamp, not the account menu with its offer, the ticker or the breadcrumb', () => {
    const a = parse('vigie-2026-02-14.txt', frPage);
    expect(a.title).toBe("Brest : la passerelle du port fermée après la collision d'un cargo");
    const text = kept(a).join('\n');
    expect(text).not.toContain("Je m'abonne");
    expect(text).not.toContain('DERNIÈRE MINUTE');
    expect(text).not.toContain('Région › Brest');
    expect(text).toContain('La passerelle qui relie les deux rives');
  });
  it('takes an English headline printed as two sentences above the byline, not the "TRENDING:" ticker', () => {
    const a = parse('dockside-2026-02-14.txt', enPage);
    expect(a.title).toBe('A cargo ship struck the harbour footbridge at dusk. Engineers say repairs will take weeks.');
    expect(kept(a).join('\n')).not.toContain('TRENDING');
  });
  it('a standfirst sentence under a headline stays a standfirst', () => {
    const page = enPage.replace('Business\n', 'Harbour footbridge closed after cargo ship collision\n');
    expect(parse('dockside-2026-02-14.txt', page).title).toBe('Harbour footbridge closed after cargo ship collision');
  });
  it('a headline asking a question above the date is the title, without its rubric label in capitals', () => {
    const a = parse('analyse-2026-03-05.txt', 'ANALYSE. Budget : le maire sauvé, mais à quel prix ?\nLa Gazette du Port\n5 mars 2026\n\nLe budget a été adopté jeudi par 21 voix contre 18, après une séance tendue.\n\nLa majorité a perdu deux élus en un mois.');
    expect(a.title).toBe('Budget : le maire sauvé, mais à quel prix ?');
  });
  it('a line opening with a ticker word but no separator is no ticker', () => {
    const a = parse('trend-2026-02-14.txt', 'Trending sports betting apps worry regulators\n\nRegulators said on Tuesday that sports betting apps were drawing more young users than ever.\n\nThe review will report in June.');
    expect(kept(a)).toContain('Trending sports betting apps worry regulators');
  });
});
