import type { Quote } from './types.ts';

/** One speaker of the quotes index and their quotes, in the order given. */
export interface SpeakerEntry {
  speaker: string;
  quotes: Quote[];
}

/** The paragraphs of a quote's text (blank lines separate them; line breaks within one are spaces). */
export function paragraphsOf(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '));
}

/** The index by speaker: speakers in alphabetical order, each with their quotes in the order given. */
export function quotesBySpeaker(quotes: readonly Quote[]): SpeakerEntry[] {
  return [...Map.groupBy(quotes, (q) => q.speaker)]
    .map(([speaker, list]) => ({ speaker, quotes: list }))
    .sort((a, b) => a.speaker.localeCompare(b.speaker, 'en'));
}
