/**
 * What the coach knows of a visitor and of how the owner's people write, as begin_turn returns it (`coach`):
 * the bot's settings, the visitor's latest personal coach prompt, and the bot's coach style. Parsed with zod
 * at this edge; a store that returns nothing (an older database, a test double) means defaults and none.
 */
import { z } from 'zod';
import { OBJECTIONS } from '../contracts.ts';

const answerValue = z.union([z.string(), z.number(), z.boolean()]);

export const CoachSettingsSchema = z.object({
  /** A new version is written at most this often. */
  prompt_min_interval_seconds: z.number().int().min(0).default(900),
  /** A scale answer that moved by at least this much is a significant change (0: never). */
  prompt_scale_step: z.number().int().min(0).default(2),
  prompt_on_choice_change: z.boolean().default(true),
  prompt_on_new_objection: z.boolean().default(true),
  /** The style profile is made again after this many new coach replies. */
  style_refresh_every: z.number().int().min(1).default(5),
});
export type CoachSettings = z.infer<typeof CoachSettingsSchema>;

export const CoachPromptSchema = z.object({
  version: z.number().int().min(1),
  prompt: z.string().min(1),
  /** The answers it was written from, by field key. */
  answers: z.record(z.string(), answerValue.nullable()).default({}),
  objection: z.enum(OBJECTIONS).nullable().catch(null).default(null),
  created_at: z.string(),
});
export type CoachPrompt = z.infer<typeof CoachPromptSchema>;

/** How the owner's coaches write; every part optional, so a rule-made profile says only what it measured. */
export const StyleProfileSchema = z.object({
  /** One line in plain words ("warm and brief, first names, one exclamation at most"). */
  summary: z.string().max(300).optional(),
  tone: z.string().max(100).optional(),
  /** Median words per reply. */
  median_words: z.number().int().min(0).max(2000).optional(),
  greetings: z.array(z.string().min(1).max(60)).max(5).default([]),
  sign_offs: z.array(z.string().min(1).max(60)).max(5).default([]),
  phrases: z.array(z.string().min(1).max(80)).max(8).default([]),
  /** Share of replies with an exclamation mark, and with an emoji (0 to 1). */
  exclamations: z.number().min(0).max(1).optional(),
  emoji: z.number().min(0).max(1).optional(),
});
export type StyleProfile = z.infer<typeof StyleProfileSchema>;

export const CoachStyleSchema = z.object({
  profile: StyleProfileSchema.nullable().catch(null).default(null),
  replies_total: z.number().int().min(0).default(0),
  replies_analysed: z.number().int().min(0).default(0),
});
export type CoachStyle = z.infer<typeof CoachStyleSchema>;

export const CoachStateSchema = z.object({
  settings: CoachSettingsSchema.nullable().transform((s) => s ?? CoachSettingsSchema.parse({})).default(CoachSettingsSchema.parse({})),
  prompt: CoachPromptSchema.nullable().default(null),
  style: CoachStyleSchema.nullable().default(null),
});
export type CoachState = z.infer<typeof CoachStateSchema>;

/** The coach state of a begun turn; anything unreadable counts as none (the generic prompt, no style). */
export function coachStateOf(raw: unknown): CoachState {
  const parsed = CoachStateSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  console.warn(`[coaching] unreadable coach state: ${parsed.error.issues[0]?.message}`);
  return CoachStateSchema.parse({});
}
