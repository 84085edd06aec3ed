/**
 * The inbox: the owner's conversations, those waiting for a human first (longest wait at the top), kept
 * fresh by polling with backoff, or by Supabase Realtime where the project has it (then polling only
 * backs it up, slowly). `onWaiting` hears each conversation that starts waiting after the first load.
 */
import { batch, computed, signal } from '@preact/signals';
import { createBackoff } from './backoff.ts';
import type { Db } from './client.ts';
import type { InboxRow } from './types.ts';

export interface InboxOptions {
  realtime: boolean;
  onWaiting?: (row: InboxRow) => void;
  minMs?: number;
  maxMs?: number;
}

/** Waiting first, longest wait first; then the most recent conversations. */
export function sortInbox(rows: InboxRow[]): InboxRow[] {
  const time = (iso: string | null) => (iso ? Date.parse(iso) : 0);
  return [...rows].sort((a, b) => {
    if (!!a.waiting_since !== !!b.waiting_since) return a.waiting_since ? -1 : 1;
    if (a.waiting_since && b.waiting_since) return time(a.waiting_since) - time(b.waiting_since);
    return time(b.last_message_at) - time(a.last_message_at);
  });
}

const fingerprint = (rows: InboxRow[]) => rows.map((r) => `${r.conversation_id}:${r.status}:${r.last_message_at}:${r.waiting_since}`).join('|');

export function createInbox(db: Db, options: InboxOptions) {
  const rows = signal<InboxRow[]>([]);
  const error = signal<string | null>(null);
  const loaded = signal(false);
  /** Bumped whenever something changed, so an open conversation reloads too. */
  const changes = signal(0);
  const waiting = computed(() => rows.value.filter((r) => r.waiting_since));
  const backoff = createBackoff({ min: options.minMs ?? 2_000, max: options.maxMs ?? 30_000 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let realtimeOn = false;
  let channel: ReturnType<Db['channel']> | null = null;

  async function refresh(): Promise<boolean> {
    const { data, error: failed } = await db.from('inbox').select('*')
      .not('last_client_at', 'is', null)
      .order('last_message_at', { ascending: false, nullsFirst: false })
      .limit(300);
    if (failed) {
      error.value = `Could not load the inbox: ${failed.message}`;
      return false;
    }
    const next = sortInbox(data as InboxRow[]);
    const changed = fingerprint(next) !== fingerprint(rows.peek());
    const before = new Set(rows.peek().filter((r) => r.waiting_since).map((r) => r.conversation_id));
    const first = !loaded.peek();
    batch(() => {
      rows.value = next;
      error.value = null;
      loaded.value = true;
      if (changed) changes.value++;
    });
    if (!first) for (const row of next) if (row.waiting_since && !before.has(row.conversation_id)) options.onWaiting?.(row);
    return changed;
  }

  function schedule(delay: number) {
    clearTimeout(timer);
    if (running) timer = setTimeout(tick, realtimeOn ? Math.max(delay, 60_000) : delay);
  }

  async function tick() {
    const changed = await refresh().catch(() => false);
    schedule(backoff.next(changed));
  }

  /** Soon: after the coach did something, or the tab came back into view. */
  function poke() {
    backoff.reset();
    schedule(0);
  }

  const onVisible = () => document.visibilityState === 'visible' && poke();

  function subscribe() {
    channel = db.channel('signpost-inbox')
      .on('postgres_changes', { event: '*', schema: 'public', table: 'messages' }, poke)
      .on('postgres_changes', { event: '*', schema: 'public', table: 'conversations' }, poke)
      .subscribe((status) => {
        if (status === 'SUBSCRIBED') realtimeOn = true;
        if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT' || status === 'CLOSED') {
          // No Realtime here: polling alone, at its normal pace.
          realtimeOn = false;
          if (channel) void db.removeChannel(channel);
          channel = null;
        }
      });
  }

  return {
    rows,
    waiting,
    error,
    loaded,
    changes,
    refresh,
    poke,
    start() {
      if (running) return;
      running = true;
      document.addEventListener('visibilitychange', onVisible);
      if (options.realtime) subscribe();
      schedule(0);
    },
    stop() {
      running = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      if (channel) void db.removeChannel(channel);
    },
  };
}

export type Inbox = ReturnType<typeof createInbox>;
