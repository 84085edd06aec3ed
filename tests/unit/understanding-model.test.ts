/**
 * The model's reading folded into the rules' (understanding/merge.ts), and the contract it is asked in
 * (understanding/model.ts): the rules win where they are certain, the model fills what they missed, and
 * nothing the message did not say is ever stored.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../functions/_shared/conversation/decide.ts';
import { type ModelReading, readingJsonSchema, readingSchema } from '../../functions/_shared/understanding/model.ts';
import { understand } from '../../functions/_shared/understanding/understand.ts';
import { BOT, STEPS, stepFor } from './engine-fixture.ts';

const nothing: ModelReading = { answers: {}, kind: 'answer', objection: null, safety: null, category: null };
const model = (over: Partial<ModelReading>): ModelReading => ({ ...nothing, ...over, answers: { ...over.answers } });

function read(text: string, reading: ModelReading | null, pending = 'name', known: Record<string, string | number | boolean> = {}) {
  return understand({ type: 'text', text }, { steps: STEPS, pending: stepFor(pending), known, recent: { reAsks: 0 } }, reading);
}

const valuesOf = (u: ReturnType<typeof read>) => Object.fromEntries(u.answers.map((a) => [a.field, a.value]));

describe('the reading contract', () => {
  it('asks for the fields a model may fill, each with its own values, and nulls made explicit', () => {
    const schema = readingJsonSchema(STEPS) as any;
    expect(schema.$schema).toBeUndefined();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['answers', 'kind', 'objection', 'safety', 'category']);
    const fields = schema.properties.answers.properties;
    // Free text (eating habits, the visitor's why) is never asked of the model.
    expect(Object.keys(fields)).toEqual(['name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'support_level', 'cooking_preference']);
    expect(fields.primary_goal.anyOf).toContainEqual({ type: 'string', enum: ['fat_loss', 'muscle_gain', 'recomp'] });
    expect(fields.cooking_preference).toEqual({ type: ['boolean', 'null'] });
  });

  it('refuses an answer that is not the contract', () => {
    expect(readingSchema(STEPS).safeParse({ ...nothing, answers: {} }).success).toBe(false);
    const full = { name: null, age: null, gender: null, primary_goal: null, recomp_focus: null, support_level: null, cooking_preference: null };
    expect(readingSchema(STEPS).safeParse({ ...nothing, answers: full }).success).toBe(true);
    expect(readingSchema(STEPS).safeParse({ ...nothing, answers: { ...full, primary_goal: 'get_rich' } }).success).toBe(false);
    expect(readingSchema(STEPS).safeParse({ ...nothing, answers: full, kind: 'chat' }).success).toBe(false);
  });
});

describe('merging the model reading with the rules', () => {
  it('fills what the rules missed, when the message says it', () => {
    const u = read("I'm Ana, 31, and honestly I just want to drop a dress size", model({ answers: { primary_goal: 'fat_loss' } }));
    expect(valuesOf(u)).toMatchObject({ name: 'Ana', age: 31, primary_goal: 'fat_loss' });
    expect(u.readBy).toBe('model');
  });

  it('keeps the rules where they are certain', () => {
    const u = read("I'm Ana, 31", model({ answers: { name: 'Anna', age: 13 } }));
    expect(valuesOf(u)).toEqual({ name: 'Ana', age: 31 });
  });

  it('stores no number the message does not hold, and no name it does not spell', () => {
    expect(valuesOf(read('my name is Priya and I am in my thirties', model({ answers: { age: 35 } })))).toEqual({ name: 'Priya' });
    expect(valuesOf(read('hello there, coach', model({ answers: { name: 'Coach Sam' } }), 'name'))).toEqual({});
  });

  it('checks the field: bounds, whole numbers, options, and what the owner allows in passing', () => {
    expect(valuesOf(read('support? 11 out of 10!!', model({ answers: { support_level: 11 } }), 'support_level'))).toEqual({});
    const steps = STEPS.map((s) => (s.field === 'gender' ? { ...s, fill_in_passing: false } : s));
    const u = understand({ type: 'text', text: "I'm Kim, a woman of 40" }, { steps, pending: stepFor('name'), known: {}, recent: { reAsks: 0 } },
      model({ answers: { gender: 'female' } }));
    expect(valuesOf(u).gender).toBeUndefined();
  });

  it('never changes a stored answer', () => {
    const u = read('I am 45 now', model({ answers: { age: 45 } }), 'gender', { name: 'Ana', age: 31 });
    expect(valuesOf(u).age).toBeUndefined();
  });

  it('answers the pending question the rules could not read, without a refusal', () => {
    const u = read('put me down as wanting to get shredded before summer', model({ answers: { primary_goal: 'fat_loss' } }), 'primary_goal', { name: 'Ana', age: 31, gender: 'female' });
    expect(u.intent).toBe('answer');
    expect(u.refusal).toBeUndefined();
    expect(valuesOf(u)).toEqual({ primary_goal: 'fat_loss' });
  });

  it('adds a safety matter or an objection the rules missed; the rules\' own stand', () => {
    const safety = read('my doctor says my kidneys are not great', model({ kind: 'safety', safety: { kind: 'medical', urgent: false } }), 'age');
    expect(safety).toMatchObject({ intent: 'safety', safety: { kind: 'medical', urgent: false } });
    const later = read("I'll circle back after the holidays", model({ kind: 'objection', objection: 'not_now' }), 'age');
    expect(later).toMatchObject({ intent: 'objection', objection: 'not_now' });
    const rules = read('can I talk to a real person please', model({ kind: 'objection', objection: 'price' }), 'age');
    expect(rules.intent).toBe('handoff');
  });

  it('decides the turn with the merged reading: stored, acknowledged, and the next question asked', () => {
    const state = { answers: {}, pendingField: 'name', status: 'active' as const, returning: false, recent: [] };
    const decision = decide(BOT, state, {
      type: 'message',
      input: { type: 'text', text: "Ana here, 31, I'd like to get a bit more toned" },
      model: model({ answers: { primary_goal: 'recomp' } }),
    });
    expect(decision.answers).toEqual({ name: 'Ana', age: 31, primary_goal: 'recomp' });
    expect(decision.pendingField).toBe('gender');
  });
});
