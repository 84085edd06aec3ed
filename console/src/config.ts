/**
 * Where the console finds its project: two meta tags of index.html, filled in at build time from
 * VITE_SIGNPOST_URL and VITE_SIGNPOST_ANON_KEY (or edited in the built file; see docs/console.md). Only
 * the anon key: everything else happens as the signed-in owner, under RLS.
 */
export interface ConsoleConfig {
  url: string;
  anonKey: string;
  /** Try Supabase Realtime (hosted projects); the local stack has none, so loopback URLs poll only. */
  realtime: boolean;
}

export function readConfig(meta: (name: string) => string | null | undefined): ConsoleConfig | null {
  const url = meta('signpost:url')?.trim() ?? '';
  const anonKey = meta('signpost:anon-key')?.trim() ?? '';
  // Unfilled placeholders (%VITE_…%) mean the build did not know the project.
  if (!url || !anonKey || url.includes('%') || anonKey.includes('%')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const setting = meta('signpost:realtime')?.trim();
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  return { url: url.replace(/\/+$/, ''), anonKey, realtime: setting === 'on' || (setting !== 'off' && !loopback) };
}
