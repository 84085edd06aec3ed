import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { classifyMessage, ROUTES } from '../../functions/_shared/understanding/intent.ts';
import type { MessageIntent } from '../../functions/_shared/understanding/types.ts';
import { parseAnswer } from '../../functions/_shared/understanding/parse.ts';
import type { Step } from '../../functions/_shared/contracts.ts';
import { BOT, stepFor } from './engine-fixture.ts';

/** A label: the intent, with a safety route's urgency as `urgent`. */
type Label = MessageIntent | { kind: 'safety'; urgent?: boolean };

interface Case {
  pending: string | null;
  text: string;
  frustrationCount?: number;
  expect: Label;
}

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/intents.json', import.meta.url), 'utf8')) as { cases: Case[] };

/** As understanding calls it: the pending question's parser has read the text once. */
function classifyWith(text: string, pending: Step | null, recent: { frustrationCount: number }) {
  const accepts = pending ? parseAnswer(pending, { type: 'text', text }).ok : false;
  return classifyMessage(text, pending, recent, accepts, BOT.offers);
}

const classify = (c: Pick<Case, 'pending' | 'text' | 'frustrationCount'>) =>
  classifyWith(c.text, c.pending ? stepFor(c.pending) : null, { frustrationCount: c.frustrationCount ?? 0 });

/** The labelled fields only: a label without a topic does not judge the topic the classifier adds. */
function comparable(actual: MessageIntent, expected: Label): Record<string, unknown> {
  const flat: Record<string, unknown> = actual.kind === 'safety' ? { kind: 'safety', urgent: actual.safety.urgent } : { ...actual };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, flat[key]]));
}

describe('classifyMessage on the labelled fixture', () => {
  it('holds enough labelled messages of every kind', () => {
    const kinds = (kind: Label['kind']) => cases.filter((c) => c.expect.kind === kind).length;
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(kinds('answer')).toBeGreaterThanOrEqual(25);
    for (const category of ['faq', 'meal_plans', 'testimonials']) {
      expect(cases.some((c) => c.expect.kind === 'question' && c.expect.category === category)).toBe(true);
    }
    for (const objection of ['price', 'time', 'doubt', 'tried_before']) {
      expect(cases.filter((c) => c.expect.kind === 'objection' && c.expect.objection === objection).length).toBeGreaterThanOrEqual(5);
    }
    for (const reason of ['asked_for_human', 'frustration']) {
      expect(cases.filter((c) => c.expect.kind === 'handoff' && c.expect.reason === reason).length).toBeGreaterThanOrEqual(5);
    }
    expect(kinds('safety')).toBeGreaterThanOrEqual(5);
  });

  it('classifies every labelled message as labelled', () => {
    const wrong = cases
      .map((c) => ({ case: c, got: classify(c) }))
      .filter(({ case: c, got }) => JSON.stringify(comparable(got, c.expect)) !== JSON.stringify(c.expect));
    const accuracy = ((cases.length - wrong.length) / cases.length) * 100;
    console.info(`[intent fixture] ${cases.length - wrong.length}/${cases.length} correct (${accuracy.toFixed(1)}%)`);
    expect(wrong.map(({ case: c, got }) => ({ pending: c.pending, text: c.text, expected: c.expect, got }))).toEqual([]);
  });
});

