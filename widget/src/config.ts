/**
 * The embed's configuration, read from the <script> tag's data-* attributes. Pure and tested: the entry
 * passes in the tag's attributes and its own src, and gets a typed config or a list of problems.
 */
export interface WidgetConfig {
  /** The bot's id (uuid) from the dashboard. */
  botId: string;
  /** The Supabase project URL; defaults to the origin the script was loaded from. */
  url: string;
  /** The project's anon key (public by design: it grants nothing but calling the functions). */
  anonKey: string;
}

export type ParseResult = { config: WidgetConfig; problems?: never } | { config?: never; problems: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseConfig(attributes: Record<string, string | undefined>, scriptSrc: string | undefined): ParseResult {
  const problems: string[] = [];
  const botId = attributes['data-bot']?.trim() ?? '';
  if (!UUID.test(botId)) problems.push('data-bot must be the bot id (a uuid) from the dashboard');

  let url = attributes['data-url']?.trim() || (scriptSrc ? new URL(scriptSrc).origin : '');
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('protocol');
    url = parsed.origin + parsed.pathname.replace(/\/+$/, '');
  } catch {
    problems.push('data-url must be the Supabase project URL, e.g. https://<project>.supabase.co');
  }

  const anonKey = attributes['data-anon-key']?.trim() ?? '';
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(anonKey) && !anonKey.startsWith('sb_publishable_')) {
    problems.push("data-anon-key must be the project's anon (publishable) key");
  }

  return problems.length ? { problems } : { config: { botId, url, anonKey } };
}
