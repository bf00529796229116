/**
 * A list number opening a line ("1. Quels produits sont concernés ?", "2. What should I do?")
 * belongs to the line: it is never a sentence of its own. Short texts of our own, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/segment.js';
import { parse, removedAs } from './parsedArticle.js';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('a list number opening a line', () => {
  it('stays with its line', () => {
    expect(texts('1. Quelles routes sont coupées ?')).toEqual(['1. Quelles routes sont coupées ?']);
    expect(texts('12. What should drivers do? Stay home.')).toEqual(['12. What should drivers do?', 'Stay home.']);
    expect(texts("3. J'ai un billet. Puis-je être remboursé ?")).toEqual(["3. J'ai un billet.", 'Puis-je être remboursé ?']);
  });

  it('still ends a sentence after a number inside it', () => {
    expect(texts('Le bilan est passé à 12. La préfecture reste prudente.')).toEqual(['Le bilan est passé à 12.', 'La préfecture reste prudente.']);
    expect(texts('The toll rose to 3. Rescuers kept searching.')).toEqual(['The toll rose to 3.', 'Rescuers kept searching.']);
  });

  it('makes a numbered question between answers a question subheading, fr and en', () => {
    const fr = parse('fr.md', ['---', 'lang: fr', '---', '', 'Les crues ont coupé plusieurs routes du département mardi, selon la préfecture.', '', '2. Quelles routes sont coupées ?', '', 'La départementale 12 et la nationale 7 restent fermées entre les deux ponts.'].join('\n'));
    expect(removedAs(fr, 'subheading')).toEqual(['2. Quelles routes sont coupées ?']);
    const en = parse('en.md', ['---', 'lang: en', '---', '', 'Floods closed several roads in the county on Tuesday, police said.', '', '2. Which roads are closed?', '', 'The A12 and the B7 remain closed between the two bridges.'].join('\n'));
    expect(removedAs(en, 'subheading')).toEqual(['2. Which roads are closed?']);
  });
});
