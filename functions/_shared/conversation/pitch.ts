/**
 * The "why this plan" text on the plan card: the matched rule's `why`, with the visitor's own answers filled
 * in, so the recommendation reads as a consequence of what they said rather than a sales line. The rules are
 * evaluated here as `recommend_plan` evaluates them in SQL (first rule whose conditions all hold), so the
 * chat needs no extra round trip and the reason given is the reason the plan was chosen.
 */
import type { Answers, AnswerValue, Field, Plan, Rule, Step } from '../contracts.ts';
import { truncate } from '../understanding/normalize.ts';
import { answerText } from './replies.ts';
import { conditionHolds } from './steps.ts';
import type { Words } from './words.ts';

const QUOTE_CHARS = 80;

/** The answers the rules read: the visitor's, with each field's default where they gave none. */
export function ruleAnswers(fields: Field[], answers: Answers): Answers {
  const withDefaults: Answers = { ...answers };
  for (const field of fields) {
    if ((withDefaults[field.key] ?? null) === null && field.default_value !== null) withDefaults[field.key] = field.default_value;
  }
  return withDefaults;
}

/** The first rule whose conditions all hold, or null. */
export function matchRule(rules: Rule[], fields: Field[], answers: Answers): Rule | null {
  const known = ruleAnswers(fields, answers);
  return [...rules].sort((a, b) => a.position - b.position)
    .find((rule) => rule.conditions.every((condition) => conditionHolds(condition, known[condition.field]))) ?? null;
}

/** A text answer quoted in a sentence: shortened, without a full stop inside the quotes. */
function quoted(value: AnswerValue, step: Step | undefined): string {
  if (typeof value === 'string' && (!step || step.kind === 'text')) return truncate(value, QUOTE_CHARS).replace(/[.!]+$/u, '');
  return step ? answerText(step, value) : String(value);
}

/** The rule's `why` with `{field}` replaced by the visitor's answers, or the bot's default reason. */
export function planPitch(words: Words, steps: Step[], answers: Answers, rule: Rule | null, plan: Plan): string {
  const vars: Record<string, string> = { plan: plan.title };
  for (const [key, value] of Object.entries(answers)) {
    if (value !== null && value !== undefined) vars[key] = quoted(value, steps.find((step) => step.field === key));
  }
  const why = rule?.why?.trim() ? words.fill(rule.why, vars) : '';
  return why || words.say('plan.why', vars);
}
