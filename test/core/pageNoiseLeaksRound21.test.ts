/**
 * Page furniture that used to reach answers, on pages written for this test (French and English):
 * a newsletter call naming only how often it comes, a comment-policy line, a release header that
 * puts a dateline after « Communiqué de presse », a press contact with a phone number and an
 * e-mail address, an interview's credit line, a live blog's writers with their shifts, its sign-off
 * and a link to another page. None of them is a passage; the facts beside them are kept.
 */
import { describe, expect, it } from 'vitest';
import { kept, parse } from './parsedArticle.js';

const md = (lang: 'en' | 'fr', body: string[]) => `---\ntitle: Test page\noutlet: The Test Courier\nlang: ${lang}\npublished: 2025-04-02\n---\n${body.join('\n\n')}\n`;
const none = (paragraphs: string[], words: RegExp) => paragraphs.filter((p) => words.test(p));

describe('reader calls and comment policy', () => {
  it('drops a sign-up call that names how often the letter comes, without the word "newsletter"', () => {
    const fr = kept(parse('fr.md', md('fr', ['Le pont de Varenne a rouvert mardi après six mois de travaux.', 'Recevez chaque matin les titres du Val de Saône. Je m\'inscris', 'Les camions restent interdits.'])));
    expect(none(fr, /Recevez chaque matin/u)).toEqual([]);
    const en = kept(parse('en.md', md('en', ['The Varenne bridge reopened on Tuesday after six months of work.', 'Get every evening the headlines from the valley. Sign up', 'Lorries are still banned.'])));
    expect(none(en, /Get every evening/u)).toEqual([]);
    expect(en).toContain('Lorries are still banned.');
  });

  it('drops a comment-policy line, in both languages', () => {
    const en = kept(parse('en.md', md('en', ['The Varenne bridge reopened on Tuesday.', 'Join in: comments are moderated. Please read our community guidelines first.'])));
    expect(none(en, /moderated/u)).toEqual([]);
    const fr = kept(parse('fr.md', md('fr', ['Le pont de Varenne a rouvert mardi.', 'Les commentaires sont modérés a priori, selon notre charte de modération.'])));
    expect(none(fr, /modér/u)).toEqual([]);
  });
});

describe('press-release furniture', () => {
  it('drops « Communiqué de presse – <ville>, le <date> » and "Press release — <town>, <date>"', () => {
    const fr = kept(parse('fr.md', md('fr', ['Communiqué de presse – Lunéville, le 2 avril 2025', 'La mairie de Lunéville ferme la piscine municipale pour travaux jusqu\'au 15 mai.'])));
    expect(none(fr, /Communiqué de presse/u)).toEqual([]);
    expect(fr.some((p) => p.includes('ferme la piscine'))).toBe(true);
    const en = kept(parse('en.md', md('en', ['Press release — Kelmouth, 2 April 2025', 'Kelmouth council closes the public pool for repairs until 15 May.'])));
    expect(none(en, /Press release/u)).toEqual([]);
  });

  it('drops a long press contact that gives a phone number or an e-mail address', () => {
    const fr = kept(parse('fr.md', md('fr', ['La mairie ferme la piscine municipale pour travaux.', 'Contact presse : Jeanne Morel, direction de la communication et des relations publiques de la ville – 03 83 00 00 00 – presse@luneville.example'])));
    expect(none(fr, /Jeanne Morel/u)).toEqual([]);
    const en = kept(parse('en.md', md('en', ['The council closes the public pool for repairs.', 'Media contact: Ines Barrow, head of communications and public affairs for the borough council – +44 20 7946 0000 – press@kelmouth.example'])));
    expect(none(en, /Ines Barrow/u)).toEqual([]);
  });
});

describe('credits of an interview and of a live blog', () => {
  it('drops "Interview by X" and « Entretien réalisé par X »', () => {
    expect(none(kept(parse('en.md', md('en', ['Interview by Clara Webb', 'Tomas Brenner has repaired bridges for thirty years.']))), /Clara Webb/u)).toEqual([]);
    expect(none(kept(parse('fr.md', md('fr', ['Entretien réalisé par Claire Weber', 'Tomas Brenner répare des ponts depuis trente ans.']))), /Claire Weber/u)).toEqual([]);
  });

  it("drops a live blog's writers with their shifts in brackets", () => {
    expect(none(kept(parse('en.md', md('en', ['Clara Webb (now) and Tom Price (earlier)', '09:10 The bridge is closed again.']))), /Clara Webb/u)).toEqual([]);
    expect(none(kept(parse('fr.md', md('fr', ['Claire Weber (en ce moment) et Tom Prix (plus tôt)', '09h10 Le pont est de nouveau fermé.']))), /Claire Weber/u)).toEqual([]);
  });
});

describe("a live blog's sign-off and links to other pages", () => {
  it('drops the sign-off opening an entry and keeps the fact after it', () => {
    const en = kept(parse('en.md', md('en', ['18:00', "That's it from us for today. The bridge will stay closed until Friday, the council said."])));
    expect(none(en, /That's it from us/u)).toEqual([]);
    expect(en.some((p) => p.includes('The bridge will stay closed until Friday'))).toBe(true);
    const fr = kept(parse('fr.md', md('fr', ['18h00', "C'est la fin de ce direct. Le pont restera fermé jusqu'à vendredi, selon la mairie."])));
    expect(none(fr, /fin de ce direct/u)).toEqual([]);
    expect(fr.some((p) => p.includes('Le pont restera fermé'))).toBe(true);
  });

  it('drops a sentence pointing to another page, alone or closing a paragraph', () => {
    const en = kept(parse('en.md', md('en', ['The bridge closed again on Wednesday morning. You can read Monday\'s story here.', 'Catch up on the council vote here.'])));
    expect(none(en, /here\./u)).toEqual([]);
    expect(en).toContain('The bridge closed again on Wednesday morning.');
    const fr = kept(parse('fr.md', md('fr', ['Le pont a de nouveau fermé mercredi matin. Vous pouvez relire notre article de lundi ici.'])));
    expect(none(fr, /ici\./u)).toEqual([]);
    expect(fr).toContain('Le pont a de nouveau fermé mercredi matin.');
  });
});
