/**
 * The per-bot daily budget of model calls, kept in Postgres (`llm_usage`, one row per bot and UTC day):
 * `take` atomically counts a call only while the bot is under its `daily_llm_budget`; past it the coach
 * answers without the model. `record` adds the tokens a call used, by the model that answered and what the
 * call was for (the reports price each model).
 *
 * Through `rpc()` (deadline, retries on transient failures). A retry after a lost response may count a call
 * twice: the budget errs on the side of fewer model calls.
 */
import { rpc } from '../supabase.ts';
import type { BudgetDecision, LlmBudget } from './answer.ts';

export type { BudgetDecision, LlmBudget };

export const databaseBudget: LlmBudget = {
  take: (botId, dailyBudget) => rpc<BudgetDecision>('take_llm_call', { p_bot_id: botId, p_budget: dailyBudget }),
  record: async (botId, usage, purpose = 'answer') => {
    await rpc<null>('record_llm_usage', {
      p_bot_id: botId,
      p_prompt_tokens: usage.prompt_tokens,
      p_completion_tokens: usage.completion_tokens,
      p_model: usage.model,
      p_purpose: purpose,
    });
  },
};
