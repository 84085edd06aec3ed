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
