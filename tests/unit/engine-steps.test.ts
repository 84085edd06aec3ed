import { describe, expect, it } from 'vitest';
import { StepSchema } from '../../functions/_shared/contracts.ts';
import { applicableSteps, nextStep, toPrompt } from '../../functions/_shared/conversation/steps.ts';
import { COMPLETE_PROFILE, STEPS, stepFor } from './engine-fixture.ts';

const fields = (steps: { field: string }[]) => steps.map((step) => step.field);

describe('applicableSteps', () => {
  it('lists steps in position order whatever order they arrive in', () => {
    const shuffled = [...STEPS].reverse();
    expect(fields(applicableSteps(shuffled, {}))).toEqual([
      'name', 'age', 'gender', 'primary_goal', 'eating_habits', 'emotional_why', 'support_level', 'cooking_preference',
    ]);
  });

  it('asks the lean-or-build question only when the goal is recomposition', () => {
    expect(fields(applicableSteps(STEPS, { primary_goal: 'recomp' }))).toContain('recomp_focus');
    expect(fields(applicableSteps(STEPS, { primary_goal: 'fat_loss' }))).not.toContain('recomp_focus');
    expect(fields(applicableSteps(STEPS, { primary_goal: 'muscle_gain' }))).not.toContain('recomp_focus');
    expect(fields(applicableSteps(STEPS, { primary_goal: null }))).not.toContain('recomp_focus');
  });
});

describe('nextStep', () => {
  it('starts with the first step on an empty profile', () => {
    expect(nextStep(STEPS, {})?.field).toBe('name');
  });

  it('skips steps already answered, wherever they are', () => {
    expect(nextStep(STEPS, { name: 'Sam', gender: 'female' })?.field).toBe('age');
    expect(nextStep(STEPS, { name: 'Sam', age: 34, gender: 'female' })?.field).toBe('primary_goal');
  });

  it('treats a stored null as unanswered but false and 0-like values as answers', () => {
    expect(nextStep(STEPS, { ...COMPLETE_PROFILE, age: null })?.field).toBe('age');
    expect(nextStep(STEPS, { ...COMPLETE_PROFILE, cooking_preference: false })).toBeNull();
  });

  it('asks the lean-or-build question right after a recomposition goal', () => {
    expect(nextStep(STEPS, { name: 'Sam', age: 34, gender: 'male', primary_goal: 'recomp' })?.field)
      .toBe('recomp_focus');
  });

  it('goes straight to eating habits after a fat-loss goal', () => {
    expect(nextStep(STEPS, { name: 'Sam', age: 34, gender: 'male', primary_goal: 'fat_loss' })?.field)
      .toBe('eating_habits');
  });

  it('returns null once every applicable step is answered', () => {
    expect(nextStep(STEPS, COMPLETE_PROFILE)).toBeNull();
    expect(nextStep(STEPS, { ...COMPLETE_PROFILE, primary_goal: 'recomp' })?.field).toBe('recomp_focus');
    expect(nextStep(STEPS, { ...COMPLETE_PROFILE, primary_goal: 'recomp', recomp_focus: 'lean' })).toBeNull();
  });
});

describe('toPrompt', () => {
  it('offers a choice step’s options as value and label, without synonyms', () => {
    expect(toPrompt(stepFor('primary_goal'))).toEqual({
      field: 'primary_goal',
      kind: 'single_choice',
      options: [
        { value: 'fat_loss', label: 'Lose fat' },
        { value: 'muscle_gain', label: 'Build muscle' },
        { value: 'recomp', label: 'Both: lose fat and build muscle' },
      ],
      min: null,
      max: null,
      placeholder: null,
    });
  });

  it('offers Yes and No for a yes/no step', () => {
    expect(toPrompt(stepFor('cooking_preference')).options).toEqual([
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]);
  });

  it('gives a scale its bounds and no options, 1 to 10 when the step sets none', () => {
    expect(toPrompt(stepFor('support_level'))).toMatchObject({ kind: 'scale', options: [], min: 1, max: 10 });
    const bare = StepSchema.parse({ field: 'support_level', position: 1, kind: 'scale', prompt: 'How much?' });
    expect(toPrompt(bare)).toMatchObject({ min: 1, max: 10 });
  });

  it('gives a number step its bounds and a text step its placeholder', () => {
    expect(toPrompt(stepFor('age'))).toMatchObject({ kind: 'number', options: [], min: 13, max: 100 });
    expect(toPrompt(stepFor('name'))).toMatchObject({ kind: 'text', options: [], placeholder: 'Your first name' });
  });

  it("offers exactly the bounds of the question's field", () => {
    const loose = StepSchema.parse({
      field: 'training_days', position: 1, kind: 'number', prompt: 'Days?', min_value: 0, max_value: 7,
    });
    expect(toPrompt(loose)).toMatchObject({ field: 'training_days', min: 0, max: 7 });
  });
});
