import { describe, expect, it } from 'vitest';
import { isEditionPublished, isItemPublished } from '../../src/lib/publication.ts';
import { edition, item } from './factories.ts';

const production = { buildDate: '2008-03-27', showUnpublished: false };
const dev = { ...production, showUnpublished: true };

describe('publication rules', () => {
  it('publishes an edition on its date, not before', () => {
    expect(isEditionPublished(edition('2008-03-27'), production)).toBe(true);
    expect(isEditionPublished(edition('2008-04-03'), production)).toBe(false);
  });

  it('holds back a draft edition and everything in it', () => {
    const draft = edition('2008-03-20', { draft: true });
    expect(isEditionPublished(draft, production)).toBe(false);
    expect(isItemPublished(item('2008-03-20/a'), draft, production)).toBe(false);
  });

  it('holds back a draft item in a published edition', () => {
    const published = edition('2008-03-20');
    expect(isItemPublished(item('2008-03-20/a', { draft: true }), published, production)).toBe(false);
    expect(isItemPublished(item('2008-03-20/b'), published, production)).toBe(true);
  });

  it('holds back an item whose edition is unknown', () => {
    expect(isItemPublished(item('2008-03-20/a'), undefined, dev)).toBe(false);
  });

  it('shows drafts and scheduled editions in dev', () => {
    expect(isEditionPublished(edition('2099-01-01', { draft: true }), dev)).toBe(true);
    expect(isItemPublished(item('2099-01-01/a', { draft: true }), edition('2099-01-01'), dev)).toBe(true);
  });
});
