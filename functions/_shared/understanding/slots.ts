/**
 * Slot filling: one message may answer several questions ("I'm Sam, 34, and I want to lose fat"), in any
 * order and mixed with other talk. The pending question is read with its full parser; every other field only
 * from wording that cannot mean anything else, because a wrong guess stored silently is worse than asking.
 * What counts as unmistakable comes from the field: its entity (a name introduced as one, an age stated as
 * one, a number in the field's own unit or next to its own words), its options' own phrases, and whether the
 * owner allows it to be filled in passing at all.
 *
 * A stored answer is never overwritten in passing, only when the visitor puts it right ("actually 32",
 * "no, I'm a man", "sorry, I meant build", "it's Sarah not Sara").
 */
import type { Answers, AnswerValue, Step } from '../contracts.ts';
import { declines, matchOption, mentionedOption, mentions, phrasesOf, sentenceWords, stem } from './choices.ts';
import { CORRECTION_CUES, NOT_NAME } from './lexicon.ts';
import { findAnsweredName, findIntroducedName } from './names.ts';
import { normalize, words } from './normalize.ts';
import { entityOf, numberFor } from './numbers.ts';
import { parseAnswer } from './parse.ts';
import { readText, type TextReading } from './reading.ts';
import { applicableSteps, fitsField, isAnswered } from '../conversation/steps.ts';
import { selfDescription } from './self-description.ts';
import { namedState, statedPreference, topicsOf } from './yesno.ts';

/**
 * The answer a message gives in passing to a question that is not pending, or null. Fields without an entity
 * or options (a free-text "why") are taken only as answers to their own question: a phrase in passing says
 * nothing reliable about them.
 */
function volunteered(reading: TextReading, step: Step, pending: Step | null, kinds: Set<string>): AnswerValue | null {
  if (!step.fill_in_passing) return null;
  const { text } = reading;
  switch (step.kind) {
    case 'text':
      return step.entity === 'person_name' ? findIntroducedName(text, false)?.name ?? null : null;
    case 'number':
    case 'scale': {
      const found = numberFor(step, reading.quantities, reading.tokens, false, kinds);
      if (typeof found !== 'string') return found.integer ? found.value : null;
      // The entity as the field's own words say it ("How old are you?"), when the owner named none.
      return entityOf(step) === 'age' && found === 'none' ? bareAgeAfterName(reading, pending) : null;
    }
    case 'single_choice':
      return (step.entity === 'self_description' ? selfDescription(reading, step) : null) ?? mentionedOption(step, text)?.value ?? null;
    case 'yes_no': {
      const stated = statedPreference(step, text, false) ?? namedState(step, text);
      if (stated !== null) return stated;
      // In passing, only a phrase of the owner's that says the whole thing ("i hate cooking", "hopeless in the
      // kitchen"): a habit in two words ("eat out", "meals delivered") answers the question only when asked.
      const named = new Set(mentions(step.options, sentenceWords(text), 3).filter((m) => !m.negated).map((m) => m.option.value));
      return named.size === 1 ? [...named][0] === 'yes' : null;
    }
  }
}

/** "Lee, 27", "Sam (34)": a bare number right after a recognisable name is how people give their age. */
function bareAgeAfterName(reading: TextReading, pending: Step | null): number | null {
  const named = pending?.entity === 'person_name' ? findAnsweredName(reading.text) : findIntroducedName(reading.text, false);
  if (!named) return null;
  const rest = readText(reading.text.slice(named.end));
  const first = rest.quantities[0];
  const onlyPunctuationBefore = first && rest.tokens.slice(0, first.at).every((t) => /^[,()–—:.!-]$/u.test(t.text) || t.text === 'here');
  // "Lucy here! 40 next week": an age to come is no age now.
  return first && onlyPunctuationBefore && first.at <= 3 && ['bare', 'age', 'years'].includes(first.measure) && !first.range && !first.inexact && !first.negated && first.integer
    ? first.value
    : null;
}

/**
 * "Noor, female, 26, goal is to gain muscle", "woman, 44": a bare number given as its own item in a list of
 * facts about oneself is an age (the caller checks the message gave another fact). Not while a number
 * question is pending (that number is its answer), and never a number the bot itself quotes as a price.
 */
