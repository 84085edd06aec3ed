/**
 * The configuration fetch (widget/src/appearance.ts): the bot's name, theme and proactive rule before any
 * conversation, asked at most once per page per bot, and only when the cached appearance is missing or older
 * than five minutes; a failure is not retried.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BotAppearance } from '../../functions/_shared/contracts.ts';
import { FRESH_MS, fetchBot, isFresh, refreshAppearance, stamp } from '../../widget/src/appearance.ts';
import { botStorage } from '../../widget/src/storage.ts';
import { memoryStorage } from './memory-storage.ts';

const BOT = '5e1f0a57-0000-4000-8000-000000000001';
const bot: BotAppearance = { name: 'Coach', theme: { accent: '#e4572e', proactive: { after_seconds: 1 } } };

function setup(now = 1_000_000) {
  const backing = memoryStorage();
  const storage = botStorage(BOT, () => backing);
  const asked = new Set<string>();
  const clock = { now };
  const load = vi.fn(async (): Promise<BotAppearance | null> => bot);
  const refresh = () => refreshAppearance({ botId: BOT, storage, load, asked, now: () => clock.now });
  return { backing, storage, asked, clock, load, refresh };
}

describe('refreshAppearance', () => {
  it('asks a first-time visitor once, stamps the cache, and does not ask again on the same page', async () => {
    const { storage, load, refresh, clock } = setup();
    expect(await refresh()).toEqual(bot);
    expect(load).toHaveBeenCalledTimes(1);
    expect(storage.get('theme_at')).toBe(String(clock.now));
    // Even with the cache gone stale (or never written), one page asks once.
    clock.now += FRESH_MS * 2;
    expect(await refresh()).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('makes no request while the cached appearance is younger than five minutes, and one once it is older', async () => {
    const first = setup();
    first.storage.set('theme', JSON.stringify(bot));
    stamp(first.storage, first.clock.now - FRESH_MS + 1);
    expect(await first.refresh()).toBeNull();
    expect(first.load).not.toHaveBeenCalled();
    expect(first.asked.size).toBe(0); // not asked: a later start on this page may still ask once the cache ages

    const stale = setup();
    stale.storage.set('theme', JSON.stringify(bot));
    stamp(stale.storage, stale.clock.now - FRESH_MS);
    expect(await stale.refresh()).toEqual(bot);
    expect(stale.load).toHaveBeenCalledTimes(1);
  });

  it('treats a timestamp without a theme, a theme without a timestamp, or a timestamp from the future as stale', () => {
    const { storage } = setup();
    stamp(storage, 1_000_000);
    expect(isFresh(storage, 1_000_001)).toBe(false); // no theme cached
    storage.set('theme', JSON.stringify(bot));
    expect(isFresh(storage, 1_000_001)).toBe(true);
    expect(isFresh(storage, 999_000)).toBe(false); // the clock went back
    storage.remove('theme_at');
    expect(isFresh(storage, 1_000_001)).toBe(false);
  });

  it('does not retry a failed request on the same page, and writes nothing', async () => {
    for (const failure of [async () => null, async () => { throw new Error('offline'); }]) {
      const { backing, load, refresh } = setup();
      load.mockImplementation(failure);
      expect(await refresh()).toBeNull();
      expect(await refresh()).toBeNull();
      expect(load).toHaveBeenCalledTimes(1);
      expect(backing.length).toBe(0);
    }
  });

  it('asks once per bot: two bots on one page each ask for their own', async () => {
    const asked = new Set<string>();
    const load = vi.fn(async () => bot);
    const run = (id: string) => refreshAppearance({ botId: id, storage: botStorage(id, memoryStorage), load, asked });
    await Promise.all([run('a'), run('a'), run('b')]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('fetchBot', () => {
  it('GETs the bot with the anon key and returns its name and theme', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(input), init]);
      return Response.json({ bot });
    }) as typeof globalThis.fetch;
    expect(await fetchBot(fetch, 'https://x.supabase.co', 'anon.key', BOT)).toEqual(bot);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe(`https://x.supabase.co/functions/v1/chat/appearance?bot_id=${BOT}`);
    expect(calls[0]![1]?.method).toBeUndefined(); // GET, no body
    expect(calls[0]![1]?.headers).toEqual({ apikey: 'anon.key', authorization: 'Bearer anon.key' });
  });

  it('answers null for a refusal, a network failure or a body that is not a bot', async () => {
    const answering = (response: () => Response) => (async () => response()) as unknown as typeof globalThis.fetch;
    const cases = [
      answering(() => Response.json({ error: { code: 'origin_not_allowed' } }, { status: 403 })),
      answering(() => Response.json({ error: { code: 'not_found' } }, { status: 404 })),
      answering(() => new Response('<html>', { status: 200 })),
      answering(() => Response.json({ bot: { name: 'x', theme: 'red' } })),
      answering(() => Response.json(null)),
      (async () => { throw new TypeError('Failed to fetch'); }) as typeof globalThis.fetch,
    ];
    for (const fetch of cases) expect(await fetchBot(fetch, 'https://x.supabase.co', 'k', BOT)).toBeNull();
  });
});
