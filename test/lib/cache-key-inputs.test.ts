import { describe, expect, it } from 'vitest';
import { editionDigestInput, type EditionShown } from '../../src/lib/cache-key-inputs.ts';
import { edition, item } from './factories.ts';

describe('editionDigestInput', () => {
  const linking = item('2008-03-27/linking');
  const shown: EditionShown = {
    edition: edition('2008-03-27'),
    items: [{ item: linking, digest: 'd1' }],
    quotes: [],
  };
  const links = () => [
    { kind: 'item', id: '2008-03-20/target' },
    { kind: 'release', id: '2.6.25' },
  ];
  const input = (titles: Record<string, string>, what = shown) => editionDigestInput(what, links, (id) => titles[id]);

  it('is keyed by the edition date and changes with what the pages show', () => {
    const base = input({ '2008-03-20/target': 'Old title' });
    expect(base.id).toBe('2008-03-27');
    expect(input({ '2008-03-20/target': 'Old title' }).content).toBe(base.content);
    expect(input({}, { ...shown, items: [{ item: linking, digest: 'd2' }] }).content).not.toBe(input({}).content);
    expect(input({}, { ...shown, edition: edition('2008-03-27', { summary: 'New' }) }).content).not.toBe(
      input({}).content,
    );
  });

  it('covers the titles of the items its bodies link to, whichever edition they are in', () => {
    expect(input({ '2008-03-20/target': 'New title' }).content).not.toBe(
      input({ '2008-03-20/target': 'Old title' }).content,
    );
  });

  it('ignores items it does not link to', () => {
    expect(input({ '2008-03-20/other': 'Anything' }).content).toBe(input({}).content);
  });
});
