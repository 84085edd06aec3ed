/**
 * The conversation engine's interface. The engine is pure TypeScript: given the bot's steps, the stored
 * profile, the pending question and what the visitor did, it decides what to store and what to say. The
 * chat function does the I/O around it (load, commit, recommend_plan) — see functions/chat/turn.ts.
 */
import type { ChatInput, ConversationStatus, Profile, ProfileField, ProfilePatch, Step } from '../contracts.ts';

export interface EngineContext {
  botName: string;
  /** The bot's opening line, e.g. "Hi! I'm Coach Max from Nutrition Solutions." */
  welcome: string;
  /** The bot's steps ordered by position. */
  steps: Step[];
  /** What is stored so far (empty on first contact). */
  profile: Partial<Profile>;
  /** The question the bot asked last and is waiting for; null before the first one or once complete. */
  pendingField: ProfileField | null;
  status: ConversationStatus;
  /** True when this visitor comes back after an earlier visit (used to greet them by name). */
  returning: boolean;
}

export type Intent =
  | 'start' // the chat opened: welcome (or welcome back) + the first pending question
  | 'answer' // answered the pending question (possibly more slots at once)
  | 'invalid' // tried to answer but the value is not acceptable: friendly re-ask saying what is expected
  | 'complete'; // nothing left to ask (a message after the plan was shown)

export interface Turn {
  intent: Intent;
  /** Fields to store; a partial update. */
  profilePatch: ProfilePatch;
  /** The fields this turn answered, in step order (for `step_answered` funnel events). */
  answered: ProfileField[];
  /** The assistant's messages for this turn, in order; the last one asks `nextField` when there is one. */
  replies: string[];
  /** The question now pending, or null. */
  nextField: ProfileField | null;
  /** True when every applicable step is answered: the function recommends a plan and shows the card. */
  complete: boolean;
}

export type { ChatInput };
