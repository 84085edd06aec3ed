/**
 * The contracts between the widget, the Edge Functions and the database: zod schemas for every request
 * body and every configuration row the functions read, and the types inferred from them. The widget imports
 * these as types only (`import type`), so zod never reaches the browser bundle.
 *
 * This module is pure (no Deno, no I/O): the engine, the functions, the widget and the tests share it.
 */
import { z } from 'zod';

// --- Text that a visitor may send -----------------------------------------------------------------------

export const MAX_MESSAGE_CHARS = 2_000;

/** Rejects NUL bytes and lone surrogates; trims; refuses empty text. */
export const visitorText = (max: number) =>
  z.string()
    .max(max * 2, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL bytes')
    .refine((s) => s.isWellFormed(), 'must be valid Unicode (no lone surrogates)')
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'must not be empty')
    .refine((s) => [...s].length <= max, `must be at most ${max} characters`);

// --- A bot's definition (rows an owner edits in the dashboard) ------------------------------------------

/** What a field holds; `choice` renders as buttons, `scale` as min..max. */
export const FIELD_TYPES = ['text', 'number', 'choice', 'scale', 'yes_no'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** What a value is, so understanding can tell a name from an email, or an age from a price. */
export const ENTITIES = [
  'person_name', 'email', 'phone', 'age', 'money', 'weight', 'duration', 'count', 'frequency', 'self_description',
] as const;
export type Entity = (typeof ENTITIES)[number];

export type AnswerValue = string | number | boolean;
const answerValue = z.union([z.string(), z.number(), z.boolean()]);

export const OptionSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  /** Other words a visitor may type for this option ("lose weight" for fat_loss). */
  synonyms: z.array(z.string()).default([]),
});
export type Option = z.infer<typeof OptionSchema>;

/** A `bot_fields` row: one thing the bot wants to know about a visitor. */
export const FieldSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  type: z.enum(FIELD_TYPES),
  label: z.string().min(1),
  entity: z.enum(ENTITIES).nullable().default(null),
  min_value: z.number().nullable().default(null),
  max_value: z.number().nullable().default(null),
  max_length: z.number().int().nullable().default(null),
  options: z.array(OptionSchema).default([]),
  default_value: answerValue.nullable().default(null),
  fill_in_passing: z.boolean().default(true),
  /** What the answer tells about the visitor, for their insights: a goal, or a blocker. */
  insight: z.enum(['goal', 'blocker']).nullable().default(null),
});
export type Field = z.infer<typeof FieldSchema>;

export const CONDITION_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in'] as const;

/** `{field, op, value}` on an answer; the older `{field, equals}` reads as op `eq`. */
export const ConditionSchema = z.preprocess(
  (raw) =>
    raw && typeof raw === 'object' && 'equals' in raw && !('op' in raw)
      ? { field: (raw as { field?: unknown }).field, op: 'eq', value: (raw as { equals: unknown }).equals }
      : raw,
  z.object({
    field: z.string().min(1),
    op: z.enum(CONDITION_OPS),
    value: z.union([answerValue, z.array(answerValue)]),
  }),
);
export type Condition = z.infer<typeof ConditionSchema>;

/** A `bot_steps` row: a guided question about one field, asked in position order when its condition holds. */
export const QuestionSchema = z.object({
  field: z.string().min(1),
  position: z.number().int(),
  prompt: z.string().min(1),
  placeholder: z.string().nullable().default(null),
  condition: ConditionSchema.nullable().default(null),
});
export type Question = z.infer<typeof QuestionSchema>;

