import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

// Written for this test: a former mayor sentenced on Wednesday 20 May 2026, named in full once, then by surname.
const ARTICLES: Record<string, string[]> = {
  'palais-2026-05-21.md': [
    '---', 'outlet: Le Journal du Palais', 'lang: fr', 'published: 2026-05-21', '---',
    "L'ancienne maire de Saint-Priest, Odile Varenne, a été condamnée mercredi à deux ans de prison avec sursis.",
    '',
    "Mme Varenne a annoncé jeudi qu'elle ferait appel de la décision.",
    '',
    "Le tribunal a également prononcé mercredi une peine d'inéligibilité de cinq ans contre son adjoint.",
  ],
  'court-2026-05-21.md': [
    '---', 'outlet: Lyon Wire', 'lang: en', 'published: 2026-05-21', '---',
    'The court in Lyon ruled on Wednesday in the case of the Saint-Priest housing contracts.',
    '',
    'Varenne said on Thursday she would appeal the ruling.',
  ],
};

describe('/timeline topic:<name> finds the sentences that name the person', () => {
  const engineOf = ownCorpus('named-topics', ARTICLES);
  const texts = (topic: string) => buildTimeline(engineOf(), { topic, maxEvents: 20 }).events.map((e) => e.text);

  it('finds the sentences naming her by surname, « Mme Varenne » or "Varenne", from her surname', () => {
    const found = texts('Varenne');
    expect(found.some((t) => /Odile Varenne/.test(t))).toBe(true);
    expect(found.some((t) => /Mme Varenne a annoncé/.test(t))).toBe(true);
    expect(found.some((t) => /Varenne said on Thursday/.test(t))).toBe(true);
  });

  it('finds them from her full name too, the articles having printed it', () => {
    const found = texts('Odile Varenne');
    expect(found.some((t) => /Mme Varenne a annoncé/.test(t))).toBe(true);
    expect(found.some((t) => /Varenne said on Thursday/.test(t))).toBe(true);
    expect(found.some((t) => /son adjoint|housing contracts/.test(t))).toBe(false);
  });

  it('does not read two common words as a name', () => {
    expect(texts('court appeal')).toEqual([]);
  });
});
