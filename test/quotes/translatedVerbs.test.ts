/**
 * A conjugated French verb meets its English translation through the lexicon's infinitive ("nous cherchons" /
 * "looking", "personne n'a vérifié" / "nobody checked"), so the same statement printed in French and in English is
 * one /who-said result citing both outlets. Short reports written for this test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import whoSaid from '../../commands/who-said.js';
import type { Answer } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';
import { linkKey } from '../../src/text/translate.js';

const ask = async (e: Engine, quote: string, locale: 'fr' | 'en') => (await whoSaid.run({ engine: e, locale, now: new Date(), services: {} }, { quote })) as Answer;

let engine: Engine;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-verbs-'));
  writeFileSync(
    path.join(dir, 'journal-fr.md'),
    '---\nlang: fr\ntitle: "Inondations"\n---\nLa digue a cédé lundi sous le poids de la neige.\n\n' +
      'Le maire, Paul Ternier, a prévenu : « Nous cherchons encore des gens sous la neige. »\n\n' +
      'Anne Véril, ingénieure, ne mâche pas ses mots : « Les normes existent. Personne n\'a vérifié. »\n\n' +
      'Le préfet, Luc Barrand, a lancé un appel : « Ne faites jamais tourner un groupe électrogène dans un espace fermé. Le monoxyde de carbone tue sans prévenir. »\n',
  );
  writeFileSync(
    path.join(dir, 'wire-en.md'),
    '---\nlang: en\ntitle: "Levee breaks"\n---\nThe levee broke on Monday.\n\n' +
      '"We are still looking for people under the snow," Mayor Paul Ternier said.\n\n' +
      '"The standards exist. Nobody checked," said Anne Véril, an engineer.\n\n' +
      'The prefect, Luc Barrand, repeated: "Never run a generator in an enclosed space. Carbon monoxide kills without warning."\n',
  );
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(() => engine.close());

describe('a French verb in any tense meets its English translation', () => {
  it('reads "cherchons", "vérifié" by their infinitives in the lexicon', () => {
    expect(linkKey('cherchons', 'fr')).toBe(linkKey('looking', 'en'));
    expect(linkKey('vérifié', 'fr')).toBe(linkKey('checked', 'en'));
    expect(linkKey('cherchons', 'fr')).not.toBeNull();
  });

  it('so one statement printed in both languages is one /who-said result citing both outlets', async () => {
    for (const [words, locale, speaker] of [
      ['Nous cherchons encore des gens', 'fr', 'Paul Ternier'],
      ['We are still looking for people', 'en', 'Paul Ternier'],
      ['Personne n\'a vérifié', 'fr', 'Anne Véril'],
      ['The standards exist. Nobody checked', 'en', 'Anne Véril'],
      // Words out of the lexicon meet their cognates by their first letters: "carbone" / "carbon", "monoxyde" / "monoxide".
      ['Le monoxyde de carbone tue', 'fr', 'Luc Barrand'],
      ['Carbon monoxide kills without warning', 'en', 'Luc Barrand'],
    ] as const) {
      const first = (await ask(engine, words, locale)).results[0];
      expect(first.speaker, words).toBe(speaker);
      expect(first.articles.map((a) => a.id).sort(), words).toEqual(['journal-fr', 'wire-en']);
    }
  });
});
