import { describe, expect, it } from 'vitest';
import { routeQuestion, stripMentions } from '../../src/chat/routeQuestion.js';

describe('routing a natural question to a command', () => {
  it.each([
    ['<@123> qui a dit « lutte sacrée » ?', 'who-said', { quote: 'lutte sacrée' }, 'fr'],
    ['@Depeche who said "holy struggle"?', 'who-said', { quote: 'holy struggle' }, 'en'],
    ['de qui est la citation « pas encore à l’ordre du jour » ?', 'who-said', { quote: 'pas encore à l’ordre du jour' }, 'fr'],
    ["qu'a dit Kirby sur l'artillerie ?", 'quotes', { speaker: 'Kirby', topic: "l'artillerie" }, 'fr'],
    ['what did John Kirby say about artillery?', 'quotes', { speaker: 'John Kirby', topic: 'artillery' }, 'en'],
    ['citations de Peskov', 'quotes', { speaker: 'Peskov' }, 'fr'],
    ['résumé sur les armes', 'summary', { topic: 'les armes' }, 'fr'],
    ['what happened?', 'summary', {}, 'en'],
    ['chronologie', 'timeline', {}, 'fr'],
    ['timeline of the visit', 'timeline', { topic: 'the visit' }, 'en'],
    ['quelles sources ?', 'sources', {}, 'fr'],
    ['quelles sont tes sources ?', 'sources', {}, 'fr'],
    ['what are your sources?', 'sources', {}, 'en'],
    ['quelle est la chronologie des événements ?', 'timeline', {}, 'fr'],
    ['résumé des armes', 'summary', { topic: 'armes' }, 'fr'],
    ['Poutine va-t-il visiter la Corée du Nord ?', 'ask', { question: 'Poutine va-t-il visiter la Corée du Nord ?' }, 'fr'],
  ])('%s → /%s', (text, command, args, locale) => {
    expect(routeQuestion(text)).toEqual({ command, args, locale });
  });

  it('understands a follow-up from the previous question in the thread', () => {
    const first = routeQuestion("qu'a dit Kirby sur l'artillerie ?");
    expect(routeQuestion('et Peskov ?', first)).toEqual({ command: 'quotes', args: { speaker: 'Peskov', topic: "l'artillerie" }, locale: 'fr' });
    expect(routeQuestion('what about Blinken?', first)).toMatchObject({ command: 'quotes', args: { speaker: 'Blinken' }, locale: 'en' });
    const summary = routeQuestion('résumé sur les armes');
    expect(routeQuestion('et sur les satellites ?', summary)).toEqual({ command: 'summary', args: { topic: 'les satellites' }, locale: 'fr' });
    expect(routeQuestion('et Peskov ?', routeQuestion('qui a dit « lutte sacrée » ?'))).toMatchObject({ command: 'quotes', args: { speaker: 'Peskov' } });
  });

  it('swaps the speaker when a follow-up names someone by title or role, and the topic otherwise', () => {
    const first = routeQuestion("qu'a dit la ministre des Sports sur le stade ?");
    expect(routeQuestion('et le préfet ?', first)).toMatchObject({ command: 'quotes', args: { speaker: 'le préfet', topic: 'le stade' } });
    expect(routeQuestion('et la porte-parole du gouvernement ?', first)).toMatchObject({ command: 'quotes', args: { speaker: 'la porte-parole du gouvernement' } });
    expect(routeQuestion('what about the mayor?', routeQuestion('what did the governor say about the bridge?'))).toMatchObject({ command: 'quotes', args: { speaker: 'the mayor' } });
    expect(routeQuestion('et sur le budget ?', first)).toMatchObject({ command: 'quotes', args: { topic: 'le budget' } });
    expect(routeQuestion('et le budget ?', first)).toMatchObject({ command: 'quotes', args: { topic: 'le budget' } });
  });

  it('removes platform mentions, including @everyone-like tokens', () => {
    expect(stripMentions('<@123> <!here> @everyone qui a dit <@&456> « x » ?')).toBe('qui a dit « x » ?');
  });
});
