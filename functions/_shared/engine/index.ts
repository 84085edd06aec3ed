/**
 * The conversation engine: pure functions from the bot's definition, the stored answers and the visitor's
 * input to what to store and what to say. No I/O and no clock, so it behaves the same in the chat Edge
 * Function (Deno) and in unit tests (Node).
 */
export { applicableSteps, conditionHolds, fitsField, nextStep, toPrompt } from './steps.ts';
export { type AnswerInput, type AnswerValue, parseAnswer, type ParseResult } from './parse.ts';
export { extractSlots } from './slots.ts';
export { answerTurn, startTurn } from './turns.ts';
export { matchRule, planPitch, ruleAnswers } from './pitch.ts';
export { classifyMessage, FRUSTRATION_LIMIT } from './intent.ts';
export { handoffReply, noAnswerReply, objectionLead, objectionQuery, resumeLine } from './coach-replies.ts';
export { extractAnswer } from './passages.ts';
export { DEFAULT_TEXTS, type Language, type Words, wordsFor } from './words.ts';
export type {
  EngineContext,
  HandoffReason,
  Intent,
  MessageIntent,
  Objection,
  QuestionCategory,
  RecentTurns,
  Turn,
} from './types.ts';
