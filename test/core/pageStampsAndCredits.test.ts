/**
 * Page furniture around a live blog or a press release: a publication stamp with its author and
 * desk, a stamp giving only a time, a photo credit closing a paragraph of prose, press-release
 * headers and "About:" lines, bylines naming the work ("Live updates by …"), and the clock
 * stamps and list bullets that open what a user is shown. Short pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { runCommand } from '../../src/engine/runCommand.js';
import { isDateStamp } from '../../src/text/dateStamp.js';
import { withoutLeadingMarks } from '../../src/text/dateline.js';
import { ownCorpus } from '../ownCorpus.js';
import { kept, parse, removedAs } from './parsedArticle.js';

describe('a publication stamp with its author and desk', () => {
  it('en: "Posted <date> by <author>, <desk>" dates the article, without a time', () => {
    const a = parse('harbour-live.txt', 'Harbour News | Live\nFerry strike: latest updates\nPosted April 2, 2026 by Kate Morrow, Transport Desk\n\nThe ferry crews walked out at dawn on Thursday, the union said.\n');
    expect(a.published?.slice(0, 10)).toBe('2026-04-02');
    expect(kept(a).join('\n')).not.toContain('Posted April 2');
  });

  it('fr: « Publié le <date> par <auteurs>, <service> » dates the article', () => {
    const a = parse('port-direct.txt', 'Grève des ferries : le point\nPublié le 2 avril 2026 par Julie Marchand et Paul Roche, service Économie\n\nLes équipages des ferries ont cessé le travail jeudi à l\'aube, selon le syndicat.\n');
    expect(a.published?.slice(0, 10)).toBe('2026-04-02');
    expect(kept(a).join('\n')).not.toContain('Publié le');
  });
});

describe('a stamp that gives only a time', () => {
  it('"Live · Updated 18:05" and « En direct · Mis à jour à 18h05 » are stamps; an entry time alone or a sentence is not', () => {
    expect(isDateStamp('Live · Updated 18:05')).toBe(true);
    expect(isDateStamp('En direct · Mis à jour à 18h05')).toBe(true);
    expect(isDateStamp('18:05')).toBe(false);
    expect(isDateStamp('The council updated its figures at 18:05 after the vote.')).toBe(false);
  });
});

describe("a statement's place and date line", () => {
  it('« Port-Royal, le 3 mars 2026 » and "Kingsport, 3 March 2026" are stamps; a sentence opening so is not', () => {
    expect(isDateStamp('Port-Royal, le 3 mars 2026')).toBe(true);
    expect(isDateStamp('Kingsport, 3 March 2026')).toBe(true);
    expect(isDateStamp('Port-Royal, le 3 mars 2026, le préfet a levé l\'alerte.')).toBe(false);
  });
});

describe('a photo credit closing a paragraph of prose', () => {
  it('goes alone: the prose before it stays', () => {
    const a = parse('ferry-live.txt', 'Ferry strike live\n\n09:10 — The first ferry of the day stayed in port. Crews gathered on the quay at 8:30 this morning. Photo: Lena Vidal / Harbour News.\n\n08:40 — The union had called the strike on Monday.\n');
    const text = kept(a).join('\n');
    expect(text).toContain('Crews gathered on the quay at 8:30 this morning.');
    expect(text).not.toContain('Lena Vidal');
  });

  it('fr: « Photo : X » after two sentences of prose goes alone too', () => {
    const a = parse('quai.txt', 'Grève des ferries\n\nLe premier ferry est resté à quai jeudi. Les équipages se sont rassemblés dès 8 h 30 sur le port. Photo : Léa Vidal / Le Port.\n\nLe syndicat avait appelé à la grève lundi.\n');
    const text = kept(a).join('\n');
    expect(text).toContain('Les équipages se sont rassemblés dès 8 h 30 sur le port.');
    expect(text).not.toContain('Léa Vidal');
  });

  it('a caption of one sentence and its credit still goes whole', () => {
    const a = parse('quay.txt', 'Ferry strike\n\nThe ferry crews walked out at dawn on Thursday, the union said.\n\nThe empty quay on Thursday. Photograph: Lena Vidal/Harbour News\n\nTalks resume on Monday, the company said.\n');
    expect(kept(a).join('\n')).not.toContain('empty quay');
  });
});

describe('press-release headers, "About:" lines and tags', () => {
  it('are page furniture in both languages', () => {
    const en = parse('ministry.txt', 'Ministry of Transport\nPress release\n\nThe minister met the ferry unions on Thursday and agreed to resume talks on Monday.\n\nAbout: the ministry is responsible for ports and shipping.\n\nTags: Ferries, Strikes\n\nFollow us: @TransportMin\n');
    expect(kept(en).join('\n')).not.toMatch(/Press release|About:|Tags:|Follow us/u);
    const fr = parse('ministere.txt', 'Ministère des Transports\nCommuniqué de presse\n\nLe ministre a reçu jeudi les syndicats des ferries et a accepté de reprendre les discussions lundi.\n\nÀ propos : le ministère est chargé des ports et de la marine marchande.\n');
    expect(kept(fr).join('\n')).not.toMatch(/Communiqué de presse|À propos/u);
  });
});

describe('a byline naming the work', () => {
  it('"Live updates by X and Y" and « Direct animé par X et Y » are credits, not text', () => {
    const en = parse('strike-live.txt', 'Ferry strike live: crews walk out\nLive updates by Kate Morrow and Tom Abel\n\nThe ferry crews walked out at dawn on Thursday, the union said.\n');
    expect(kept(en).join('\n')).not.toContain('Live updates by');
    expect(en.byline).toBe('Kate Morrow and Tom Abel');
    const fr = parse('greve-direct.txt', 'Grève des ferries : suivez la journée en direct\nDirect animé par Julie Marchand et Paul Roche\n\nLes équipages ont cessé le travail jeudi à l\'aube, selon le syndicat.\n');
    expect(kept(fr).join('\n')).not.toContain('Direct animé');
    expect(removedAs(fr, 'credit')).toContain('Direct animé par Julie Marchand et Paul Roche');
  });
});

describe('a short first question of an interview printed with names', () => {
  it('is a turn of the interview, not a subheading', () => {
    const a = parse('ferry-interview.txt', [
      'Ferry strike: the union leader speaks',
      '',
      'We spoke to Nora Lind, who leads the seafarers\' union, on Thursday evening.',
      '',
      'Harbour News: Why now?',
      '',
      'Nora Lind: Because the company broke its word on the rotas, and crews are exhausted.',
      '',
      'Harbour News: How long will the strike last?',
      '',
      'Nora Lind: As long as it takes to get a fair roster.',
    ].join('\n'));
    expect(kept(a)).toContain('Harbour News: Why now?');
  });
});

describe('what opens a shown passage', () => {
  it('a live-blog clock stamp and a list bullet are taken off; a dialogue dash is kept', () => {
    expect(withoutLeadingMarks('18:45 — Speaking to reporters, the mayor said the quay would reopen.')).toBe('Speaking to reporters, the mayor said the quay would reopen.');
    expect(withoutLeadingMarks('- Ferry crews strike for a second day')).toBe('Ferry crews strike for a second day');
    expect(withoutLeadingMarks('— Oui, répond-elle.')).toBe('— Oui, répond-elle.');
  });

  const engine = ownCorpus('leading-marks', {
    'harbour-live-2026-04-02.md': [
      '---',
      'outlet: Harbour News',
      'lang: en',
      'published: 2026-04-02',
      '---',
      '18:45 — Speaking on the quay, harbour master Nils Berg said: "No ferry will sail before the crews are back."',
      '',
      '17:10 — The company said the first crossing was cancelled.',
    ],
  });

  it('/who-said shows the quotation without the entry\'s clock stamp', async () => {
    const commands = await loadCommands();
    const answer = await runCommand(commands, 'who-said', { quote: 'No ferry will sail before the crews are back' }, { engine: engine(), locale: 'en', now: new Date(), services: {} });
    expect(answer.results[0].speaker).toBe('Nils Berg');
    expect(answer.results[0].text).not.toMatch(/^18:45/u);
  });
});
