/**
 * /ask "Qui a refusé … ?": when the best match tells who by a role only ("the mayor of Port-Lannic refused…"), the
 * passage naming that role next to a name (« a déclaré la maire de Port-Lannic, Solène Guivarch ») comes right after
 * it, in either language. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { namesRole } from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';

const ARTICLES: Record<string, string[]> = {
  'tide-en.md': [
    '---', 'title: Ferry stuck off Brittany', 'outlet: The Tide Gazette', 'published: 2026-08-12T09:00:00Z', 'lang: en', '---', '',
    'The ferry Cap Ferrand spent a second night at anchor after the mayor of Port-Lannic refused to let it call on Monday.',
    '', 'Passengers on the Cap Ferrand were told to stay in their cabins, and the crew handed out bottled water.',
  ],
  'vigie-fr.md': [
    '---', 'title: Le Cap Ferrand reste au large', 'outlet: La Vigie de Lannic', 'published: 2026-08-11T18:00:00+02:00', 'lang: fr', '---', '',
    'Le ferry Cap Ferrand, qui transporte 900 passagers, est resté au large de Port-Lannic lundi.',
    '', "« Je ne laisserai pas entrer ce navire tant que nous ne saurons pas ce qui se passe à bord », a déclaré la maire de Port-Lannic, Solène Guivarch, lundi soir.",
    '', "Le port de Port-Lannic accueille chaque été une quarantaine d'escales de ferries.",
  ],
};

describe('/ask "who": a role named elsewhere', () => {
  const engineOf = ownCorpus('ask-role-named', ARTICLES);
  const ask = (question: string, locale: 'fr' | 'en' = 'fr') =>
    (askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('reads a role with its place before the name (« la maire de Port-Lannic, Solène Guivarch »)', () => {
    expect(namesRole('a déclaré la maire de Port-Lannic, Solène Guivarch, lundi soir.', 'maire')).toBe(true);
    expect(namesRole('the mayor of Lannic, Solène Guivarch, said.', 'mayor')).toBe(true);
    expect(namesRole('the mayor of Port-Lannic refused to let it call.', 'mayor')).toBe(false);
  });

  it('« Qui a refusé l\'escale du Cap Ferrand ? » gives the passage naming the mayor among the first two', () => {
    const texts = ask("Qui a refusé l'escale du Cap Ferrand ?");
    expect(texts.slice(0, 2).some((t) => /Solène Guivarch/u.test(t))).toBe(true);
  });
});
