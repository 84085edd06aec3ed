/**
 * One model call that writes a short text for the bot's memory (a conversation's summary, a visitor's coach
 * prompt, the coaches' style): taken from the bot's daily budget first, bounded by the client's deadlines
 * (client.ts), and null whenever the model should not or could not write it (no key, budget spent, any
 * failure, an empty reply, a reply repeating the system prompt's canary), so the caller keeps what the rules
 * wrote. The caller stores the text and records its usage in one round trip.
 */
import type { BudgetDecision, LlmBudget } from './answer.ts';
import { type Llm, LlmError, type LlmMessage, type LlmUsage } from './client.ts';
import { cleanReply, leaksCanary } from './prompts.ts';

export interface WritingBot {
  id: string;
  llm_model: string;
  /** Postgres `numeric`: a number, or a string from some clients. */
  llm_temperature: number | string;
  daily_llm_budget: number;
}

export interface WriteRequest {
  llm: Llm | null;
  bot: WritingBot;
  /** Says what is written, for the log line when it is not. */
  what: string;
  messages: LlmMessage[];
  maxTokens: number;
  /** The canary planted in the system prompt, if any. */
  canary?: string;
  signal?: AbortSignal;
}

export async function writeWithModel(budget: Pick<LlmBudget, 'take'>, request: WriteRequest): Promise<{ text: string; usage: LlmUsage } | null> {
  const { llm, bot } = request;
  if (!llm) return null;
  const fallBack = (why: string) => {
    console.warn(`[llm] bot ${bot.id}: ${request.what} left to the rules (${why})`);
    return null;
  };
  let decision: BudgetDecision;
  try {
    decision = await budget.take(bot.id, bot.daily_llm_budget);
  } catch (error) {
    return fallBack(`budget check failed: ${error instanceof Error ? error.message : error}`);
  }
  if (!decision.allowed) return fallBack(`daily budget of ${bot.daily_llm_budget} calls spent`);
  try {
    const { text, usage } = await llm.complete({
      model: bot.llm_model,
      temperature: Number(bot.llm_temperature),
      maxTokens: request.maxTokens,
      messages: request.messages,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    if (leaksCanary(text, request.canary)) return fallBack('the reply repeated the system prompt canary');
    const cleaned = cleanReply(text, new Set());
    return cleaned ? { text: cleaned, usage } : fallBack('the reply was empty');
  } catch (error) {
    if (error instanceof LlmError) return fallBack(`${error.kind}${error.status ? ` ${error.status}` : ''}: ${error.message}`);
    return fallBack(error instanceof Error ? error.message : String(error));
  }
}
