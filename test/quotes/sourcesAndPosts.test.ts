/**
 * Who speaks when the source is a place's authority, a document or a post: "the city of X said" is the city's authority,
 * not the place; "Selon un bilan provisoire de la préfecture" is the préfecture; a post printed without quotation marks
 * under "Publication de X sur les réseaux sociaux :" is X's; "…, and the city says" is the city, not the sentence's first
 * word. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

async function read(lang: 'fr' | 'en', body: string) {
  return quotationsIn({ 'a.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
}

describe('authorities, documents and posts as sources', () => {
  it('en: "the city of X said" is the City of X, not X', async () => {
    const m = await read('en', 'A footbridge collapsed in Lorval on Monday.\n\n"The footbridge was inspected last year," the city of Lorval said in a statement.');
    expect(m.find((x) => x.quote.startsWith('The footbridge was inspected'))?.speakerRef?.name).toBe('City of Lorval');
  });

  it('fr: "la ville de X" is the Ville de X', async () => {
    const m = await read('fr', "Une passerelle s'est effondrée lundi à Lorval.\n\n« La passerelle avait été inspectée l'an dernier », a indiqué la ville de Lorval dans un communiqué.");
    expect(m.find((x) => x.quote.startsWith('La passerelle avait'))?.speakerRef?.name).toBe('Ville de Lorval');
  });

  it('fr: "Selon un bilan provisoire de la préfecture" is the préfecture', async () => {
    const m = await read('fr', "Une passerelle s'est effondrée lundi à Lorval. Selon un bilan provisoire de la préfecture, l'accident a fait deux morts et six blessés.");
    expect(m.find((x) => x.quote.includes('deux morts et six blessés'))?.speakerRef?.name).toMatch(/^Préfecture$/iu);
  });

  it('en: ", and the city says…" after a clause is the city, not the clause\'s first word', async () => {
    const m = await read('en', 'Traffic along the river remains diverted, and the city says the diversions will stay in place until at least March 15.');
    const q = m.find((x) => x.quote.includes('diversions will stay'));
    expect(q?.speakerRef?.name ?? '').not.toMatch(/traffic/iu);
    expect(q?.speakerRef?.name).toMatch(/city/iu);
  });

  it('fr: a post printed without quotation marks under "Publication de X … :" is X\'s, its opening handles left out', async () => {
    const m = await read('fr', "16h30 — Publication de la préfecture du Val sur les réseaux sociaux :\n\n@everyone @here Le secteur de la passerelle reste interdit. Évitez les quais.\n\n17h00 — Les secours poursuivent les recherches.");
    const post = m.find((x) => x.quote.includes('Le secteur de la passerelle reste interdit'));
    expect(post?.speakerRef?.name).toMatch(/préfecture du Val/iu);
    expect(post?.quote).toBe('Le secteur de la passerelle reste interdit. Évitez les quais.');
  });

  it('fr: a colon line naming no one who can speak ("Bilan de la journée :") makes no quotation of the next paragraph', async () => {
    const m = await read('fr', "Bilan de la journée :\n\nDeux morts, six blessés et trois quartiers sans électricité.");
    expect(m.some((x) => x.quote.includes('Deux morts, six blessés'))).toBe(false);
  });
});
