/**
 * What a model adds to the bot's memory, after the visitor has their answer (never on their path): the
 * readable summary of each conversation the rules just summarised, rewritten for the coach. Without a model
 * there is nothing to do: the rules' summary stands. Each call counts against the bot's daily budget and has
 * the client's deadline (llm/write.ts); a failure leaves the rules' work in place.
 */
import type { Bot } from '../conversation/bot.ts';
import type { AfterTurn, MemoryServices } from '../conversation/runner.ts';
import type { SummaryRow } from '../conversation/rows.ts';
import type { LlmBudget } from '../llm/answer.ts';
import type { Llm } from '../llm/client.ts';
import { MEMORY_LIMITS, summaryPrompt, type TranscriptMessage } from '../llm/memory-prompts.ts';
import { writeWithModel } from '../llm/write.ts';

/** The database calls the jobs need (rpcs.ts in the functions; doubles in tests). */
export interface SummaryStore {
  conversationForSummary(conversationId: string): Promise<{ summary: SummaryRow; messages: TranscriptMessage[] } | null>;
  saveConversationSummary(args: { conversationId: string; throughSeq: number; summary: string; model: string; promptTokens: number; completionTokens: number }): Promise<boolean>;
}

export interface MemoryJobDeps {
  llm: Llm | null;
  budget: Pick<LlmBudget, 'take'>;
  store: SummaryStore;
  /** Runs work after the response (after-response.ts); tests await it. */
  later: (work: Promise<unknown>) => void;
  canary?: string;
}

export function memoryJobs(deps: MemoryJobDeps): MemoryServices {
  return {
    afterTurn(event: AfterTurn) {
      if (!deps.llm || event.summarized.length === 0) return;
      deps.later(Promise.all(event.summarized.map((id) => rewriteSummary(deps, event.bot, id))));
    },
  };
}

/** The model's summary of one conversation, stored if the conversation has not moved on meanwhile. */
export async function rewriteSummary(deps: MemoryJobDeps, bot: Bot, conversationId: string): Promise<boolean> {
  const found = await deps.store.conversationForSummary(conversationId);
  if (!found || found.summary.written_by === 'model') return false;
  const written = await writeWithModel(deps.budget, {
    llm: deps.llm,
    bot: bot.config,
    what: 'the conversation summary',
    messages: summaryPrompt({ botName: bot.config.name, notes: found.summary.summary, transcript: found.messages, ...(deps.canary ? { canary: deps.canary } : {}) }),
    maxTokens: MEMORY_LIMITS.summaryOutputTokens,
    ...(deps.canary ? { canary: deps.canary } : {}),
  });
  if (!written) return false;
  return await deps.store.saveConversationSummary({
    conversationId,
    throughSeq: found.summary.through_seq,
    summary: written.text.slice(0, 4000),
    model: written.usage.model,
    promptTokens: written.usage.prompt_tokens,
    completionTokens: written.usage.completion_tokens,
  });
}
