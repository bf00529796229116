import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult, Citation } from '../../src/engine/answer.js';
import { renderSlackBlocks, SLACK_LIMITS } from '../../src/platforms/slack/render.js';
import { blockProblems } from './fakeSlack.js';

const wire: Citation = { id: 'wire-2024-03-02', outlet: 'Agence Wire', title: 'Port strike ends', url: 'https://example.org/a?x=1&y=2', published: '2024-03-02T10:00' };
const unknown: Citation = { id: 'scan-0042', outlet: null, title: null, url: null, published: null };

function quoteResult(i: number, extra: Partial<AnswerResult> = {}): AnswerResult {
  return {
    speaker: `Speaker ${i}`,
    quote: `We will reopen the harbour on Monday, number ${i}`,
    text: `"We will reopen the harbour on Monday, number ${i}," the minister said on Tuesday.`,
    articles: [wire, unknown],
    ...extra,
  };
}

const answer = (results: AnswerResult[], extra: Partial<Answer> = {}): Answer => ({ command: 'who-said', query: 'reopen the harbour', results, ...extra });

/** All text a user can see in the blocks. */
function visibleText(blocks: unknown[]): string {
  return JSON.stringify(blocks);
}

describe('renderSlackBlocks', () => {
  it('shows speaker, quotation, context and every outlet with its link and article id', () => {
    const { blocks, text } = renderSlackBlocks(answer([quoteResult(1)]), { locale: 'en' });
    const shown = visibleText(blocks);
    expect(shown).toContain('*Speaker 1*');
    expect(shown).toContain('> “We will reopen the harbour on Monday, number 1”');
    expect(shown).toContain('the minister said on Tuesday');
    expect(shown).toContain('<https://example.org/a?x=1&amp;y=2|Agence Wire>');
    expect(shown).toContain('`wire-2024-03-02`');
    expect(shown).toContain('unknown outlet');
    expect(shown).toContain('`scan-0042`');
    expect(text).toContain('Speaker 1: “We will reopen');
    expect(blockProblems(blocks)).toEqual([]);
  });

  it('speaks French with French quotation marks and labels', () => {
    const { blocks } = renderSlackBlocks(answer([quoteResult(1, { kind: 'indirect' })]), { locale: 'fr' });
    const shown = visibleText(blocks);
    expect(shown).toContain('«\u00a0We will reopen');
    expect(shown).toContain('propos rapportés');
    expect(shown).toContain('source inconnue');
  });

  it('never lets a query or an article ping the channel or a user', () => {
    const hostile = '<!channel> <!here> <@U123ABC> @everyone <https://evil.example|click>';
    const a = answer([{ text: `Quoted in the article: ${hostile}`, articles: [{ ...wire, outlet: '<!here> Daily', title: '<@U999>' }] }], {
      command: 'ask',
      query: hostile,
      notice: hostile,
    });
    const { blocks, text } = renderSlackBlocks(a, { locale: 'en' });
    for (const shown of [visibleText(blocks), text]) {
      expect(shown).not.toMatch(/<!(channel|here|everyone)/);
      expect(shown).not.toMatch(/<@U/);
      expect(shown).not.toContain('<https://evil.example');
      expect(shown).not.toMatch(/@everyone/);
    }
    expect(visibleText(blocks)).toContain('&lt;!channel&gt;');
  });

  it('pages results behind a More button that knows where the next page starts', () => {
    const results = Array.from({ length: 12 }, (_, i) => quoteResult(i + 1));
    const first = renderSlackBlocks(answer(results), { locale: 'en', perPage: 5, moreValue: (next) => `next:${next}` });
    expect(first.shown).toEqual([0, 5]);
    const button = first.blocks.find((b) => b.type === 'actions') as any;
    expect(button.elements[0].value).toBe('next:5');
    expect(button.elements[0].text.text).toBe('More results');
    expect(visibleText(first.blocks)).toContain('Results 1–5 of 12');

    const last = renderSlackBlocks(answer(results), { locale: 'fr', offset: 10, perPage: 5, moreValue: (next) => `next:${next}` });
    expect(last.shown).toEqual([10, 12]);
    expect(last.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(visibleText(last.blocks)).toContain('Speaker 11');
    expect(visibleText(last.blocks)).not.toContain('Speaker 10*');
  });

  it('keeps huge answers within Slack limits and leaves the rest for the next page', () => {
    const long = 'The harbour authority said the strike had cost millions & more. '.repeat(200);
    const manyOutlets = Array.from({ length: 25 }, (_, i) => ({ ...wire, id: `wire-${i}`, title: 'T'.repeat(400) }));
    const results = Array.from({ length: 30 }, (_, i) => quoteResult(i, { quote: long, text: long, context: long, articles: manyOutlets }));
    const message = renderSlackBlocks(answer(results), { locale: 'en', perPage: 30, moreValue: (n) => String(n) });
    expect(blockProblems(message.blocks)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.messageChars);
    expect(message.shown[0]).toBe(0);
    expect(message.shown[1]).toBeGreaterThan(0);
    expect(message.shown[1]).toBeLessThan(30);
    const button = message.blocks.find((b) => b.type === 'actions') as any;
    expect(button.elements[0].value).toBe(String(message.shown[1]));
    // A clipped text ends with an ellipsis, never with half an entity.
    const section = message.blocks.find((b) => b.type === 'section' && (b as any).text.text.includes('Speaker 0')) as any;
    expect(section.text.text.endsWith('…')).toBe(true);
    expect(section.text.text).not.toMatch(/&[a-z]{0,3}…$/);
    // More than ten sources are summarised in the context block's last element.
    const sources = message.blocks.find((b) => b.type === 'context' && JSON.stringify(b).includes('wire-0')) as any;
    expect(sources.elements).toHaveLength(10);
    expect(sources.elements[9].text).toContain('+16 more sources');
  });

  it('never offers a button whose value Slack would refuse', () => {
    const results = Array.from({ length: 8 }, (_, i) => quoteResult(i));
    const message = renderSlackBlocks(answer(results), { locale: 'en', perPage: 3, moreValue: () => 'x'.repeat(2001) });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(visibleText(message.blocks)).toContain('5 more results');
  });

  it('says so plainly when nothing was found, and shows dated timeline entries', () => {
    const empty = renderSlackBlocks(answer([], { notice: 'Nothing in the corpus matches "x".' }), { locale: 'en' });
    expect(visibleText(empty.blocks)).toContain('Nothing in the corpus matches');
    expect(empty.text).toContain('Nothing in the corpus matches');

    const timeline = renderSlackBlocks(
      { command: 'timeline', query: '', results: [{ date: '2024-03-01', text: 'Dockers walk out.', articles: [wire] }] },
      { locale: 'en' },
    );
    expect(visibleText(timeline.blocks)).toContain('*2024-03-01*  Dockers walk out.');
  });
});

describe('renderSlackBlocks without citations', () => {
  it('renders results that cite nothing (help lines) without an empty context block', () => {
    const help: Answer = { command: 'help', query: '', results: [{ text: '/ask question:<…> — free question', articles: [] }] };
    const { blocks } = renderSlackBlocks(help, { locale: 'en' });
    expect(blockProblems(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('/ask question:&lt;…&gt; — free question');
  });
});
