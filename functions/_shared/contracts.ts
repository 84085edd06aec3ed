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

// --- The profile ----------------------------------------------------------------------------------------

export const GENDERS = ['male', 'female', 'nonbinary', 'prefer_not'] as const;
export const GOALS = ['fat_loss', 'muscle_gain', 'recomp'] as const;
export const RECOMP_FOCUSES = ['lean', 'build'] as const;
export const OBJECTIONS = ['price', 'time', 'doubt', 'tried_before'] as const;

/** The profile fields a guided step can fill, in `user_profiles` column names. */
export const PROFILE_FIELDS = [
  'name',
  'age',
  'gender',
  'primary_goal',
  'recomp_focus',
  'eating_habits',
  'emotional_why',
  'support_level',
  'cooking_preference',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** A profile update; every field optional so a partial update never wipes the others. */
export const ProfilePatchSchema = z.object({
  name: visitorText(60).optional(),
  age: z.number().int().min(13).max(100).optional(),
  gender: z.enum(GENDERS).optional(),
  primary_goal: z.enum(GOALS).optional(),
  recomp_focus: z.enum(RECOMP_FOCUSES).optional(),
  eating_habits: visitorText(500).optional(),
  emotional_why: visitorText(500).optional(),
  support_level: z.number().int().min(1).max(10).optional(),
  cooking_preference: z.boolean().optional(),
  objection: z.enum(OBJECTIONS).optional(),
}).strict();
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;

/** A stored profile as the RPCs return it (`user_profiles` row). */
export interface Profile extends Partial<Record<ProfileField, unknown>> {
  visitor_id: string;
  bot_id: string;
  name: string | null;
  age: number | null;
  gender: (typeof GENDERS)[number] | null;
  primary_goal: (typeof GOALS)[number] | null;
  recomp_focus: (typeof RECOMP_FOCUSES)[number] | null;
  eating_habits: string | null;
  emotional_why: string | null;
  support_level: number | null;
  cooking_preference: boolean | null;
  objection: (typeof OBJECTIONS)[number] | null;
  recommended_plan: string | null;
  returning_user: boolean;
  last_seen: string;
  created_at: string;
  updated_at: string;
}

// --- Bot configuration (rows an owner edits in the dashboard) --------------------------------------------

export const STEP_KINDS = ['text', 'number', 'single_choice', 'scale', 'yes_no'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const StepOptionSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  /** Other words a visitor may type for this option ("lose weight" for fat_loss). */
  synonyms: z.array(z.string()).default([]),
});
export type StepOption = z.infer<typeof StepOptionSchema>;

/** A `bot_steps` row as the functions read it. */
export const StepSchema = z.object({
  field: z.enum(PROFILE_FIELDS),
  position: z.number().int(),
  prompt: z.string().min(1),
  kind: z.enum(STEP_KINDS),
  options: z.array(StepOptionSchema).default([]),
  min_value: z.number().nullable().default(null),
  max_value: z.number().nullable().default(null),
  placeholder: z.string().nullable().default(null),
  /** Ask only when another profile field has this value, e.g. `{ field: 'primary_goal', equals: 'recomp' }`. */
  condition: z.object({ field: z.enum(PROFILE_FIELDS), equals: z.union([z.string(), z.number(), z.boolean()]) })
    .nullable().default(null),
});
export type Step = z.infer<typeof StepSchema>;

/** A `plans` row as the functions read it. */
export const PlanSchema = z.object({
  code: z.string(),
  family: z.string(),
  variant: z.string(),
  title: z.string(),
  description: z.string(),
  price_cents: z.number().int(),
  currency: z.string(),
  billing_period: z.string(),
  cta_label: z.string(),
  cta_url: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;

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
}

/** The input the pending question wants: the widget renders the matching control. */
export interface Prompt {
  field: ProfileField;
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
  /** Only in the appearance request (`GET /chat?bot_id=`): when a human answers a handoff. */
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
