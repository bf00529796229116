import { describe, expect, it } from 'vitest';
import { decodePageCustomId, encodePageCustomId, formatCommandHeader, headerLine, parseCommandHeader } from '../../src/platforms/discord/pageState.js';

describe('page state in Discord, not in memory', () => {
  it('round-trips a short state through the custom id, dropping the private flag', () => {
    const id = encodePageCustomId({ command: 'who-said', args: { quote: 'lutte sacrée', private: true, topic: undefined } }, 3);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageCustomId(id)).toEqual({ page: 3, state: { command: 'who-said', args: { quote: 'lutte sacrée' } } });
  });

  it('rejects custom ids it did not write', () => {
    expect(decodePageCustomId('pg:1:{not json')).toBeNull();
    expect(decodePageCustomId('other:1')).toBeNull();
    expect(decodePageCustomId('pg:1:^Not A Command')).toBeNull();
  });

  it('round-trips any state through the header line, quotes, backticks and subcommands included', () => {
    const states = [
      { command: 'ask', args: { question: 'Il a dit "non" puis `oui` : pourquoi ?' } },
      { command: 'digest', args: { subcommand: 'schedule', cron: '0 8 * * 1-5', tz: 'Europe/Paris' } },
      { command: 'timeline', args: { topic: 'grève', limit: 5, all: false } },
      { command: 'sources', args: {} },
      { command: 'who-said', args: { quote: '@everyone <@&42> @here' } },
    ];
    for (const state of states) {
      expect(headerLine(state).slice(6, -3)).not.toContain('`');
      expect(parseCommandHeader(`${headerLine(state)}\nRien trouvé.`)).toEqual(state);
    }
    expect(formatCommandHeader(states[1])).toBe('/digest schedule cron:"0 8 * * 1-5" tz:"Europe/Paris"');
  });

  it('reads no state from a message without a header', () => {
    expect(parseCommandHeader('Aucune citation trouvée.')).toBeNull();
    expect(parseCommandHeader('')).toBeNull();
  });
});
