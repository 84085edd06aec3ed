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

  const config: WidgetConfig = { botId, url, anonKey };
  const lang = attributes['data-lang']?.trim();
  if (lang) config.lang = lang;
  const accent = attributes['data-accent']?.trim();
  if (accent) {
    if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) config.accent = accent;
    else problems.push('data-accent must be a hex colour');
  }
  const position = attributes['data-position']?.trim();
  if (position === 'left' || position === 'right') config.position = position;
  else if (position) problems.push('data-position must be left or right');
  const mode = attributes['data-theme']?.trim();
  if (mode === 'light' || mode === 'dark' || mode === 'auto') config.mode = mode;
  else if (mode) problems.push('data-theme must be light, dark or auto');
  const proactive = attributes['data-proactive']?.trim();
  if (proactive) {
    if (/^(off|after:\d{1,4}|scroll:\d{1,3})$/.test(proactive)) config.proactive = proactive;
    else problems.push('data-proactive must be off, after:<seconds> or scroll:<percent>');
  }

  return problems.length ? { problems } : { config };
}