function ageAsListItem(reading: TextReading, pending: Step | null, prices: number[]): number | null {
  if (pending && (pending.kind === 'number' || pending.kind === 'scale')) return null;
  const items = reading.text.split(/[,;.!?\n]+|\s[-–—]\s|\s+and\s+/u).map((item) => item.trim()).filter(Boolean);
  if (items.length < 2) return null;
  const ages = items.map((item) => (/^\d{2}$/u.test(item) ? Number(item) : null)).filter((n): n is number => n !== null && !prices.includes(n));
  return ages.length === 1 ? ages[0]! : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// --- Corrections --------------------------------------------------------------------------------------------

/** The message puts something right: "actually", "I meant", "oops", or opens on a "no" and says more. */
export function correctionCue(said: string[]): boolean {
  const joined = ` ${said.join(' ')} `;
  if (CORRECTION_CUES.some((cue) => joined.includes(` ${cue} `))) return true;
  return said.length > 1 && ['no', 'nope', 'nah', 'not'].includes(said[0]!);
}

/** The stored answer the message says is wrong ("Sarah not Sara", "I'm 28 not 29", "not muscle"). */
function deniedFields(reading: TextReading, steps: Step[], answers: Answers): Set<string> {
  const denied = new Set<string>();
  const joined = ` ${reading.said.join(' ')} `;
  for (const step of steps) {
    const value = answers[step.field];
    if (value === null || value === undefined) continue;
    const spoken = step.kind === 'single_choice'
      ? step.options.filter((o) => o.value === value).flatMap((o) => phrasesOf(o).map((p) => p.join(' ')))
      : [words(normalize(String(value))).join(' ')];
    if (spoken.some((s) => s && joined.includes(` not ${s} `))) denied.add(step.field);
  }
  return denied;
}

/**
 * The value a correction gives a stored field, read more loosely than in passing (the visitor is talking
 * about that answer): "sorry I meant female" names an option by one word, "it's John actually" a name.
 */
function correctedValue(reading: TextReading, step: Step, numberFields: Step[], pendingTakesIt: boolean, stored: AnswerValue): AnswerValue | null {
  const { text } = reading;
  switch (step.kind) {
    case 'text': {
      if (step.entity !== 'person_name') return null;
      // "not Bob, Rob!": the name after the one denied.
      const denial = new RegExp(`\\bnot\\s+${escapeRegExp(String(stored))}\\b[\\s,!.;:-]*(?:(?:it'?s|its|it is)\\s+)?(\\p{Lu}[\\p{L}'’-]*)`, 'u').exec(text);
      if (denial && !NOT_NAME.has(normalize(denial[1]!))) return denial[1]!;
      // "it's John actually": the looser patterns, for a capitalised name only ("sorry, it's hard to say").
      const name = findIntroducedName(text, true, true)?.name ?? null;
      return name && /^\p{Lu}/u.test(name) ? name : null;
    }
    case 'number':
    case 'scale': {
      const found = numberFor(step, reading.quantities, reading.tokens, false);
      if (typeof found !== 'string') return found.integer ? found.value : null;
      if (found === 'ambiguous' || pendingTakesIt) return null;
      // "actually 32": a bare number goes to the one stored number it fits.
      const bare = numberFor(step, reading.quantities, reading.tokens, true);
      if (typeof bare === 'string' || !bare.integer) return null;
      const fits = numberFields.filter((other) => fitsField(other, bare.value));
      return fits.length === 1 && fits[0] === step ? bare.value : null;
    }
    case 'single_choice': {
      // "no, I'm a man": the opening "no" denies the old answer, not the new one.
      const said = ['no', 'nope', 'nah'].includes(reading.said[0] ?? '') ? reading.said.slice(1) : reading.said;
      // The stored answer is what is being put right, not the new one: "i'm nonbinary, i just picked female".
      const others = step.options.filter((option) => !declines(option) && option.value !== stored);
      const named = mentions(others, said, 1, { gender: step.entity === 'self_description' })
        .filter((m) => !m.negated && m.phrase.join('').length > 1);
      const options = [...new Set(named.map((m) => m.option))];
      if (options.length === 1) return options[0]!.value;
      const loose = mentionedOption(step, text)?.value ?? matchOption(step, text)?.value ?? null;
      return loose === stored ? null : loose;
    }
    case 'yes_no': {
      // Talking about that answer, "it" stands for the activity: "earlier i said i like cooking but i hate it".
      const about = [...topicsOf(step)].some((topic) => reading.said.some((w) => stem(w) === topic));
      return statedPreference(step, text, about);
    }
  }
}

// --- Filling ------------------------------------------------------------------------------------------------

export interface Filled {
  /** Field -> the value this message gives it. */
  values: Record<string, AnswerValue>;
  /** Stored fields this message puts right (their new value is in `values`). */
  corrected: string[];
}

/**
 * Fields this text answers. Walks the steps in order against the answers as they grow, so a step that a
 * value in this same message makes applicable is considered too; overwrites a stored answer only when the
 * message corrects it, and the pending one, which the visitor is answering again.
 */
export function fillSlots(
  reading: TextReading,
  steps: Step[],
  answers: Answers,
  pendingField: string | null,
  /** The pending question's reading of this text when the caller has it already (null: it did not fit). */
  pendingValue?: AnswerValue | null,
  /** The bot's plan prices: never an age in passing. */
  prices: number[] = [],
): Filled {
  const values: Record<string, AnswerValue> = {};
  const seen = new Set<string>();
  const pending = steps.find((step) => step.field === pendingField) ?? null;
  const ownPending = pendingValue !== undefined ? pendingValue : pending ? readPending(pending, reading) : null;
  let working: Answers = { ...answers };
  const kinds = kindsOf(steps);
  for (let step = nextUnseen(steps, working, seen); step; step = nextUnseen(steps, working, seen)) {
    seen.add(step.field);
    const value = step.field === pendingField ? ownPending : isAnswered(answers, step.field) ? null : volunteered(reading, step, pending, kinds);
    if (value !== null && fitsField(step, value)) {
      values[step.field] = value;
      working = { ...working, [step.field]: value };
    }
  }
  // "woman, 44", "Noor, female, 26": a bare number among other facts the message gives about the visitor.
  const ageStep = applicableSteps(steps, working).find((step) => entityOf(step) === 'age' && step.kind === 'number' && step.fill_in_passing && !isAnswered(working, step.field));
  if (ageStep && Object.keys(values).length > 0) {
    const age = ageAsListItem(reading, pending, prices);
    if (age !== null && fitsField(ageStep, age)) values[ageStep.field] = age;
  }

  const denied = deniedFields(reading, steps, answers);
  const cue = correctionCue(reading.said);
  const corrected: string[] = [];
  if (cue || denied.size) {
    const known = applicableSteps(steps, answers).filter((step) => step.field !== pendingField && isAnswered(answers, step.field));
    const numberFields = known.filter((step) => step.kind === 'number' || step.kind === 'scale');
    for (const step of known) {
      if (!cue && !denied.has(step.field)) continue;
      const value = correctedValue(reading, step, numberFields, ownPending !== null && typeof ownPending === 'number', answers[step.field]!);
      if (value !== null && value !== answers[step.field] && fitsField(step, value)) {
        values[step.field] = value;
        corrected.push(step.field);
      }
    }
    // A correction is not also the answer to a free-text question ("sorry, I meant build").
    if (corrected.length && pending?.kind === 'text' && pending.entity !== 'person_name') delete values[pending.field];
  }
  return { values, corrected };
}

/** The one-word options of the bot's choice fields, as stems: the kinds of things it asks about ("dog", "cat"). */
function kindsOf(steps: Step[]): Set<string> {
  return new Set(steps.filter((step) => step.kind === 'single_choice' && step.entity !== 'self_description')
    .flatMap((step) => step.options.flatMap((option) => phrasesOf(option)).filter((p) => p.length === 1 && p[0]!.length >= 3).map((p) => stem(p[0]!))));
}

function readPending(step: Step, reading: TextReading): AnswerValue | null {
  const parsed = parseAnswer(step, { type: 'text', text: reading.text }, reading);
  return parsed.ok ? parsed.value : null;
}

function nextUnseen(steps: Step[], answers: Answers, seen: Set<string>): Step | undefined {
  return applicableSteps(steps, answers).find((step) => !seen.has(step.field));
}
