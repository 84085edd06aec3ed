/**
 * Reading a visitor's answer to one step, typed by the step's kind. Every accepted value also fits the
 * step's field (the rules of the database's `field_value`), so what the engine stores is exactly what the
 * profile endpoint would accept; a refusal carries one friendly sentence saying what is expected.
 */
import type { AnswerValue, ChatInput, Step } from '../contracts.ts';
import { explicitAge } from './age.ts';
import { matchOption, mentionedOption } from './choices.ts';
import { findAnsweredName } from './names.ts';
import { normalize, words } from './normalize.ts';
import { type NumberMention, singleNumber } from './numbers.ts';
import { boundsOf, fitsField, textLimitOf } from '../conversation/steps.ts';
import type { Problem } from './types.ts';

export type AnswerInput = Extract<ChatInput, { type: 'text' } | { type: 'choice' }>;
export type { AnswerValue };
export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; problem: Problem };

const ok = (value: AnswerValue): ParseResult => ({ ok: true, value });
const refuse = (problem: Problem): ParseResult => ({ ok: false, problem });

export function parseAnswer(step: Step, input: AnswerInput): ParseResult {
  const parsed = parseByKind(step, input);
  if (!parsed.ok) return parsed;
  return fitsField(step, parsed.value) ? parsed : refuse(expected(step));
}

function parseByKind(step: Step, input: AnswerInput): ParseResult {
  switch (step.kind) {
    case 'single_choice':
      return input.type === 'choice' ? parseChoiceValue(step, input.value) : parseChoiceText(step, input.text);
    case 'yes_no':
      return input.type === 'choice' ? parseYesNoValue(step, input.value) : parseYesNoText(step, input.text);
    case 'scale':
      return parseScale(step, textOf(input));
    case 'number':
      return parseNumber(step, textOf(input));
    case 'text':
      return parseText(step, textOf(input));
  }
}

/** A quick reply on a step without options (a widget may offer them for a scale) reads like typed text. */
const textOf = (input: AnswerInput): string => (input.type === 'text' ? input.text : input.value);

/** What this step accepts, for the bot to say when an answer does not fit. */
function expected(step: Step): Problem {
  switch (step.kind) {
    case 'single_choice':
      return { code: 'choice', options: step.options.map((o) => o.label) };
    case 'yes_no':
      return { code: 'yes_no' };
    case 'scale':
      return { code: 'scale', ...boundsOf(step) };
    case 'number':
      return { code: step.entity === 'age' ? 'age' : 'number', ...boundsOf(step) };
    case 'text':
      return { code: step.entity === 'person_name' ? 'person_name' : 'text' };
  }
}

function parseChoiceValue(step: Step, value: string): ParseResult {
  const option = step.options.find((o) => o.value === value);
  return option ? ok(option.value) : refuse(expected(step));
}

function parseChoiceText(step: Step, text: string): ParseResult {
  const option = matchOption(step, text);
  return option ? ok(option.value) : refuse(expected(step));
}

// Whole answers, or the words an answer starts with ("yes I love to cook", "nah, not for me").
const YES = ['yes', 'y', 'yeah', 'yea', 'ya', 'yep', 'yup', 'sure', 'absolutely', 'of course', 'definitely',
  'certainly', 'totally', 'ok', 'okay', 'love it', 'i love it', 'i do', 'i love', 'i like', 'i enjoy', 'love',
  'like it', 'correct', 'true', 'yes please', 'why not'];
const NO = ['no', 'n', 'nope', 'nah', 'not really', 'never', 'i dont', 'i do not', 'hate it', 'i hate it',
  'i hate', 'hate', 'not at all', 'no way', 'definitely not', 'not a fan', 'no thanks', 'false', 'i cant',
  'i cannot'];
// Hedges that start like a yes or a no ("I don't know", "not sure") but answer neither.
const UNSURE = ['i dont know', 'i do not know', 'not sure', 'im not sure', 'dunno', 'idk', 'maybe', 'sometimes',
  'kind of', 'sort of', 'depends', 'it depends', 'i guess', 'no idea'];

const startsWith = (said: string[], phrase: string) => {
  const p = words(phrase);
  return p.every((word, i) => said[i] === word);
};

function parseYesNoText(step: Step, text: string): ParseResult {
  const said = words(normalize(text));
  if (UNSURE.some((p) => startsWith(said, p))) return refuse(expected(step));
  // The longest matching opener decides, so "not really" is read as a no before "no" is considered.
  const openers = [...YES.map((p) => ({ p, yes: true })), ...NO.map((p) => ({ p, yes: false }))]
    .filter(({ p }) => startsWith(said, p))
    .sort((a, b) => words(b.p).length - words(a.p).length);
  const first = openers[0];
  if (first) return ok(first.yes);
  // The field's own wording for yes and no ("I hate cooking"), when the owner gave some.
  const stated = mentionedOption(step, text);
  return stated ? ok(stated.value === 'yes') : refuse(expected(step));
}

function parseYesNoValue(step: Step, value: string): ParseResult {
  if (value === 'yes') return ok(true);
  if (value === 'no') return ok(false);
  return refuse(expected(step));
}

function inBounds(step: Step, value: number): boolean {
  const { min, max } = boundsOf(step);
  return (min === null || value >= min) && (max === null || value <= max);
}

/** "7", "about 7", "seven", "7/10", "7 out of 10": the denominator is dropped only when it is the
 * scale's maximum, so "3/5" on a 1..10 scale stays ambiguous rather than silently becoming 3. */
function parseScale(step: Step, text: string): ParseResult {
  const { max } = boundsOf(step);
  const withoutDenominator = text.replace(
    /(?:\/|\bout of\b|\bof\b)\s*(\d+|\p{L}+)/giu,
    (whole, denominator: string) => (singleNumber(denominator)?.value === max ? ' ' : whole),
  );
  return parseWholeNumber(step, singleNumber(withoutDenominator));
}

function parseNumber(step: Step, text: string): ParseResult {
  const age = step.entity === 'age' ? explicitAge(text) : null;
  return parseWholeNumber(step, age ?? singleNumber(text));
}

function parseWholeNumber(step: Step, found: NumberMention | null): ParseResult {
  if (!found || !found.integer || !inBounds(step, found.value)) return refuse(expected(step));
  return ok(found.value);
}

function parseText(step: Step, text: string): ParseResult {
  const trimmed = text.trim();
  const limit = textLimitOf(step);
  if (Array.from(trimmed).length > limit) {
    return refuse({ code: step.entity === 'person_name' ? 'name_too_long' : 'too_long', limit });
  }
  if (step.entity === 'person_name') {
    const found = findAnsweredName(trimmed);
    return found ? ok(found.name) : refuse(expected(step));
  }
  return trimmed.length > 0 ? ok(trimmed) : refuse(expected(step));
}
