/**
 * Understanding one visitor message: the one entry point the conversation calls. Each message is read once
 * here (its words, tokens and numbers: reading.ts) — the pending question's parser, the intent classifier
 * and slot filling all work from the same reading — and the result says what the message is and everything
 * it answers; what to do about it is the decision's job (../conversation/decide.ts).
 *
 * Everything it knows about the bot comes from `steps` (the questions with their fields: entities, options
 * and synonyms, bounds), so a new business needs rows, not code. With a model, `reading.ts`'s twin in
 * model.ts reads the message too (the runner asks it, once per typed message), and merge.ts folds that
 * reading into this one under the same checks.
 */
import type { Answers, AnswerValue, Step } from '../contracts.ts';
import { phrasesOf } from './choices.ts';
import { classifyMessage, healthRelated, shapedAsQuestion } from './intent.ts';
import { mergeModelReading } from './merge.ts';
import { objectionWords } from './objections.ts';
import { normalize, words } from './normalize.ts';
import type { ModelReading } from './model.ts';
import { type AnswerInput, expected, parseAnswer } from './parse.ts';
import { readText, type TextReading } from './reading.ts';
import { fillSlots } from './slots.ts';
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
  /** The bot's plan prices in whole currency units: "149 a month?? no way" is about the price. */
  prices?: number[];
}

/** `model`: the model's reading of this message, when one was made (never for a quick reply). */
export function understand(input: AnswerInput, ctx: UnderstandingContext, model?: ModelReading | null): Understanding {
  const { pending } = ctx;
  // Quick replies answer the pending question by construction; they are never classified.
  if (input.type === 'choice') {
    if (!pending) return { intent: 'answer', answers: [] };
    const parsed = parseAnswer(pending, input);
    return parsed.ok
      ? { intent: 'answer', answers: [{ field: pending.field, value: parsed.value, how: 'pending' }] }
      : { intent: 'answer', answers: [], refusal: { field: pending.field, problem: parsed.problem } };
  }

  const reading = readText(input.text, { prices: ctx.prices });
  const byRules = byTheRules(input.text, reading, ctx);
  return model ? mergeModelReading(byRules, model, ctx, reading) : byRules;
}

function byTheRules(text: string, reading: TextReading, ctx: UnderstandingContext): Understanding {
  const { pending } = ctx;
  const input = { type: 'text' as const, text };
  const parsed = pending ? parseAnswer(pending, input, reading) : null;
  const intent = classifyMessage(input.text, pending, { frustrationCount: ctx.recent.reAsks }, parsed?.ok ?? false, ctx.offers, reading);
  const filled = fillSlots(reading, ctx.steps, ctx.known, pending?.field ?? null, parsed ? (parsed.ok ? parsed.value : null) : undefined, ctx.prices);
  const corrected = new Set(filled.corrected);
  const answers: Answer[] = ctx.steps
    .filter((step) => filled.values[step.field] !== undefined && !namesAnOffer(step, filled.values[step.field]!, ctx.offers, ctx.steps))
    .map((step) => ({
      field: step.field,
      value: filled.values[step.field]!,
      how: corrected.has(step.field) ? 'corrected' : step.field === pending?.field ? 'pending' : 'volunteered',
    }));
  // A correction is not a failed answer: the bot says what it changed and asks again, without a reproach.
  const offerAsName = !!pending && filled.values[pending.field] !== undefined && namesAnOffer(pending, filled.values[pending.field]!, ctx.offers, ctx.steps);
  const refusal = pending && parsed && !parsed.ok && corrected.size === 0
    ? { refusal: { field: pending.field, problem: parsed.problem } }
    : offerAsName ? { refusal: { field: pending!.field, problem: expected(pending!) } } : {};
  const health = healthRelated(reading.said.join(' ')) ? { health: true as const } : {};

  switch (intent.kind) {
    case 'safety':
      return { intent: 'safety', answers, safety: intent.safety, ...health };
    case 'answer':
      return { intent: 'answer', answers, ...refusal };
    case 'question':
      // Options named in a question are what it asks about ("what's the difference between city and hybrid?",
      // "do you have kids bikes?"), not a choice made; a name or a number beside it still counts.
      // A statement that only names a topic ("female, 29, vegetarian, want to drop some fat") keeps its choices.
      return {
        intent: 'question',
        answers: shapedAsQuestion(text) ? answers.filter((a) => !choiceLike(ctx.steps, a.field)) : answers,
        question: { category: intent.category, ...(intent.topic ? { topic: intent.topic } : {}) },
        ...health,
      };
    case 'objection':
      return { intent: 'objection', answers: notTheObjection(answers, ctx.steps, text), objection: intent.objection, ...health };
    case 'handoff':
      return { intent: 'handoff', answers, handoff: { reason: intent.reason } };
  }
}

/** A name read from the objection's own words ("i'm broke af", "pricy", "tried hellofresh, ...") is no name. */
function notTheObjection(answers: Answer[], steps: Step[], text: string): Answer[] {
  const objecting = objectionWords(normalize(text));
  return answers.filter((a) =>
    !(steps.find((step) => step.field === a.field)?.entity === 'person_name' && typeof a.value === 'string' &&
      words(normalize(a.value)).some((word) => objecting.has(word)))
  );
}

/**
 * A plan's own name typed where a name is asked ("Platinum", "the Basic one please") names the plan, not the
 * visitor; so does an option of another of the bot's questions typed alone ("Whitening", "Dental care").
 */
function namesAnOffer(step: Step, value: AnswerValue, offers: string[] = [], steps: Step[] = []): boolean {
  if (step.entity !== 'person_name' || typeof value !== 'string') return false;
  const said = words(normalize(value));
  return said.some((word) => offers.includes(word)) || steps.some((other) => other.kind === 'single_choice' && other.entity !== 'self_description' &&
    other.options.some((option) => phrasesOf(option).some((phrase) => phrase.join(' ') === said.join(' '))));
}

function choiceLike(steps: Step[], field: string): boolean {
  const kind = steps.find((step) => step.field === field)?.kind;
  return kind === 'single_choice' || kind === 'yes_no';
}

export type { Answer, Understanding } from './types.ts';
export type { AnswerInput } from './parse.ts';
