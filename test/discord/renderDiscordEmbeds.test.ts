import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult, Citation } from '../../src/engine/answer.js';
import {
  DISCORD_LIMITS,
  embedLength,
  neutralizeMentions,
  paginateResults,
  renderDiscordEmbeds,
  truncate,
} from '../../src/platforms/discord/renderDiscordEmbeds.js';
import { decodePageCustomId, parseCommandHeader } from '../../src/platforms/discord/pageState.js';

const wire: Citation = { id: 'wire-2024-03-02', outlet: 'Le Quotidien du Port', title: 'Le maire défend le budget', url: 'https://example.org/port/budget', published: '2024-03-02' };
const radio: Citation = { id: 'radio-2024-03-03', outlet: null, title: null, url: null, published: null };

function quoteResult(quote: string, speaker = 'Marie Dupuis', articles: Citation[] = [wire, radio]): AnswerResult {
  return { speaker, quote, text: `« ${quote} », a déclaré ${speaker} mardi.`, articles };
}

/** Every limit Discord enforces on one message. */
function expectWithinDiscordLimits(message: ReturnType<typeof renderDiscordEmbeds>) {
  expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  expect(message.embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  for (const embed of message.embeds) {
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.authorName);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
  for (const row of message.components) {
    for (const button of row.components) {
      if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}

describe('renderDiscordEmbeds', () => {
  it('shows speaker, quotation, outlets as linked fields and article ids in the footer', () => {
    const answer: Answer = { command: 'who-said', query: 'budget sincère', results: [quoteResult('Ce budget est sincère et tenu')] };
    const message = renderDiscordEmbeds(answer, 'fr', { state: { command: 'who-said', args: { quote: 'budget sincère' } } });
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed.author?.name).toBe('Marie Dupuis');
    expect(embed.description).toContain('Ce budget est sincère et tenu');
    expect(embed.fields?.[0]).toMatchObject({ name: 'Le Quotidien du Port' });
    expect(embed.fields?.[0].value).toContain('[Le maire défend le budget](https://example.org/port/budget)');
    expect(embed.fields?.[1].name).toBe('Média inconnu');
    expect(embed.footer?.text).toBe('wire-2024-03-02 · radio-2024-03-03');
    expect(message.content).toBe('-# `` /who-said quote:"budget sincère" ``');
    expect(message.components).toEqual([]);
  });

  it('keeps a citation URL with parentheses or spaces one link (escaped %28 %29 %20)', () => {
    const paren: Citation = { ...wire, url: 'https://fr.wikipedia.org/wiki/Crue_(hydrologie) x' };
    const message = renderDiscordEmbeds({ command: 'who-said', query: 'q', results: [quoteResult('Ce budget est sincère', 'Marie Dupuis', [paren])] }, 'fr', { state: { command: 'who-said', args: { quote: 'q' } } });
    expect(message.embeds[0].fields?.[0].value).toContain('[Le maire défend le budget](https://fr.wikipedia.org/wiki/Crue_%28hydrologie%29%20x)');
  });

  it('says when a result is reported speech rather than the speaker\'s own words', () => {
    const reported: AnswerResult = { ...quoteResult('le budget serait tenu'), kind: 'indirect' };
    const answer: Answer = { command: 'quotes', query: 'Marie Dupuis', results: [quoteResult('Ce budget est sincère'), reported] };
    const [direct, indirect] = renderDiscordEmbeds(answer, 'fr').embeds;
    expect(direct.author?.name).toBe('Marie Dupuis');
    expect(indirect.author?.name).toBe('Marie Dupuis (propos rapportés)');
    expect(renderDiscordEmbeds({ ...answer, results: [reported] }, 'en').embeds[0].author?.name).toBe('Marie Dupuis (reported speech)');
  });

  it('speaks English when asked', () => {
    const answer: Answer = { command: 'who-said', query: 'x', results: [quoteResult('We will rebuild the harbour', 'John Reed', [radio])] };
    expect(renderDiscordEmbeds(answer, 'en').embeds[0].fields?.[0].name).toBe('Unknown outlet');
  });

  it('cuts a 10,000-character quotation to fit, ending with an ellipsis', () => {
    const long = 'Le port restera ouvert. '.repeat(420).slice(0, 10_000);
    expect(long.length).toBe(10_000);
    const answer: Answer = { command: 'who-said', query: 'port', results: [quoteResult(long)] };
    const message = renderDiscordEmbeds(answer, 'fr', { state: { command: 'who-said', args: { quote: 'port' } } });
    expectWithinDiscordLimits(message);
    const description = message.embeds[0].description!;
    expect(description.length).toBe(DISCORD_LIMITS.description);
    expect(description.endsWith('…')).toBe(true);
    expect(description.startsWith('Le port restera ouvert.')).toBe(true);
  });

  it('pages 60 results with every page inside Discord limits and every result shown once', () => {
    const results = Array.from({ length: 60 }, (_, i) => quoteResult(`Déclaration numéro ${i + 1} sur le chantier du port. `.repeat(1 + (i % 7) * 20)));
    const answer: Answer = { command: 'quotes', query: 'Marie Dupuis', results };
    const pages = paginateResults(results, 'fr');
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.flat()).toEqual(results);
    const seen: string[] = [];
    for (let page = 0; page < pages.length; page++) {
      const message = renderDiscordEmbeds(answer, 'fr', { page, state: { command: 'quotes', args: { speaker: 'Marie Dupuis' } } });
      expectWithinDiscordLimits(message);
      expect(message.page).toBe(page);
      expect(message.pageCount).toBe(pages.length);
      for (const embed of message.embeds) seen.push(/numéro (\d+)/.exec(embed.description!)![1]);
    }
    expect(seen).toEqual(results.map((_, i) => String(i + 1)));
  });

  it('caps a result reported by 40 outlets: nine fields, then a count, ids cut in the footer', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...wire, id: `outlet-${i}-article-with-a-long-identifier-2024`, outlet: `Outlet ${i}` }));
    const message = renderDiscordEmbeds({ command: 'who-said', query: 'x', results: [quoteResult('Nous tiendrons', 'Marie Dupuis', many)] }, 'en');
    expectWithinDiscordLimits(message);
    const fields = message.embeds[0].fields!;
    expect(fields).toHaveLength(10);
    expect(fields[9].name).toBe('+ 31 more sources');
    expect(message.embeds[0].footer!.text).toMatch(/\+\d+$/);
  });

  it('adds Previous/Next buttons whose custom ids carry the command, arguments and page', () => {
    const results = Array.from({ length: 12 }, (_, i) => quoteResult(`Phrase ${i}`));
    const state = { command: 'quotes', args: { speaker: 'Marie Dupuis', topic: 'port' } };
    const first = renderDiscordEmbeds({ command: 'quotes', query: 'Marie Dupuis', results }, 'fr', { state });
    expect(first.pageCount).toBe(3);
    const [previous, counter, next] = first.components[0].components as any[];
    expect(previous).toMatchObject({ label: 'Précédent', disabled: true });
    expect(counter).toMatchObject({ label: 'Page 1/3', disabled: true });
    expect(next).toMatchObject({ label: 'Suivant', disabled: false });
    expect(decodePageCustomId(next.custom_id)).toEqual({ page: 1, state });

    const last = renderDiscordEmbeds({ command: 'quotes', query: 'Marie Dupuis', results }, 'en', { state, page: 2 });
    const [prev2, , next2] = last.components[0].components as any[];
    expect(prev2).toMatchObject({ label: 'Previous', disabled: false });
    expect(next2).toMatchObject({ label: 'Next', disabled: true });
    expect(decodePageCustomId(prev2.custom_id)).toEqual({ page: 1, state });
    const ids = last.components[0].components.map((b: any) => b.custom_id);
    expect(new Set(ids).size).toBe(3);
  });

  it('keeps a long question in the message header when it does not fit the custom id', () => {
    const question = 'Que disent les articles sur la réouverture du port après la grève des dockers et la position de la mairie ?';
    const state = { command: 'ask', args: { question } };
    const results = Array.from({ length: 8 }, (_, i) => ({ text: `Passage ${i}`, articles: [wire] }));
    const message = renderDiscordEmbeds({ command: 'ask', query: question, results }, 'fr', { state });
    const next = message.components[0].components[2] as any;
    const decoded = decodePageCustomId(next.custom_id);
    expect(decoded).toEqual({ page: 1, command: 'ask', stateInMessage: true });
    expect(parseCommandHeader(message.content)).toEqual(state);
  });

  it('never lets an answer ping: @everyone, @here, users and roles are neutralised everywhere', () => {
    const answer: Answer = {
      command: 'who-said',
      query: '@everyone',
      notice: 'Rien trouvé pour « @everyone <@&123456789012345678> ».',
      results: [quoteResult('Prévenez @here et <@123456789012345678>', '@everyone')],
    };
    const message = renderDiscordEmbeds(answer, 'fr', { state: { command: 'who-said', args: { quote: '@everyone @here' } } });
    const everything = JSON.stringify(message);
    expect(everything).not.toMatch(/@(everyone|here)/);
    expect(everything).not.toMatch(/<@&?\d+>/);
    expect(message.content).toContain('@\u200beveryone');
    expect(message.embeds[0].author!.name).toBe('@\u200beveryone');
  });

  it('escapes markdown so printed text is shown as printed', () => {
    const message = renderDiscordEmbeds({ command: 'ask', query: 'x', results: [{ text: '*Très* important [lien](http://x) > non', articles: [] }] }, 'fr');
    expect(message.embeds[0].description).toBe('\\*Très\\* important \\[lien\\](http://x) > non');
  });

  it('shows a notice alone when nothing was found', () => {
    const message = renderDiscordEmbeds({ command: 'who-said', query: 'zzz', results: [], notice: 'Aucune citation trouvée.' }, 'fr');
    expect(message).toMatchObject({ content: 'Aucune citation trouvée.', embeds: [], components: [], pageCount: 1 });
  });
});

describe('text helpers', () => {
  it('truncate never exceeds the limit nor leaves a dangling escape', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab\\*cd', 4)).toBe('ab…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('neutralizeMentions leaves ordinary @ and angle brackets alone', () => {
    expect(neutralizeMentions('mail a@b.fr <b>')).toBe('mail a@b.fr <b>');
    expect(neutralizeMentions('<@!42> <#7>')).toBe('<\u200b@!42> <\u200b#7>');
  });
});
