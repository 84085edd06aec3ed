/**
 * One conversation as a coach works on it: the transcript, the visitor's answers, what the bot remembers of
 * them (summaries, insights, tone), internal notes, and the
 * actions (reply, note, hand back, close, save a reply as knowledge). Every write goes through the owner's
 * own RPCs or RLS policies; a reply carries a client message id, so a retried send is stored once.
 */
import { batch, signal } from '@preact/signals';
import type { Db } from './client.ts';
import { faqPassage } from './faq.ts';
import { type BotField, loadFields } from './fields.ts';
import type { InsightRow, MessageRow, NoteRow, RelationshipRow, SummaryRow } from './types.ts';

export interface ConversationInfo {
  id: string;
  bot_id: string;
  visitor_id: string;
  status: 'active' | 'completed' | 'handoff' | 'closed';
  handoff_reason: string | null;
  handoff_at: string | null;
  handed_back_at: string | null;
  pending_field: string | null;
  created_at: string;
}

export type Profile = Record<string, unknown> & { name?: string | null; email?: string | null; phone?: string | null; objection?: string | null; recommended_plan?: string | null };

export function createConversation(db: Db, id: string, coachName: () => string) {
  const info = signal<ConversationInfo | null>(null);
  const messages = signal<MessageRow[]>([]);
  const notes = signal<NoteRow[]>([]);
  const profile = signal<Profile | null>(null);
  /** The bot's fields, in the order its questions ask them (loaded once). */
  const fields = signal<BotField[]>([]);
  /** This conversation's summary (written when it ended or idled), and the visitor's one before it. */
  const summary = signal<SummaryRow | null>(null);
  const previous = signal<SummaryRow | null>(null);
  const insights = signal<InsightRow[]>([]);
  const relationship = signal<RelationshipRow | null>(null);
  const error = signal<string | null>(null);
  const busy = signal(false);
  /** Reply ids saved as knowledge during this visit. */
  const saved = signal<Set<string>>(new Set());

  async function load(): Promise<void> {
    const conversation = await db.from('conversations')
      .select('id, bot_id, visitor_id, status, handoff_reason, handoff_at, handed_back_at, pending_field, created_at')
      .eq('id', id).maybeSingle();
    if (conversation.error || !conversation.data) {
      error.value = conversation.error ? `Could not load the conversation: ${conversation.error.message}` : 'This conversation is not among your bots\u2019 conversations.';
      return;
    }
    const c = conversation.data as ConversationInfo;
    const [m, n, p, f, sum, prev, ins, rel] = await Promise.all([
      db.from('messages').select('id, seq, sender_type, content, metadata, created_at').eq('conversation_id', id).order('seq'),
      db.from('conversation_notes').select('id, author_id, author_name, body, created_at').eq('conversation_id', id).order('created_at'),
      db.from('user_profiles').select('*').eq('visitor_id', c.visitor_id).maybeSingle(),
      fields.peek().length ? { data: fields.peek(), error: null } : loadFields(db, c.bot_id).then((data) => ({ data, error: null }), (e: Error) => ({ data: [], error: e })),
      // Through the RPC: a conversation that ended or went quiet gets its summary written first.
      db.rpc('conversation_summary', { p_conversation_id: id }),
      db.from('conversation_summaries').select('*').eq('visitor_id', c.visitor_id).neq('conversation_id', id)
        .order('updated_at', { ascending: false }).limit(1).maybeSingle(),
      db.from('visitor_insights').select('kind, key, value, active, updated_at').eq('visitor_id', c.visitor_id),
      db.from('visitor_relationships').select('tone, detail').eq('visitor_id', c.visitor_id).maybeSingle(),
    ]);
    const failed = m.error ?? n.error ?? p.error ?? f.error ?? sum.error ?? prev.error ?? ins.error ?? rel.error;
    batch(() => {
      info.value = c;
      messages.value = (m.data ?? []) as MessageRow[];
      notes.value = (n.data ?? []) as NoteRow[];
      profile.value = (p.data ?? null) as Profile | null;
      fields.value = f.data;
      summary.value = (sum.data ?? null) as SummaryRow | null;
      previous.value = (prev.data ?? null) as SummaryRow | null;
      insights.value = (ins.data ?? []) as InsightRow[];
      relationship.value = (rel.data ?? null) as RelationshipRow | null;
      error.value = failed ? `Could not load everything: ${failed.message}` : null;
    });
  }

  async function act(doing: string, call: () => PromiseLike<{ error: { message: string } | null }>): Promise<boolean> {
    busy.value = true;
    try {
      const { error: failed } = await call();
      error.value = failed ? `Could not ${doing}: ${failed.message}` : null;
      await load();
      return !failed;
    } finally {
      busy.value = false;
    }
  }

  return {
    info,
    messages,
    notes,
    profile,
    fields,
    summary,
    previous,
    insights,
    relationship,
    error,
    busy,
    saved,
    load,
    reply: (text: string) => act('send the reply', () => db.rpc('reply_as_coach', { p_conversation_id: id, p_content: text, p_client_message_id: crypto.randomUUID() })),
    addNote: (body: string) => act('save the note', () => db.from('conversation_notes').insert({ conversation_id: id, author_name: coachName(), body })),
    handBack: () => act('hand the conversation back', () => db.rpc('hand_back_conversation', { p_conversation_id: id })),
    close: () => act('close the conversation', () => db.rpc('close_conversation', { p_conversation_id: id })),
    async saveAsFaq(messageId: string, question: string, answer: string): Promise<boolean> {
      const bot = info.peek()?.bot_id;
      if (!bot) return false;
      busy.value = true;
      try {
        const { error: failed } = await db.functions.invoke('ingest', { body: { bot_id: bot, ...faqPassage(messageId, question, answer) } });
        if (failed) {
          const body = await (failed as { context?: Response }).context?.json?.().catch(() => null);
          error.value = `Could not save it as knowledge: ${body?.error?.message ?? failed.message}`;
          return false;
        }
        saved.value = new Set([...saved.peek(), messageId]);
        error.value = null;
        return true;
      } finally {
        busy.value = false;
      }
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
