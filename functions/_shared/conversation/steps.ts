/**
 * The guided steps as a sequence: which apply to this visitor, which is next, what input each wants, and
 * the bounds an answer must respect. Everything comes from the step's field (bot_fields): no field is
 * special here.
 */
import { type Answers, type AnswerValue, type Condition, fieldValueSchema, type Prompt, type Step } from '../contracts.ts';

/** Whether an answer meets a condition; a missing answer meets none (as `condition_holds` in SQL). */
export function conditionHolds(condition: Condition, value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  const target = condition.value;
  switch (condition.op) {
    case 'eq':
      return value === target;
    case 'neq':
      return value !== target;
    case 'in':
      return Array.isArray(target) && target.includes(value);
    default: {
      if (typeof value !== 'number' || typeof target !== 'number') return false;
      if (condition.op === 'lt') return value < target;
      if (condition.op === 'lte') return value <= target;
      if (condition.op === 'gt') return value > target;
      return value >= target;
    }
  }
}

/** Steps in position order whose condition holds for these answers. */
export function applicableSteps(steps: Step[], answers: Answers): Step[] {
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .filter((step) => step.condition === null || conditionHolds(step.condition, answers[step.condition.field]));
}

export function isAnswered(answers: Answers, field: string): boolean {
  return answers[field] !== null && answers[field] !== undefined;
}

export function hasAnswers(answers: Answers, steps: Step[]): boolean {
  return steps.some((step) => isAnswered(answers, step.field));
}

/** The first applicable step still unanswered, or null when the guided part is done. */
export function nextStep(steps: Step[], answers: Answers): Step | null {
  return applicableSteps(steps, answers).find((step) => !isAnswered(answers, step.field)) ?? null;
}

/** The step for a field if it applies to these answers; a stale pending field (step removed or no longer
 * applicable) yields null. */
export function applicableStep(steps: Step[], answers: Answers, field: string | null): Step | null {
  if (field === null) return null;
  return applicableSteps(steps, answers).find((step) => step.field === field) ?? null;
}

export interface Bounds {
  min: number | null;
  max: number | null;
}

const SCALE_DEFAULT: Bounds = { min: 1, max: 10 };

/** The field's bounds; a scale without bounds runs 1..10. */
export function boundsOf(step: Step): Bounds {
  return step.kind === 'scale'
    ? { min: step.min_value ?? SCALE_DEFAULT.min, max: step.max_value ?? SCALE_DEFAULT.max }
    : { min: step.min_value, max: step.max_value };
}

const DEFAULT_TEXT_LIMIT = 500;

/** The most characters a text answer keeps (the field's max_length). */
export function textLimitOf(step: Step): number {
  return step.max_length ?? DEFAULT_TEXT_LIMIT;
}

/** Whether a value is what the field stores: the same rules as the database's `field_value`. */
export function fitsField(step: Step, value: AnswerValue): boolean {
  const type = step.kind === 'single_choice' ? 'choice' : step.kind;
  const bounds = boundsOf(step);
  return fieldValueSchema({ type, min_value: bounds.min, max_value: bounds.max, max_length: textLimitOf(step), options: step.options })
    .safeParse(value).success;
}

const YES_NO_LABELS = { yes: 'Yes', no: 'No' } as const;

/** What the widget needs to render the input for a step. */
export function toPrompt(step: Step): Prompt {
  const options = step.kind === 'single_choice'
    ? step.options.map(({ value, label }) => ({ value, label }))
    : step.kind === 'yes_no'
    ? (['yes', 'no'] as const).map((value) => ({ value, label: step.options.find((o) => o.value === value)?.label ?? YES_NO_LABELS[value] }))
    : [];
  const bounds = step.kind === 'scale' || step.kind === 'number' ? boundsOf(step) : { min: step.min_value, max: step.max_value };
  return { field: step.field, kind: step.kind, options, ...bounds, placeholder: step.placeholder };
}
