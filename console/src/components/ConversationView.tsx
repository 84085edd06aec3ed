/**
 * One conversation: the transcript beside what the visitor told the bot (answers, objection, plan, contact),
 * what the bot made of it (the personal coach prompt, your coaches' style) and remembers of them (summary,
 * insights, tone), the reply box, internal notes, hand back and close, and "save as knowledge" on each coach reply.
 */
import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Db } from '../client.ts';
import { createConversation, type Conversation } from '../conversation.ts';
import { questionBefore } from '../faq.ts';
import { answerOf, answerText, fieldTitle } from '../fields.ts';
import { dateTime, duration, time } from '../format.ts';
import type { Inbox } from '../inbox.ts';
import { insightItems, type MemoryItem, summaryItems, toneText } from '../memory.ts';
import type { MessageRow } from '../types.ts';
import { CoachingCards } from './CoachingCards.tsx';

const SENDER = { client: 'Visitor', ai: 'Bot' } as const;
const STATUS = { handoff: 'with a coach', completed: 'done', active: 'with the bot', closed: 'closed' } as const;

function SaveAsFaq({ conversation, message, question, onDone }: { conversation: Conversation; message: MessageRow; question: string; onDone: () => void }) {
  const q = useSignal(question);
  const a = useSignal(message.content);
  const id = `faq-${message.id}`;
  return (
    <form class="faq" onSubmit={async (e) => {
      e.preventDefault();
      if (await conversation.saveAsFaq(message.id, q.value, a.value)) onDone();
    }}>
      <p class="muted">The bot will answer visitors who ask this with your words. Remove anything personal first.</p>
      <label for={`${id}-q`}>Visitor question</label>
      <input id={`${id}-q`} required value={q} onInput={(e) => (q.value = e.currentTarget.value)} />
      <label for={`${id}-a`}>Answer</label>
      <textarea id={`${id}-a`} required rows={3} value={a} onInput={(e) => (a.value = e.currentTarget.value)} />
      <div class="actions">
        <button type="submit" disabled={conversation.busy}>Save as FAQ answer</button>
        <button type="button" class="secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

function Transcript({ conversation }: { conversation: Conversation }) {
  const editing = useSignal<string | null>(null);
  const messages = conversation.messages.value;
  const list = useRef<HTMLOListElement>(null);
  // The latest message in view, as in any chat.
  useEffect(() => list.current?.scrollTo({ top: list.current.scrollHeight }), [messages.length]);
  return (
    <ol class="transcript" aria-label="Transcript" ref={list} tabIndex={0}>
      {messages.map((m, i) => (
        <li key={m.id} class={`msg ${m.sender_type}`}>
          <div class="meta">
            <span class="sender">{m.sender_type === 'human_coach' ? `${m.metadata.coach?.name ?? 'Coach'} (coach)` : SENDER[m.sender_type]}</span>
            <time dateTime={m.created_at}>{time(m.created_at)}</time>
          </div>
          <p class="text">{m.content}</p>
          {m.sender_type === 'human_coach' && (
            conversation.saved.value.has(m.id)
              ? <p class="saved" role="status">Saved as an FAQ answer of this bot.</p>
              : editing.value === m.id
                ? <SaveAsFaq conversation={conversation} message={m} question={questionBefore(messages, i)} onDone={() => (editing.value = null)} />
                : <button type="button" class="link" onClick={() => (editing.value = m.id)}>Save as FAQ answer</button>
          )}
        </li>
      ))}
    </ol>
  );
}

function Profile({ conversation }: { conversation: Conversation }) {
  const profile = conversation.profile.value;
  const fields = conversation.fields.value;
  if (!profile) return null;
  const value = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
  return (
    <section class="card" aria-labelledby="answers-title">
      <h3 id="answers-title">What they told the bot</h3>
      <dl>
        {fields.map((f) => (
          <div key={f.key}><dt>{fieldTitle(f)}</dt><dd>{answerText(f, answerOf(profile, f.key)) || '—'}</dd></div>
        ))}
        <div><dt>Objection</dt><dd>{value(profile.objection)}</dd></div>
        <div><dt>Plan</dt><dd>{value(profile.recommended_plan)}</dd></div>
        <div><dt>Email</dt><dd>{profile.email ? <a href={`mailto:${profile.email}`}>{profile.email}</a> : '—'}</dd></div>
        <div><dt>Phone</dt><dd>{profile.phone ? <a href={`tel:${profile.phone}`}>{profile.phone}</a> : '—'}</dd></div>
      </dl>
    </section>
  );
}

function Items({ items }: { items: MemoryItem[] }) {
  return <dl>{items.map((item, i) => <div key={i}><dt>{item.term}</dt><dd>{item.detail}</dd></div>)}</dl>;
}

/** The summary of this conversation once it ended or went quiet; before that, the visitor's last one. */
function Memory({ conversation }: { conversation: Conversation }) {
  const own = conversation.summary.value;
  const shown = own ?? conversation.previous.value;
  const insights = insightItems(conversation.insights.value);
  const tone = toneText(conversation.relationship.value);
  if (!shown && insights.length === 0 && !tone) return null;
  return (
    <section class="card memory" aria-labelledby="memory-title">
      <h3 id="memory-title">What the bot remembers</h3>
      {shown && (
        <>
          <h4>{own ? 'Summary' : `Last time (${dateTime(shown.updated_at)})`}</h4>
          <p class="summary">{shown.summary}</p>
          <Items items={summaryItems(shown)} />
        </>
      )}
      {insights.length > 0 && <><h4>Insights</h4><Items items={insights} /></>}
      {tone && <p><span class="muted">Tone that works:</span> {tone}</p>}
    </section>
  );
}

function Notes({ conversation }: { conversation: Conversation }) {
  const draft = useSignal('');
  return (
    <section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">Internal notes <span class="muted">(never shown to the visitor)</span></h3>
      <ul class="notes">
        {conversation.notes.value.map((n) => (
          <li key={n.id}><p>{n.body}</p><p class="muted">{n.author_name}, {dateTime(n.created_at)}</p></li>
        ))}
      </ul>
      <form onSubmit={async (e) => {
        e.preventDefault();
        if (draft.value.trim() && await conversation.addNote(draft.value.trim())) draft.value = '';
      }}>
        <label for="note">Add a note</label>
        <textarea id="note" rows={2} value={draft} onInput={(e) => (draft.value = e.currentTarget.value)} />
        <button type="submit" class="secondary" disabled={conversation.busy}>Save note</button>
      </form>
    </section>
  );
}

export function ConversationView({ db, id, inbox, coachName }: { db: Db; id: string; inbox: Inbox; coachName: () => string }) {
  const conversation = useMemo(() => createConversation(db, id, coachName), [id]);
  const reply = useSignal('');
  const row = useComputed(() => inbox.rows.value.find((r) => r.conversation_id === id) ?? null);
  // Reload whenever the inbox saw something change (a visitor's message arrives here too).
  useSignalEffect(() => {
    void inbox.changes.value;
    void conversation.load();
  });
  const info = conversation.info.value;
  const name = conversation.profile.value?.name ?? 'Visitor';
  const waitingSince = row.value?.waiting_since;

  const send = async (event: Event) => {
    event.preventDefault();
    const text = reply.value.trim();
    if (!text) return;
    if (await conversation.reply(text)) {
      reply.value = '';
      inbox.poke();
    }
  };
  const then = (ok: boolean) => ok && inbox.poke();

  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <header>
        <h2 id="conversation-title">{name}</h2>
        {info && (
          <p class="status">
            <span class={`badge ${waitingSince ? 'warn' : info.status}`}>
              {waitingSince ? `waiting ${duration(Date.now() - Date.parse(waitingSince))}` : STATUS[info.status]}
            </span>
            {info.handoff_reason && info.status === 'handoff' && <span class="muted"> Asked for a human: {info.handoff_reason.replace(/_/g, ' ')}</span>}
          </p>
        )}
        <div class="actions">
          {info?.status === 'handoff' && <button type="button" class="secondary" disabled={conversation.busy} onClick={async () => then(await conversation.handBack())}>Hand back to the bot</button>}
          {info && info.status !== 'closed' && <button type="button" class="secondary" disabled={conversation.busy} onClick={async () => then(await conversation.close())}>Close</button>}
        </div>
      </header>
      {conversation.error.value && <p role="alert" class="error">{conversation.error}</p>}
      <div class="columns">
        <div class="main">
          <Transcript conversation={conversation} />
          {info && info.status !== 'closed' && (
            <form class="reply" onSubmit={send}>
              <label for="reply">Reply to {name} as {coachName()}</label>
              <textarea id="reply" rows={3} value={reply} onInput={(e) => (reply.value = e.currentTarget.value)}
                onKeyDown={(e) => (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) && send(e)} />
              <div class="actions">
                <button type="submit" disabled={conversation.busy}>Send reply</button>
                <span class="muted">The bot stays silent until you hand back. Ctrl+Enter sends.</span>
              </div>
            </form>
          )}
        </div>
        <aside class="side">
          <Profile conversation={conversation} />
          <Memory conversation={conversation} />
          <CoachingCards db={db} conversation={conversation} inbox={inbox} />
          <Notes conversation={conversation} />
        </aside>
      </div>
    </article>
  );
}
