/**
 * Understanding one visitor message: the one entry point the conversation calls. Each message is read once
 * here — the pending question's parser, the intent classifier and slot filling all work from the same
 * reading — and the result says what the message is and everything it answers; what to do about it is the
 * decision's job (../conversation/decide.ts).
 *
 * Everything it knows about the bot comes from `steps` (the questions with their fields: entities, options
 * and synonyms, bounds), so a new business needs rows, not code. Extending it (a model for ambiguous
 * messages, safety routing) means adding a reader here and keeping this shape.
 */
import type { Answers, Step } from '../contracts.ts';
import { classifyMessage } from './intent.ts';
import { type AnswerInput, parseAnswer } from './parse.ts';
import { extractSlots } from './slots.ts';
import type { Answer, Understanding } from './types.ts';

export interface UnderstandingContext {
  /** The bot's questions, in position order, each with what its field accepts. */
  steps: Step[];
  /** The question the visitor is answering, or null (none left, or not asked yet). */
  pending: Step | null;
  /** What the visitor has answered so far, by field key. */
  known: Answers;
  /** Recent turns: how many times in a row the bot just re-asked the pending question. */
  recent: { reAsks: number };
  /** Words that name the bot's plans (from their codes): a question naming one is about the plans. */
  offers?: string[];
}

export function understand(input: AnswerInput, ctx: UnderstandingContext): Understanding {
  const { pending } = ctx;
  // Quick replies answer the pending question by construction; they are never classified.
  if (input.type === 'choice') {
    if (!pending) return { intent: 'answer', answers: [] };
    const parsed = parseAnswer(pending, input);
    return parsed.ok
      ? { intent: 'answer', answers: [{ field: pending.field, value: parsed.value, how: 'pending' }] }
      : { intent: 'answer', answers: [], refusal: { field: pending.field, problem: parsed.problem } };
  }

  const parsed = pending ? parseAnswer(pending, input) : null;
  const intent = classifyMessage(input.text, pending, { frustrationCount: ctx.recent.reAsks }, parsed?.ok ?? false, ctx.offers);
  const found = extractSlots(input.text, ctx.steps, ctx.known, pending?.field ?? null, parsed ? (parsed.ok ? parsed.value : null) : undefined);
  const answers: Answer[] = ctx.steps
    .filter((step) => found[step.field] !== undefined)
    .map((step) => ({ field: step.field, value: found[step.field]!, how: step.field === pending?.field ? 'pending' : 'volunteered' }));
  const refusal = pending && parsed && !parsed.ok ? { refusal: { field: pending.field, problem: parsed.problem } } : {};

  switch (intent.kind) {
    case 'answer':
      return { intent: 'answer', answers, ...refusal };
    case 'question':
      return { intent: 'question', answers, question: { category: intent.category, ...(intent.topic ? { topic: intent.topic } : {}) } };
    case 'objection':
      return { intent: 'objection', answers, objection: intent.objection };
    case 'handoff':
      return { intent: 'handoff', answers, handoff: { reason: intent.reason, ...(intent.urgent ? { urgent: true } : {}) } };
  }
}

export type { Answer, Understanding } from './types.ts';
export type { AnswerInput } from './parse.ts';
