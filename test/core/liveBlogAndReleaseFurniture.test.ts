/**
 * Page furniture of live blogs and press releases, on pages written for this test (French and
 * English): an entry's clock stamp printed without a dash, the blog's greeting to its readers, a
 * toolbar of share and refresh buttons, a photo credit without a colon, and the "About …" text at
 * the foot of a release. None of them is a passage; the facts around them are kept.
 */
import { describe, expect, it } from 'vitest';
import { liveStampMinutes, withoutLeadingMarks } from '../../src/text/dateline.js';
import { isLiveGreeting } from '../../src/text/noise.js';
import { kept, parse, removedAs } from './parsedArticle.js';

const LIVE_EN = `---
title: "Harbour strike live: dockers walk out"
outlet: The Coastline Courier
published: 2026-03-03T09:00:00Z
lang: en
---
09:00 Hello and welcome to our live coverage of the harbour strike, now in its second day.

08:45 Dockers at the east quay downed tools at dawn, the union said.

Share this post | Refresh

08:30 Good morning and welcome to the live blog. Ferries to the islands were cancelled overnight.

Photo Ravi Menon / The Coastline Courier. Pickets at the east gate on Tuesday.
`;

const LIVE_FR = `---
title: "Grève au port : suivez la journée en direct"
outlet: La Gazette du Littoral
published: 2026-03-03T09:00:00Z
lang: fr
---
09h00 Bonjour et bienvenue dans ce direct consacré à la grève des dockers.

08h40 « Nous ne lâcherons rien », a lancé le secrétaire du syndicat, Paul Hervé.

Partager | Actualiser

Photo Jeanne Morel / La Gazette du Littoral. Les grévistes devant la capitainerie.
`;

const RELEASE_EN = `---
title: Port authority suspends night shifts
outlet: Port Authority of Kelmouth
published: 2026-03-04
lang: en
---
The Port Authority of Kelmouth today suspended night shifts at the east quay until further notice.

"Safety comes first," said the authority's director, Ines Barrow.

About the Port Authority of Kelmouth
The Port Authority of Kelmouth manages four quays and employs 1,200 people.
It was founded in 1952.

Media contact: press@kelmouth-port.example
`;

const RELEASE_FR = `---
title: Le port suspend les rotations de nuit
outlet: Port autonome de Kerbrat
published: 2026-03-04
lang: fr
---
Le Port autonome de Kerbrat a suspendu ce jour les rotations de nuit sur le quai est.

« La sécurité passe avant tout », a déclaré la directrice, Inès Barreau.

À propos du Port autonome de Kerbrat
Le Port autonome de Kerbrat gère quatre quais et emploie 1 200 personnes.
`;

describe('live-blog furniture', () => {
  it('strips an entry clock stamp printed without a dash, and still reads its time', () => {
    expect(withoutLeadingMarks('08:45 Dockers at the east quay downed tools at dawn.')).toBe('Dockers at the east quay downed tools at dawn.');
    expect(withoutLeadingMarks('14h05 « Nous restons », a dit la maire.')).toBe('« Nous restons », a dit la maire.');
    expect(liveStampMinutes('08:45 Dockers at the east quay downed tools.')).toBe(525);
    // A decimal, a score or a time inside a lower-case sentence is no stamp.
    expect(withoutLeadingMarks('12.50 Euros were paid per tonne.')).toBe('12.50 Euros were paid per tonne.');
    expect(withoutLeadingMarks('14:30 was the time the bus left.')).toBe('14:30 was the time the bus left.');
  });

  it('drops the blog\'s greeting to its readers, keeps the facts after it', () => {
    expect(isLiveGreeting('Good evening and welcome to our live coverage of the vote.')).toBe(true);
    expect(isLiveGreeting('"Welcome to our live coverage," she joked.')).toBe(false);
    // A long greeting tells news of its own: it stays.
    expect(isLiveGreeting('Welcome to our live coverage of the final day of talks between the two ministers, who landed in the capital late last night after a delayed flight.')).toBe(false);
    const en = parse('live-en.md', LIVE_EN);
    expect(kept(en).some((p) => /welcome/iu.test(p))).toBe(false);
    // The entry keeps its clock stamp, which dates it.
    expect(kept(en)).toContain('08:30 Ferries to the islands were cancelled overnight.');
    expect(kept(en).some((p) => p.includes('Dockers at the east quay'))).toBe(true);
    const fr = parse('live-fr.md', LIVE_FR);
    expect(kept(fr).some((p) => /bienvenue/iu.test(p))).toBe(false);
  });

  it('drops a toolbar of share and refresh buttons', () => {
    expect(removedAs(parse('live-en.md', LIVE_EN), 'navigation')).toContain('Share this post | Refresh');
    expect(removedAs(parse('live-fr.md', LIVE_FR), 'navigation')).toContain('Partager | Actualiser');
    // At the foot of the page, where no entry follows to make it a subheading.
    expect(kept(parse('foot.md', `${LIVE_EN}\nShare this post | Refresh\n`))).not.toContain('Share this post | Refresh');
  });

  it('drops a photo credit printed without a colon, with the caption glued to it', () => {
    expect(removedAs(parse('live-en.md', LIVE_EN), 'caption').some((p) => p.startsWith('Photo Ravi Menon'))).toBe(true);
    expect(kept(parse('live-fr.md', LIVE_FR)).some((p) => p.includes('Jeanne Morel'))).toBe(false);
  });
});

