/**
 * Which sites may embed a bot. Owners list origins (`https://example.com`, `http://localhost:5173`, or a
 * wildcard subdomain `https://*.example.com`) in `bots.allowed_origins`.
 */
export function isOriginAllowed(origin: string | null, allowed: readonly string[]): boolean {
  // No Origin header: not a browser page (curl, a server). CORS protects pages; tokens and rate limits
  // protect the API itself.
  if (origin === null) return true;
  if (origin === 'null') return false;
  const normalised = origin.toLowerCase();
  return allowed.some((entry) => {
    const pattern = entry.trim().toLowerCase().replace(/\/+$/, '');
    if (!pattern.includes('*.')) return pattern === normalised;
    const [scheme, host] = pattern.split('://*.');
    if (!scheme || !host) return false;
    return normalised.startsWith(`${scheme}://`) && normalised.endsWith(`.${host}`) &&
      /^[a-z0-9.-]+$/.test(normalised.slice(scheme.length + 3, -host.length - 1));
  });
}
