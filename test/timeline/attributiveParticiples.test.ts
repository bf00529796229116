import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { inQualifyingPhrase } from '../../src/timeline/clauseTense.js';

describe('a participle after a count\'s modifier is an adjective before its noun, not a phrase qualifying one', () => {
  it('reads "a two-year suspended sentence on Wednesday" as the verb\'s date', () => {
    const text = 'The former harbour master was handed a three-year suspended sentence on Wednesday.';
    const at = text.indexOf('on Wednesday');
    expect(inQualifyingPhrase(text, at, at + 12, 'en')).toBe(false);
  });

  it('still reads a participle after its noun as qualifying it', () => {
    const text = 'The firm has extended its recall to every crate packed there in January.';
    const at = text.indexOf('in January');
    expect(inQualifyingPhrase(text, at, at + 10, 'en')).toBe(true);
  });
});

// Written for this test: a sentencing on Wednesday 20 May 2026, told by a wire in one sentence.
describe('/timeline dates a sentence whose object carries a count and a participle', () => {
  const engineOf = ownCorpus('attributive-participles', {
    'harbour-2026-05-21.md': [
      '---', 'outlet: Quay Wire', 'lang: en', 'published: 2026-05-21', '---',
      'Former harbour master Ilan Vasko was handed a three-year suspended sentence on Wednesday for falsifying safety logs.',
    ],
  });

  it('puts the sentencing on Wednesday', () => {
    expect(buildTimeline(engineOf()).events.map((e) => e.date)).toEqual(['2026-05-20']);
  });
});