describe('the "About …" text at the foot of a release', () => {
  it('drops the heading and the standing description under it, keeps the news', () => {
    const en = parse('release-en.md', RELEASE_EN);
    expect(kept(en).some((p) => p.includes('manages four quays') || p.includes('founded in 1952'))).toBe(false);
    expect(kept(en).some((p) => p.includes('suspended night shifts'))).toBe(true);
    const fr = parse('release-fr.md', RELEASE_FR);
    expect(kept(fr).some((p) => p.includes('gère quatre quais'))).toBe(false);
    expect(kept(fr).some((p) => p.includes('« La sécurité passe avant tout »'))).toBe(true);
  });

  it('drops the description run in after "About <name>:" on one line, in either language, and keeps the news', () => {
    const en = parse(
      'release-norvane.md',
      '---\ntitle: Norvane Rail restores service\nlang: en\n---\nNorvane Rail today restored services on the coastal line after two days of repairs.\n\n"We thank our passengers for their patience," said Ilse Brandvold, the operator\'s chief executive.\n\nAbout Norvane Rail: founded in 1994, Norvane Rail runs 240 trains a day and carries 31 million passengers a year.\n',
    );
    expect(kept(en).some((p) => p.includes('founded in 1994'))).toBe(false);
    expect(kept(en).some((p) => p.includes('restored services on the coastal line'))).toBe(true);
    const fr = parse(
      'communique-valmy.md',
      "---\ntitle: Valmy Énergie rétablit le courant\nlang: fr\n---\nValmy Énergie a rétabli l'électricité dans les 4 000 foyers privés de courant depuis lundi.\n\nÀ propos de Valmy Énergie : fondée en 2003, Valmy Énergie exploite douze centrales et emploie 900 personnes.\n",
    );
    expect(kept(fr).some((p) => p.includes('fondée en 2003'))).toBe(false);
    expect(kept(fr).some((p) => p.includes('4 000 foyers'))).toBe(true);
  });

  it('keeps a sentence that opens with "About" and a number before a colon', () => {
    const a = parse('count.md', '---\ntitle: Count\nlang: en\n---\nThe march began at noon.\n\nAbout 800 people: that was the police count at the town hall.\n');
    expect(kept(a).some((p) => p.startsWith('About 800 people'))).toBe(true);
  });

  it('keeps a paragraph that opens with "About" and a number', () => {
    const a = parse('crowd.md', '---\ntitle: Crowd gathers\nlang: en\n---\nThe march began at noon.\n\nAbout 800 people gathered outside the town hall, police said.\n');
    expect(kept(a)).toContain('About 800 people gathered outside the town hall, police said.');
  });
});

const READERS_EN = `Flood live: river peaks at Dunmore
Posted by Hannah Oakley

Follow our live coverage of the floods along the Dunmore valley. All times are local (GMT).

10:15 The river peaked at 6.2 metres overnight, the environment agency said.

Reader question from @kayak_jen: "Can I still drive to Eastbridge?" No: the bridge stays shut until the water drops.

Flood helpline: 0800 123 4567 (free call).

React to this article
`;

const READERS_FR = `---
title: Crue de la Sélune en direct
outlet: Le Quotidien du Bocage
published: 2026-02-02T08:00:00+01:00
lang: fr
---
Suivez notre direct consacré à la crue de la Sélune.

09h10 La rivière a atteint 4,8 mètres dans la nuit, selon la préfecture.

Question d'une lectrice : « Les écoles sont-elles ouvertes ? » Oui, sauf à Pontaubault.

Numéro vert « Info crue » : 0 800 12 34 56 (appel gratuit).

Réagissez à cet article
`;

describe('a live blog talking to its readers', () => {
  it('drops a reader\'s question with the blog\'s reply, a hotline notice, the "follow our live" intro, the comment call and a "Posted by" byline; keeps the facts', () => {
    const en = kept(parse('flood-live.txt', READERS_EN));
    expect(en.some((p) => /Reader question|No: the bridge|helpline|Follow our live|All times are local|React to this|Posted by/u.test(p))).toBe(false);
    expect(en.some((p) => p.includes('The river peaked at 6.2 metres'))).toBe(true);
    const fr = kept(parse('crue-direct.md', READERS_FR));
    expect(fr.some((p) => /Question d'une lectrice|Oui, sauf|Numéro vert|Suivez notre direct|Réagissez/u.test(p))).toBe(false);
    expect(fr.some((p) => p.includes('La rivière a atteint 4,8 mètres'))).toBe(true);
  });

  it('keeps a news sentence that gives a phone number or talks of questions', () => {
    const a = kept(parse('appeal.md', '---\ntitle: Police appeal\nlang: en\n---\nPolice asked anyone who saw the van on Tuesday night to call 0800 555 0111, a spokesman said.\n\nYour questions about the new tax were put to the minister on Monday, who promised an answer within the week and a full review of the scheme by the summer recess.\n'));
    expect(a.some((p) => p.startsWith('Police asked anyone'))).toBe(true);
    expect(a.some((p) => p.startsWith('Your questions about the new tax'))).toBe(true);
  });
});
