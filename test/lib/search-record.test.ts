import { describe, expect, it } from 'vitest';
import { pagefindAttributes, searchRecord, SEARCH_FILTERS } from '../../src/lib/search-record.ts';
import { item } from './factories.ts';

const names = { author: (id: string) => `Name of ${id}`, topic: (id: string) => `Topic ${id}` };

describe('searchRecord', () => {
  it('derives every filter, the date sort key and the result metadata of a feature', () => {
    const record = searchRecord(
      item('2008-03-27/markers', {
        section: 'kernel',
        kind: 'feature',
        author: 'ada',
        topics: ['tracing', 'markers'],
        summary: 'A  summary,\n on two lines.',
      }),
      names,
    );
    expect(record).toEqual({
      filters: {
        section: ['Kernel development'],
        kind: ['Feature'],
        author: ['Name of ada'],
        topic: ['Topic tracing', 'Topic markers'],
        year: ['2008'],
      },
      sort: { date: '2008-03-27' },
      meta: { date: '2008-03-27', summary: 'A summary, on two lines.' },
    });
    expect(Object.keys(record.filters)).toEqual([...SEARCH_FILTERS]);
  });

  it('gives an unsigned brief no author and no topics, but still a sort key', () => {
    const record = searchRecord(
      item('2009-01-15/lenny', { section: 'distributions', kind: 'brief', author: undefined }),
      names,
    );
    expect(record.filters).toMatchObject({
      section: ['Distributions'],
      kind: ['Brief item'],
      author: [],
      topic: [],
      year: ['2009'],
    });
    expect(record.sort.date).toBe('2009-01-15');
  });
});

describe('searchRecord kernel tokens', () => {
  it('adds the tokens of the title and summary, the prose and the code as metadata fields of their own', () => {
    const record = searchRecord(
      item('2008-03-27/atomic', { title: 'The trouble with in_atomic()', summary: 'Why GFP_ATOMIC exists.' }),
      names,
      { prose: 'Pass GFP_KERNEL, not in_atomic().', code: 'msg = kmalloc(len, __GFP_NOFAIL);' },
    );
    expect(record.meta).toMatchObject({
      kt_title: 'ǂinǀatomicǂ',
      kt_summary: 'ǂgfpǀatomicǂ',
      kt_text: 'ǂgfpǀkernelǂ',
      kt_code: 'ǂkmallocǂ ǂgfpǀnofailǂ',
    });
  });
});

describe('pagefindAttributes', () => {
  it('writes one inline key:value per value, so commas inside a value survive', () => {
    const record = searchRecord(
      item('2008-03-27/x', { author: 'a', topics: ['t1', 't2'], summary: 'One, two, three.' }),
      {
        author: () => 'Doe, Jane',
        topic: (id) => id,
      },
    );
    expect(pagefindAttributes(record)).toEqual({
      filter: ['section:Kernel development', 'kind:Feature', 'author:Doe, Jane', 'topic:t1', 'topic:t2', 'year:2008'],
      sort: ['date:2008-03-27'],
      meta: ['date:2008-03-27', 'summary:One, two, three.'],
    });
  });
});
