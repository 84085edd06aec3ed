/**
 * What understanding says about one visitor message. Shared by the readers in this folder and by the
 * conversation's decision (../conversation/decide.ts), which acts on it.
 */
import type { AnswerValue, OBJECTIONS } from '../contracts.ts';
import type { SafetySignal } from './safety.ts';

export type { SafetyKind, SafetySignal } from './safety.ts';

/** An objection a visitor raises; stored on the profile (`objection`). */
export type Objection = (typeof OBJECTIONS)[number];

/** Why a conversation is handed to a human (a safety matter has its own route). */
export type HandoffReason = 'asked_for_human' | 'frustration';

/** The knowledge-base category an off-route question is searched in (`rag_documents.category`). */
export type QuestionCategory = 'faq' | 'meal_plans' | 'testimonials';

/**
 * Why an answer does not fit its question, for the bot to say what it expects (conversation/replies.ts
 * turns it into words): a choice or yes/no it could not match, a number out of bounds, text too long...
 */
export type Problem =
  | { code: 'choice'; options: string[] }
  | { code: 'yes_no' }
  | { code: 'scale' | 'number' | 'age'; min: number | null; max: number | null }
  | { code: 'person_name' | 'text' }
  | { code: 'too_long' | 'name_too_long'; limit: number };

/**
 * One answer a message gives: to the pending question, volunteered for another one ("I'm Sam, 34"), or
 * putting a stored one right ("actually 32").
 */
export interface Answer {
  field: string;
  value: AnswerValue;
  how: 'pending' | 'volunteered' | 'corrected';
}

/**
 * What a message is and what it says. `intent` is what the visitor is doing; `answers` are what it answers
 * whatever the intent (an objection may carry an answer: "2, money is tight"), and the decision chooses
 * which to keep. `refusal` is set when the message tried to answer the pending question and did not fit it.
 */
export interface Understanding {
  intent: 'safety' | 'handoff' | 'objection' | 'question' | 'answer';
  answers: Answer[];
  refusal?: { field: string; problem: Problem };
  objection?: Objection;
  /** A health or safety matter; `urgent`: the visitor may be in danger now (self-harm, chest pain). */
  safety?: SafetySignal;
  handoff?: { reason: HandoffReason };
  question?: { category: QuestionCategory; topic?: string };
  /** The message is about health: an answer to it carries the bot's health disclaimer. */
  health?: true;
  /** Who read it: the rules alone, or the rules with a model's reading merged in. */
  readBy?: 'rules' | 'model';
}

/** The message's intent before its answers are read (intent.ts). */
export type MessageIntent =
  | { kind: 'answer' } // reads as an answer to the pending step (or not clearly anything else)
  | { kind: 'question'; category: QuestionCategory; topic?: string } // off-route, for the knowledge base
  | { kind: 'objection'; objection: Objection }
  | { kind: 'handoff'; reason: HandoffReason }
  | { kind: 'safety'; safety: SafetySignal };

/** What the classifier knows about the recent turns: consecutive invalid re-asks of the pending step. */
export interface RecentTurns {
  frustrationCount: number;
}
