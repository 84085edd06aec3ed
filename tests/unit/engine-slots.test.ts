import { describe, expect, it } from 'vitest';
import { type Step, StepSchema } from '../../functions/_shared/contracts.ts';
import { extractSlots } from '../../functions/_shared/understanding/slots.ts';
import { STEPS } from './engine-fixture.ts';

describe('extractSlots', () => {
  it('fills name, age and goal from one introduction', () => {
    const text = "I'm Sam, 34, and I want to lose fat";
    expect(extractSlots(text, STEPS, {}, 'name')).toEqual({ name: 'Sam', age: 34, primary_goal: 'fat_loss' });
    expect(extractSlots(text, STEPS, {}, null)).toEqual({ name: 'Sam', age: 34, primary_goal: 'fat_loss' });
  });

  it('reads a bare number right after the name as the age when answering the name question', () => {
    expect(extractSlots('Sam, 34', STEPS, {}, 'name')).toEqual({ name: 'Sam', age: 34 });
    expect(extractSlots('Sam (34)', STEPS, {}, 'name')).toEqual({ name: 'Sam', age: 34 });
  });

  it.each([
    ['34 years old', 34],
    ["I'm 34", 34],
    ['age: 41', 41],
    ['I am only 19', 19],
  ])('takes an age stated as %j while another question is pending', (text, age) => {
    expect(extractSlots(text, STEPS, { name: 'Sam' }, 'gender')).toEqual({ age });
  });

  it.each([
    ["I'm a woman", 'female'],
    ['I am male', 'male'],
    ["I'm a guy who wants to get bigger", 'male'],
    ['Sam, 34, non-binary', 'nonbinary'],
  ])('takes the gender from the explicit %j', (text, gender) => {
    expect(extractSlots(text, STEPS, { name: 'Sam' }, 'age')).toMatchObject({ gender });
  });

  it.each([
    ['I love cooking', true],
    ['I really enjoy cooking', true],
    ['I hate cooking', false],
    ["I don't like cooking", false],
    ["I don't love cooking", false],
    ["I can't cook", false],
  ])('takes the cooking preference from %j', (text, cooking) => {
    expect(extractSlots(text, STEPS, { name: 'Sam' }, 'age')).toMatchObject({ cooking_preference: cooking });
  });

  it('takes the goal from a phrase of the goal step', () => {
    expect(extractSlots('Sam here, looking to slim down', STEPS, {}, 'name'))
      .toEqual({ name: 'Sam', primary_goal: 'fat_loss' });
  });

  it('reads the pending question with its full parser and the others only from explicit wording', () => {
    expect(extractSlots('7', STEPS, {}, 'support_level')).toEqual({ support_level: 7 });
    expect(extractSlots('7', STEPS, {}, 'gender')).toEqual({});
  });

  describe('does not fill', () => {
    it.each([
      ['a name from "I\'m" followed by a word that is not a name', "I'm tired of being overweight", 'age'],
      ['a lower-case name when the name is not the question', "i'm sam", 'age'],
      ['a name from "it\'s" in passing', "It's Monday and I'm starving", 'age'],
      ['an age from unrelated numbers', 'my kids are 5 and 7', 'gender'],
      ['an age from a weight', "I'm 90kg", 'gender'],
      ['an age from a duration', "I've been trying for 15 years", 'gender'],
      ['an age outside 13 to 100', "I'm 8 years old", 'gender'],
      ['an age next to a name that is not recognisable', 'Sam, 34', 'gender'],
      ['a gender from a word in passing', 'my man says I should eat more', 'age'],
      ['a goal from a single loose word', 'both of my kids eat junk', 'age'],
      ['a goal when two goals are named', 'I want to lose weight, or maybe get stronger', 'age'],
      ['a support level unless it is the question', "I'd like 8 out of 10 support", 'gender'],
      ['eating habits or a why unless asked', 'I eat takeaway because I want to feel better', 'gender'],
    ])('%s', (_case, text, pending) => {
      expect(extractSlots(text, STEPS, {}, pending as Step['field'])).toEqual({});
    });
  });

  it('never overwrites a stored answer, except the pending one', () => {
    const profile = { name: 'Alex', age: 30, primary_goal: 'muscle_gain' as const };
    expect(extractSlots("I'm Sam, 34, and I want to lose fat", STEPS, profile, 'gender')).toEqual({});
    expect(extractSlots('34', STEPS, profile, 'age')).toEqual({ age: 34 });
  });

  it('does not fill the lean-or-build question from a word in passing, even right after a recomposition goal', () => {
    expect(extractSlots('I want to lose fat and build muscle, mostly build', STEPS, { name: 'Sam' }, 'age'))
      .toEqual({ primary_goal: 'recomp' });
  });

  it('ignores fields whose step does not apply, unless this same message makes it apply', () => {
    const cookingIfFatLoss: Step[] = STEPS.map((step) =>
      step.field === 'cooking_preference'
        ? StepSchema.parse({ ...step, condition: { field: 'primary_goal', equals: 'fat_loss' } })
        : step
    );
    expect(extractSlots('I want to lose fat and I hate cooking', cookingIfFatLoss, {}, 'age'))
      .toEqual({ primary_goal: 'fat_loss', cooking_preference: false });
    expect(extractSlots('I want to build muscle and I hate cooking', cookingIfFatLoss, {}, 'age'))
      .toEqual({ primary_goal: 'muscle_gain' });
    const noGenderStep = STEPS.filter((step) => step.field !== 'gender');
    expect(extractSlots("I'm a woman", noGenderStep, {}, 'age')).toEqual({});
  });
});
