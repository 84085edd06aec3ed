/**
 * The only URLs the widget will open: https anywhere, and plain http on the visitor's own machine (local
 * development). A `javascript:` or `data:` CTA from a misconfigured or compromised row is never followed.
 */
export function safeLinkUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost')) return url.href;
  return null;
}

export type Segment = string | { href: string; text: string };

/**
 * Text with its https URLs as links, for rendering as text nodes and <a> elements (never as markup). Only
 * https: a `javascript:` "link" or a markdown image stays literal text, and nothing is ever loaded from a URL.
 */
export function linkify(text: string): Segment[] {
  const out: Segment[] = [];
  const pattern = /https:\/\/[^\s<>"'`]+/gi;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    // Trailing punctuation and an unbalanced closing parenthesis belong to the sentence, not the URL.
    let url = match[0].replace(/[.,;:!?]+$/, '');
    if (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
    const href = safeLinkUrl(url);
    if (!href) continue;
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push({ href, text: url });
    last = match.index + url.length;
    pattern.lastIndex = last;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
