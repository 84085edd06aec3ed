/** The inbox: who is waiting for a human (and for how long) first, then the latest conversations. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Db } from '../client.ts';
import { duration, time } from '../format.ts';
import type { Inbox } from '../inbox.ts';
import type { InboxRow } from '../types.ts';
import { ConversationView } from './ConversationView.tsx';

function useNow(ms = 15_000) {
  const now = useSignal(Date.now());
  useEffect(() => {
    const timer = setInterval(() => (now.value = Date.now()), ms);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Row({ row, selected, now }: { row: InboxRow; selected: boolean; now: number }) {
  const who = row.name ?? 'Visitor';
  const state = row.waiting_since
    ? `waiting ${duration(now - Date.parse(row.waiting_since))}`
    : row.status === 'handoff' ? 'with a coach' : row.status === 'completed' ? 'done' : row.status === 'closed' ? 'closed' : 'with the bot';
  return (
    <li>
      <a href={`#c/${row.conversation_id}`} class={`row${selected ? ' selected' : ''}${row.waiting_since ? ' waiting' : ''}`} aria-current={selected ? 'true' : undefined}>
        <span class="who">{who}</span>
        <span class={`badge ${row.waiting_since ? 'warn' : row.status}`}>{state}</span>
        <span class="preview">{row.last_message ?? ''}</span>
        <span class="when">{row.last_message_at ? time(row.last_message_at) : ''} · {row.bot_name}</span>
      </a>
    </li>
  );
}

export function InboxView({ db, inbox, conversationId, coachName }: { db: Db; inbox: Inbox; conversationId: string | null; coachName: () => string }) {
  const now = useNow();
  const rows = inbox.rows.value;
  const waiting = rows.filter((r) => r.waiting_since);
  const others = rows.filter((r) => !r.waiting_since);
  return (
    <div class="inbox">
      <section class="list" aria-labelledby="inbox-title">
        <h1 id="inbox-title">Inbox</h1>
        {inbox.error.value && <p role="alert" class="error">{inbox.error}</p>}
        {!inbox.loaded.value && <p>Loading…</p>}
        <h2>Waiting for a human <span class="count">{waiting.length}</span></h2>
        {waiting.length === 0 && inbox.loaded.value && <p class="muted">Nobody is waiting. New requests appear here with a sound.</p>}
        <ul>{waiting.map((row) => <Row key={row.conversation_id} row={row} selected={row.conversation_id === conversationId} now={now.value} />)}</ul>
        <h2>Recent conversations</h2>
        <ul>{others.map((row) => <Row key={row.conversation_id} row={row} selected={row.conversation_id === conversationId} now={now.value} />)}</ul>
      </section>
      <section class="detail" aria-label="Conversation">
        {conversationId
          ? <ConversationView key={conversationId} db={db} id={conversationId} inbox={inbox} coachName={coachName} />
          : <p class="muted empty">Choose a conversation to read it and reply.</p>}
      </section>
    </div>
  );
}
