/**
 * One call for the chat function: a grounded answer written by the model, streamed piece by piece, or null
 * so the caller answers without the model. Null when there is no client (no key), the bot's daily budget is
 * spent, the call fails in any way (`LlmError`), the reply is empty, or it leaks the canary.
 *
 * Pure of env and database: the budget is passed in (`index.ts` binds the database one), so this runs under
 * vitest against the OpenAI stub as well.
 */
import { type Llm, LlmError, type LlmUsage } from './client.ts';
import {
  allowedLinks,
  cleanReply,
  type GroundedAnswerInput,
  groundedAnswerPrompt,
  type HistoryMessage,
  leaksCanary,
  makeCanary,
  type Passage,
  PROMPT_LIMITS,
} from './prompts.ts';

export interface BudgetDecision {
  allowed: boolean;
  /** Calls counted today, this one included when allowed. */
  used: number;
}

/** What a model call is for, as the usage reports tell them apart. */
export type LlmPurpose = 'answer' | 'summary' | 'coach_prompt' | 'coach_style' | 'understanding';

/** The daily budget of model calls: the database one (`budget.ts`), or a double in tests. */
export interface LlmBudget {
  take(botId: string, dailyBudget: number): Promise<BudgetDecision>;
  record(botId: string, usage: LlmUsage, purpose?: LlmPurpose): Promise<void>;
}

/** Planted in every system prompt of this process; a reply that contains it is never shown. */
export const PROCESS_CANARY = makeCanary();

/** The bot's model settings, as `chat_context` returns them. */
export interface AnsweringBot {
  id: string;
  name: string;
  brand_voice: string | null;
  llm_model: string;
  /** Postgres `numeric`: a number, or a string from some clients. */
  llm_temperature: number | string;
  daily_llm_budget: number;
  /** Short-term memory: how many of the latest messages the model sees (default 6, at most 20). */
  memory_window?: number;
}

export interface GroundedAnswerRequest {
  llm: Llm | null;
  bot: AnsweringBot;
  passages: Passage[];
  history: HistoryMessage[];
  question: string;
  pendingQuestion?: string | null;
  /** How this visitor likes to be spoken to, as one instruction (memory/relationship.ts `toneGuide`). */
  tone?: string | null;
  /** Each piece of the reply as it is written (a few characters are held back to catch a canary leak). */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
  /** Default: this process's canary. */
  canary?: string;
  /** What the coach knows of this visitor and how the owner's coaches write (coaching/). */
  coaching?: GroundedAnswerInput['coaching'];
}

export interface GroundedAnswer {
  /** The reply as it should be stored and shown: plain text, links limited to the passages' https ones. */
  text: string;
  usage: LlmUsage;
}

export async function writeGroundedAnswerWith(budget: LlmBudget, request: GroundedAnswerRequest): Promise<GroundedAnswer | null> {
  const { llm, bot } = request;
  if (!llm) return null;
  const fallBack = (why: string) => {
    // Never the visitor's text or the model's: just why.
    console.warn(`[llm] bot ${bot.id}: answering without the model (${why})`);
    return null;
  };

  try {
    const decision = await budget.take(bot.id, bot.daily_llm_budget);
    if (!decision.allowed) return fallBack(`daily budget of ${bot.daily_llm_budget} calls spent`);
  } catch (error) {
    return fallBack(`budget check failed: ${error instanceof Error ? error.message : error}`);
  }

  const canary = request.canary ?? PROCESS_CANARY;
  const stream = llm.stream({
    model: bot.llm_model,
    temperature: Number(bot.llm_temperature),
    maxTokens: PROMPT_LIMITS.maxOutputTokens,
    messages: groundedAnswerPrompt({
      botName: bot.name,
      brandVoice: bot.brand_voice,
      passages: request.passages,
      history: request.history,
      historyWindow: bot.memory_window,
      question: request.question,
      pendingQuestion: request.pendingQuestion,
      tone: request.tone,
      canary,
      coaching: request.coaching,
    }),
    ...(request.signal ? { signal: request.signal } : {}),
  });

  // Holds back the last canary-length-minus-one characters, so a canary arriving in pieces is never shown.
  const holdBack = canary.length - 1;
  let text = '';
  let shown = 0;
  let leaked = false;
  try {
    for await (const piece of stream) {
      text += piece;
      if (text.includes(canary)) {
        leaked = true;
        break;
      }
      const upTo = text.length - holdBack;
      if (upTo > shown) {
        request.onDelta?.(text.slice(shown, upTo));
        shown = upTo;
      }
    }
  } catch (error) {
    if (error instanceof LlmError) {
      return fallBack(`${error.kind}${error.status ? ` ${error.status}` : ''} after ${error.attempts ?? '?'} attempt(s): ${error.message}`);
    }
    return fallBack(`the reply could not be delivered: ${error instanceof Error ? error.message : error}`);
  }

  const usage = stream.usage;
  if (usage) {
    await budget.record(bot.id, usage, 'answer').catch((error) => console.warn(`[llm] bot ${bot.id}: usage not recorded: ${error instanceof Error ? error.message : error}`));
  }
  if (leaked || leaksCanary(text, canary)) return fallBack('the reply repeated the system prompt canary');
  if (shown < text.length) {
    try {
      request.onDelta?.(text.slice(shown));
    } catch (error) {
      return fallBack(`the reply could not be delivered: ${error instanceof Error ? error.message : error}`);
    }
  }
  const cleaned = cleanReply(text, allowedLinks(request.passages));
  if (!cleaned) return fallBack('the reply was empty');
  return { text: cleaned, usage: usage ?? { prompt_tokens: 0, completion_tokens: 0, model: bot.llm_model, estimated: true } };
}
