/**
 * The coaching rows the functions write, as the coaching code sees them; store.ts writes them through the
 * RPCs. Kept apart so pure code and tests can use the types without the database client.
 */
import type { Answers } from '../contracts.ts';
import type { StyleProfile } from './state.ts';

export interface ModelCost {
  model: string | null;
  prompt_tokens: number;
  completion_tokens: number;
}

export interface NewCoachPrompt extends ModelCost {
  botId: string;
  visitorId: string;
  /** The latest version the writer saw (0 for none): the row is version basedOn + 1, or nothing. */
  basedOn: number;
  prompt: string;
  writtenBy: 'model' | 'template';
  reason: string;
  answers: Answers;
  objection: string | null;
}

export interface NewCoachStyle extends ModelCost {
  botId: string;
  profile: StyleProfile;
  writtenBy: 'model' | 'rules';
  /** The replies counted when it was made (coach_styles.replies_total). */
  repliesAnalysed: number;
}

export interface CoachingStore {
  writePrompt(row: NewCoachPrompt): Promise<{ written: boolean; version: number }>;
  coachReplies(botId: string, limit: number): Promise<{ total: number; replies: string[] }>;
  writeStyle(row: NewCoachStyle): Promise<{ written: boolean }>;
}
