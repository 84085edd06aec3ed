/**
 * The runner's store in memory, with the semantics of begin_turn and commit_turn (supabase/migrations):
 * idempotent messages, replies tied to the message they answer, the optimistic turn counter, and "wait" while
 * an earlier visitor message has not had its turn; what the bot remembers of a visitor (insights and tone
 * written by commit_turn, the latest summary read by begin_turn; a test sets summaries itself, since the
 * rules that write them are SQL). For policy tests of the conversation without a server.
 */
import type { ProfileRow } from '../../functions/_shared/contracts.ts';
import type { TurnStore } from '../../functions/_shared/conversation/runner.ts';
import type { BotDefinitionRow } from '../../functions/_shared/conversation/bot.ts';
import type { BegunTurn, CommitResult, ConversationRow, InsightRow, MemoryWrite, MessageRow, RelationshipRow, SummaryRow } from '../../functions/_shared/conversation/rows.ts';

interface Conversation extends ConversationRow {
  visitor_id: string;
  answered_seq: number;
}

export class MemoryStore implements TurnStore {
  calls = { begin: 0, commit: 0 };
  /** Called before a commit is applied: a test may delay one to make another turn wait for it. */
  beforeCommit: (replyTo: string) => Promise<void> = async () => {};
  readonly profiles = new Map<string, ProfileRow>();
  readonly conversations: Conversation[] = [];
  readonly messages: (MessageRow & { conversation_id: string })[] = [];
  /** By visitor: their insights (one per kind and key), their tone, and their latest conversation summary. */
  readonly insights = new Map<string, InsightRow[]>();
  readonly relationships = new Map<string, RelationshipRow>();
  readonly summaries = new Map<string, SummaryRow>();
  private seq = 0;

  constructor(readonly definition: BotDefinitionRow) {}

  begin: TurnStore['begin'] = async (args) => {
    this.calls.begin++;
    let visitorId = args.visitorId;
    if (!visitorId) {
      visitorId = `visitor-${args.clientMessageId}`;
      if (!this.profiles.has(visitorId)) {
        this.profiles.set(visitorId, profileRow(visitorId, this.definition.bot.id));
        this.open(visitorId);
      }
    } else if (!this.profiles.has(visitorId)) {
      return { ...this.definition, refused: 'visitor_gone' } as BegunTurn;
    }
    if (args.kind === 'restart' && !this.messages.some((m) => m.metadata.restart === args.clientMessageId)) {
      for (const c of this.conversations) if (c.visitor_id === visitorId) c.status = 'closed';
      const fresh = this.open(visitorId);
      const profile = this.profiles.get(visitorId)!;
      const name = profile.answers.name;
      profile.answers = name === undefined ? {} : { name };
      profile.returning_user = true;
      this.messages.push({ ...row(fresh.id, 'ai', 'restart marker', `restart#${args.clientMessageId}`, ++this.seq), metadata: { restart: args.clientMessageId, hidden: true } });
    }
    if ((args.kind === 'text' || args.kind === 'choice') && this.latest(visitorId).status === 'closed' &&
      !this.messages.some((m) => m.conversation_id === this.latest(visitorId).id && m.client_message_id === args.clientMessageId)) {
      // A coach closed it: the message starts a new conversation, the profile as it is.
      this.open(visitorId);
      this.profiles.get(visitorId)!.returning_user = true;
    }
    const conversation = this.latest(visitorId);
    let message: BegunTurn['message'] = null;
    let replies: MessageRow[] = [];
    if (args.kind === 'text' || args.kind === 'choice') {
      const existing = this.messages.find((m) => m.conversation_id === conversation.id && m.client_message_id === args.clientMessageId);
      if (existing) {
        message = { message: existing, inserted: false };
        replies = this.repliesTo(conversation.id, args.clientMessageId);
      } else {
        const stored = { ...row(conversation.id, 'client', args.content!, args.clientMessageId, ++this.seq), metadata: args.metadata ?? {} };
        this.messages.push(stored);
        message = { message: stored, inserted: true };
        if (conversation.status === 'handoff') conversation.answered_seq = stored.seq;
      }
    }
    return {
      ...this.definition,
      visitor: { id: visitorId, created_at: new Date(0).toISOString() },
      profile: structuredClone(this.profiles.get(visitorId)!),
      conversation: { ...conversation },
      previous_conversations: this.conversations.filter((c) => c.visitor_id === visitorId).length - 1,
      history: this.messages.filter((m) => m.conversation_id === conversation.id && !m.metadata.hidden).slice(-args.history),
      message,
      replies,
      memory: args.kind === 'poll' ? null : {
        summary: this.summaries.get(visitorId) ?? null,
        insights: structuredClone(this.insights.get(visitorId) ?? []),
        relationship: structuredClone(this.relationships.get(visitorId) ?? null),
        summarized: [],
      },
    };
  };

