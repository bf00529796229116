/**
 * /quotes speaker look-up: a typed role's gender ("la ministre", "the spokeswoman") tells apart two holders
 * of the same role, and a topic given as its own option that opens with a role word stays a topic.
 */
import { describe, expect, it } from 'vitest';
import { SpeakerLookup } from '../../src/quotes/speakerLookup.js';
import type { Speaker } from '../../src/quotes/speakerRegistry.js';

const person = (name: string, roles: string[], gender?: 'f' | 'm'): Speaker => ({
  id: name.toLowerCase().replace(/\s+/gu, '-'),
  name,
  kind: 'person',
  forms: [name, name.split(' ').slice(-1)[0]],
  roles,
  ...(gender ? { gender } : {}),
});

const lookup = new SpeakerLookup([
  person('Octave Brunel', ['ministre interieur'], 'm'),
  person('Maëlle Rivas', ['ministre sante'], 'f'),
  person('Tobias Lind', ['spokesman'], 'm'),
  person('Greta Holm', ['spokeswoman'], 'f'),
  person('Yann Le Moal', ['ambassadeur'], 'm'),
]);

describe('speaker look-up by a gendered role', () => {
  it('« la ministre » names the woman minister, « le ministre » the man', () => {
    expect(lookup.find('la ministre').map((s) => s.name)).toEqual(['Maëlle Rivas']);
    expect(lookup.find('le ministre').map((s) => s.name)).toEqual(['Octave Brunel']);
  });

  it('a determiner before a name tells no gender ("Le Moal")', () => {
    expect(lookup.find('Le Moal').map((s) => s.name)).toEqual(['Yann Le Moal']);
  });
});

describe('speaker and topic given apart', () => {
  it('a topic that is a role word stays the topic when the speaker alone names someone', () => {
    const resolved = lookup.resolve('Rivas', 'ambassadeur');
    expect(resolved.speakers.map((s) => s.name)).toEqual(['Maëlle Rivas']);
    expect(resolved.topic).toBe('ambassadeur');
  });

  it('a role written as text across both options is still read together', () => {
    const resolved = lookup.resolve('la', 'ministre sante');
    expect(resolved.speakers.map((s) => s.name)).toEqual(['Maëlle Rivas']);
    expect(resolved.topic).toBe('');
  });
});

describe('a capitalised name typed in the speaker option stays whole', () => {
  it('speaker:"Harbour Gazette" matches no one through a role holding "harbour"', () => {
    const roles = new SpeakerLookup([person('Nora Vik', ['harbour master'], 'f')]);
    expect(roles.resolve('Harbour Gazette').speakers).toEqual([]);
    // A lower-case word after a role may still be the topic.
    expect(roles.resolve('harbour master cranes').speakers.map((s) => s.name)).toEqual(['Nora Vik']);
  });
});
