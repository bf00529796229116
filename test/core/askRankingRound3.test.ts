/**
 * /ask ranking on an invented mine flooding: a "how many" question is answered by the count of the
 * very thing asked (not by a later, lower-scoring count of something else), a "why" question by the
 * inquiry's purpose or charge (not by a sentence that only says "after the"), and "what was the
 * level?" by a figure on the scale, not by a sentence that only names the level.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import { ownCorpus } from '../ownCorpus.js';
import type { Answer } from '../../src/engine/answer.js';

const ARTICLES: Record<string, string[]> = {
  'depeche-2026-09-01.md': [
    '---', 'title: "Inondation dans la mine de Brassac"', 'outlet: Agence Sud', 'published: 2026-09-01T18:00:00+02:00', 'lang: fr', '---', '',
    "BRASSAC, 1er septembre 2026 - Une crue soudaine a piégé lundi matin douze mineurs dans la galerie nord de la mine de Brassac, selon la préfecture, et huit d'entre eux ont pu remonter seuls.",
    '', "Le niveau d'alerte crues avait été porté à 3 sur une échelle de 4 dès samedi par le service de prévision.",
  ],
  'journal-2026-09-02.md': [
    '---', 'title: "Brassac : la nuit de l\'attente"', 'outlet: Le Journal du Causse', 'published: 2026-09-02T07:00:00+02:00', 'lang: fr', '---', '',
    "Deux mineurs restaient bloqués au fond à minuit.",
    '', "« L'enquête devra déterminer si la galerie aurait dû être évacuée au regard du niveau d'alerte », indique le procureur, Marc Olivès.",
    '', "Le chef de poste a expliqué aux enquêteurs qu'il était descendu suite à la relève de six heures.",
  ],
  'parquet-2026-09-03.md': [
    '---', 'title: "Communiqué du parquet de Rodal"', 'outlet: Parquet de Rodal', 'published: 2026-09-03T10:00:00+02:00', 'lang: fr', '---', '',
    "Une enquête pour homicide involontaire a été ouverte mercredi et confiée à la gendarmerie.",
  ],
  'wire-2026-09-03.md': [
    '---', 'title: "Brassac mine flood: inquiry opened"', 'outlet: Causse Wire', 'published: 2026-09-03T12:00:00Z', 'lang: en', '---', '',
    "The shift leader told investigators in the mine investigation he had gone down after the morning inspection, a source close to the investigation said.",
    '', "Prosecutors opened an investigation into possible involuntary manslaughter on Wednesday, to determine whether the north gallery should have been evacuated.",
    '', '"The flood alert level is what every crew checks before going down; that morning the flood alert level was posted at the gate," a rescuer said.',
    '', "The flood alert had been raised to 3 on a scale of 4 on Saturday.",
  ],
};

describe('/ask ranking: the answer asked for before related sentences', () => {
  const engineOf = ownCorpus('askround3', ARTICLES);
  const ask = (question: string) => (askCommand.run({ engine: engineOf(), locale: 'fr', now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('« Combien de mineurs ont été piégés ? » gives the count of the trapped miners first, not a later count of those still stuck', () => {
    expect(ask('Combien de mineurs ont été piégés par la crue ?')[0]).toMatch(/douze mineurs/);
  });

  it('« Pourquoi une enquête a-t-elle été ouverte ? » gives the charge and the purpose before a sentence that only says « suite à »', () => {
    const texts = ask('Pourquoi une enquête a-t-elle été ouverte ?');
    const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
    expect(at(/pour homicide involontaire/)).toBeGreaterThanOrEqual(0);
    expect(at(/devra déterminer si/)).toBeGreaterThanOrEqual(0);
    const weak = at(/suite à la relève/);
    if (weak >= 0) {
      expect(at(/pour homicide involontaire/)).toBeLessThan(weak);
      expect(at(/devra déterminer si/)).toBeLessThan(weak);
    }
  });

  it('"Why was an investigation opened?" gives the charge and the purpose before a sentence that only says "after the"', () => {
    const texts = ask('Why was an investigation opened?');
    const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
    expect(at(/into possible involuntary manslaughter/)).toBeGreaterThanOrEqual(0);
    expect(at(/after the morning inspection/)).toBeGreaterThan(at(/into possible involuntary manslaughter/));
  });

  it('"What was the flood alert level?" and « Quel était le niveau d\'alerte ? » give a figure on the scale first', () => {
    expect(ask('What was the flood alert level?')[0]).toMatch(/3 (?:sur une échelle de|on a scale of) 4/);
    expect(ask("Quel était le niveau d'alerte crues ?")[0]).toMatch(/3 (?:sur une échelle de|on a scale of) 4/);
  });
});
