/**
 * A press release's header with its place and date before the label ("Dunmoor, 2 May 2026 — Press
 * release", « Vellac, le 4 mai 2026 — Communiqué de presse »), a photo credit alone on its line
 * ("(Photo by … / …)") and a wire desk's credit line ("Reporting by …; Editing by …") are page
 * furniture: they are no passage, and /ask never shows them, whatever the question asks.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';

const FILES: Record<string, string[]> = {
  'release-en.md': [
    '---', 'title: "Statement on the Dunmoor reservoir leak"', 'outlet: Dunmoor Water Board', 'published: 2026-05-02T10:00:00Z', 'lang: en', '---', '',
    'Dunmoor, 2 May 2026 — Press release', '',
    'The Dunmoor Water Board has closed the north reservoir after a leak was found in its outlet tunnel.', '',
    '(Photo by Amos Treloar/Westline Images)', '',
    'Engineers will inspect the tunnel over the weekend, the board said.', '',
    'Reporting by Nadia Pell; Editing by Owen Castell',
  ],
  'communique-fr.md': [
    '---', 'title: "Fuite au barrage de Vellac"', 'outlet: Syndicat des eaux de Vellac', 'published: 2026-05-04T09:00:00+02:00', 'lang: fr', '---', '',
    'Vellac, le 4 mai 2026 — Communiqué de presse', '',
    'Le syndicat des eaux de Vellac a fermé la retenue nord après la découverte d\'une fuite.', '',
    '(Photo par Lise Marrot / Agence Sud)', '',
    'Des techniciens inspecteront la galerie ce week-end.',
  ],
};

const FURNITURE = /Press release|Communiqué de presse|Photo by|Photo par|Reporting by|Editing by/u;

describe('/ask never shows a release header, a photo credit or a desk credit', () => {
  const engineOf = ownCorpus('ask-release-furniture', FILES);
  const ask = (question: string, locale: 'fr' | 'en') => askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

  it('they are no passage of their article; the news around them is', () => {
    for (const id of ['release-en', 'communique-fr']) {
      const texts = engineOf().article(id)!.paragraphs.map((p) => p.text);
      expect(texts.filter((t) => FURNITURE.test(t))).toEqual([]);
      expect(texts.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('no question brings them up', () => {
    const questions: [string, 'fr' | 'en'][] = [
      ['When was the press release issued?', 'en'],
      ['Who took the photo?', 'en'],
      ['Who reported and edited the story?', 'en'],
      ['Dunmoor', 'en'],
      ['Quand le communiqué de presse a-t-il été publié ?', 'fr'],
      ['Vellac', 'fr'],
    ];
    for (const [question, locale] of questions) {
      const { results } = ask(question, locale);
      expect(results.filter((r) => FURNITURE.test(r.text)).map((r) => r.text)).toEqual([]);
    }
    expect(ask('When was the reservoir closed?', 'en').results.map((r) => r.text).join('\n')).toMatch(/closed the north reservoir/);
  });
});
