/**
 * The guided steps as a sequence: which apply to this visitor, which is next, what input each wants, and
 * the bounds an answer must respect.
 */
import { type Profile, type ProfileField, ProfilePatchSchema, type Prompt, type Step } from '../contracts.ts';

/** Steps in position order whose condition holds for this profile. */
export function applicableSteps(steps: Step[], profile: Partial<Profile>): Step[] {
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .filter((step) => step.condition === null || profile[step.condition.field] === step.condition.equals);
}

export function isAnswered(profile: Partial<Profile>, field: ProfileField): boolean {
  return profile[field] !== null && profile[field] !== undefined;
}

export function hasAnswers(profile: Partial<Profile>, steps: Step[]): boolean {
  return steps.some((step) => isAnswered(profile, step.field));
}

/** The first applicable step still unanswered, or null when the guided part is done. */
export function nextStep(steps: Step[], profile: Partial<Profile>): Step | null {
  return applicableSteps(steps, profile).find((step) => !isAnswered(profile, step.field)) ?? null;
}

/** The step for a field if it applies to this profile; a stale pending field (step removed or no longer
 * applicable) yields null. */
export function applicableStep(steps: Step[], profile: Partial<Profile>, field: ProfileField | null): Step | null {
  if (field === null) return null;
  return applicableSteps(steps, profile).find((step) => step.field === field) ?? null;
}

export interface Bounds {
  min: number | null;
  max: number | null;
}

const SCALE_DEFAULT: Bounds = { min: 1, max: 10 };

/** Bounds the profile contract enforces on a numeric field (age 13..100, support level 1..10), read from
 * the schema itself so the engine can never accept what the profile endpoint would refuse. */
function contractBounds(field: ProfileField): Bounds {
  const schema = ProfilePatchSchema.shape[field].unwrap();
  return 'minValue' in schema ? { min: schema.minValue, max: schema.maxValue } : { min: null, max: null };
}

/** The step's own bounds, narrowed to the contract's; a scale without bounds runs 1..10. */
export function boundsOf(step: Step): Bounds {
  const own = step.kind === 'scale'
    ? { min: step.min_value ?? SCALE_DEFAULT.min, max: step.max_value ?? SCALE_DEFAULT.max }
    : { min: step.min_value, max: step.max_value };
  const contract = contractBounds(step.field);
  return { min: tighter(own.min, contract.min, Math.max), max: tighter(own.max, contract.max, Math.min) };
}

function tighter(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

/** Character limits of the free-text fields, as `visitorText(n)` sets them in ProfilePatchSchema. */
const TEXT_LIMITS: Partial<Record<ProfileField, number>> = { name: 60, eating_habits: 500, emotional_why: 500 };
const DEFAULT_TEXT_LIMIT = 500;

export function textLimitOf(field: ProfileField): number {
  return TEXT_LIMITS[field] ?? DEFAULT_TEXT_LIMIT;
}

const YES_NO_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** What the widget needs to render the input for a step. */
export function toPrompt(step: Step): Prompt {
  const options = step.kind === 'single_choice'
    ? step.options.map(({ value, label }) => ({ value, label }))
    : step.kind === 'yes_no'
    ? YES_NO_OPTIONS.map((option) => ({ ...option }))
    : [];
  const bounds = step.kind === 'scale' || step.kind === 'number'
    ? boundsOf(step)
    : { min: step.min_value, max: step.max_value };
  return { field: step.field, kind: step.kind, options, ...bounds, placeholder: step.placeholder };
}
