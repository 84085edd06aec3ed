/**
 * The functions' typed calls to the database's RPCs (supabase/migrations), one per RPC; the shapes here are the
 * RPCs' documented return values.
 */
import type { ConversationStatus, HandoffSettings, Plan, ProfileRow, SenderType } from './contracts.ts';
import type { BotConfig, BotDefinitionRow } from './conversation/bot.ts';
import type { BegunTurn, ChatContext, CommitResult, ConversationRow, MemoryWrite, MessageRow, NewEvent, NewMessage, SummaryRow } from './conversation/rows.ts';
import type { CallRecord } from './call-log.ts';

export type { BegunTurn, BotConfig, BotDefinitionRow, ChatContext, CommitResult, ConversationRow, MessageRow, NewEvent, NewMessage };
import { rpc } from './supabase.ts';

export interface Recommendation {
  plan_family: string | null;
  variant: string | null;
  recommended_plan: string;
  plan: Plan | null;
  /** The position of the rule that matched, and its why with the visitor's answers filled in. */
  rule: number;
  why: string | null;
}

/** One result of `rag_search`: a chunk of the bot's knowledge and how well it matches (0..1). */
export interface KnowledgeHit {
  id: string;
  /** The passage's words, without its headings. */
  content: string;
  /** The headings above it, outermost first. */
  headings: string[];
  score: number;
  category: string;
  metadata: Record<string, unknown>;
  source: string;
  chunk_index: number;
  /** The question's words it holds, each with its own words (lexemes) that met it and how well: [{ word: 'purchase', via: { buy: 0.8 } }]. */
  met?: { word: string; via: Record<string, number> }[];
}

export const rpcs = {
  botAppearance: (botId: string) =>
    rpc<{ name: string; theme: Record<string, unknown>; fallback_contact: string | null; allowed_origins: string[] } | null>('bot_appearance', { p_bot_id: botId }),

  beginTurn: (args: {
    botId: string;
    visitorId: string | null;
    clientMessageId: string;
    kind: 'start' | 'poll' | 'restart' | 'text' | 'choice';
    content?: string;
    metadata?: Record<string, unknown>;
    addressKey: string;
    origin: string | null;
    history: number;
  }) =>
    rpc<BegunTurn | null>('begin_turn', {
      p_bot_id: args.botId,
      p_visitor_id: args.visitorId,
      p_client_message_id: args.clientMessageId,
      p_kind: args.kind,
      p_content: args.content ?? null,
      p_metadata: args.metadata ?? {},
      p_address_key: args.addressKey,
      p_origin: args.origin,
      p_history: args.history,
    }),

  chatContext: (botId: string, visitorId: string | null) =>
    rpc<ChatContext | null>('chat_context', { p_bot_id: botId, p_visitor_id: visitorId }),

  commitTurn: (args: {
    conversationId: string;
    expectedTurn: number;
    replyTo: string;
    profile: Record<string, unknown>;
    conversation: { status?: ConversationStatus; pending_field?: string | null; handoff_reason?: string };
    messages: NewMessage[];
    events: NewEvent[];
    /** Function call records that were waiting to be written (metrics.ts). */
    calls?: CallRecord[];
    /** What the turn taught about the visitor. */
    memory?: MemoryWrite | null;
  }) =>
    rpc<CommitResult>('commit_turn', {
      p_conversation_id: args.conversationId,
      p_expected_turn: args.expectedTurn,
      p_reply_to: args.replyTo,
      p_profile: args.profile,
      p_conversation: args.conversation,
      p_messages: args.messages,
      p_events: args.events,
      p_calls: args.calls?.length ? args.calls : null,
      p_memory: args.memory ?? null,
    }),

  conversationForSummary: (conversationId: string) =>
    rpc<{ summary: SummaryRow; messages: { sender_type: SenderType; content: string }[] } | null>('conversation_for_summary', {
      p_conversation_id: conversationId,
    }),

  saveConversationSummary: (args: { conversationId: string; throughSeq: number; summary: string; model: string; promptTokens: number; completionTokens: number }) =>
    rpc<boolean>('save_conversation_summary', {
      p_conversation_id: args.conversationId,
      p_through_seq: args.throughSeq,
      p_summary: args.summary,
      p_model: args.model,
      p_prompt_tokens: args.promptTokens,
      p_completion_tokens: args.completionTokens,
    }),

  recordFunctionCalls: (calls: CallRecord[]) => rpc<number>('record_function_calls', { p_calls: calls }),

  upsertProfile: (profile: Record<string, unknown>) => rpc<ProfileRow>('upsert_profile', { p_profile: profile }),

  recommendPlan: (profile: Record<string, unknown>) => rpc<Recommendation>('recommend_plan', { p_profile: profile }),

  customer: (visitorId: string) => rpc<Record<string, unknown>>('customer_view', { p_visitor_id: visitorId }),

  handoffSettings: (botId: string) => rpc<HandoffSettings | null>('bot_handoff_settings', { p_bot_id: botId }),

  saveContact: (visitorId: string, contact: { email?: string; phone?: string; consent: string }) =>
    rpc<{ email: string | null; phone: string | null; contact_consent_at: string }>('save_visitor_contact', {
      p_visitor_id: visitorId,
      p_email: contact.email ?? null,
      p_phone: contact.phone ?? null,
      p_consent: contact.consent,
    }),

  exportVisitor: (visitorId: string) => rpc<Record<string, unknown>>('export_visitor', { p_visitor_id: visitorId }),

  eraseVisitor: (visitorId: string) => rpc<{ erased: boolean; messages: number }>('erase_visitor', { p_visitor_id: visitorId }),

  recordEvent: (args: { botId: string; visitorId: string; conversationId: string | null; type: string; data: Record<string, unknown>; clientEventId: string }) =>
    rpc<{ id: string; inserted: boolean }>('record_event', {
      p_bot_id: args.botId,
      p_visitor_id: args.visitorId,
      p_conversation_id: args.conversationId,
      p_type: args.type,
      p_data: args.data,
      p_client_event_id: args.clientEventId,
    }),

  ragSearch: (args: {
    botId: string;
    query: string;
    category?: string | null;
    /** A hint, not a filter: passages of this category rank higher. */
    preferCategory?: string | null;
    filters?: Record<string, unknown> | null;
    topK?: number;
    minScore?: number;
    embedding?: string | null;
  }) =>
    rpc<KnowledgeHit[]>('rag_search', {
      p_bot_id: args.botId,
      p_query: args.query,
      p_category: args.category ?? null,
      p_filters: args.filters && Object.keys(args.filters).length ? args.filters : null,
      ...(args.topK === undefined ? {} : { p_top_k: args.topK }),
      ...(args.minScore === undefined ? {} : { p_min_score: args.minScore }),
      p_query_embedding: args.embedding ?? null,
      p_prefer_category: args.preferCategory ?? null,
    }),

  /** A few chunks of one category in document order (score 0), for answers that need any of them (testimonials). */
  sampleKnowledge: (args: { botId: string; category: string; limit: number }) =>
    rpc<KnowledgeHit[]>('rag_sample', { p_bot_id: args.botId, p_category: args.category, p_limit: args.limit }),

  hitRateLimit: (key: string, limit: number, windowSeconds: number) =>
    rpc<{ allowed: boolean; remaining: number; retry_after_seconds: number }>('hit_rate_limit', {
      p_key: key,
      p_limit: limit,
      p_window_seconds: windowSeconds,
    }),
};
