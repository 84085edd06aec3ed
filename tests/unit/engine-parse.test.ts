import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldValueSchema, StepSchema } from '../../functions/_shared/contracts.ts';
import { problemText } from '../../functions/_shared/conversation/replies.ts';
import { type AnswerInput, parseAnswer, type ParseResult } from '../../functions/_shared/understanding/parse.ts';
import { FIELDS, STEPS, stepFor, WORDS } from './engine-fixture.ts';

const text = (value: string): AnswerInput => ({ type: 'text', text: value });
const choice = (value: string): AnswerInput => ({ type: 'choice', value });
/** The parse, with a refusal in the words the bot says it (the seed bot's English). */
const worded = (result: ParseResult) => (result.ok ? result : { ok: false as const, problem: problemText(WORDS, result.problem) });
const typed = (field: string, value: string) => worded(parseAnswer(stepFor(field), text(value)));
const accepted = (value: unknown) => ({ ok: true, value });

describe('parsing a name', () => {
  it.each([
    ['Sam', 'Sam'],
    ['  Sam Lee  ', 'Sam Lee'],
    ["I'm Sam", 'Sam'],
    ['I’m Sam', 'Sam'],
    ['i am sam', 'sam'],
    ['my name is Sam Lee', 'Sam Lee'],
    ['My name is Sam Lee and I want to lose fat', 'Sam Lee'],
    ['call me Sam', 'Sam'],
    ["it's Sam", 'Sam'],
    ['Sam here', 'Sam'],
    ['Hi! Sam here.', 'Sam'],
    ['hey, Sam', 'Sam'],
    ['Sam, 34', 'Sam'],
    ['Zoë', 'Zoë'],
    ['O’Brien', 'O’Brien'],
  ])('takes %j as the name %j, capitalised as typed', (input, name) => {
    expect(typed('name', input)).toEqual(accepted(name));
  });

  it('keeps HTML in a name as literal text', () => {
    expect(typed('name', '<b>x</b>')).toEqual(accepted('<b>x</b>'));
    expect(typed('name', 'my name is <i>Sam</i>')).toEqual(accepted('<i>Sam</i>'));
  });

  it.each([
    ['a question', 'what is this?'],
    ['digits only', '12345'],
    ['a sentence of more than five words', 'I want to lose fat and get healthy'],
    ['a greeting alone', 'hello'],
    ['an age given instead', "I'm 34"],
    ['punctuation only', '!!!'],
    ['whitespace only', '   '],
  ])('refuses %s and says a first name is enough', (_case, input) => {
    expect(typed('name', input)).toEqual({
      ok: false,
      problem: "I didn't catch a name there — just your first name is fine.",
    });
  });

  it('refuses a name longer than 60 characters', () => {
    const result = typed('name', 'A'.repeat(61));
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ problem: expect.stringContaining('60 characters') });
    expect(typed('name', 'A'.repeat(60))).toEqual(accepted('A'.repeat(60)));
  });

  it('refuses a name containing a NUL byte instead of storing it', () => {
    expect(typed('name', 'Sa\u0000m').ok).toBe(false);
  });
});

describe('parsing an age', () => {
  it.each([
    ['34', 34],
    ['34 years old', 34],
    ['34-year-old', 34],
    ["I'm 34", 34],
    ["I'm 34.", 34],
    ['age 34', 34],
    ['thirty four', 34],
    ['thirty-four', 34],
    ['one hundred', 100],
    ['13', 13],
    ["I'm 34 and have 2 kids", 34],
  ])('reads %j as %d', (input, age) => {
    expect(typed('age', input)).toEqual(accepted(age));
  });

  it.each(['-1', '200', 'abc', '34.5', '12', '101', '0', '30 or 40', ''])('refuses %j with the expected range', (input) => {
    expect(typed('age', input)).toEqual({
      ok: false,
      problem: 'Just your age in years, please — a whole number from 13 to 100.',
    });
  });
});

describe('parsing a support level on a scale', () => {
  it.each([
    ['7', 7],
    ['7/10', 7],
    ['7 / 10', 7],
    ['about 7', 7],
    ['seven', 7],
    ['7 out of 10', 7],
    ['seven out of ten', 7],
    ['1', 1],
    ['10', 10],
    ['I’d say 8!', 8],
  ])('reads %j as %d', (input, level) => {
    expect(typed('support_level', input)).toEqual(accepted(level));
  });

  it.each(['0', '11', '7.5', 'abc', '3/5', '7 or 8', '-3'])('refuses %j and asks for a number from 1 to 10', (input) => {
    expect(typed('support_level', input)).toEqual({ ok: false, problem: 'Please pick a number from 1 to 10.' });
  });

  it('runs from 1 to 10 when the step sets no bounds', () => {
    const bare = StepSchema.parse({ field: 'support_level', position: 1, kind: 'scale', prompt: 'How much?' });
    expect(parseAnswer(bare, text('10'))).toEqual(accepted(10));
    expect(parseAnswer(bare, text('11')).ok).toBe(false);
  });

  it('reads a quick-reply number like a typed one', () => {
    expect(parseAnswer(stepFor('support_level'), choice('6'))).toEqual(accepted(6));
  });
});

