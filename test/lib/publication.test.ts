import { describe, expect, it } from 'vitest';
import {
  formatPublicationSummary,
  isEditionPublished,
  isItemPublished,
  summarizePublication,
  unpublishedMark,
} from '../../src/lib/publication.ts';
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

describe('unpublished marks', () => {
  it('marks a draft item, a draft edition and a scheduled edition; nothing published', () => {
    expect(unpublishedMark(edition('2008-03-27'), item('2008-03-27/a', { draft: true }), '2008-03-27')).toEqual({
      kind: 'draft',
    });
    expect(unpublishedMark(edition('2008-03-20', { draft: true }), undefined, '2008-03-27')).toEqual({ kind: 'draft' });
    expect(unpublishedMark(edition('2008-04-03'), item('2008-04-03/a'), '2008-03-27')).toEqual({
      kind: 'scheduled',
      date: '2008-04-03',
    });
    expect(unpublishedMark(edition('2008-03-27'), item('2008-03-27/a'), '2008-03-27')).toBeUndefined();
  });
});

describe('the publication summary', () => {
  const editions = [edition('2008-03-20', { draft: true }), edition('2008-03-27'), edition('2008-04-03')];
  const items = [
    item('2008-03-20/held-with-its-edition'),
    item('2008-03-27/a'),
    item('2008-03-27/b', { draft: true }),
    item('2008-04-03/c', { draft: true }),
    item('2008-04-03/d'),
  ];

  it('counts what is published and names what is held back, an item of a held-back edition with its edition', () => {
    const summary = summarizePublication(editions, items, '2008-03-27');
    expect(summary).toEqual({
      editions: 1,
      items: 1,
      drafts: ['2008-03-20', '2008-03-27/b'],
      scheduled: ['2008-04-03'],
    });
    expect(formatPublicationSummary(summary)).toBe(
      'published 1 edition and 1 item; held back 2 drafts (2008-03-20, 2008-03-27/b) and 1 scheduled (2008-04-03)',
    );
  });

  it('lists ids only when there are few', () => {
    const many = Array.from({ length: 6 }, (_, i) => `2008-03-27/d${i}`);
    expect(formatPublicationSummary({ editions: 40, items: 800, drafts: many, scheduled: [] })).toBe(
      'published 40 editions and 800 items; held back 6 drafts and 0 scheduled',
    );
  });
});
