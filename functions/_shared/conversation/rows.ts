/**
 * The rows the turn RPCs return (begin_turn, commit_turn, chat_context), as the conversation reads them.
 * Kept apart from store.ts, which calls the database, so pure code and tests can use the types alone.
 */
import type { ConversationStatus, ProfileRow, SenderType } from '../contracts.ts';
import type { BotDefinitionRow } from './bot.ts';

export interface ConversationRow {
  id: string;
  status: ConversationStatus | 'closed';
  pending_field: string | null;
  turn: number;
  /** When it last went to a human, and when a coach last handed it back to the bot (status left handoff). */
  handoff_at: string | null;
  handed_back_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A conversation's summary (`conversation_summaries`), as the greeting and the model read it. */
export interface SummaryRow {
  conversation_id: string;
  topics: string[];
  answers: Record<string, unknown>;
  objections: string[];
  plan_shown: string | null;
  plan_alternative: string | null;
  plan_chosen: string | null;
  open_questions: string[];
  summary: string;
  written_by: 'rules' | 'model';
  through_seq: number;
  updated_at: string;
}

export type InsightKind = 'goal' | 'blocker' | 'objection' | 'breakthrough';

/** One of a visitor's insights (`visitor_insights`). */
export interface InsightRow {
  kind: InsightKind;
  key: string;
  value: string | null;
  active: boolean;
}

/** The tone that works for a visitor (`visitor_relationships`), with the counts it was inferred from. */
export interface RelationshipRow {
  tone: 'direct' | 'gentle' | null;
  detail: 'brief' | 'detailed' | null;
  evidence: Record<string, number>;
}

/** What the bot remembers of the visitor (`visitor_memory`), and the conversations begin_turn just summarised. */
export interface VisitorMemory {
  summary: SummaryRow | null;
  insights: InsightRow[];
  relationship: RelationshipRow | null;
  summarized?: string[];
}

/** What a turn taught about the visitor, for commit_turn to write (`remember_turn`). */
export interface MemoryWrite {
  insights: InsightRow[];
  relationship: RelationshipRow | null;
}

/** What `begin_turn` returns: the bot, the visitor's state, the message as stored, or why it refused. */
export interface BegunTurn extends BotDefinitionRow {
  refused?: 'origin' | 'visitor_gone' | 'rate_limited';
  limit?: string;
  retry_after_seconds?: number;
  visitor: { id: string; created_at: string };
  profile: ProfileRow | null;
  conversation: ConversationRow;
  previous_conversations: number;
  /** What the bot remembers of the visitor (not on a poll). */
  memory?: VisitorMemory | null;
  /** The conversation's latest messages, oldest first. */
  history: MessageRow[];
  /** The visitor's message as stored (text and choice inputs), and whether this call stored it. */
  message: { message: MessageRow; inserted: boolean } | null;
  /** The replies already given to this message (a retry of a turn that was answered). */
  replies: MessageRow[];
  /** The visitor's personal coach prompt, the bot's coach style and their settings (coaching/state.ts). */
  coach?: unknown;
}

export interface ChatContext extends BotDefinitionRow {
  visitor: { id: string; created_at: string } | null;
  profile: ProfileRow | null;
  conversation: ConversationRow | null;
  previous_conversations: number;
}

export interface MessageRow {
  id: string;
  seq: number;
  sender_type: SenderType;
  content: string;
  metadata: Record<string, unknown>;
  client_message_id: string;
  created_at: string;
}

export interface NewMessage {
  sender_type: 'ai';
  content: string;
  metadata: Record<string, unknown>;
}

export interface NewEvent {
  type: string;
  data: Record<string, unknown>;
}

export type CommitResult =
  | { committed: true; messages: MessageRow[]; profile: ProfileRow; conversation: ConversationRow; memory?: { summarized: string[] } }
  | { committed: false; reason: 'duplicate'; messages: MessageRow[] }
  | { committed: false; reason: 'stale' | 'wait' };

