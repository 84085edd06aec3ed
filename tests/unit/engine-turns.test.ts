import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../functions/_shared/understanding/understand.ts';
import { answerTurn, COMPLETE_PROFILE, context, type EngineContext, startTurn, stepFor, type Turn, WELCOME } from './engine-fixture.ts';

const say = (text: string): AnswerInput => ({ type: 'text', text });
const pick = (value: string): AnswerInput => ({ type: 'choice', value });

/** Plays a turn the way the chat function does: stores the patch and moves the pending question. */
function play(ctx: EngineContext, input: AnswerInput): { turn: Turn; ctx: EngineContext } {
  const turn = answerTurn(ctx, input);
  return {
    turn,
    ctx: {
      ...ctx,
      answers: { ...ctx.answers, ...turn.profilePatch },
      pendingField: turn.nextField,
      status: turn.complete ? 'completed' : ctx.status,
    },
  };
}

describe('startTurn', () => {
  it('welcomes a new visitor and asks the first question', () => {
    expect(startTurn(context())).toEqual({
      intent: 'start',
      profilePatch: {},
      answered: [],
      replies: [WELCOME, 'First things first: what should I call you?'],
      nextField: 'name',
      complete: false,
    });
  });

  it('welcomes a returning visitor back by name and re-asks the question they stopped at', () => {
    const turn = startTurn(context({ returning: true, answers: { name: 'Sam', age: 34 }, pendingField: 'gender' }));
    expect(turn.replies).toEqual(["Welcome back, Sam! Let's pick up where we left off.", 'Which best describes you?']);
    expect(turn).toMatchObject({ intent: 'start', nextField: 'gender', complete: false, profilePatch: {} });
  });

  it('treats a conversation that already has answers as a return, even without the returning flag', () => {
    const turn = startTurn(context({ answers: { name: 'Sam' }, pendingField: 'age' }));
    expect(turn.replies[0]).toBe("Welcome back, Sam! Let's pick up where we left off.");
    expect(turn.nextField).toBe('age');
  });

  it('welcomes back a returning visitor without a name without inventing one', () => {
    const turn = startTurn(context({ returning: true }));
    expect(turn.replies).toEqual(["Welcome back! Let's get started.", 'First things first: what should I call you?']);
  });

  it('resumes at the first unanswered question when the stored pending question is already answered', () => {
    const turn = startTurn(context({ returning: true, answers: { name: 'Sam', age: 34 }, pendingField: 'age' }));
    expect(turn.nextField).toBe('gender');
  });

  it('completes at once when every question is already answered', () => {
    const turn = startTurn(context({ returning: true, answers: COMPLETE_PROFILE, status: 'completed' }));
    expect(turn).toMatchObject({ intent: 'start', complete: true, nextField: null, profilePatch: {} });
    expect(turn.replies).toEqual(["Welcome back, Sam! Here's the plan I recommended for you:"]);
  });
});

