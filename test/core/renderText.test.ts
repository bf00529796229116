import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { renderText } from '../../src/render/text.js';

const article = { id: 'wire-2024-03-02', outlet: 'Le Quotidien du Port', title: null, url: null, published: '2024-03-02' };

describe('plain-text answers', () => {
  it('puts a quotation in quotation marks and marks reported speech as such, without them', () => {
    const answer: Answer = {
      command: 'quotes',
      query: 'Marie Dupuis',
      results: [
        { speaker: 'Marie Dupuis', quote: 'Ce budget est sincère', text: '« Ce budget est sincère », a dit Marie Dupuis.', articles: [article], kind: 'direct' },
        { speaker: 'Marie Dupuis', quote: 'le budget serait tenu', text: 'Selon elle, le budget serait tenu.', articles: [article], kind: 'indirect' },
      ],
    };
    const lines = renderText(answer, 'fr').split('\n');
    expect(lines[0]).toBe('1. Marie Dupuis : « Ce budget est sincère »');
    expect(lines[3]).toBe('2. Marie Dupuis : (propos rapportés) le budget serait tenu');
    expect(renderText(answer, 'en')).toContain('2. Marie Dupuis: (reported speech) le budget serait tenu');
  });

  it('prints quotation marks and the colon after a speaker as the interface language does', () => {
    const answer: Answer = {
      command: 'who-said',
      query: 'rebuild',
      results: [{ speaker: 'Ann Rees', quote: 'We will rebuild', text: '"We will rebuild," Ann Rees said.', articles: [article], kind: 'direct' }],
    };
    expect(renderText(answer, 'en').split('\n')[0]).toBe('1. Ann Rees: “We will rebuild”');
    expect(renderText(answer, 'fr').split('\n')[0]).toBe('1. Ann Rees : « We will rebuild »');
  });
});
