/**
 * The conversation engine's interface. The engine is pure TypeScript: given the bot's steps, the stored
 * profile, the pending question and what the visitor did, it decides what to store and what to say. The
 * chat function does the I/O around it (load, commit, recommend_plan) — see functions/chat/turn.ts.
 */
import type { Answers, AnswerValue, ConversationStatus, OBJECTIONS, Step } from '../contracts.ts';
import type { Words } from './words.ts';

export interface EngineContext {
  /** What the bot says (its texts, else the defaults of its language). */
  words: Words;
  /** The bot's steps ordered by position. */
  steps: Step[];
  /** What is stored so far, by field key (empty on first contact). */
  answers: Answers;
  /** The question the bot asked last and is waiting for; null before the first one or once complete. */
  pendingField: string | null;
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
  /** Answers to store, by field key; a partial update. */
  profilePatch: Record<string, AnswerValue>;
  /** The fields this turn answered, in step order (for `step_answered` funnel events). */
  answered: string[];
  /** The assistant's messages for this turn, in order; the last one asks `nextField` when there is one. */
  replies: string[];
  /** The question now pending, or null. */
  nextField: string | null;
  /** True when every applicable step is answered: the function recommends a plan and shows the card. */
  complete: boolean;
}

/** An objection a visitor raises; stored on the profile (`objection`). */
export type Objection = (typeof OBJECTIONS)[number];

/** Why a conversation is handed to a human coach. */
export type HandoffReason = 'asked_for_human' | 'frustration' | 'high_stakes';

/** The knowledge-base category an off-route question is searched in (`rag_documents.category`). */
export type QuestionCategory = 'faq' | 'meal_plans' | 'testimonials';

/**
 * What a visitor's typed message is, decided before it is read as an answer (see intent.ts). `urgent` marks a
 * high-stakes message about immediate danger (self-harm, chest pain): the reply then points to emergency help.
 */
export type MessageIntent =
  | { kind: 'answer' } // reads as an answer to the pending step (or not clearly anything else)
  | { kind: 'question'; category: QuestionCategory; topic?: string } // off-route, for the knowledge base
  | { kind: 'objection'; objection: Objection }
  | { kind: 'handoff'; reason: HandoffReason; urgent?: boolean };

/** What the classifier knows about the recent turns: consecutive invalid re-asks of the pending step. */
export interface RecentTurns {
  frustrationCount: number;
}