describe('answerTurn', () => {
  it('stores several answers from one message in step order and asks the next open question', () => {
    const turn = answerTurn(context({ pendingField: 'name' }), say("I'm Sam, 34, and I want to lose fat"));
    expect(turn).toEqual({
      intent: 'answer',
      profilePatch: { name: 'Sam', age: 34, primary_goal: 'fat_loss' },
      answered: ['name', 'age', 'primary_goal'],
      replies: ['Got it — Sam, age 34 and wants to lose fat. Which best describes you?'],
      nextField: 'gender',
      complete: false,
    });
    expect(Object.keys(turn.profilePatch)).toEqual(['name', 'age', 'primary_goal']);
  });

  it('greets the visitor by the name they just gave, and asks the next question in the same bubble', () => {
    const turn = answerTurn(context({ pendingField: 'name' }), say('Sam'));
    expect(turn.replies).toEqual(['Great to have you here, Sam! How old are you?']);
    expect(turn.nextField).toBe('age');
  });

  it('takes "not now" as no answer, in one bubble: no rush, and the question kept for when they are ready', () => {
    const turn = answerTurn(context({ answers: { name: 'Sam', age: 34 }, pendingField: 'gender' }), say('not now, let me think about it'));
    expect(turn.profilePatch).toEqual({});
    expect(turn.nextField).toBe('gender');
    expect(turn.replies).toHaveLength(1);
    expect(turn.replies[0]).toMatch(/^No rush at all\b.*\n\nWhenever you're ready: Which best describes you\?$/s);
  });

  it('answers the next step in order when nothing is pending yet', () => {
    const turn = answerTurn(context({ pendingField: null }), say('Sam'));
    expect(turn.profilePatch).toEqual({ name: 'Sam' });
  });

  it('re-asks the pending question with what is expected when the age is 200', () => {
    const turn = answerTurn(context({ answers: { name: 'Sam' }, pendingField: 'age' }), say('200'));
    expect(turn).toEqual({
      intent: 'invalid',
      profilePatch: {},
      answered: [],
      replies: ['Just your age in years, please — a whole number from 13 to 100. How old are you?'],
      nextField: 'age',
      complete: false,
    });
  });

  it.each(['-1', 'abc', '34.5'])('re-asks the age after %j without storing anything', (input) => {
    const turn = answerTurn(context({ answers: { name: 'Sam' }, pendingField: 'age' }), say(input));
    expect(turn).toMatchObject({ intent: 'invalid', profilePatch: {}, nextField: 'age' });
  });

  it.each(['0', '11'])('re-asks the support level after %j', (input) => {
    const ctx = context({ answers: { ...COMPLETE_PROFILE, support_level: null }, pendingField: 'support_level' });
    const turn = answerTurn(ctx, say(input));
    expect(turn.intent).toBe('invalid');
    expect(turn.replies).toEqual([
      'Please pick a number from 1 to 10. How much hands-on support do you want from us? 1 = just give me the plan, 10 = check in with me every day.',
    ]);
  });

  it('re-asks the goal listing the three options when the goal is not one of them', () => {
    const ctx = context({ answers: { name: 'Sam', age: 34, gender: 'male' }, pendingField: 'primary_goal' });
    expect(answerTurn(ctx, say('get fit')).replies).toEqual([
      "Could you pick one of: Lose fat, Build muscle, or Both: lose fat and build muscle? What's your main goal right now?",
    ]);
    expect(answerTurn(ctx, pick('get_fit'))).toMatchObject({ intent: 'invalid', profilePatch: {} });
  });

  it('stores and acknowledges explicit answers to other questions while re-asking an invalid one', () => {
    const turn = answerTurn(context({ answers: { name: 'Sam' }, pendingField: 'age' }), say('I want to lose fat'));
    expect(turn).toMatchObject({
      intent: 'invalid',
      profilePatch: { primary_goal: 'fat_loss' },
      answered: ['primary_goal'],
      nextField: 'age',
      complete: false,
    });
    expect(turn.replies).toEqual([
      'Got it — wants to lose fat. Just your age in years, please — a whole number from 13 to 100. How old are you?',
    ]);
  });

  it('asks the lean-or-build question only after a recomposition goal', () => {
    const ctx = context({ answers: { name: 'Sam', age: 34, gender: 'male' }, pendingField: 'primary_goal' });
    expect(answerTurn(ctx, pick('recomp')).nextField).toBe('recomp_focus');
    expect(answerTurn(ctx, pick('fat_loss')).nextField).toBe('eating_habits');
    expect(answerTurn(ctx, say('I want to lose fat and build muscle')).nextField).toBe('recomp_focus');
  });

  it('stores a name containing HTML as the literal text and quotes it back as text', () => {
    const turn = answerTurn(context({ pendingField: 'name' }), say('<b>x</b>'));
    expect(turn.profilePatch).toEqual({ name: '<b>x</b>' });
    expect(turn.replies[0]).toBe('Great to have you here, <b>x</b>! How old are you?');
  });

  it('does not echo a long name back in full', () => {
    const name = 'Maximiliana Alexandrina Bartholomew-Featherstonehaugh';
    const turn = answerTurn(context({ pendingField: 'name' }), say(name));
    expect(turn.profilePatch.name).toBe(name);
    expect(turn.replies[0]!.length).toBeLessThan(`Great to have you here, ! How old are you?`.length + 42);
    expect(turn.replies[0]).toContain('…');
  });

  it('varies the acknowledgement by question and by what was said', () => {
    const base = { ...COMPLETE_PROFILE, cooking_preference: null };
    const yes = answerTurn(context({ answers: base, pendingField: 'cooking_preference' }), pick('yes'));
    const no = answerTurn(context({ answers: { ...base, support_level: null }, pendingField: 'support_level' }), say('8'));
    expect(no.replies[0]).toMatch(/^Noted — 8 out of 10\. /);
    expect(yes.replies).toEqual(["Thanks, Sam — that's everything I need. Here's the plan I'd recommend:"]);
  });

  it('gives the same turn for the same message every time', () => {
    const ctx = context({ pendingField: 'name' });
    expect(answerTurn(ctx, say("I'm Sam, 34"))).toEqual(answerTurn(ctx, say("I'm Sam, 34")));
  });

  it('completes with a short transition when the last question is answered', () => {
    const ctx = context({ answers: { ...COMPLETE_PROFILE, cooking_preference: null }, pendingField: 'cooking_preference' });
    expect(answerTurn(ctx, say('nope'))).toEqual({
      intent: 'answer',
      profilePatch: { cooking_preference: false },
      answered: ['cooking_preference'],
      replies: ["Thanks, Sam — that's everything I need. Here's the plan I'd recommend:"],
      nextField: null,
      complete: true,
    });
  });

  it('points to the plan above after completion and stores nothing', () => {
    const turn = answerTurn(context({ answers: COMPLETE_PROFILE, status: 'completed' }), say('ok thanks'));
    expect(turn).toEqual({
      intent: 'complete',
      profilePatch: {},
      answered: [],
      replies: ['Your plan is just above, Sam — feel free to ask me anything about it.'],
      nextField: null,
      complete: false,
    });
  });

  it('completes when every question is answered but the plan was not shown yet', () => {
    const turn = answerTurn(context({ answers: COMPLETE_PROFILE, status: 'active' }), say('hello?'));
    expect(turn).toMatchObject({ intent: 'complete', complete: true, nextField: null, profilePatch: {} });
  });

  it('walks a whole conversation to the plan, mixing typed answers and quick replies', () => {
    const inputs: AnswerInput[] = [
      say('hey, my name is Jo'),
      say('41 years old'),
      pick('female'),
      say('both really'),
      say('lean first'),
      say('Coffee, then whatever is around'),
      say('I want to feel strong again'),
      say('about 2'),
      say('yes, I love it'),
    ];
    let ctx = context();
    const asked: (string | null)[] = [startTurn(ctx).nextField];
    for (const input of inputs) {
      const next = play(ctx, input);
      expect(next.turn.intent).toBe('answer');
      for (const reply of next.turn.replies) expect(reply).not.toMatch(/[<>*_`#]|\]\(/);
      asked.push(next.turn.nextField);
      ctx = next.ctx;
    }
    expect(asked).toEqual([
      'name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why', 'support_level',
      'cooking_preference', null,
    ]);
    expect(ctx.answers).toEqual({
      name: 'Jo',
      age: 41,
      gender: 'female',
      primary_goal: 'recomp',
      recomp_focus: 'lean',
      eating_habits: 'Coffee, then whatever is around',
      emotional_why: 'I want to feel strong again',
      support_level: 2,
      cooking_preference: true,
    });
    expect(ctx.status).toBe('completed');
  });

  it('re-asks the same question with its prompt text as the last reply', () => {
    const ctx = context({ answers: { name: 'Sam', age: 34 }, pendingField: 'gender' });
    const turn = answerTurn(ctx, say('purple'));
    expect(turn.replies.at(-1)).toContain(stepFor('gender').prompt);
  });
});
