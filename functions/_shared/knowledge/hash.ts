/** Content hashes of chunks (SHA-256 through Web Crypto: the same in Node, Deno and browsers). */

/** Whitespace and Unicode differences that do not change meaning do not change the hash. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 hex of the normalised text with its category and metadata: a retag re-writes the chunk too. */
export async function contentHash(text: string, category: string, metadata: Record<string, unknown>): Promise<string> {
  const data = new TextEncoder().encode(`${category}\n${stableJson(metadata)}\n${normaliseText(text)}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