describe('classifyMessage', () => {
  it.each([
    ['eating_habits', 'I eat a lot of takeaway because I don’t have time to cook'],
    ['emotional_why', "I'm tired of feeling bad about myself"],
    ['name', 'Sam'],
    ['age', '34?'],
  ] as const)('leaves a real answer to %s alone: %j', (pending, text) => {
    expect(classify({ pending, text })).toEqual({ kind: 'answer' });
  });

  it('answers a question about why a step is asked instead of reading it as an answer', () => {
    expect(classify({ pending: 'age', text: 'why do you need my age?' })).toEqual({ kind: 'question', category: 'faq', topic: 'privacy' });
  });

  it('ignores case, accents, curly apostrophes and stray punctuation', () => {
    const plain = classify({ pending: 'gender', text: "I can't afford this" });
    for (const text of ['I CAN’T AFFORD THIS!!', 'i cant afford this...', '  I can`t   afford   this  ']) {
      expect(classify({ pending: 'gender', text })).toEqual(plain);
    }
    expect(classify({ pending: 'gender', text: 'Any végétarian options?' })).toEqual(
      classify({ pending: 'gender', text: 'any vegetarian options?' }),
    );
  });

  it('routes a health matter to safety first, even when it also answers the pending step', () => {
    expect(classify({ pending: 'eating_habits', text: 'I have type 1 diabetes so I count carbs at every meal' }))
      .toEqual({ kind: 'safety', safety: { kind: 'medical', urgent: false } });
    expect(classify({ pending: 'age', text: "I'm 12 weeks pregnant, is this safe?" }))
      .toEqual({ kind: 'safety', safety: { kind: 'pregnancy', urgent: false } });
  });

  it('puts safety before a request for a human, and a request for a human before anything else', () => {
    expect(classify({ pending: 'age', text: "I want to hurt myself, can I talk to a real person?" }))
      .toEqual({ kind: 'safety', safety: { kind: 'self_harm', urgent: true } });
    expect(classify({ pending: 'age', text: "it's too expensive, can I talk to a real person?" }))
      .toEqual({ kind: 'handoff', reason: 'asked_for_human' });
  });

  it('keeps everyday words for pain and hunger out of the safety route', () => {
    for (const text of ['this workout is killing me lol', "I'm dying to try the meals", "I'm starving, what's for lunch?", 'my heart is set on Beast']) {
      expect(classify({ pending: 'gender', text }).kind).not.toBe('safety');
    }
  });

  it('does not hand off when a condition is denied or belongs to someone else', () => {
    expect(classify({ pending: 'emotional_why', text: 'My dad has type 2 diabetes and I don’t want to end up like him' }))
      .toEqual({ kind: 'answer' });
    expect(classify({ pending: 'emotional_why', text: "I'm not diabetic but I want to stay that way" })).toEqual({ kind: 'answer' });
    expect(classify({ pending: 'emotional_why', text: 'my mum had cancer last year and it scared me' })).toEqual({ kind: 'answer' });
  });

  it('marks immediate danger as urgent and never lets a negation cancel it', () => {
    expect(classify({ pending: 'emotional_why', text: "I don't want to kill myself but I hate my body" }))
      .toEqual({ kind: 'safety', safety: { kind: 'self_harm', urgent: true } });
    expect(classify({ pending: 'support_level', text: 'I get chest pain when I exercise' }))
      .toEqual({ kind: 'safety', safety: { kind: 'medical', urgent: true } });
  });

  it('declares its order of priority in one place, safety first', () => {
    expect(ROUTES[0]).toBe('safety');
    expect(ROUTES.indexOf('human')).toBeLessThan(ROUTES.indexOf('answer'));
    expect(ROUTES.indexOf('answer')).toBeLessThan(ROUTES.indexOf('question'));
  });

  it('reads "not now" as an objection that answers nothing', () => {
    for (const text of ['let me think about it', 'not right now, maybe after christmas', "I'll come back later", 'let me sleep on it']) {
      expect(classify({ pending: 'age', text })).toEqual({ kind: 'objection', objection: 'not_now' });
    }
    expect(classify({ pending: 'support_level', text: 'let me think... 6' })).toEqual({ kind: 'answer' });
  });

  it('hands off after repeated failed attempts only when the message still answers nothing', () => {
    expect(classify({ pending: 'age', text: 'dunno', frustrationCount: 1 })).toEqual({ kind: 'answer' });
    expect(classify({ pending: 'age', text: 'dunno', frustrationCount: 2 })).toEqual({ kind: 'handoff', reason: 'frustration' });
    expect(classify({ pending: 'age', text: '41', frustrationCount: 5 })).toEqual({ kind: 'answer' });
  });

  it('tells a question about coaching from a request for a coach', () => {
    expect(classify({ pending: 'support_level', text: 'do I get to talk to a coach every week?' }))
      .toMatchObject({ kind: 'question', category: 'faq' });
    expect(classify({ pending: 'support_level', text: 'can I talk to a coach please' }))
      .toEqual({ kind: 'handoff', reason: 'asked_for_human' });
  });

  it('reads "call me Sam" as a name, not as a request to be called', () => {
    expect(classify({ pending: 'name', text: 'call me Sam' })).toEqual({ kind: 'answer' });
  });

  it('classifies without a pending step (after the plan was shown)', () => {
    expect(classify({ pending: null, text: 'how much is it?' })).toEqual({ kind: 'question', category: 'faq', topic: 'price' });
    expect(classify({ pending: null, text: 'great, thanks' })).toEqual({ kind: 'answer' });
  });

  it('is deterministic', () => {
    const first = cases.map(classify);
    expect(cases.map(classify)).toEqual(first);
  });

  it('stays fast on adversarial input of the maximum length', () => {
    const inputs = [
      'a '.repeat(1000),
      'too '.repeat(500),
      'tried '.repeat(400),
      '?'.repeat(2000),
      '?! '.repeat(666),
      `${'x'.repeat(1999)}?`,
      'how long '.repeat(220),
      ' '.repeat(1999) + 'x',
    ];
    // Catastrophic backtracking takes seconds to hours on these; the bound is far above a loaded machine's
    // noise, so it fails on a super-linear pattern, not on a busy CI (speed itself is the benches' to measure).
    for (const text of inputs) {
      const started = performance.now();
      classifyWith(text, stepFor('eating_habits'), { frustrationCount: 0 });
      classifyWith(text, stepFor('age'), { frustrationCount: 0 });
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});
