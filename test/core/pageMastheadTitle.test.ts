/**
 * A web page saved as .txt: its outlet is the site its own copyright notice names, and its title
 * is the headline printed above its stamp or byline, not the first line of the cookie banner or
 * of the account menu. Short pages of our own, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { kept, parse } from './parsedArticle.js';

const enPage = [
  'We care about your privacy',
  'We and our 96 partners store and access information on your device, such as cookies, to measure audiences. Click Accept all to consent.',
  'Accept all | Manage preferences',
  'The Harbour Gazette',
  'News | Sport | Business | Opinion',
  'Ferry strike halts crossings to the islands for a third day',
  '• Unions reject the latest pay offer',
  'By Oliver Grant',
  'Published: 08:15, 3 Feb 2026',
  '',
  'Ferry crossings to the islands were cancelled for a third day on Tuesday as the strike went on, the operator said.',
  '',
  'The union said talks would resume on Thursday.',
  '',
  '© 2026 The Harbour Gazette Ltd. All rights reserved.',
].join('\n');

const frPage = [
  'Aller au contenu principal',
  'Se connecter | S\'abonner : 1 € le premier mois',
  'Accueil › Région › Transports',
  'Grève des bacs : les liaisons vers les îles suspendues pour le troisième jour',
  'Publié le 03/02/2026 à 08h15',
  'Par la rédaction de Littoral Info',
  '',
  'Les bacs vers les îles sont restés à quai mardi pour le troisième jour de grève, a indiqué l\'exploitant.',
  '',
  'Les négociations doivent reprendre jeudi, selon le syndicat.',
  '',
  '© Littoral Info 2026 - Tous droits réservés',
].join('\n');

describe('a web page names its outlet by its copyright notice', () => {
  it('takes the site of "© 2026 The Harbour Gazette Ltd." as the outlet, without the company suffix, and drops its masthead', () => {
    const a = parse('harbour-2026-02-03.txt', enPage);
    expect(a.outlet).toBe('The Harbour Gazette');
    expect(kept(a)).not.toContain('The Harbour Gazette');
  });
  it('takes "Par la rédaction de Littoral Info" and "© Littoral Info 2026" as the outlet, not as the title', () => {
    const a = parse('littoral-2026-02-03.txt', frPage);
    expect(a.outlet).toBe('Littoral Info');
    expect(kept(a)).not.toContain('Par la rédaction de Littoral Info');
  });
  it('an agency\'s notice on a page names the agency, not the outlet', () => {
    const a = parse('wire-2026-02-03.txt', 'Ferry strike enters third day\n\nFerry crossings were cancelled again on Tuesday, the operator said.\n\n© 2026 Reuters. All rights reserved.');
    expect(a.outlet).not.toBe('Reuters');
  });
  it('a footer that spells out the initials of its notice gives the full name', () => {
    const a = parse('radio-2026-02-03.txt', 'Grève des bacs : troisième jour sans liaison\n\nLes bacs sont restés à quai mardi, a indiqué l\'exploitant.\n\nRadio Côte Ouest · Mentions légales · Contact · © 2026 RCO');
    expect(a.outlet).toBe('Radio Côte Ouest');
  });
});

describe('a web page takes its headline from above its stamp or byline', () => {
  it('skips the cookie banner, the masthead and the standfirst bullets (en)', () => {
    expect(parse('harbour-2026-02-03.txt', enPage).title).toBe('Ferry strike halts crossings to the islands for a third day');
  });
  it('skips the account menu with a price (fr)', () => {
    expect(parse('littoral-2026-02-03.txt', frPage).title).toBe('Grève des bacs : les liaisons vers les îles suspendues pour le troisième jour');
  });
  it('keeps the headline over the standfirst line under it', () => {
    const a = parse('x-2026-02-03.txt', 'Menu | News | Sport | Travel\n\nFerry strike halts crossings to the islands\nThousands of travellers stranded as talks fail for the third time\nBy Oliver Grant\n\nFerry crossings were cancelled again on Tuesday, the operator said.');
    expect(a.title).toBe('Ferry strike halts crossings to the islands');
  });
});

describe('cookie banners and betting advertisements are page noise', () => {
  it('drops an English consent banner and a gambling advert paragraph (en)', () => {
    const a = parse('harbour-2026-02-03.txt', enPage.replace('The union said', 'ADVERTISEMENT\nBet £5 on the Cup final, get £20 in free bets. 18+. T&Cs apply. BeGambleAware.org\n\nThe union said'));
    expect(kept(a).join(' ')).not.toMatch(/partners store|free bets|privacy/u);
    expect(kept(a).join(' ')).toMatch(/talks would resume/u);
  });
  it('drops a French betting advert paragraph (fr)', () => {
    const a = parse('littoral-2026-02-03.txt', frPage.replace('Les négociations', 'PUBLICITÉ\nFinale de la Coupe : pariez maintenant ! Cote Brest vainqueur 1,85. Jouer comporte des risques : endettement, dépendance.\n\nLes négociations'));
    expect(kept(a).join(' ')).not.toMatch(/Cote Brest|pariez/u);
    expect(kept(a).join(' ')).toMatch(/négociations doivent reprendre/u);
  });
});
