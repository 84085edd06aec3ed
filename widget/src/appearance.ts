/**
 * The bot's appearance (name and theme, with its proactive opening rule) before any conversation: the one
 * small request the widget may make before the visitor interacts, `GET /functions/v1/chat/appearance?bot_id=`. Made by
 * the app chunk when it starts (at idle, or at the latest on the first interaction), at most once per page per
 * bot, and only when the cached appearance (`theme`, written by the loader) is missing or older than five
 * minutes (`theme_at`, refreshed by every chat answer too). A failure changes nothing and is not retried.
 */
import type { BotAppearance } from '../../functions/_shared/contracts.ts';
import type { BotStorage } from './storage.ts';

/** As long as the server lets caches keep the answer (cache-control max-age=300). */
export const FRESH_MS = 300_000;

/** The bots asked about on this page (the app chunk runs once per page). */
const askedOnPage = new Set<string>();

/** Is the cached appearance younger than FRESH_MS? */
export function isFresh(storage: BotStorage, now: number): boolean {
  const age = now - Number(storage.get('theme_at'));
  return !!storage.get('theme') && age >= 0 && age < FRESH_MS;
}

/** The cached appearance was just refreshed (from this request or a chat answer). */
export const stamp = (storage: BotStorage, now: number) => storage.set('theme_at', String(now));

export interface AppearanceDeps {
  botId: string;
  storage: BotStorage;
  /** The request itself (see `fetchBot`); resolves to null when it failed. */
  load: () => Promise<BotAppearance | null>;
  now?: () => number;
  asked?: Set<string>;
}

/** The bot's appearance fetched now, or null: no request needed (fresh cache, already asked on this page) or it failed. */
export async function refreshAppearance({ botId, storage, load, now = Date.now, asked = askedOnPage }: AppearanceDeps): Promise<BotAppearance | null> {
  if (asked.has(botId) || isFresh(storage, now())) return null;
  asked.add(botId); // before the request: a failure is not retried on this page
  const bot = await load().catch(() => null);
  if (bot) stamp(storage, now());
  return bot;
}

/** `GET {url}/functions/v1/chat/appearance?bot_id=`, one attempt; null for anything but a 200 with a name and a theme object. */
export async function fetchBot(doFetch: typeof fetch, url: string, anonKey: string, botId: string): Promise<BotAppearance | null> {
  try {
    const response = await doFetch(`${url}/functions/v1/chat/appearance?bot_id=${encodeURIComponent(botId)}`, {
      headers: { apikey: anonKey, authorization: `Bearer ${anonKey}` },
      signal: AbortSignal.timeout?.(10_000),
    });
    const bot = response.ok ? ((await response.json()) as { bot?: BotAppearance })?.bot : null;
    return bot && typeof bot.name === 'string' && bot.theme && typeof bot.theme === 'object' ? bot : null;
  } catch {
    return null;
  }
}
