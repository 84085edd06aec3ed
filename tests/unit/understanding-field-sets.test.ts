/**
 * Owners' field sets unlike the demo bots' (tests/fixtures/understanding/field-sets.json), read by the rules as
 * the chat decides each message: no value a message did not state is ever stored, and what was taught stays
 * learnt. The fields are built as the console builds them, with no entity and few synonyms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Field, FieldSchema, type Question, QuestionSchema } from '../../functions/_shared/contracts.ts';
import { type Bot, botOf } from '../../functions/_shared/conversation/bot.ts';
import { decide } from '../../functions/_shared/conversation/decide.ts';

type Facts = Record<string, string | number | boolean>;
interface Spec { key: string; type: Field['type']; label: string; min?: number; max?: number; options?: Field['options'] }
interface FieldSet { name: string; fields: Spec[]; messages: { id: string; pending: string | null; text: string; facts: Facts }[] }

const sets: FieldSet[] = JSON.parse(readFileSync(new URL('../fixtures/understanding/field-sets.json', import.meta.url), 'utf8')).sets;

function botFor(specs: Spec[]): Bot {
  const fields = specs.map((spec) => FieldSchema.parse({ ...spec, min_value: spec.min ?? null, max_value: spec.max ?? null, min: undefined, max: undefined }));
  const steps = specs.map((spec, i): Question => QuestionSchema.parse({ field: spec.key, position: i + 1, prompt: spec.label }));
  return botOf({
    bot: {
      id: '00000000-0000-4000-8000-00000000f1e1', name: 'Owner', language: 'en', welcome_message: 'Hi', brand_voice: null, handoff_message: 'A person will reply.',
      allowed_origins: [], theme: {}, llm_model: 'gpt-4o-mini', reading_model: null, llm_temperature: 0.4, daily_llm_budget: 0, memory_window: 6,
      limits: { visitor_messages_per_minute: 10, address_messages_per_minute: 10, address_new_visitors_per_hour: 10 }, updated_at: new Date(0).toISOString(),
    },
    fields,
    steps,
    plans: [],
    rules: [],
    texts: {},
  });
}

const same = (a: unknown, b: unknown) => (typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b);

describe.each(sets)('the tuning field set of a $name', (set) => {
  const bot = botFor(set.fields);
  const readings = set.messages.map((m) => {
    const answers = decide(bot, { answers: {}, pendingField: m.pending, status: 'active', returning: false, recent: [] }, { type: 'message', input: { type: 'text', text: m.text } }).answers;
    return { m, stored: Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== null)) };
  });

  it('never stores a value the message did not state', () => {
    const wrong = readings.flatMap(({ m, stored }) =>
      Object.entries(stored).filter(([key, value]) => !(key in m.facts && same(m.facts[key], value))).map(([key, value]) => `${m.id} "${m.text}": ${key}=${value}`)
    );
    expect(wrong).toEqual([]);
  });

  it('captures at least 70% of the facts they state', () => {
    const facts = readings.flatMap(({ m, stored }) => Object.entries(m.facts).map(([key, value]) => same(stored[key], value)));
    expect(facts.filter(Boolean).length / facts.length).toBeGreaterThanOrEqual(0.7);
  });
});
