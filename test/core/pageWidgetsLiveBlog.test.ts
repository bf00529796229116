/**
 * Page furniture of sports and live-blog pages saved as .txt: score widget rows, account menus,
 * link arrows, captions closed by a photo credit, and a live blog's key-event list, share and
 * refresh buttons and closing notice. The entries of the blog (a time, then the entry) stay.
 */
import { describe, expect, it } from 'vitest';
import { kept, parse } from './parsedArticle.js';

describe('a score widget and account menu above a French sports article', () => {
  const page = [
    'Se connecter | S\'abonner : 2 € par mois',
    'NATIONAL · 9e JOURNÉE',
    'Quimperlé 3 - 0 Vannes · Terminé',
    'Lorient B 1 - 1 Saint-Brieuc · Mi-temps',
    'Voir tous les scores ›',
    'Vannes : l\'entraîneur remercié après la lourde défaite à Quimperlé',
    'Publié le 04/03/2026 à 10h30',
    '',
    'Le club a annoncé mardi le départ de son entraîneur, au lendemain d\'une défaite 3-0.',
    '',
    'Son adjoint assurera l\'intérim jusqu\'à la fin de la saison, a précisé le président.',
  ].join('\n');
  it('drops the account menu, the widget rows, their heading and the link arrow; keeps the title and the prose', () => {
    const a = parse('vannes-2026-03-04.txt', page);
    const text = kept(a).join('\n');
    expect(text).not.toMatch(/abonner|Terminé|Mi-temps|JOURNÉE|scores/u);
    expect(a.title).toBe('Vannes : l\'entraîneur remercié après la lourde défaite à Quimperlé');
    expect(text).toMatch(/défaite 3-0/u);
  });
  it('keeps a sentence giving a score', () => {
    const a = parse('x.txt', 'Match report\n\nVannes lost 3 - 0 to Quimperlé on Monday, the club said.\n\nThe coach left on Tuesday.');
    expect(kept(a).join(' ')).toMatch(/lost 3 - 0/u);
  });
});

describe('a caption closed by its photo credit', () => {
  it('drops "… Photograph: X" and "… Crédit photo : X" captions, keeps prose that mentions a photograph', () => {
    const en = parse('x.txt', 'Storm hits the coast\n\nThe storm hit the coast on Monday night, forecasters said.\n\nThe harbour wall in Brest after the storm. Photograph: Jean Roux/Ouest Presse\n\nRepairs will take months, the mayor said.');
    expect(kept(en).join(' ')).not.toMatch(/harbour wall|Photograph/u);
    expect(kept(en).join(' ')).toMatch(/Repairs/u);
    const fr = parse('y.txt', 'Tempête sur la côte\n\nLa tempête a frappé la côte lundi soir.\n\nLa digue de Brest après la tempête. Crédit photo : Jean Roux\n\nLes réparations prendront des mois.');
    expect(kept(fr).join(' ')).not.toMatch(/digue de Brest|Crédit/u);
    const prose = parse('z.txt', 'Storm\n\nShe showed reporters the photograph: a wall of water over the harbour.\n\nRepairs will take months.');
    expect(kept(prose).join(' ')).toMatch(/showed reporters the photograph/u);
  });
});

describe('a live blog\'s furniture', () => {
  const blog = [
    'LIVE',
    'Harbour strike, day three: talks collapse as ferries stay in port – as it happened',
    'By Oliver Grant',
    '',
    'Key events',
    '16:10 Talks collapse after two hours',
    '11:45 Union rejects new pay offer',
    'Show key events only',
    'Refresh',
    '',
    '17:30',
    'This blog is now closed. Thank you for following our live coverage of the strike.',
    '',
    '16:10',
    'Talks between the operator and the union broke up after two hours, a union official said.',
    '',
    'Share this post',
    '',
    '11:45',
    'The union rejected the operator\'s new pay offer on Tuesday morning.',
  ].join('\n');
  it('drops the key-event list, the buttons and the closing notice; keeps each entry with its time', () => {
    const text = kept(parse('harbour-live-2026-03-04.txt', blog));
    expect(text).not.toContain('Key events');
    expect(text).not.toContain('16:10 Talks collapse after two hours');
    expect(text.join('\n')).not.toMatch(/Show key events|Refresh|Share this post|blog is now closed|17:30/u);
    expect(text).toContain('16:10');
    expect(text.join('\n')).toMatch(/broke up after two hours/u);
    expect(text.join('\n')).toMatch(/rejected the operator's new pay offer/u);
  });
  it('drops a French live blog\'s closing notice and its time (fr)', () => {
    const fr = 'EN DIRECT. Grève du port : les négociations échouent\n\n18h10\nCe direct est désormais terminé. Merci de l\'avoir suivi.\n\n16h05\nLes négociations ont échoué après deux heures, a indiqué le syndicat.';
    const text = kept(parse('port-direct.txt', fr));
    expect(text.join('\n')).not.toMatch(/désormais terminé|18h10/u);
    expect(text).toContain('16h05');
  });
});

describe('a live-blog entry heading quoting its entry', () => {
  it('drops the quoted heading when the entry under it quotes the same words with the speaker (en, fr)', () => {
    const en = parse('x.txt', 'Harbour strike live\n\nThe operator made a new offer on Monday.\n\n14:20\n\n\'Not one more night at sea\'\n\nThe union leader was blunt. "Not one more night at sea for our crews," she said.');
    expect(kept(en)).not.toContain('\'Not one more night at sea\'');
    expect(kept(en).join(' ')).toMatch(/she said/u);
    const fr = parse('y.txt', 'Grève du port en direct\n\nL\'exploitant a fait une offre lundi.\n\n14h20\n\n« Pas une nuit de plus en mer »\n\nLa syndicaliste a été claire : « Pas une nuit de plus en mer pour nos équipages », a-t-elle déclaré.');
    expect(kept(fr)).not.toContain('« Pas une nuit de plus en mer »');
  });
  it('keeps a quoted heading whose words the paragraph does not repeat', () => {
    const en = parse('x.txt', 'Harbour strike live\n\nThe operator made a new offer on Monday.\n\n\'Not one more night at sea\'\n\nThe union said talks would resume on Thursday.');
    expect(kept(en)).toContain('\'Not one more night at sea\'');
  });
});
