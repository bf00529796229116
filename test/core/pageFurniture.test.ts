/**
 * Site furniture around an article, on pages written for this test (French and English): menus,
 * breadcrumbs, skip links, site controls, cookie banners and footers are kept out, and the
 * headline under them is the title.
 */
import { describe, expect, it } from 'vitest';
import { datelineAgency } from '../../src/corpus/inferMetadata.js';
import { withoutDateline } from '../../src/text/dateline.js';
import { kept, parse, removedAs } from './parsedArticle.js';

const ENGLISH_PAGE = `Skip to content
Home | Business | Science | Culture | Sign in
Environment · Oceans · Fisheries

We value your privacy
This website uses cookies to improve your experience and measure our audience. Reject all | Manage cookies

Harbour authority bans trawlers from the northern bay for two years
By Ruth Ellery

The harbour authority on Monday banned bottom trawling in the northern bay until 2027, citing a collapse in cod stocks.

"We had no other choice left," the authority's chair, Paul Osei, told a council meeting.

Coastline Weekly · About us · Careers · Contact · © 2025 Coastline Weekly`;

const FRENCH_PAGE = `Aller au contenu principal
Accueil › Régions › Bretagne › Littoral
Menu   Rechercher   Se connecter   S'abonner
Nous utilisons des cookies pour mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation. Tout accepter | Paramétrer

Le port de Lorvenec interdit le chalutage dans sa baie pendant deux ans

L'autorité portuaire a interdit lundi le chalutage de fond dans la baie nord jusqu'en 2027, invoquant l'effondrement des stocks de cabillaud.

« Nous n'avions plus le choix », a déclaré son président, Paul Le Goff.

La Gazette du Ponant © 2025 — Qui sommes-nous ? — Mentions légales`;

describe('site furniture before and after the article', () => {
  it('keeps an English menu, skip link, breadcrumb, cookie banner and footer out, and takes the headline as the title', () => {
    const a = parse('coast.txt', ENGLISH_PAGE);
    expect(a.title).toBe('Harbour authority bans trawlers from the northern bay for two years');
    expect(kept(a).join('\n')).not.toMatch(/Skip to|Sign in|Oceans|privacy|cookies|About us/);
    expect(removedAs(a, 'navigation')).toEqual(['Skip to content', 'Home | Business | Science | Culture | Sign in', 'Environment · Oceans · Fisheries']);
    expect(a.removed.map((r) => r.text)).toContain('Coastline Weekly · About us · Careers · Contact · © 2025 Coastline Weekly');
    expect(kept(a)).toContain('The harbour authority on Monday banned bottom trawling in the northern bay until 2027, citing a collapse in cod stocks.');
  });

  it('keeps a French skip link, breadcrumb, site controls, cookie banner and copyright footer out', () => {
    const a = parse('port.txt', FRENCH_PAGE);
    expect(a.title).toBe('Le port de Lorvenec interdit le chalutage dans sa baie pendant deux ans');
    expect(kept(a).join('\n')).not.toMatch(/Aller au|Régions|Rechercher|cookies|Mentions légales/);
    expect(kept(a).length).toBe(3);
  });

  it('keeps headlines and prose with a pipe, an arrow or a cookie', () => {
    const a = parse('cookies.txt', `Cookie rules | What changes for websites

The regulator said on Tuesday that websites which use cookies must offer a "reject all" button as visible as "accept all".

Prices rose 3% > inflation in the region, the bureau said, in a year when wages rose by 2%.`);
    expect(a.title).toBe('Cookie rules | What changes for websites');
    expect(a.paragraphs.length).toBe(3);
  });
});

describe('a byline with the place it is filed from', () => {
  it('reads "By <name> in <place>" as the byline', () => {
    const a = parse('floods.txt', `River bursts its banks in the lowlands after a week of rain
By Joanna Pike in Lower Fenwick

The river burst its banks on Sunday, flooding some 200 homes, the county council said.`);
    expect(a.byline).toBe('Joanna Pike');
    expect(kept(a).join('\n')).not.toMatch(/Joanna/);
  });
});

describe('comments after a list of links', () => {
  it('cuts the readers\' comments that follow a comment counter under a "Related" list', () => {
    const a = parse('bridge.txt', `Council reopens the old swing bridge after a year of repairs

The council reopened the swing bridge on Friday after twelve months of repairs costing £4 million.

"The bridge is safe for the next fifty years," the council's engineer, Amy Roberts, said at the reopening.

Related
Why the swing bridge kept jamming
Five bridges that changed the city

Comments (12)
HarbourFan: About time. Twelve months of detours for nothing.
JT_88: The engineer said the same thing in 2015.`);
    expect(kept(a).join('\n')).not.toMatch(/HarbourFan|JT_88|Comments/);
    expect(a.paragraphs.length).toBe(3);
  });

  it('keeps the article under a comment counter set in its header, after a standfirst and the share bar', () => {
    const a = parse('ferry.txt', `Why the night ferry keeps breaking down

An ageing fleet explains three cancellations in a week, our transport desk finds.

By Sam Hale, Transport Correspondent
Share on Facebook   Share on X
Comments (57)

The night ferry to the islands was cancelled again on Tuesday, the third time in a week, after a fault in its steering gear.

"We are waiting for one part from the manufacturer," the operator's spokesman, Tom Reid, said.

Comments (57)
IslandGirl: Same story every winter.`);
    const text = kept(a).join('\n');
    expect(text).toMatch(/The night ferry to the islands was cancelled again/);
    expect(text).toMatch(/We are waiting for one part/);
    expect(text).not.toMatch(/IslandGirl/);
    expect(removedAs(a, 'section-cut')).toEqual(['Comments (57)']);
  });

  it('reads "Réagissez (N)" as a comment counter that ends the article', () => {
    const a = parse('pont.txt', `Le pont tournant rouvre après un an de travaux

Le conseil municipal a rouvert vendredi le pont tournant, après douze mois de travaux d'un coût de 4 millions d'euros.

« Le pont est sûr pour cinquante ans », a assuré l'ingénieure de la ville, Amélie Roux.

Réagissez (8)
Marc2: Enfin ! Un an de détours pour rien.`);
    expect(removedAs(a, 'section-cut')).toEqual(['Réagissez (8)']);
    expect(kept(a).join('\n')).not.toMatch(/Marc2/);
  });
});

