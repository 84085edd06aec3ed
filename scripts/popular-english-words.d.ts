/** The one call scripts/common-words.ts makes of popular-english-words, which ships no types. */
declare module 'popular-english-words' {
  export const words: { getMostPopular(count: number): string[] };
}
