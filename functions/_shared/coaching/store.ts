/**
 * The coaching rows as the functions write them (write_coach_prompt, coach_replies, write_coach_style), kept
 * beside the coaching code rather than in rpcs.ts: nothing else calls them. Tests pass their own store.
 */
import { rpc } from '../supabase.ts';
import type { CoachingStore } from './rows.ts';

export const coachingStore: CoachingStore = {
  writePrompt: (row) =>
    rpc<{ written: boolean; version: number }>('write_coach_prompt', {
      p_bot_id: row.botId,
      p_visitor_id: row.visitorId,
      p_based_on: row.basedOn,
      p_prompt: row.prompt,
      p_written_by: row.writtenBy,
      p_reason: row.reason,
      p_answers: row.answers,
      p_objection: row.objection,
      p_model: row.model,
      p_prompt_tokens: row.prompt_tokens,
      p_completion_tokens: row.completion_tokens,
    }),
  coachReplies: (botId, limit) => rpc<{ total: number; replies: string[] }>('coach_replies', { p_bot_id: botId, p_limit: limit }),
  writeStyle: (row) =>
    rpc<{ written: boolean }>('write_coach_style', {
      p_bot_id: row.botId,
      p_profile: row.profile,
      p_written_by: row.writtenBy,
      p_replies_analysed: row.repliesAnalysed,
      p_model: row.model,
      p_prompt_tokens: row.prompt_tokens,
      p_completion_tokens: row.completion_tokens,
    }),
};