/** The input control a question gets in the widget. */
export const STEP_KINDS = ['text', 'number', 'single_choice', 'scale', 'yes_no'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A question together with what its field accepts: what the conversation asks and reads. */
export const StepSchema = QuestionSchema.extend({
  kind: z.enum(STEP_KINDS),
  label: z.string().min(1).optional(),
  entity: z.enum(ENTITIES).nullable().default(null),
  options: z.array(OptionSchema).default([]),
  min_value: z.number().nullable().default(null),
  max_value: z.number().nullable().default(null),
  max_length: z.number().int().nullable().default(null),
  fill_in_passing: z.boolean().default(true),
});
export type Step = z.infer<typeof StepSchema>;

/** The bot's questions with their fields' input, in position order; a question on a missing field is left out. */
export function stepsOf(fields: Field[], questions: Question[]): Step[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  return [...questions].sort((a, b) => a.position - b.position).flatMap((question) => {
    const field = byKey.get(question.field);
    if (!field) return [];
    const { type, key: _key, default_value: _default, insight: _insight, ...input } = field;
    return [{ ...question, ...input, kind: type === 'choice' ? 'single_choice' as const : type }];
  });
}

/** The zod schema of one field's value, as the database's `field_value` checks it. */
export function fieldValueSchema(field: Pick<Field, 'type' | 'min_value' | 'max_value' | 'max_length' | 'options'>): z.ZodType<AnswerValue> {
  switch (field.type) {
    case 'text':
      return visitorText(field.max_length ?? 500);
    case 'number':
    case 'scale':
      return z.number().int().min(field.min_value ?? -Infinity).max(field.max_value ?? Infinity);
    case 'choice': {
      const values = field.options.map((option) => option.value);
      return z.string().refine((value) => values.includes(value), `must be one of ${values.join(', ')}`);
    }
    case 'yes_no':
      return z.boolean();
  }
}

/** A profile update for one bot: any of its fields (null clears one), and the objection; strict. */
export function answersPatchSchema(fields: Field[]) {
  const shape: Record<string, z.ZodType> = { objection: z.enum(OBJECTIONS).nullable().optional() };
  for (const field of fields) shape[field.key] = fieldValueSchema(field).nullable().optional();
  return z.object(shape).strict();
}

/** A `plans` row as the functions read it. */
export const PlanSchema = z.object({
  code: z.string(),
  family: z.string().nullable().default(null),
  variant: z.string().nullable().default(null),
  title: z.string(),
  description: z.string(),
  price_cents: z.number().int(),
  currency: z.string(),
  billing_period: z.string(),
  cta_label: z.string(),
  cta_url: z.string(),
  includes: z.array(z.string()).default([]),
  alternative_code: z.string().nullable().default(null),
  alternative_line: z.string().nullable().default(null),
});
export type Plan = z.infer<typeof PlanSchema>;

/** A `plan_rules` row: the first rule (by position) whose conditions all hold picks the plan. */
export const RuleSchema = z.object({
  position: z.number().int(),
  plan_code: z.string(),
  conditions: z.array(ConditionSchema).default([]),
  /** Why this plan, with `{field}` placeholders for the visitor's answers. */
  why: z.string().nullable().default(null),
});
export type Rule = z.infer<typeof RuleSchema>;

// --- The profile ----------------------------------------------------------------------------------------

export const OBJECTIONS = ['price', 'time', 'doubt', 'tried_before', 'not_now'] as const;

/** What a visitor answered, by field key (missing or null: not answered). */
export type Answers = Record<string, AnswerValue | null | undefined>;

/** A stored profile as the RPCs return it (`user_profiles` row): bookkeeping, built-in columns, answers. */
export interface ProfileRow {
  visitor_id: string;
  bot_id: string;
  /** Answers to fields without a column of their own. */
  answers: Record<string, AnswerValue>;
  objection: (typeof OBJECTIONS)[number] | null;
  recommended_plan: string | null;
  returning_user: boolean;
  last_seen: string;
  created_at: string;
  updated_at: string;
  [column: string]: unknown;
}

const BOOKKEEPING = new Set(['visitor_id', 'bot_id', 'answers', 'objection', 'recommended_plan', 'returning_user', 'last_seen', 'created_at', 'updated_at']);

/** Every answer of a stored profile, by field key, wherever it is stored (a column or `answers`). */
export function answersOf(row: Partial<ProfileRow> | null | undefined): Answers {
  if (!row) return {};
  const answers: Answers = {};
  for (const [key, value] of Object.entries(row)) {
    if (!BOOKKEEPING.has(key) && value !== null && value !== undefined) answers[key] = value as AnswerValue;
  }
  return { ...answers, ...(row.answers ?? {}) };
}

// --- Chat: the widget's requests and the function's answers ----------------------------------------------

const uuid = z.uuid();

/**
 * What the visitor did: open the chat, type text, pick a quick reply, or start over. `poll` reads the
 * conversation without writing (the widget polls while a human coach holds it).
 */
export const ChatInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('poll') }).strict(),
  z.object({ type: z.literal('text'), text: visitorText(MAX_MESSAGE_CHARS) }).strict(),
  z.object({ type: z.literal('choice'), value: visitorText(100), label: visitorText(200).optional() }).strict(),
  z.object({ type: z.literal('restart') }).strict(),
]);
export type ChatInput = z.infer<typeof ChatInputSchema>;

export const ChatRequestSchema = z.object({
  bot_id: uuid,
  /** Absent on first contact: the answer carries a new one. */
  visitor_token: z.string().min(1).max(500).optional(),
  /** Generated by the widget per message and reused on every retry of it: the turn is idempotent on it. */
  client_message_id: uuid,
  input: ChatInputSchema,
}).strict();
export type ChatRequest = z.infer<typeof ChatRequestSchema>;

export type SenderType = 'client' | 'ai' | 'human_coach';
export type ConversationStatus = 'active' | 'completed' | 'handoff';

export interface ChatMessage {
  id: string;
  sender_type: SenderType;
  content: string;
  created_at: string;
  /** Present on the message that carries the recommendation. */
  plan?: PlanCard;
  /** Who wrote it, on a `human_coach` message: the coach's display name and picture (https or data URL). */
  author?: { name: string; avatar_url?: string | null };
}

