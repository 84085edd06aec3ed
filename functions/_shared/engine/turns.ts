/**
 * One turn of the guided conversation: what to store and what to say, given the stored state and what the
 * visitor did. `answerTurn` first settles which question is pending and only then reads the message as an
 * answer to it, so other readings of a message (a side question, an objection, a request for a human) can
 * be tried at that point before it is taken as an answer.
 */
import type { Answers, Step } from '../contracts.ts';
import { type AnswerInput, type AnswerValue, parseAnswer } from './parse.ts';
import { acknowledgement, afterCompletion, completion, reAsk, welcomeBack } from './replies.ts';
import { extractSlots } from './slots.ts';
import { applicableStep, hasAnswers, isAnswered, nextStep } from './steps.ts';
import type { EngineContext, Turn } from './types.ts';

/**
 * The question being answered: the one the bot asked last while it still applies and is unanswered,
 * otherwise the next one in order (a stale pending field must not trap the visitor on a question).
 */
function pendingStep(ctx: EngineContext): Step | null {
  const pending = applicableStep(ctx.steps, ctx.answers, ctx.pendingField);
  return pending && !isAnswered(ctx.answers, pending.field) ? pending : nextStep(ctx.steps, ctx.answers);
}

export function startTurn(ctx: EngineContext): Turn {
  const step = pendingStep(ctx);
  const answeredBefore = hasAnswers(ctx.answers, ctx.steps);
  const opening = ctx.returning || answeredBefore
    ? welcomeBack(ctx.words, ctx.steps, ctx.answers, step === null ? 'complete' : answeredBefore ? 'resuming' : 'fresh')
    : ctx.words.say('greeting');
  const replies = [opening, ...(step ? [step.prompt] : [])].filter((reply) => reply.trim() !== '');
  return {
    intent: 'start',
    profilePatch: {},
    answered: [],
    replies,
    nextField: step?.field ?? null,
    complete: step === null,
  };
}

/** After the plan was shown, `complete` stays false: the card is already on screen. */
export function answerTurn(ctx: EngineContext, input: AnswerInput): Turn {
  const step = pendingStep(ctx);
  if (step === null) return ctx.status === 'completed' ? afterCompletionTurn(ctx) : completionTurn(ctx);
  return answerPending(ctx, step, input);
}

function answerPending(ctx: EngineContext, step: Step, input: AnswerInput): Turn {
  const parsed = parseAnswer(step, input);
  const slots = input.type === 'text' ? extractSlots(input.text, ctx.steps, ctx.answers, step.field) : {};
  // extractSlots reads the pending field with the same parser, so for typed text this agrees with `parsed`.
  const values: Record<string, AnswerValue> = parsed.ok ? { ...slots, [step.field]: parsed.value } : slots;
  const { patch, answered } = inStepOrder(ctx.steps, values);
  const acknowledged = acknowledgement(ctx.words, ctx.steps, step, answered, patch);

  if (!parsed.ok) {
    return {
      intent: 'invalid',
      profilePatch: patch,
      answered,
      replies: [[acknowledged, reAsk(step, parsed.problem)].filter(Boolean).join(' ')],
      nextField: step.field,
      complete: false,
    };
  }
  const answers: Answers = { ...ctx.answers, ...patch };
  const next = nextStep(ctx.steps, answers);
  return {
    intent: 'answer',
    profilePatch: patch,
    answered,
    replies: next ? [acknowledged, next.prompt] : [completion(ctx.words, ctx.steps, answers)],
    nextField: next?.field ?? null,
    complete: next === null,
  };
}

/** Every step answered but the plan not shown yet (e.g. the previous turn failed after storing). */
function completionTurn(ctx: EngineContext): Turn {
  return {
    intent: 'complete',
    profilePatch: {},
    answered: [],
    replies: [completion(ctx.words, ctx.steps, ctx.answers)],
    nextField: null,
    complete: true,
  };
}

function afterCompletionTurn(ctx: EngineContext): Turn {
  return {
    intent: 'complete',
    profilePatch: {},
    answered: [],
    replies: [afterCompletion(ctx.words, ctx.steps, ctx.answers)],
    nextField: null,
    complete: false,
  };
}

/** The patch with its keys in step order, which is also the order of `answered` (funnel events). */
function inStepOrder(steps: Step[], values: Record<string, AnswerValue>) {
  const answered = [...steps]
    .sort((a, b) => a.position - b.position)
    .map((step) => step.field)
    .filter((field) => values[field] !== undefined);
  const patch: Record<string, AnswerValue> = Object.fromEntries(answered.map((field) => [field, values[field]!]));
  return { patch, answered };
}
