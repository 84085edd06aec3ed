/** The rows the console reads, as the views and tables of supabase/migrations define them. */
export interface InboxRow {
  conversation_id: string;
  bot_id: string;
  bot_name: string;
  visitor_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: 'active' | 'completed' | 'handoff' | 'closed';
  handoff_reason: string | null;
  handoff_at: string | null;
  handed_back_at: string | null;
  pending_field: string | null;
  created_at: string;
  message_count: number;
  last_message_at: string | null;
  last_client_at: string | null;
  last_coach_at: string | null;
  last_sender_type: 'client' | 'ai' | 'human_coach' | null;
  last_message: string | null;
  waiting_since: string | null;
  /** When a coach closed it; null while open. */
  closed_at: string | null;
}

export interface MessageRow {
  id: string;
  seq: number;
  sender_type: 'client' | 'ai' | 'human_coach';
  content: string;
  metadata: { coach?: { name?: string; avatar_url?: string }; intent?: string; plan?: { title?: string } } & Record<string, unknown>;
  created_at: string;
}

export interface NoteRow {
  id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
}

/**
 * A row of the `customers` view. Besides these columns it holds the answers to the bot's fields: in a column
 * named by the field's key for the built-in profile columns, under `answers` for every other (fields.ts).
 */
export interface LeadRow {
  [column: string]: unknown;
  visitor_id: string;
  bot_id: string;
  name: string | null;
  answers: Record<string, unknown>;
  objection: string | null;
  recommended_plan: string | null;
  returning_user: boolean;
  last_seen: string | null;
  created_at: string | null;
  conversation_id: string | null;
  status: string | null;
  pending_field: string | null;
  handoff_reason: string | null;
  message_count: number;
  last_message_at: string | null;
  email: string | null;
  phone: string | null;
  contact_consent_at: string | null;
}

export interface Bot {
  id: string;
  name: string;
}

/** A conversation's summary (`conversation_summaries`, or the `conversation_summary` RPC). */
export type { SummaryRow } from '../../functions/_shared/conversation/rows.ts';

/** One of a visitor's insights (`visitor_insights`). */
export interface InsightRow {
  kind: 'goal' | 'blocker' | 'objection' | 'breakthrough';
  key: string;
  value: string | null;
  active: boolean;
  updated_at: string;
}

/** The tone that works for a visitor (`visitor_relationships`). */
export interface RelationshipRow {
  tone: 'direct' | 'gentle' | null;
  detail: 'brief' | 'detailed' | null;
}