/** The input the pending question wants: the widget renders the matching control. */
export interface Prompt {
  field: string;
  kind: StepKind;
  options: { value: string; label: string }[];
  min: number | null;
  max: number | null;
  placeholder: string | null;
}

export interface PlanCard {
  code: string;
  title: string;
  description: string;
  /** Built from the visitor's own answers: their goal and their "why". */
  why: string;
  price_cents: number;
  currency: string;
  billing_period: string;
  cta_label: string;
  cta_url: string;
  /** What the plan includes, one short line each ("Weekly meal plan", "A coach who checks in"). */
  includes?: string[];
  /** The bot's promise, e.g. "Cancel any time, no questions asked." */
  guarantee?: string;
  /** A plan for a visitor who would rather choose differently, offered in one line under the card. */
  alternative?: PlanAlternative;
}

/** The other plan a card offers: "Prefer to cook yourself?" with a link to that plan. */
export interface PlanAlternative {
  code: string;
  title: string;
  /** The line that offers it, e.g. "Prefer to cook yourself?". */
  line: string;
  price_cents: number;
  currency: string;
  billing_period: string;
  cta_label: string;
  cta_url: string;
}

/**
 * Streaming: a request with `accept: text/event-stream` may be answered as server-sent events when a model
 * writes the reply (otherwise, and on every error before the stream starts, plain JSON):
 *
 *   event: delta   data: {"text": "..."}        the next piece of the reply being written
 *   event: done    data: <ChatResponse>         the turn as stored (messages carry the full text)
 *   event: error   data: <ErrorBody>            the turn failed after the stream started
 */
export type ChatStreamEvent =
  | { event: 'delta'; data: { text: string } }
  | { event: 'done'; data: ChatResponse }
  | { event: 'error'; data: ErrorBody };

/** What the widget shows of the bot: its name in the header and the owner's theme. */
export interface BotAppearance {
  name: string;
  theme: Record<string, unknown>;
  /**
   * How to reach the owner when the chat cannot (an email, a phone number or a URL), from
   * `bots.fallback_contact`. Sent by the appearance request; absent from an answer that does not carry it.
   */
  fallback_contact?: string | null;
  /** Only in the appearance request (`GET /chat/appearance?bot_id=`): when a human answers a handoff. */
  handoff?: HandoffSettings;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The bot's `handoff_wait_seconds`, `coach_time_zone` and `coach_hours` (null: coaches answer any time). */
export interface HandoffSettings {
  wait_seconds: number;
  time_zone: string;
  hours: { days: Weekday[]; from: string; to: string }[] | null;
}

export interface ChatResponse {
  visitor_token: string;
  bot: BotAppearance;
  conversation_id: string;
  /** The assistant's messages answering this input (a retry returns the same ones). */
  messages: ChatMessage[];
  /** On `start`, `restart` and `poll`: the whole conversation so far, visitor messages included. */
  history?: ChatMessage[];
  prompt: Prompt | null;
  plan: PlanCard | null;
  status: ConversationStatus;
}

// --- Contact details a visitor leaves when no coach can answer in time ----------------------------------

/** Lenient on purpose: people type spaces, dots, dashes and brackets; 6 to 15 digits (E.164 allows 15). */
export const PHONE_PATTERN = /^\+?[0-9 ().-]+$/;

export const ContactRequestSchema = z.object({
  bot_id: uuid,
  visitor_token: z.string().min(1).max(500),
  email: z.email('must be an email address like name@example.com').max(254).optional(),
  phone: z.string().trim().max(30).regex(PHONE_PATTERN, 'must be a phone number, e.g. +44 20 7946 0958')
    .refine((s) => s.replace(/\D/g, '').length >= 6 && s.replace(/\D/g, '').length <= 15, 'must have 6 to 15 digits')
    .optional(),
  /** The consent sentence the visitor was shown and agreed to by sending. */
  consent: visitorText(500),
}).strict().refine((body) => body.email !== undefined || body.phone !== undefined, {
  message: 'give an email address or a phone number',
  path: ['email'],
});
export type ContactRequest = z.infer<typeof ContactRequestSchema>;

// --- Funnel events the widget reports ----------------------------------------------------------------------

export const EVENT_TYPES = ['widget_opened', 'cta_clicked'] as const;

export const EventRequestSchema = z.object({
  bot_id: uuid,
  visitor_token: z.string().min(1).max(500),
  client_event_id: uuid,
  type: z.enum(EVENT_TYPES),
  data: z.record(z.string().max(50), z.union([visitorText(500), z.number(), z.boolean()]))
    .refine((data) => Object.keys(data).length <= 20, 'must have at most 20 keys')
    .default({}),
}).strict();
export type EventRequest = z.infer<typeof EventRequestSchema>;

// --- Errors -----------------------------------------------------------------------------------------------

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
