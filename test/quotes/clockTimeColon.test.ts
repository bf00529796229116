/**
 * The colon inside a clock time or a score ("04:12", "23:40", "2:1") ends no reported clause: the words reported go on
 * through it. Short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('a colon between digits in reported speech', () => {
  it('en: "X said the alarm rang at 04:12 and …" keeps the whole clause', async () => {
    const q = await readSpeakers('en', 'The trawler Gannet sank off the cape on Sunday.\n\nDeckhand Tomas Ruane said the alarm rang at 04:12 and the crew reached the life raft within minutes.');
    const found = q('the alarm rang at 04');
    expect(found.quote).toContain('04:12 and the crew reached the life raft within minutes');
    expect(found.name).toBe('Tomas Ruane');
  });

  it('en: a score "2:1" in a reported clause does not cut it', async () => {
    const q = await readSpeakers('en', 'Coach Imre Balogh said his side had won 2:1 despite playing with ten men for an hour.');
    expect(q('won 2').quote).toContain('2:1 despite playing with ten men');
  });

  it('fr: « X a affirmé que … à 23:40 … » garde toute la proposition', async () => {
    const q = await readSpeakers('fr', 'Le chef de quart Yannick Le Goff a affirmé que le feu avait été maîtrisé à 23:40 sans faire de blessé.');
    const found = q('le feu avait été maîtrisé');
    expect(found.quote).toContain('23:40 sans faire de blessé');
    expect(found.name).toBe('Yannick Le Goff');
  });

  it('a colon that opens a list still ends the reported clause', async () => {
    const q = await readSpeakers('en', 'Inspector Maud Keane said the crew had made three mistakes: they sailed late, ignored the forecast and carried no radio.');
    expect(q('the crew had made three mistakes').quote).not.toContain('sailed late');
  });
});
