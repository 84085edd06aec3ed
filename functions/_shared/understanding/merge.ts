/**
 * Folding the model's reading (model.ts) into the rules' understanding. The rules win where they are certain;
 * the model fills what they missed, under the checks any answer meets:
 *
 * - an answer the rules gave is kept as they gave it; a stored answer is never changed by the model (only a
 *   visitor's correction, which the rules read, changes one);
 * - a model answer must fit its field (options, bounds, whole numbers, length), belong to a question that
 *   applies, be allowed in passing unless it is the pending question, and be said in the message: a number
 *   the message holds, a name it spells. A value the visitor did not say is never stored;
 * - what the message is: a safety matter, a request for a person or an objection the rules found stands; the
 *   model may add one the rules missed (a crisis in words no rule knows, "I'll circle back" as not now), and
 *   turn an unread message into a question. A safety matter from either side wins.
 */
import type { Answers, AnswerValue, Step } from '../contracts.ts';
import { applicableSteps, fitsField, isAnswered } from '../conversation/steps.ts';
import type { ModelReading } from './model.ts';
import { normalize } from './normalize.ts';
import type { TextReading } from './reading.ts';
import type { Answer, Understanding } from './types.ts';

export interface MergeContext {
  steps: Step[];
  pending: Step | null;
  known: Answers;
}

export function mergeModelReading(rules: Understanding, model: ModelReading, ctx: MergeContext, reading: TextReading): Understanding {
  const answers = [...rules.answers];
  const given = new Set(answers.map((answer) => answer.field));
  // Applicability follows the answers as they accumulate (a goal given in this message opens its follow-up).
  const values: Answers = { ...ctx.known, ...Object.fromEntries(answers.map((a) => [a.field, a.value])) };
  for (const step of ctx.steps) {
    const value = model.answers[step.field];
    if (value === null || value === undefined || given.has(step.field) || isAnswered(ctx.known, step.field)) continue;
    const pending = step.field === ctx.pending?.field;
    if (!pending && !step.fill_in_passing) continue;
    if (!applicableSteps(ctx.steps, values).some((s) => s.field === step.field)) continue;
    if (!fitsField(step, value) || !saidIn(reading, step, value)) continue;
    answers.push({ field: step.field, value, how: pending ? 'pending' : 'volunteered' });
    values[step.field] = value;
  }
  const ordered = ctx.steps.flatMap((step) => answers.filter((a) => a.field === step.field));
  const answeredPending = ctx.pending !== null && ordered.some((a) => a.field === ctx.pending!.field);
  const merged: Understanding = { ...rules, answers: ordered, readBy: 'model' };
  if (answeredPending) delete merged.refusal;
  return { ...merged, ...intentOf(rules, model, answeredPending) };
}

/** What the message is, after both readings. */
function intentOf(rules: Understanding, model: ModelReading, answeredPending: boolean): Partial<Understanding> {
  if (rules.intent === 'safety') return {};
  if (model.kind === 'safety' && model.safety) return { intent: 'safety', safety: model.safety, refusal: undefined };
  if (rules.intent === 'handoff' || rules.intent === 'objection') return {};
  if (model.kind === 'handoff') return rules.intent === 'answer' && answeredPending ? {} : { intent: 'handoff', handoff: { reason: 'asked_for_human' }, refusal: undefined };
  if (model.objection) return { intent: 'objection', objection: model.objection, refusal: undefined };
  if (rules.intent === 'answer' && !answeredPending && model.kind === 'question') {
    return { intent: 'question', question: { category: model.category ?? 'faq' }, refusal: undefined };
  }
  return {};
}

/** The value stands in the message: a number it holds (not one it denies), a name it spells, a choice or yes/no. */
function saidIn(reading: TextReading, step: Step, value: AnswerValue): boolean {
  if (typeof value === 'number') return reading.quantities.some((q) => q.value === value && !q.negated && !q.range && !q.inexact);
  if (typeof value === 'string' && step.kind === 'text') {
    const name = normalize(value);
    return name.length > 0 && ` ${reading.said.join(' ')} `.includes(` ${name} `);
  }
  return true;
}

export type { Answer };
