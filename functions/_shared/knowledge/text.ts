/** Text helpers for what ingestion stores: Postgres counts characters (code points) and refuses NUL and unpaired surrogates. */

/** At most `max` characters, never cutting a character in two (an emoji is two UTF-16 units). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('').trimEnd();
}

/** Text that Postgres can store as `text` and `jsonb`: no NUL, no unpaired surrogate. */
export const isStorable = (text: string) => !text.includes('\u0000') && text.isWellFormed();

/** The storable form of text read from a file or decoded from markup: NUL and unpaired surrogates become U+FFFD. */
export const storable = (text: string) => text.replaceAll('\u0000', '\uFFFD').toWellFormed();
