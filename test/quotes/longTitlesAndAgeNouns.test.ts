/**
 * Speakers behind long titles, professions and age nouns: a title with "of … and …" before a name
 * ("Minister of Trade and Industry X said:") still gives the name; a bare role ("the Minister added")
 * is the person known by that role, not another office named just before; « Pour X, le sujet « … » »
 * gives X's view; a profession glued before a name at a sentence start ("Volcanologist X") is no
 * part of the name; an age noun (« la septuagénaire », "the octogenarian") is the person named
 * before. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a long title before the name', () => {
  it('"Minister of Health and Social Care X said: "…"" is X', async () => {
    const speaker = await speakersOf('en', ['The government unveiled its hospital plan on Monday.', '', 'Minister of Health and Social Care Julia Brandt said: "Waiting lists will be halved within two years."'].join('\n'));
    expect(speaker('Waiting lists will be halved')).toBe('Julia Brandt');
  });
});

describe('a bare role is the person known by that role', () => {
  it('"the Minister added" after a paragraph naming the President is the Minister', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Minister of Energy Tomas Veld said: "Prices will fall this winter."',
        '',
        'The law was signed by President Ingrid Halvorsen on Sunday.',
        '',
        '"This reform is fair and long overdue," the Minister added.',
      ].join('\n'),
    );
    expect(speaker('This reform is fair')).toBe('Tomas Veld');
  });
});

describe('« Pour X, le sujet « … » »', () => {
  it('gives the words to X, named in full before', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Hélène Marchetti, présidente de la fédération des pêcheurs, ne décolère pas. « Nous sommes abandonnés », dit-elle.',
        '',
        'Pour Marchetti, la préfecture « a tout décidé dans le dos des marins ». La syndicaliste réclame une réunion.',
      ].join('\n'),
    );
    expect(speaker('a tout décidé dans le dos')).toBe('Hélène Marchetti');
  });
});

describe('a profession before a name', () => {
  it('"Seismologist X" at a sentence start is X', async () => {
    const speaker = await speakersOf(
      'en',
      ['The ground shook again overnight.', '', 'Seismologist Marta Quispe has repeated her warning. "Aftershocks can last for months," she said.'].join('\n'),
    );
    expect(speaker('Aftershocks can last')).toBe('Marta Quispe');
  });
});

describe('an age noun is the person named before with an age of that decade', () => {
  it('« s\'inquiète la septuagénaire » is the woman of 74, not the woman of 86 who spoke last', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        'Germaine Ribot, 74 ans, vit au bord de la rivière. « L\'eau est montée en une heure », raconte-t-elle.',
        '',
        'Lucie Marais, 86 ans, a appelé les pompiers. « Ils sont venus vite », dit-elle.',
        '',
        '« Je ne sais pas si je pourrai rentrer », s\'inquiète la septuagénaire.',
      ].join('\n'),
    );
    expect(speaker('Je ne sais pas si je pourrai rentrer')).toBe('Germaine Ribot');
  });

  it('"the septuagenarian" is the man of 76, not the man of 88 who spoke last', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Walter Hume, 76, has lived by the river for fifty years. "It rose in an hour," he said.',
        '',
        'Frank Ray, 88, called the fire brigade. "They came quickly," he said.',
        '',
        '"I just want to go home," the septuagenarian said.',
      ].join('\n'),
    );
    expect(speaker('I just want to go home')).toBe('Walter Hume');
  });
});
