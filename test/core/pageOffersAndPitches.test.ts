/**
 * Page furniture of shapes the older rules missed: an account menu whose subscribe item carries its
 * offer as a phrase with a price, a button with the short question that pitches it, a newsletter
 * pitch that names the site's briefing then a sign-up button, a masthead that prints the site's
 * name shorter than its copyright notice. Short pages of our own, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { kept, parse, removedAs } from './parsedArticle.js';

const frPage = [
  'La Dépêche des Vallons',
  'Mon espace | Je m\'abonne dès 2,99 €',
  '',
  'Le pont de la Sorgue fermé après un glissement de terrain',
  'Par Claire Monnet',
  '',
  'Le pont de la Sorgue a été fermé mardi après un glissement de terrain sur la rive gauche, a annoncé la préfecture.',
  '',
  'Tu veux suivre la réouverture du pont ? Activer les alertes',
  '',
  'Les travaux de confortement doivent durer trois semaines, selon le département.',
  '',
  "L'infolettre de La Dépêche est votre rendez-vous de chaque matin. Inscrivez-vous ici.",
  '',
  '© 2026 La Dépêche des Vallons Éditions SAS',
].join('\n');

const enPage = [
  'HARBOUR ECHO',
  'My account | Subscribe from £1 a week',
  '',
  'Ferry strike halts island crossings for a third day',
  'By Oliver Grant',
  '',
  'Ferry crossings to the islands were cancelled for a third day on Tuesday as the strike went on, the operator said.',
  '',
  'Want to follow the talks as they happen? Turn on notifications',
  '',
  'The union said talks would resume on Thursday.',
  '',
  'Harbour Echo\'s Evening Briefing is your guide to the coast. Sign up here.',
  '',
  '© 2026 Harbour Echo Publishing Ltd.',
].join('\n');

describe('account menus with an offer and button pitches', () => {
  it('drops an account menu whose subscribe item states its price as a phrase', () => {
    expect(kept(parse('fr.txt', frPage)).join('\n')).not.toMatch(/abonne/u);
    expect(removedAs(parse('fr.txt', frPage), 'navigation')).toContain('Mon espace | Je m\'abonne dès 2,99 €');
    expect(removedAs(parse('en.txt', enPage), 'navigation')).toContain('My account | Subscribe from £1 a week');
  });

  it('drops a button with the short question that pitches it, keeps the prose around', () => {
    const fr = kept(parse('fr.txt', frPage));
    expect(fr.join('\n')).not.toMatch(/alertes|suivre la réouverture/u);
    expect(fr).toContain('Les travaux de confortement doivent durer trois semaines, selon le département.');
    const en = kept(parse('en.txt', enPage));
    expect(en.join('\n')).not.toMatch(/notifications|follow the talks/u);
    expect(en).toContain('The union said talks would resume on Thursday.');
  });

  it('keeps a question in prose that no button follows', () => {
    const page = frPage.replace('Tu veux suivre la réouverture du pont ? Activer les alertes', 'Faut-il rouvrir le pont aux camions ? Le maire y est opposé.');
    expect(kept(parse('fr.txt', page))).toContain('Faut-il rouvrir le pont aux camions ? Le maire y est opposé.');
  });
});

describe('newsletter pitches and short mastheads', () => {
  it("drops a pitch naming the site's newsletter to the reader, then a sign-up button", () => {
    expect(removedAs(parse('fr.txt', frPage), 'newsletter')).toEqual(["L'infolettre de La Dépêche est votre rendez-vous de chaque matin. Inscrivez-vous ici."]);
    expect(removedAs(parse('en.txt', enPage), 'newsletter')).toEqual(["Harbour Echo's Evening Briefing is your guide to the coast. Sign up here."]);
  });

  it('keeps prose that names a briefing without a button', () => {
    const page = enPage.replace("Harbour Echo's Evening Briefing is your guide to the coast. Sign up here.", 'The minister gave your reporter a briefing on the strike. Talks went on late.');
    expect(kept(parse('en.txt', page))).toContain('The minister gave your reporter a briefing on the strike. Talks went on late.');
  });

  it("drops a masthead printing the first words of the notice's name, and takes it as the outlet", () => {
    const fr = parse('fr.txt', frPage);
    expect(removedAs(fr, 'masthead')).toEqual(['La Dépêche des Vallons']);
    expect(fr.outlet).toBe('La Dépêche des Vallons');
    const en = parse('en.txt', enPage);
    expect(removedAs(en, 'masthead')).toEqual(['HARBOUR ECHO']);
    expect(en.outlet).toBe('Harbour Echo');
  });

  it('keeps the notice name as the outlet when no masthead prints it', () => {
    const page = enPage.replace('HARBOUR ECHO\n', '');
    expect(parse('en.txt', page).outlet).toBe('Harbour Echo Publishing');
  });
});
