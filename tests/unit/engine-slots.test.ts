import { describe, expect, it } from 'vitest';
import { type Answers, type Step, StepSchema } from '../../functions/_shared/contracts.ts';
import { readText } from '../../functions/_shared/understanding/reading.ts';
import { fillSlots } from '../../functions/_shared/understanding/slots.ts';
import { STEPS } from './engine-fixture.ts';

/** The values one message fills, the pending question read by its own parser. */
const extractSlots = (text: string, steps: Step[], answers: Answers, pending: string | null, prices: number[] = []) =>
  fillSlots(readText(text, { prices }), steps, answers, pending, undefined, prices).values;
const corrections = (text: string, answers: Answers, pending: string | null) => fillSlots(readText(text), STEPS, answers, pending);

describe('slot filling', () => {
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

  it('takes a number in passing when the field\'s own words sit next to it', () => {
    expect(extractSlots("I'd like 8 out of 10 support", STEPS, { name: 'Sam' }, 'gender')).toEqual({ support_level: 8 });
    expect(extractSlots('Zoe here. support level 8 please', STEPS, {}, 'name')).toEqual({ name: 'Zoe', support_level: 8 });
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
      ['a support level from a number without the field\'s own words', 'I give this an 8 out of 10', 'gender'],
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

  it('keeps a limit to the value it applies to, never to the message around it', () => {
    const long = `call me Ana. Support about a 3, and I do enjoy cooking. ${'I also like long walks on the beach. '.repeat(3)}`;
    expect(extractSlots(long, STEPS, {}, 'name')).toEqual({ name: 'Ana', support_level: 3, cooking_preference: true });
  });

  it.each([
    ['Lee, 27, want to get shredded', { name: 'Lee', age: 27, primary_goal: 'fat_loss' }],
    ['Hi I\'m Dan, 44, I want to lose about 10kg', { name: 'Dan', age: 44, primary_goal: 'fat_loss' }],
    ['I\'m 30 and my name is Elena', { age: 30, name: 'Elena' }],
    ['Noor, female, 26, goal is to gain muscle', { name: 'Noor', gender: 'female', age: 26, primary_goal: 'muscle_gain' }],
    ['you can call me Bex, I\'m a 24 yo gal who wants to build muscle', { name: 'Bex', age: 24, gender: 'female', primary_goal: 'muscle_gain' }],
    ['Mo. 19. dude. bulking', { name: 'Mo', age: 19, gender: 'male', primary_goal: 'muscle_gain' }],
  ])('fills %j in any order, mixed with other talk', (text, expected) => {
    expect(extractSlots(text, STEPS, {}, 'name')).toEqual(expected);
  });

  it.each([
    ["I can't spend 90 dollars a week", 'age'],
    ['I can only spend like 50 bucks a week', 'age'],
    ['35 and I weigh 100 kilos', 'gender'],
    ['I lost 15 pounds last year', 'gender'],
    ['i work 50 hours a week', 'gender'],
    ['my 50th birthday is coming up', 'emotional_why'],
    ['I was born in 1990', 'age'],
    ['turning 40 next month', 'age'],
  ])('tells numbers apart by what they measure: %j stores no age', (text, pending) => {
    expect(extractSlots(text, STEPS, { name: 'Sam' }, pending)).not.toHaveProperty('age');
  });

  it('takes the age from among other numbers by what each measures', () => {
    expect(extractSlots('35 and I weigh 100 kilos', STEPS, { name: 'Sam' }, 'age')).toEqual({ age: 35 });
    expect(extractSlots("I spend 60 pounds a week on takeaway, I'm 38", STEPS, { name: 'Sam' }, 'age')).toEqual({ age: 38 });
    expect(extractSlots("I'm 61 but feel 40 lol", STEPS, { name: 'Sam' }, 'age')).toEqual({ age: 61 });
    expect(extractSlots('a 23 year old', STEPS, { name: 'Sam' }, 'age')).toEqual({ age: 23 });
  });

  it('never takes a plan\'s own price for an age in a list', () => {
    expect(extractSlots('Sam, 49, hmm', STEPS, {}, 'gender', [49, 149])).toEqual({});
    expect(extractSlots('woman, 44', STEPS, { name: 'Sam' }, 'gender', [49, 149])).toEqual({ gender: 'female', age: 44 });
  });

  it.each([
    ['gal', 'female'],
    ['dude', 'male'],
    ['bloke', 'male'],
    ["I'd rather not say", 'prefer_not'],
    ['prefer not to answer that', 'prefer_not'],
  ])('knows everyday words for the gender question: %j', (text, gender) => {
    expect(extractSlots(text, STEPS, { name: 'Sam', age: 30 }, 'gender')).toEqual({ gender });
  });

  it('reads "I\'d rather not say" only as an answer to the question asked', () => {
    expect(extractSlots("I'm Sophie and I'd rather not say my age", STEPS, {}, 'name')).toEqual({ name: 'Sophie' });
  });

  it.each([
    ['not bulk, I want to lean out', 'fat_loss'],
    ["I don't want to lose weight, I want to gain muscle", 'muscle_gain'],
    ['lose fat and gain muscle at the same time', 'recomp'],
  ])('reads negations and joined goals: %j', (text, goal) => {
    expect(extractSlots(text, STEPS, { name: 'Sam', age: 30, gender: 'male' }, 'primary_goal')).toEqual({ primary_goal: goal });
  });

  describe('corrections', () => {
    it.each([
      ['actually 32', { name: 'Ana', age: 31 }, 'gender', { age: 32 }],
      ['no, I\'m a man', { name: 'Ben', age: 40, gender: 'female' }, 'primary_goal', { gender: 'male' }],
      ['sorry, I meant build', { name: 'Sam', age: 30, gender: 'male', primary_goal: 'recomp', recomp_focus: 'lean' }, 'eating_habits', { recomp_focus: 'build' }],
      ['oops I\'m 28 not 29', { name: 'Sam', age: 29 }, 'gender', { age: 28 }],
      ["34. and it's Sarah not Sara", { name: 'Sara' }, 'age', { age: 34, name: 'Sarah' }],
    ])('puts a stored answer right: %j', (text, answers, pending, values) => {
      const filled = corrections(text, answers, pending);
      expect(filled.values).toEqual(values);
      expect(filled.corrected.length).toBeGreaterThan(0);
    });

    it('overwrites nothing without a word that says it is a correction', () => {
      expect(corrections('I am 32', { name: 'Ana', age: 31 }, 'gender')).toEqual({ values: {}, corrected: [] });
      expect(corrections('sorry, it\'s hard to say', { name: 'Ana', age: 31 }, 'gender').corrected).toEqual([]);
    });
  });
});
