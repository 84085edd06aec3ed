/**
 * Reading a visitor's answer to the question asked (the pending step), typed by the step's kind. Every
 * accepted value also fits the step's field (the rules of the database's `field_value`), so what the engine
 * stores is exactly what the profile endpoint would accept; a refusal carries what is expected, for one
 * friendly sentence. Limits apply to the value found, never to the message around it: "call me Ana.
 * Support about a 3, and I do enjoy cooking" gives the name Ana, however long the rest is.
 */
import type { AnswerValue, ChatInput, Step } from '../contracts.ts';
import { matchOption, mentionedOption } from './choices.ts';
import { findAnsweredName } from './names.ts';
import { numberFor } from './numbers.ts';
import { normalize } from './normalize.ts';
import { readText, type TextReading } from './reading.ts';
import { selfDescription } from './self-description.ts';
import { boundsOf, fitsField, textLimitOf } from '../conversation/steps.ts';
import type { Problem } from './types.ts';
import { namedState, openingYesNo, statedPreference } from './yesno.ts';

export type AnswerInput = Extract<ChatInput, { type: 'text' } | { type: 'choice' }>;
export type { AnswerValue };
export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; problem: Problem };

const ok = (value: AnswerValue): ParseResult => ({ ok: true, value });
const refuse = (problem: Problem): ParseResult => ({ ok: false, problem });

/** `reading`: the message already read (understand passes it, so the text is tokenized once). */
export function parseAnswer(step: Step, input: AnswerInput, reading?: TextReading): ParseResult {
  const parsed = parseByKind(step, input, reading);
  if (!parsed.ok) return parsed;
  return fitsField(step, parsed.value) ? parsed : refuse(expected(step));
}

function parseByKind(step: Step, input: AnswerInput, given?: TextReading): ParseResult {
  if (input.type === 'choice') {
    if (step.kind === 'single_choice') return parseChoiceValue(step, input.value);
    if (step.kind === 'yes_no') return parseYesNoValue(step, input.value);
  }
  // A quick reply on a step without options (a widget may offer them for a scale) reads like typed text.
  const reading = given ?? readText(input.type === 'text' ? input.text : input.value);
  switch (step.kind) {
    case 'single_choice':
      return parseChoiceText(step, reading);
    case 'yes_no':
      return parseYesNoText(step, reading.text);
    case 'scale':
    case 'number':
      return parseNumber(step, reading);
    case 'text':
      return parseText(step, reading.text);
  }
}

/** What this step accepts, for the bot to say when an answer does not fit. */
export function expected(step: Step): Problem {
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

/** An option named, or for a question about the visitor, a description of themselves ("I'm a dad of 3"). */
function parseChoiceText(step: Step, reading: TextReading): ParseResult {
  const option = matchOption(step, reading.text)?.value ?? (step.entity === 'self_description' ? selfDescription(reading, step) : null);
  return option !== null ? ok(option) : refuse(expected(step));
}

/**
 * "yes", "nah", "not really" at the start; else what the visitor says of the activity ("I can cook but I
 * don't enjoy it"); else the field's own wording for yes and no, when the owner gave some.
 */
function parseYesNoText(step: Step, text: string): ParseResult {
  const opening = openingYesNo(text);
  // "I don't mind" alone is a shrug; "I don't mind cooking at all" says yes to it.
  if (opening === 'unsure') return statedPreference(step, text, false) === true && /\bdont mind\b/.test(normalize(text)) ? ok(true) : refuse(expected(step));
  if (opening !== null) return ok(opening);
  const stated = statedPreference(step, text, true) ?? namedState(step, text);
  if (stated !== null) return ok(stated);
  const option = mentionedOption(step, text);
  return option ? ok(option.value === 'yes') : refuse(expected(step));
}

function parseYesNoValue(step: Step, value: string): ParseResult {
  if (value === 'yes') return ok(true);
  if (value === 'no') return ok(false);
  return refuse(expected(step));
}

/** "7", "about 7", "seven", "7/10", "I'm 34 and have 2 kids": see numbers.ts for which number is the field's. */
function parseNumber(step: Step, reading: TextReading): ParseResult {
  const found = numberFor(step, reading.quantities, reading.tokens, true);
  if (typeof found === 'string' || !found.integer) return refuse(expected(step));
  return ok(found.value);
}

/** A text field that asks for a name without being the visitor's: "What's your pet's name?", "What is your dog called?". */
function asksForAName(step: Step): boolean {
  return step.entity === null && /\bname\b|\bcalled\b/iu.test(`${step.field.replaceAll('_', ' ')} ${step.label ?? ''} ${step.prompt}`);
}

function parseText(step: Step, text: string): ParseResult {
  const limit = textLimitOf(step);
  // A name asked for someone else ("What's your dog called?") is read as a name too, never the whole message.
  if (step.entity === 'person_name' || asksForAName(step)) {
    const found = findAnsweredName(text, step.entity === 'person_name' ? 'self' : 'other');
    if (!found) return refuse(expected(step));
    return Array.from(found.name).length > limit ? refuse({ code: 'name_too_long', limit }) : ok(found.name);
  }
  if (Array.from(text).length > limit) return refuse({ code: 'too_long', limit });
  return text.length > 0 ? ok(text) : refuse(expected(step));
}