describe('a wire dateline with the department in brackets', () => {
  it('strips "PLACE (Département), date (AFP) -" and "PLACE (Département) (AFP) -" and reads the agency', () => {
    const dated = 'PONT-AVEN (Finistère), 14 mars 2025 (AFP) - La conserverie du port fermera ses portes en juin, a annoncé vendredi sa direction.';
    const bare = 'SAINT-LÔ (Manche) (AFP) - Le tribunal a reporté son jugement à avril.';
    expect(withoutDateline(dated)).toBe('La conserverie du port fermera ses portes en juin, a annoncé vendredi sa direction.');
    expect(withoutDateline(bare)).toBe('Le tribunal a reporté son jugement à avril.');
    expect(datelineAgency(dated)).toBe('AFP');
    expect(datelineAgency(bare)).toBe('AFP');
  });
});

describe('a wire signature line', () => {
  it('keeps the desk initials "xx-yy/zzz" under an AFP dispatch out of the passages', () => {
    const a = parse('conserverie.txt', `La conserverie de Pont-Aven fermera en juin

PONT-AVEN (Finistère) (AFP) - La conserverie du port fermera ses portes en juin, a annoncé vendredi sa direction, qui invoque la hausse du prix du poisson.

Les 85 salariés se verront proposer un reclassement dans l'usine du groupe à Lorient.

jd-pb/mpm`);
    expect(removedAs(a, 'signature')).toEqual(['jd-pb/mpm']);
    expect(kept(a).join('\n')).not.toMatch(/mpm/);
  });
});

describe('a masthead before the headline', () => {
  it('drops the site name and its tagline when the copyright notice names the site', () => {
    const a = parse('ferry.txt', `The Island Courier – Your news from the northern isles
Ferry operator cancels winter crossings to the outer islands

The ferry operator on Tuesday cancelled all winter crossings to the three outer islands, blaming a shortage of crews.

Residents said the decision would leave them without fresh food for weeks.

© 2025 The Island Courier. All rights reserved.`);
    expect(a.title).toBe('Ferry operator cancels winter crossings to the outer islands');
    expect(removedAs(a, 'masthead')).toEqual(['The Island Courier – Your news from the northern isles']);
  });

  it('drops a French masthead named before the © of the footer, and keeps a headline that merely starts like a name', () => {
    const a = parse('bac.txt', `Le Phare insulaire
Le bac de l'île suspend ses traversées hivernales faute d'équipages

La compagnie a suspendu mardi toutes les traversées d'hiver vers les trois îles du large.

Le Phare insulaire © 2025 — Qui sommes-nous ? — Contact`);
    expect(removedAs(a, 'masthead')).toEqual(['Le Phare insulaire']);
    expect(a.title).toBe("Le bac de l'île suspend ses traversées hivernales faute d'équipages");
  });
});

describe('membership pitches, live-blog furniture and question subheadings', () => {
  it('removes a membership pitch and a "live blog has ended" notice, and keeps the prose', () => {
    const a = parse('marathon.txt', `City marathon: runners finish in record heat

This live blog has ended. Thank you for reading.

Organisers shortened the course by five kilometres on Sunday as temperatures reached 31C.

Like what you read? Support independent local journalism. Become a member`);
    expect(kept(a).join('\n')).not.toMatch(/live blog|Become a member|journalism/);
    expect(kept(a)).toContain('Organisers shortened the course by five kilometres on Sunday as temperatures reached 31C.');
  });

  it('removes the French end-of-live notice and a "devenez membre" pitch', () => {
    const a = parse('marathon-fr.txt', `Marathon de la ville : les coureurs sous une chaleur record

Le direct est terminé. Merci de nous avoir suivis.

Les organisateurs ont raccourci le parcours de cinq kilomètres dimanche, le thermomètre atteignant 31 °C.

Vous aimez ce que vous lisez ? Soutenez une rédaction indépendante. Devenez membre`);
    expect(kept(a).join('\n')).not.toMatch(/direct est terminé|Devenez membre|rédaction/);
    expect(kept(a).length).toBe(2);
  });

  it('drops a short question between paragraphs as a subheading, not a question inside prose or a quoted one', () => {
    const a = parse('marathon-q.txt', `Marathon shortened as heat soars

Organisers shortened the course by five kilometres on Sunday as temperatures reached 31C.

Who decided, and when?

The race director took the decision at dawn after a call with the city's health officer.

"Would you run 42 kilometres in this?"

The question, put by one runner to reporters, summed up the mood at the start.`);
    expect(removedAs(a, 'subheading')).toEqual(['Who decided, and when?']);
    expect(kept(a)).toContain('"Would you run 42 kilometres in this?"');
  });
});

describe('a licensing link under a wire story', () => {
  it('removes "Purchase Licensing Rights" after the body', () => {
    const a = parse('mine.txt', `Miners trapped after tunnel collapse in the north

A tunnel collapsed on Monday at a copper mine in the north of the country, trapping 14 miners, the operator said.

Purchase Licensing Rights`);
    expect(kept(a).join('\n')).not.toMatch(/Licensing/);
  });
});
