/** Calendar dates are handled as `YYYY-MM-DD` strings, read as UTC midnight so no time zone shifts a day. */

const toUtc = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

const longFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "March 27, 2008". */
export function formatLongDate(isoDate: string): string {
  return longFormat.format(toUtc(isoDate));
}

/** "Mar 27". */
export function formatShortDate(isoDate: string): string {
  return shortFormat.format(toUtc(isoDate));
}

/** True for a Thursday, the weekly edition's day of publication. */
export function isThursday(isoDate: string): boolean {
  return toUtc(isoDate).getUTCDay() === 4;
}

/** The year of a date, as a number. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Adds a number of days to a date. */
export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in UTC. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A date as a UTC `Date`, for APIs that want one (feeds, sitemaps). */
export function toDate(isoDate: string): Date {
  return toUtc(isoDate);
}

/** The Thursday nearest to a date (the date itself when it is one). Thursdays are three days or less away. */
export function nearestThursday(isoDate: string): string {
  const forward = (4 - toUtc(isoDate).getUTCDay() + 7) % 7;
  return addDays(isoDate, forward <= 3 ? forward : forward - 7);
}
