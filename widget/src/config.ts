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
  /** data-lang: the widget's own words (`en`, `es`); default: the visitor's browser language. */
  lang?: string | undefined;
  /** data-accent: a hex colour that overrides the bot's accent. */
  accent?: string | undefined;
  /** data-position: `left` or `right` (overrides the bot's theme). */
  position?: 'left' | 'right' | undefined;
  /** data-theme: `light`, `dark` or `auto` (follows the visitor's system). */
  mode?: 'light' | 'dark' | 'auto' | undefined;
  /** data-proactive: `off` disables the bot's proactive opening; `after:20` or `scroll:50` sets one. */
  proactive?: string | undefined;
  /** data-offset: pixels to lift the launcher and the panel by, above a page's own bottom bar (0-300). */
  offset?: number | undefined;
}

export type ParseResult = { config: WidgetConfig; problems?: never } | { config?: never; problems: string[] };

/** The optional attributes: the value's pattern, and what the problem says when it does not match. */
const OPTIONAL: [attribute: string, key: keyof WidgetConfig, pattern: RegExp, allowed: string][] = [
  ['data-lang', 'lang', /./, ''],
  ['data-accent', 'accent', /^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'a hex colour'],
  ['data-position', 'position', /^(left|right)$/, 'left or right'],
  ['data-theme', 'mode', /^(light|dark|auto)$/, 'light, dark or auto'],
  ['data-proactive', 'proactive', /^(off|after:\d{1,4}|scroll:\d{1,3})$/, 'off, after:<seconds> or scroll:<percent>'],
  ['data-offset', 'offset', /^(300|[12]\d\d|\d\d?)$/, 'a number of pixels from 0 to 300'],
];

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

  const config: WidgetConfig = { botId, url, anonKey };
  for (const [name, key, pattern, allowed] of OPTIONAL) {
    const value = attributes[name]?.trim();
    if (!value) continue;
    if (pattern.test(value)) (config as unknown as Record<string, unknown>)[key] = key === 'offset' ? Number(value) : value;
    else problems.push(`${name} must be ${allowed}`);
  }

  return problems.length ? { problems } : { config };
}
