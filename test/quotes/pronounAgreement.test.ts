/**
 * A subject pronoun after a quotation agrees with who it stands for: « elle », "she" never goes to a man an honorific
 * marked (« M. X », "Mr X") nor to a body of the other grammatical gender (« le groupe X »); "it" goes to a body, never
 * to a person.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('a pronoun agrees with the gender the article gave', () => {
  it('« a-t-elle ajouté » skips « M. X » who spoke in between, back to the woman who spoke before', async () => {
    const r = await readSpeakers('fr', [
      "« Nous ferons toute la lumière sur cet incident », a déclaré Sophie Marchetti, qui dirige la clinique depuis 2019.",
      "« Les deux blocs opératoires restent fermés jusqu'à lundi », a précisé M. Lebrun, chirurgien.",
      "« Aucun patient n'a été mis en danger », a-t-elle ajouté.",
    ].join('\n\n'));
    expect(r('Les deux blocs opératoires').name).toBe('Lebrun');
    expect(r("Aucun patient n'a été mis en danger").name).toBe('Sophie Marchetti');
  });

  it('"she added" skips "Mr X" who spoke in between', async () => {
    const r = await readSpeakers('en', [
      '"We will not close the terminal," said Helen Varga, who heads the port authority.',
      '"The cranes have been idle since Friday," said Mr Osei, a crane operator.',
      '"Nobody will lose their job," she added.',
    ].join('\n\n'));
    expect(r('Nobody will lose their job').name).toBe('Helen Varga');
  });

  it('« a-t-elle ajouté » is not « le groupe X » that spoke just before (a masculine noun)', async () => {
    const r = await readSpeakers('fr', [
      "« Nous fermerons le site de Lannion en juin », a annoncé Nadia Kerbrat, directrice du site.",
      "« Le plan social sera négocié avec les syndicats », a indiqué le groupe Valdor Industries dans un communiqué.",
      "« Les salariés seront tous accompagnés », a-t-elle ajouté.",
    ].join('\n\n'));
    expect(r('Le plan social sera négocié').name).toBe('Valdor Industries');
    expect(r('Les salariés seront tous accompagnés').name).toBe('Nadia Kerbrat');
  });

  it('"it said" is the company named before, never the woman who spoke', async () => {
    const r = await readSpeakers('en', [
      'Brennfield Logistics will cut 400 jobs, Carla Mendes, a union official, told reporters on Tuesday.',
      '"The decision was painful but necessary," it said in a statement.',
    ].join('\n\n'));
    expect(r('The decision was painful').name).toBe('Brennfield Logistics');
  });

  it('« a-t-il répliqué » is never the woman who spoke before', async () => {
    const r = await readSpeakers('fr', [
      "La maire Odile Ferrandi a réuni le conseil municipal lundi. « Nous voterons le budget en mars », a-t-elle promis.",
      "« Ce budget est insincère », a-t-il répliqué.",
    ].join('\n\n'));
    expect(r('Nous voterons le budget').name).toBe('Odile Ferrandi');
    expect(r('Ce budget est insincère').name ?? '').not.toMatch(/Ferrandi/u);
  });
});
