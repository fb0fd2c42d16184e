import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatLongDate,
  formatShortDate,
  isThursday,
  nearestThursday,
  today,
  yearOf,
} from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats a calendar date without a time-zone shift', () => {
    expect(formatLongDate('2008-03-27')).toBe('March 27, 2008');
    expect(formatShortDate('2008-01-01')).toBe('Jan 1');
  });

  it('knows publication Thursdays', () => {
    expect(isThursday('2008-03-27')).toBe(true);
    expect(isThursday('2008-03-26')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2008-02-28', 1)).toBe('2008-02-29');
    expect(addDays('2008-12-31', 1)).toBe('2009-01-01');
    expect(addDays('2008-03-27', -6)).toBe('2008-03-21');
  });

  it('reads the year and today', () => {
    expect(yearOf('1998-01-22')).toBe(1998);
    expect(today(new Date('2026-11-25T23:59:59Z'))).toBe('2026-11-25');
  });
});

describe('nearestThursday', () => {
  it('is the date itself on a Thursday and never more than three days away', () => {
    expect(nearestThursday('2008-03-27')).toBe('2008-03-27');
    expect(nearestThursday('2008-03-24')).toBe('2008-03-27');
    expect(nearestThursday('2008-03-30')).toBe('2008-03-27');
    expect(nearestThursday('2008-03-31')).toBe('2008-04-03');
    expect(nearestThursday('2008-12-29')).toBe('2009-01-01');
  });
});
