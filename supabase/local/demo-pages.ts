/**
 * What the demo pages need from whoever serves them (`npm run dev` through Vite, the browser tests through a
 * plain static server): the embed's %VITE_SIGNPOST_*% placeholders filled in, a fresh %NONCE% per response,
 * and the strict Content-Security-Policy of csp.html, the one docs/widget.md tells owners to use.
 */
import { randomBytes } from 'node:crypto';

/** The policy docs/widget.md gives owners: nonce-based scripts, no inline styles, the API as the only connection. */
export const strictCsp = (nonce: string, apiUrl: string) =>
  [
    `default-src 'self'`,
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self'`,
    `connect-src ${new URL(apiUrl).origin}`,
    `img-src 'self' data:`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
  ].join('; ');

/** The pages served with the strict policy. */
export const CSP_PAGES = ['csp.html'];

export interface DemoValues {
  VITE_SIGNPOST_URL: string;
  VITE_SIGNPOST_ANON_KEY: string;
  VITE_SIGNPOST_BOT_ID: string;
}

/** A page's HTML with the embed's values and a fresh nonce, and its CSP header if it is a strict page. */
export function fillPage(html: string, file: string, values: DemoValues): { html: string; csp: string | null } {
  const nonce = randomBytes(16).toString('base64');
  const filled = html
    .replace(/%(VITE_SIGNPOST_\w+)%/g, (match, name: string) => values[name as keyof DemoValues] ?? match)
    .replace(/%NONCE%/g, nonce);
  const strict = CSP_PAGES.some((page) => file.endsWith(`/${page}`) || file === page);
  return { html: filled, csp: strict ? strictCsp(nonce, values.VITE_SIGNPOST_URL) : null };
}
