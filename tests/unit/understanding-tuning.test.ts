/**
 * The demo bot's tuning sets (tests/fixtures/understanding/), read by the rules as the chat decides each
 * message: no value the message did not state is ever stored, and what was taught stays learnt. The bench
 * (npm run bench:understanding) prints the same sets' figures and failures; this keeps them from sliding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../functions/_shared/contracts.ts';
import { decide } from '../../functions/_shared/conversation/decide.ts';
import { understand } from '../../functions/_shared/understanding/understand.ts';
import { BOT, STEPS, stepFor } from './engine-fixture.ts';

type Facts = Record<string, string | number | boolean>;
interface Message { id: string; pending: string | null; known?: Facts; text: string; facts?: Facts; objection?: string; kind?: string }

// Each test reads a whole tuning set (up to 1,900 messages): correctness, not speed, is checked here, and a
// busy machine takes a minute over the safety set.
vi.setConfig({ testTimeout: 180_000 });

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/understanding/${name}`, import.meta.url), 'utf8'));
const profile: Message[] = fixture('profile-messages.json').messages;
const objections: Message[] = fixture('objections.json').lines;
/** Free text (the visitor's eating habits and why) is stored as typed and not scored. */
const UNSCORED = new Set(['eating_habits', 'emotional_why']);
const same = (a: unknown, b: unknown) => (typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b);

function readByRules(m: Message) {
  const known = (m.known ?? {}) as Answers;
  const decision = decide(BOT, { answers: known, pendingField: m.pending, status: 'active', returning: false, recent: [] }, { type: 'message', input: { type: 'text', text: m.text } });
  const stored = Object.entries(decision.answers).filter(([key, value]) => value !== null && known[key] !== value && !UNSCORED.has(key));
  return { stored: Object.fromEntries(stored), objection: decision.objection ?? 'none' };
}

describe('the tuning profile messages (Nutrition Solutions)', () => {
  const readings = profile.map((m) => ({ m, ...readByRules(m) }));

  it('never stores a value the message did not state', () => {
    const wrong = readings.flatMap(({ m, stored }) =>
      Object.entries(stored).filter(([key, value]) => !(m.facts && key in m.facts && same(m.facts[key], value))).map(([key, value]) => `${m.id} "${m.text}": ${key}=${value}`)
    );
    expect(wrong).toEqual([]);
  });

  it('captures at least 97% of the facts they state', () => {
    const facts = readings.flatMap(({ m, stored }) => Object.entries(m.facts ?? {}).map(([key, value]) => same(stored[key], value)));
    expect(facts.filter(Boolean).length / facts.length).toBeGreaterThanOrEqual(0.97);
  });

  it('reads the objection a profile message carries, and none where it carries none', () => {
    const off = readings.filter(({ m, objection }) => (m.objection ?? 'none') !== objection).map(({ m, objection }) => `${m.id}: ${objection}`);
    expect(off).toEqual([]);
  });
});

describe('the tuning objection lines (Nutrition Solutions)', () => {
  it('reads every line as its kind', () => {
    const off = objections.map((m) => ({ m, ...readByRules(m) })).filter(({ m, objection }) => m.kind !== objection).map(({ m, objection }) => `${m.id} "${m.text}": ${objection}`);
    expect(off).toEqual([]);
  });
});

describe('the tuning safety messages', () => {
  const messages: (Message & { urgent?: boolean })[] = fixture('safety.json').messages;
  const read = (m: Message) =>
    understand({ type: 'text', text: m.text }, { steps: STEPS, pending: m.pending ? stepFor(m.pending) : null, known: (m.known ?? {}) as Answers, recent: { reAsks: 0 } }).safety;

  it('routes every crisis to safety with its kind, urgent ones as urgent', () => {
    const off = messages.filter((m) => m.kind !== 'none').flatMap((m) => {
      const safety = read(m);
      return safety?.kind === m.kind && safety?.urgent === !!m.urgent ? [] : [`${m.id} "${m.text}": ${JSON.stringify(safety)}`];
    });
    expect(off).toEqual([]);
  });

  it('routes none of the look-alikes', () => {
    expect(messages.filter((m) => m.kind === 'none' && read(m)).map((m) => m.id)).toEqual([]);
  });
});
