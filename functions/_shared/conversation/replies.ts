/**
 * The guided conversation's own sentences: acknowledging an answer (referring to what was said), greeting
 * back, closing. The words come from words.ts (the owner's texts, else the defaults); this module picks
 * which text fits and what to fill in. Everything is plain text (the widget renders it as text), and
 * anything quoted back is shortened.
 */
import type { Answers, AnswerValue, Plan, Step } from '../contracts.ts';
import type { SummaryRow } from './rows.ts';
import { truncate } from '../understanding/normalize.ts';
import { boundsOf } from './steps.ts';
import type { Answer, HandoffReason, Problem, SafetySignal } from '../understanding/types.ts';
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
 * What the bot took from a message, in one short sentence, when it took more than the answer it asked for:
 * "Got it — Ana, age 31, wants to lose fat." (the visitor can put anything right: "actually 32"). An answer
 * to the pending question alone gets its own acknowledgement ("Great to have you here, Sam!"), or just "Got it."
 * for a visitor who writes briefly (memory/relationship.ts).
 */
export function acknowledgement(words: Words, steps: Step[], pending: Step | null, answers: Answer[], options: { brief?: boolean } = {}): string {
  const inOrder = steps.flatMap((step) => answers.filter((a) => a.field === step.field).map((answer) => ({ step, answer })));
  if (inOrder.length === 0) return '';
  const only = inOrder.length === 1 ? inOrder[0]! : null;
  if (only && pending && only.step.field === pending.field && only.answer.how === 'pending') {
    return options.brief ? words.say('ack.brief') : acknowledgeAnswer(words, pending, only.answer.value);
  }
  const items = words.list(inOrder.map(({ step, answer }) => confirmItem(words, step, answer.value)));
  return words.say(inOrder.some(({ answer }) => answer.how === 'corrected') ? 'confirm.corrected' : 'confirm', { items });
}

/** One value as the confirmation lists it: "Ana", "age 31", "wants to lose fat" (owners word their own). */
function confirmItem(words: Words, step: Step, value: AnswerValue): string {
  const option = optionKey(step, value);
  const type = step.kind === 'single_choice' ? 'choice' : step.kind;
  const text = answerText(step, value);
  const keys = [
    ...(option ? [`confirm.${step.field}.${option}`] : []),
    `confirm.${step.field}`,
    ...(step.entity ? [`confirm.entity.${step.entity}`] : []),
    `confirm.type.${type}`,
  ];
  // Option labels are capitalised as buttons ("Lose fat"); inside a sentence they read in lower case.
  const inSentence = step.kind === 'single_choice' || step.kind === 'yes_no' ? text.charAt(0).toLocaleLowerCase(words.language) + text.slice(1) : text;
  return words.say(keys, { value: inSentence, label: step.label ?? step.field.replaceAll('_', ' '), max: boundsOf(step).max });
}

export const completion = (words: Words, steps: Step[], answers: Answers): string =>
  words.say('completion', { name: nameOf(answers, steps) });

export const afterCompletion = (words: Words, steps: Step[], answers: Answers): string =>
  words.say('after_completion', { name: nameOf(answers, steps) });

/** Greeting a returning visitor: on opening the chat (fresh, resuming or complete), or before answering their message. */
export function welcomeBack(words: Words, steps: Step[], answers: Answers, state: 'fresh' | 'resuming' | 'complete' | 'message'): string {
  return words.say(`welcome_back.${state}`, { name: nameOf(answers, steps) });
}

/** A plan's name in a sentence: its family and variant ("Core Plus") when it has them, else its title. */
export function planName(plans: Plan[], code: string): string {
  const plan = plans.find((p) => p.code === code);
  if (!plan) return code;
  return [plan.family, plan.variant].filter(Boolean).join(' ') || plan.title;
}

/**
 * A returning visitor greeted by what mattered last time, from their latest conversation's summary: the plan
 * they went for, the two they were choosing between, a question left open, a worry, the plan recommended, the
 * topics they asked about, in that order; then where things stand now. Empty when the summary holds nothing
 * worth saying (the usual greeting back is used).
 */
