/**
 * Scoring for the understanding bench, pure: labelled items and the product's readings in, tallies out.
 *
 * A fact is a field's value as the visitor stated it. Captured: the product would store that value. Wrong:
 * it would store a value the message did not state, or a different one; a miss is not wrong. Precision is
 * captured / (captured + wrong), recall captured / stated. Free-text fields (eating habits, the visitor's
 * why) are not scored.
 */
import type { Passage, Reading, Reply } from './adapter.ts';

export const UNSCORED_FIELDS = new Set(['eating_habits', 'emotional_why']);

type Value = string | number | boolean;

/** Names compare without case, surrounding space or trailing punctuation; everything else exactly. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/[.!?,;:]+$/u, '').toLocaleLowerCase();
  return typeof a === 'string' && typeof b === 'string' ? norm(a) === norm(b) : a === b;
}

export interface FieldTally { stated: number; captured: number; wrong: number }

export interface FactTally extends FieldTally {
  messages: number;
  fullyRight: number;
  corrections: number;
  correctionsApplied: number;
  perField: Map<string, FieldTally>;
}

export function tallyFacts(items: { facts: Record<string, Value>; correction?: boolean }[], stored: Record<string, unknown>[]): FactTally {
  const tally: FactTally = { stated: 0, captured: 0, wrong: 0, messages: items.length, fullyRight: 0, corrections: 0, correctionsApplied: 0, perField: new Map() };
  const field = (key: string) => {
    let entry = tally.perField.get(key);
    if (!entry) tally.perField.set(key, (entry = { stated: 0, captured: 0, wrong: 0 }));
    return entry;
  };
  items.forEach((item, i) => {
    const got = Object.fromEntries(Object.entries(stored[i]!).filter(([key]) => !UNSCORED_FIELDS.has(key)));
    let right = true;
    for (const [key, value] of Object.entries(item.facts)) {
      tally.stated++;
      field(key).stated++;
      if (key in got && sameValue(got[key], value)) {
        tally.captured++;
        field(key).captured++;
      } else right = false;
    }
    for (const [key, value] of Object.entries(got)) {
      if (key in item.facts && sameValue(item.facts[key], value)) continue;
      tally.wrong++;
      field(key).wrong++;
      right = false;
    }
    if (right) tally.fullyRight++;
    if (item.correction) {
      tally.corrections++;
      if (right) tally.correctionsApplied++;
    }
  });
  return tally;
}

export const precision = (t: FieldTally) => (t.captured + t.wrong ? t.captured / (t.captured + t.wrong) : NaN);
export const recall = (t: FieldTally) => (t.stated ? t.captured / t.stated : NaN);

/** The objection a reading carries, with "none" for none. */
export const objectionOf = (reading: Reading) => reading.objection ?? 'none';

// --- Knowledge -----------------------------------------------------------------------------------------------

export interface Expectation { file: string; section: string; answer_contains: string[] }

/** Text compared loosely: case, dashes, quotes and runs of space do not matter. */
export function looseText(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}

/**
 * A passage is the right one when it comes from the expected file and sits under the expected heading (its
 * own, the last of the headings kept beside its text), or holds every expected phrase.
 */
export function isRightPassage(passage: Passage, expect: Expectation): boolean {
  if (passage.source !== expect.file) return false;
  if (looseText(passage.headings.at(-1) ?? '') === looseText(expect.section)) return true;
  const content = looseText(passage.content);
  return expect.answer_contains.every((phrase) => content.includes(looseText(phrase)));
}

/** 1-based rank of the first right passage, 0 when none is. */
export const rankOf = (passages: Passage[], right: (p: Passage) => boolean) => passages.findIndex(right) + 1;

export const answerIsRight = (reply: Reply, expect: Expectation) =>
  expect.answer_contains.some((phrase) => looseText(reply.text).includes(looseText(phrase)));

export interface RankTally { questions: number; top3: number; reciprocal: number }

export function tallyRanks(ranks: number[]): RankTally {
  return {
    questions: ranks.length,
    top3: ranks.filter((r) => r >= 1 && r <= 3).length,
    reciprocal: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0),
  };
}
