import { describe, expect, it } from 'vitest';
import { paragraphsOf, quotesBySpeaker } from '../../src/lib/quotes.ts';
import type { Quote } from '../../src/lib/types.ts';

const quote = (id: string, speaker: string): Quote => ({
  id,
  edition: id.split('/')[0],
  speaker,
  date: '2008-03-24',
  source: 'https://lists.example.org/1',
  text: 'x',
});

describe('quotesBySpeaker', () => {
  it('lists speakers alphabetically, each with their quotes in the order given (newest first)', () => {
    const index = quotesBySpeaker([
      quote('2008-04-17/1', 'Zoe Persona'),
      quote('2008-04-17/2', 'Ada Persona'),
      quote('2008-03-27/1', 'Zoe Persona'),
    ]);
    expect(index.map((s) => [s.speaker, s.quotes.map((q) => q.id)])).toEqual([
      ['Ada Persona', ['2008-04-17/2']],
      ['Zoe Persona', ['2008-04-17/1', '2008-03-27/1']],
    ]);
  });
});

describe('paragraphsOf', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(paragraphsOf('One line\nwrapped.\n\n  Two.\n')).toEqual(['One line wrapped.', 'Two.']);
  });
});