export function recalledWelcome(
  words: Words,
  bot: { steps: Step[]; plans: Plan[] },
  answers: Answers,
  summary: SummaryRow | null | undefined,
  state: 'fresh' | 'resuming' | 'complete',
): string {
  if (!summary) return '';
  const name = nameOf(answers, bot.steps);
  const plan = (code: string) => planName(bot.plans, code);
  const line = (() => {
    if (summary.plan_chosen) return words.say('welcome_back.chosen', { name, plan: plan(summary.plan_chosen) });
    if (summary.plan_shown && summary.plan_alternative) {
      return words.say('welcome_back.choosing', { name, plans: words.list([plan(summary.plan_shown), plan(summary.plan_alternative)]) });
    }
    const question = summary.open_questions.at(-1);
    if (question) return words.say('welcome_back.open_question', { name, question: truncate(question, QUOTE_CHARS * 2).replace(/[?.!]+$/u, '') + '?' });
    const objection = summary.objections.find((o) => words.has(`objection.name.${o}`));
    if (objection) return words.say('welcome_back.objection', { name, objection: words.say(`objection.name.${objection}`) });
    if (summary.plan_shown) return words.say('welcome_back.recommended', { name, plan: plan(summary.plan_shown) });
    if (summary.topics.length) return words.say('welcome_back.topics', { name, topics: words.list(summary.topics.slice(0, 3)) });
    return '';
  })();
  return line ? [line, words.say(`welcome_back.then.${state}`)].filter(Boolean).join(' ') : '';
}

/** What the visitor is told an answer should look like, in the bot's words ("Please pick a number from 1 to 10."). */
export function problemText(words: Words, problem: Problem): string {
  switch (problem.code) {
    case 'choice':
      return words.say('reask.choice', { options: words.list(problem.options, 'or') });
    case 'scale':
    case 'number':
    case 'age':
      return words.say(`reask.${problem.code}`, { min: problem.min, max: problem.max, range: rangeText(words, problem.min, problem.max) });
    case 'too_long':
    case 'name_too_long':
      return words.say(`reask.${problem.code}`, { limit: problem.limit });
    default:
      return words.say(`reask.${problem.code}`);
  }
}

function rangeText(words: Words, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return words.say('range.between', { min, max });
  if (min !== null) return words.say('range.at_least', { min });
  return max !== null ? words.say('range.at_most', { max }) : '';
}

/**
 * What the visitor is told when the conversation is handed to a human: why, then what happens next (the bot's
 * hand-off text).
 */
export function handoffReply(words: Words, reason: HandoffReason): string {
  return [words.say(`handoff.${reason}`), words.say('handoff')].filter(Boolean).join(' ');
}

/**
 * A health or safety matter: one kind sentence for what the visitor shared, emergency help when they may be
 * in danger now, the bot's health disclaimer (not for self-harm: there it would read cold), and that a person
 * is coming. No medical advice and nothing to buy.
 */
export function safetyReply(words: Words, signal: SafetySignal): string {
  return [
    words.say([`safety.${signal.kind}`, 'safety']),
    signal.urgent ? words.say([`safety.urgent.${signal.kind}`, 'safety.urgent']) : '',
    signal.kind === 'self_harm' ? '' : words.say('disclaimer.health'),
    words.say(['safety.handoff', 'handoff']),
  ].filter(Boolean).join(' ');
}

/**
 * Leads back to the question still pending after a side question or an objection: the question in brief (its
 * last sentence: "Doing both is doable. Which would you rather start with?" → "Which would you rather start
 * with?"), since the visitor read the whole of it a moment ago; "not now" leads back gently. An owner's
 * `resume.<field>` says it their way.
 */
export function resumeLine(words: Words, pending: Step, objection?: string): string {
  const question = briefly(pending.prompt);
  if (question === '') return '';
  const keys = [...(objection ? [`resume.${objection}`] : []), `resume.${pending.field}`, 'resume'];
  return words.say(keys, { question, prompt: pending.prompt.trim() });
}

/** The last sentence of a prompt (sentences end in . ! ? followed by a space), or the whole when it is one. */
export function briefly(prompt: string): string {
  const sentences = prompt.trim().split(/(?<=[.!?…])\s+(?=\p{Lu}|¿|¡)/u).filter(Boolean);
  return sentences.at(-1) ?? '';
}
