/**
 * /ask reads a modal verb as grammar (« Quand les vacanciers pourront-ils débarquer ? » asks about landing, not about
 * « pourront »), and reaches the other language's words for a ship coming in and its passengers going ashore
 * (dock / berth / « accoster », « débarquer » / "disembarkation") and for a statement (« déclaration »). Invented reports.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { readQuestion } from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';

const ARTICLES: Record<string, string[]> = {
  'ouest-fr.md': [
    '---', 'title: Le ferry Cap Ferrand à quai', 'outlet: La Vigie de Lannic', 'published: 2026-08-13T18:00:00+02:00', 'lang: fr', '---', '',
    'PORT-LANNIC - Le ferry Cap Ferrand a accosté jeudi au quai Duguay, à Port-Lannic, après deux jours d\'attente en rade.',
    '', 'À bord, les vacanciers se disent épuisés par la chaleur et le manque d\'informations.',
    '', 'Devant la capitainerie, le directeur de la compagnie, Yves Ossart, a lu une brève déclaration avant de repartir sans répondre aux questions.',
  ],
  'operator-en.md': [
    '---', 'title: Statement on Cap Ferrand', 'outlet: Lannic Ferries', 'published: 2026-08-13T20:00:00+02:00', 'lang: en', '---', '',
    'Disembarkation is expected to begin on Saturday morning, once the port authority gives its approval.',
    '', 'Holidaymakers on board have been offered free meals and a voucher for a future crossing.',
  ],
};

describe('/ask: modal verbs are grammar, ship and statement words cross languages', () => {
  const engineOf = ownCorpus('ask-modals-ships', ARTICLES);
  const ask = (question: string, locale: 'fr' | 'en' = 'fr') => askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

  it('« pourront », « doit », « devraient » are left out of the search', () => {
    expect(readQuestion('Quand les vacanciers pourront-ils débarquer ?').search).not.toMatch(/pourront/u);
    expect(readQuestion('Que doit faire la compagnie ?').search).not.toMatch(/doit/u);
    expect(readQuestion('Les vacanciers devraient-ils être indemnisés ?').search).not.toMatch(/devraient/u);
  });

  it('« Quand les vacanciers pourront-ils débarquer ? » finds the English "Disembarkation … on Saturday", with no missing-word notice', () => {
    const answer = ask('Quand les vacanciers pourront-ils débarquer ?');
    expect(answer.notice ?? '').not.toMatch(/pourront/u);
    expect(answer.results[0]?.text).toMatch(/Disembarkation is expected/u);
  });

  it('"Where did the ferry dock?" finds « a accosté … au quai Duguay »', () => {
    const answer = ask('Where did the ferry dock?', 'en');
    expect(answer.notice ?? '').not.toMatch(/dock/u);
    expect(answer.results[0]?.text).toMatch(/a accosté/u);
  });

  it('"Where did Ossart read his statement?" finds « a lu une brève déclaration »', () => {
    const answer = ask('Where did Ossart read his statement?', 'en');
    expect(answer.notice ?? '').not.toMatch(/statement/u);
    expect(answer.results.slice(0, 2).some((r) => /brève déclaration/u.test(r.text))).toBe(true);
  });
});
