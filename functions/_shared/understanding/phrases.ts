/**
 * Phrase patterns over normalized text (normalize.ts: lower case, no accents, no apostrophes, words joined by
 * single spaces), so "Don't", "don’t" and "DONT" are all "dont". A pattern matches whole words only.
 *
 * Patterns are written without nested unbounded repetition — every optional run is bounded ({0,3}) — so a match
 * costs time linear in the text; messages are at most 2,000 characters.
 */

/** Compiles word-level alternatives into one regex anchored on word boundaries (spaces or the ends). */
export function phrases(...sources: string[]): RegExp {
  return new RegExp(`(?:^| )(?:${sources.join('|')})(?= |$)`, 'u');
}

/** Up to `max` optional filler words from `list` ("a bit", "way", "really") before the word that matters. */
export const fillers = (list: string, max = 3): string => `(?:(?:${list}) ){0,${max}}`;

/** The three words before `index` in a normalized text. */
export function wordsBefore(said: string, index: number, count = 3): string[] {
  return said.slice(0, index).trim().split(' ').filter(Boolean).slice(-count);
}
