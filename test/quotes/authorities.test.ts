/**
 * A public authority is one speaker however it is printed: whole in either language ("City of Vaudon",
 * "Ville de Vaudon"), by its bare noun in an article about its place ("the city says"), or bare with a
 * modifier that names no other authority ("la préfecture", "the local prefecture").
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const en = (body: string, day = 4) => `---\noutlet: Exemple\nlang: en\npublished: 2024-03-0${day}\n---\n${body}\n`;
const fr = (body: string, day = 4) => `---\noutlet: Exemple\nlang: fr\npublished: 2024-03-0${day}\n---\n${body}\n`;

describe('a bare authority noun is the one authority of its kind', () => {
  it('"the city says" in an article about Vaudon is the City of Vaudon named whole in another article', async () => {
    const members = await quotationsIn({
      'a.md': en('"The bridge was inspected in 2019," the city of Vaudon said in a statement.'),
      'b.md': en('Vaudon is still in mourning. Traffic remains diverted, and the city says the diversions will stay in place until Friday.', 5),
      'c.md': fr('« Le secteur reste interdit », indique la ville de Vaudon dans un communiqué.', 5),
    });
    const speakerOf = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef;
    const city = speakerOf('inspected in 2019');
    expect(city?.name).toBe('City of Vaudon');
    expect(speakerOf('the diversions will stay in place')?.id).toBe(city?.id);
    expect(speakerOf('Le secteur reste interdit')?.id).toBe(city?.id);
  });

  it('"the city says" in an article that never names the place stays apart from the City of Vaudon', async () => {
    const members = await quotationsIn({
      'a.md': en('"The bridge was inspected in 2019," the city of Vaudon said in a statement.'),
      'b.md': en('Traffic remains diverted, and the city says the diversions will stay in place until Friday.', 5),
    });
    const speakerOf = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef;
    expect(speakerOf('the diversions will stay in place')?.id).not.toBe(speakerOf('inspected in 2019')?.id);
  });

  it('"selon la préfecture" and "the local prefecture said" are one speaker', async () => {
    const members = await quotationsIn({
      'a.md': fr('Le bilan s\'alourdit : sept morts et vingt-deux blessés, selon la préfecture.'),
      'b.md': en('The death toll rose to seven on Tuesday, with six people still missing, the local prefecture said.', 5),
    });
    const speakerOf = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef;
    expect(speakerOf('sept morts')?.name).toBeTruthy();
    expect(speakerOf('rose to seven')?.id).toBe(speakerOf('sept morts')?.id);
  });
});
