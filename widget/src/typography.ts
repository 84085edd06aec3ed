/**
 * Display text for the plan card: the visitor's words in typographic quotes, and the pitch without the
 * sentence that only names the plan again (the card's heading already does). Pure and tested.
 */

/** Straight quotes become curly: "…" pairs as “…”, '…' pairs as ‘…’ (a quote opens after a space or at the start), apostrophes as ’. */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”').replace(/(^|[\s(])'/g, '$1‘').replace(/'/g, '’');
}

/** `text` without its sentences that name `title`; the whole text if that would leave nothing. */
export function withoutTitle(text: string, title: string): string {
  const name = title.trim().toLowerCase();
  if (!name) return text;
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter((s) => !s.toLowerCase().includes(name));
  return kept.length ? kept.join(' ') : text;
}
