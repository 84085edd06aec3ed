/**
 * Text folding shared by every parser. Visitors type on phones: capitals, accents, curly apostrophes and
 * stray punctuation must not change what an answer means.
 */

/** Lower case without accents; apostrophes unified to `'` but kept, so patterns can still see "i'm". */
export function fold(text: string): string {
  // Apostrophes first: NFKD would turn an acute accent typed as an apostrophe into a space.
  return text
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Folded text reduced to words separated by single spaces. Apostrophes vanish rather than split words, so
 * "I'm" becomes "im" and never leaves a stray "m" that could match a one-letter option like "M".
 */
export function normalize(text: string): string {
  return fold(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/** Collapses whitespace and cuts on a word boundary with an ellipsis, counting code points, not UTF-16 units. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Back off to a word boundary unless that would throw away most of the quote.
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s.,;:!?'"-]+$/u, '')}…`;
}
