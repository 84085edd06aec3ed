/**
 * The guided conversation's own sentences: acknowledging an answer (referring to what was said), greeting
 * back, closing. The words come from words.ts (the owner's texts, else the defaults); this module picks
 * which text fits and what to fill in. Everything is plain text (the widget renders it as text), and
 * anything quoted back is shortened.
 */
import type { Answers, AnswerValue, Step } from '../contracts.ts';
import { truncate } from './normalize.ts';
import { boundsOf } from './steps.ts';
import type { Words } from './words.ts';

const QUOTE_CHARS = 40;

function nameOf(answers: Answers, steps: Step[]): string | null {
  const field = steps.find((step) => step.entity === 'person_name')?.field;
  const name = field ? answers[field] : null;
  return typeof name === 'string' && name.trim() !== '' ? truncate(name, QUOTE_CHARS) : null;
}

/** An answer as a sentence shows it: a choice by its label, yes/no as the option's label, text shortened. */
export function answerText(step: Step, value: AnswerValue): string {
  if (step.kind === 'single_choice') return step.options.find((o) => o.value === value)?.label ?? String(value);
  if (step.kind === 'yes_no') {
    const option = value === true ? 'yes' : 'no';
    return step.options.find((o) => o.value === option)?.label ?? option;
  }
  return typeof value === 'string' ? truncate(value, QUOTE_CHARS) : String(value);
}

/** The option value an acknowledgement can be keyed on: `ack.<field>.<option>` (yes_no: yes or no). */
function optionKey(step: Step, value: AnswerValue): string | null {
  if (step.kind === 'single_choice' && typeof value === 'string') return value;
  if (step.kind === 'yes_no') return value === true ? 'yes' : 'no';
  return null;
}

/** The acknowledgement of the pending question's answer, using what the visitor said. */
function acknowledgeAnswer(words: Words, step: Step, value: AnswerValue): string {
  const option = optionKey(step, value);
  const type = step.kind === 'single_choice' ? 'choice' : step.kind;
  const keys = [
    ...(option ? [`ack.${step.field}.${option}`] : []),
    `ack.${step.field}`,
    ...(step.entity ? [`ack.entity.${step.entity}`] : []),
    `ack.type.${type}`,
  ];
  return words.say(keys, { value: answerText(step, value), max: boundsOf(step).max });
}

/**
 * "Great to have you here, Sam! I've also noted your age and goal." When the pending question was not answered
 * but others were, only those are acknowledged.
 */
export function acknowledgement(words: Words, steps: Step[], pending: Step, answered: string[], found: Record<string, AnswerValue>): string {
  const labelOf = (field: string) => steps.find((step) => step.field === field)?.label ?? field.replaceAll('_', ' ');
  const others = answered.filter((field) => field !== pending.field).map(labelOf);
  const fields = words.list(others);
  if (!answered.includes(pending.field)) return others.length > 0 ? words.say('ack.only_others', { fields }) : '';
  const lead = acknowledgeAnswer(words, pending, found[pending.field]!);
  return others.length > 0 ? `${lead} ${words.say('ack.also', { fields })}` : lead;
}

export const reAsk = (step: Step, problem: string): string => `${problem} ${step.prompt}`;

export const completion = (words: Words, steps: Step[], answers: Answers): string =>
  words.say('completion', { name: nameOf(answers, steps) });

export const afterCompletion = (words: Words, steps: Step[], answers: Answers): string =>
  words.say('after_completion', { name: nameOf(answers, steps) });

export function welcomeBack(words: Words, steps: Step[], answers: Answers, state: 'fresh' | 'resuming' | 'complete'): string {
  return words.say(`welcome_back.${state}`, { name: nameOf(answers, steps) });
}