  commit: TurnStore['commit'] = async (args): Promise<CommitResult> => {
    this.calls.commit++;
    await this.beforeCommit(args.replyTo);
    const conversation = this.conversations.find((c) => c.id === args.conversationId)!;
    const replies = this.repliesTo(conversation.id, args.replyTo);
    if (replies.length) return { committed: false, reason: 'duplicate', messages: replies };
    const own = this.messages.find((m) => m.conversation_id === conversation.id && m.client_message_id === args.replyTo && m.sender_type === 'client');
    if (own && this.messages.some((m) => m.conversation_id === conversation.id && m.sender_type === 'client' && m.seq > conversation.answered_seq && m.seq < own.seq)) {
      return { committed: false, reason: 'wait' };
    }
    if (conversation.turn !== args.expectedTurn) return { committed: false, reason: 'stale' };
    const profile = this.profiles.get(conversation.visitor_id)!;
    for (const [key, value] of Object.entries(args.profile)) {
      if (key === 'objection' || key === 'recommended_plan') (profile as Record<string, unknown>)[key] = value;
      else if (value === null) delete profile.answers[key];
      else profile.answers[key] = value as never;
    }
    this.setStatus(conversation, args.conversation.status);
    conversation.pending_field = args.conversation.pending_field;
    conversation.turn++;
    conversation.answered_seq = Math.max(conversation.answered_seq, own?.seq ?? 0);
    this.remember(conversation.visitor_id, args.memory ?? null);
    const messages = args.messages.map((m, i) => {
      const stored = { ...row(conversation.id, 'ai', m.content, `${args.replyTo}#${i}`, ++this.seq), metadata: { ...m.metadata, reply_to: args.replyTo } };
      this.messages.push(stored);
      return stored;
    });
    return { committed: true, messages, profile: structuredClone(profile), conversation: { ...conversation } };
  };

  /** A coach's reply, as reply_as_coach stores it: a signed human_coach message; a person holds the conversation. */
  coachReplies(visitorId: string, content: string): void {
    const conversation = this.latest(visitorId);
    const id = `coach-${this.seq + 1}`;
    this.messages.push({ ...row(conversation.id, 'client', content, id, ++this.seq), sender_type: 'human_coach', metadata: { coach: { name: 'Dana' } } });
    this.setStatus(conversation, 'handoff');
  }

  /** hand_back_conversation: the bot is in charge again, and the trigger stamps handed_back_at. */
  handBack(visitorId: string): void {
    const conversation = this.latest(visitorId);
    this.setStatus(conversation, 'active');
  }

  /** close_conversation: closed for good; the visitor's next message starts a new conversation. */
  close(visitorId: string): void {
    this.setStatus(this.latest(visitorId), 'closed');
  }

  private setStatus(conversation: Conversation, status: Conversation['status']): void {
    // As track_handoff_times: when it went to a person, and when it came back.
    if (status === 'handoff' && conversation.status !== 'handoff') conversation.handoff_at = stamp();
    if (conversation.status === 'handoff' && (status === 'active' || status === 'completed')) {
      conversation.handed_back_at = stamp();
    }
    conversation.status = status;
  }

  /** remember_turn: insights upserted by visitor, kind and key (a null value keeps the one stored); the tone replaced. */
  private remember(visitorId: string, memory: MemoryWrite | null) {
    if (!memory) return;
    const rows = this.insights.get(visitorId) ?? [];
    for (const item of memory.insights) {
      const known = rows.find((r) => r.kind === item.kind && r.key === item.key);
      if (known) Object.assign(known, { value: item.value ?? known.value, active: item.active });
      else rows.push({ ...item });
    }
    this.insights.set(visitorId, rows);
    if (memory.relationship) this.relationships.set(visitorId, structuredClone(memory.relationship));
  }

  /** What the visitor sees: the conversation's messages in stored order. */
  transcript(visitorId: string): [string, string][] {
    const conversation = this.latest(visitorId);
    return this.messages.filter((m) => m.conversation_id === conversation.id && !m.metadata.hidden)
      .map((m) => [m.sender_type, m.content]);
  }

  latest(visitorId: string): Conversation {
    return this.conversations.filter((c) => c.visitor_id === visitorId).at(-1)!;
  }

  private open(visitorId: string): Conversation {
    const conversation: Conversation = {
      id: `conversation-${this.conversations.length + 1}`,
      visitor_id: visitorId,
      status: 'active',
      pending_field: null,
      turn: 0,
      answered_seq: 0,
      handoff_at: null,
      handed_back_at: null,
      created_at: new Date(0).toISOString(),
      updated_at: new Date(0).toISOString(),
    };
    this.conversations.push(conversation);
    return conversation;
  }

  private repliesTo(conversationId: string, replyTo: string): MessageRow[] {
    return this.messages.filter((m) => m.conversation_id === conversationId && m.sender_type !== 'client' && m.metadata.reply_to === replyTo);
  }
}

/** Stored times only move forward, as the database's do (by the microsecond there, by the millisecond here). */
let lastStamp = 0;
const stamp = () => new Date((lastStamp = Math.max(Date.now(), lastStamp + 1))).toISOString();

function row(conversationId: string, sender: 'client' | 'ai', content: string, clientMessageId: string, seq: number) {
  return {
    conversation_id: conversationId,
    id: `message-${seq}`,
    seq,
    sender_type: sender,
    content,
    metadata: {} as Record<string, unknown>,
    client_message_id: clientMessageId,
    created_at: stamp(),
  };
}

function profileRow(visitorId: string, botId: string): ProfileRow {
  const now = new Date(0).toISOString();
  return {
    visitor_id: visitorId, bot_id: botId, answers: {}, objection: null, recommended_plan: null,
    returning_user: false, last_seen: now, created_at: now, updated_at: now,
  };
}