describe('parsing a single choice', () => {
  it('accepts a quick reply only when its value is one of the options', () => {
    expect(parseAnswer(stepFor('primary_goal'), choice('recomp'))).toEqual(accepted('recomp'));
    expect(parseAnswer(stepFor('primary_goal'), choice('get_fit'))).toMatchObject({ ok: false });
    expect(parseAnswer(stepFor('primary_goal'), choice('Lose fat'))).toMatchObject({ ok: false });
  });

  it.each([
    ['fat_loss', 'fat_loss'],
    ['Lose fat', 'fat_loss'],
    ['LOSE FAT!', 'fat_loss'],
    ['losé fât', 'fat_loss'],
    ['lose weight', 'fat_loss'],
    ['Build muscle.', 'muscle_gain'],
    ['bulk up', 'muscle_gain'],
    ['both', 'recomp'],
    ['Both: lose fat and build muscle', 'recomp'],
    ['2', 'muscle_gain'],
    ['the third one', 'recomp'],
    ['1st', 'fat_loss'],
    ["I'd like to lose fat please", 'fat_loss'],
    ['honestly I just want to bulk up a bit', 'muscle_gain'],
    ['I want to lose fat and build muscle', 'recomp'],
  ])('matches typed %j to %j', (input, value) => {
    expect(typed('primary_goal', input)).toEqual(accepted(value));
  });

  it.each([
    ['a goal that is not one of the three', 'get fit'],
    ['an option number out of range', '4'],
    ['two different goals', 'lose fat or build muscle, not sure'],
    ['nothing', '...'],
  ])('refuses %s and lists the options', (_case, input) => {
    expect(typed('primary_goal', input)).toEqual({
      ok: false,
      problem: 'Could you pick one of: Lose fat, Build muscle, or Both: lose fat and build muscle?',
    });
  });

  it.each([
    ['woman', 'female'],
    ['Female', 'female'],
    ["I'm a man", 'male'],
    ['m', 'male'],
    ['F', 'female'],
    ['non-binary', 'nonbinary'],
    ["I'd rather not say", 'prefer_not'],
  ])('matches gender %j to %j on whole words only', (input, value) => {
    expect(typed('gender', input)).toEqual(accepted(value));
  });

  it('does not read the "m" of "I\'m" as the option M', () => {
    expect(typed('gender', "I'm here")).toMatchObject({ ok: false });
  });

  it('reads everyday ways of declining as the option that declines, on any bot that has one', () => {
    for (const input of ["I'm not telling", 'rather not', 'prefer not to answer that', 'none of your business']) {
      expect(typed('gender', input)).toEqual(accepted('prefer_not'));
    }
  });
});

describe('parsing yes or no', () => {
  it.each(['yes', 'Yes!', 'yeah', 'yep', 'sure', 'absolutely', 'of course', 'love it', 'I do', 'y', 'I love cooking'])(
    'reads %j as yes',
    (input) => {
      expect(typed('cooking_preference', input)).toEqual(accepted(true));
    },
  );

  it.each(['no', 'nope', 'nah', 'not really', 'never', "I don't", 'I don’t cook', 'hate it', 'n', 'No thanks.'])(
    'reads %j as no',
    (input) => {
      expect(typed('cooking_preference', input)).toEqual(accepted(false));
    },
  );

  it.each(["I don't know", 'not sure', 'maybe', 'pizza'])('asks for a plain yes or no after %j', (input) => {
    expect(typed('cooking_preference', input)).toEqual({ ok: false, problem: 'A simple yes or no is fine.' });
  });

  it('reads the Yes and No quick replies and refuses any other value', () => {
    expect(parseAnswer(stepFor('cooking_preference'), choice('yes'))).toEqual(accepted(true));
    expect(parseAnswer(stepFor('cooking_preference'), choice('no'))).toEqual(accepted(false));
    expect(parseAnswer(stepFor('cooking_preference'), choice('maybe')).ok).toBe(false);
  });
});

describe('parsing free text', () => {
  it('stores the trimmed text', () => {
    expect(typed('eating_habits', '  Mostly takeaway, no breakfast.  ')).toEqual(accepted('Mostly takeaway, no breakfast.'));
  });

  it('keeps markup as literal text', () => {
    expect(typed('emotional_why', '<script>alert(1)</script>')).toEqual(accepted('<script>alert(1)</script>'));
  });

  it('refuses empty text and text over 500 characters', () => {
    expect(typed('eating_habits', '   ')).toEqual({ ok: false, problem: 'Could you tell me in a few words?' });
    expect(typed('emotional_why', 'x'.repeat(501))).toEqual({
      ok: false,
      problem: 'Could you keep it under 500 characters?',
    });
    expect(typed('emotional_why', 'x'.repeat(500)).ok).toBe(true);
  });
});

describe('parsing any input', () => {
  it("never throws and only ever accepts values the step's field accepts", () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.constantFrom(...STEPS), anyText, fc.boolean(), (step, value, asChoice) => {
        const result = parseAnswer(step, asChoice ? choice(value) : text(value));
        const field = FIELDS.find((f) => f.key === step.field)!;
        if (result.ok) expect(fieldValueSchema(field).safeParse(result.value).success).toBe(true);
        else expect(problemText(WORDS, result.problem).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
    // A correctness check over many inputs, not a timing one: a loaded machine must not fail it.
  }, 60_000);
});
