/**
 * The coach's optional model (OpenAI): the only way the functions reach it. Without OPENAI_API_KEY
 * `createLlm()` is null and every caller answers without the model.
 *
 *   const llm = createLlm({ apiKey: env.openaiApiKey, baseUrl: env.openaiBaseUrl });
 *   const answer = await writeGroundedAnswer({ llm, bot, passages, history, question, pendingQuestion, onDelta });
 *   // answer === null: use the no-model reply
 */
import { writeGroundedAnswerWith, type GroundedAnswer, type GroundedAnswerRequest } from './answer.ts';
import { databaseBudget } from './budget.ts';

export {
  createLlm,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUTS,
  type Llm,
  LlmError,
  type LlmErrorKind,
  type LlmMessage,
  type LlmOptions,
  type LlmRequest,
  type LlmStream,
  type LlmTimeouts,
  type LlmUsage,
  type RetryPolicy,
} from './client.ts';
export {
  allowedLinks,
  cleanReply,
  groundedAnswerPrompt,
  type HistoryMessage,
  leaksCanary,
  makeCanary,
  type Passage,
  PROMPT_LIMITS,
} from './prompts.ts';
export { type BudgetDecision, databaseBudget, type LlmBudget } from './budget.ts';
export { type AnsweringBot, type GroundedAnswer, type GroundedAnswerRequest, PROCESS_CANARY, writeGroundedAnswerWith } from './answer.ts';

/** A grounded answer with the bot's daily budget kept in the database; null means "answer without the model". */
export function writeGroundedAnswer(request: GroundedAnswerRequest): Promise<GroundedAnswer | null> {
  return writeGroundedAnswerWith(databaseBudget, request);
}
