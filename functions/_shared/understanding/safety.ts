/**
 * Safety signals: a message about self-harm, an eating disorder, a pregnancy, an injury or a medical
 * condition. They outrank everything else a message may be (intent.ts): a sales coach's automated replies
 * must never be what a pregnant visitor or one with an eating disorder relies on, and a visitor in crisis
 * gets help, never a plan card.
 *
 * Self-harm is never cancelled by a negation ("I don't want to hurt myself" still deserves a person). The
 * other kinds are ignored when negated ("I'm not pregnant"), said of someone else ("my dad has diabetes")
 * or feared ("I want to avoid getting diabetes"): those are reasons to change, not the visitor's condition.
 *
 * An injury or a birth long past and healed ("broke my arm as a kid, all good now", "had my baby 3 years ago")
 * is history, not a condition. Urgency comes from the signs of danger now (safety-words.ts), whatever the kind,
 * and from a pregnancy's own warning signs or an injury that just happened.
 *
 * The word families are in safety-words.ts, over normalized text; every optional run is bounded.
 */
import { wordsBefore } from './phrases.ts';
import { EATING_DISORDER, HEALED, INJURY, MEDICAL, PREGNANCY, SELF_HARM, STILL, URGENT, URGENT_IN_PREGNANCY, URGENT_INJURY_NOW } from './safety-words.ts';

/** The kinds, in the order they are told apart: the first that matches names the message. */
export const SAFETY_KINDS = ['self_harm', 'eating_disorder', 'pregnancy', 'injury', 'medical'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];

export interface SafetySignal {
  kind: SafetyKind;
  /** The visitor may be in danger now: the reply points to emergency help first. */
  urgent: boolean;
}

const PATTERNS: Record<SafetyKind, RegExp> = {
  self_harm: SELF_HARM,
  eating_disorder: EATING_DISORDER,
  pregnancy: PREGNANCY,
  injury: INJURY,
  medical: MEDICAL,
};

const NEGATIONS = new Set(['not', 'no', 'dont', 'never', 'without', 'nor', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'neither', 'zero', 'any']);
const OTHERS = new Set(['dad', 'father', 'mum', 'mom', 'mother', 'mam', 'parents', 'brother', 'sister', 'grandma', 'grandpa', 'grandad',
  'granddad', 'grandmother', 'grandfather', 'nan', 'uncle', 'aunt', 'auntie', 'cousin', 'friend', 'friends', 'wife', 'husband', 'partner',
  'girlfriend', 'boyfriend', 'son', 'daughter', 'family', 'colleague', 'he', 'she', 'his', 'her', 'they', 'their', 'someone', 'people', 'client', 'clients', 'patients']);
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'me', 'myself', 'my']);

/** A condition the visitor fears or wants to prevent is a reason, not a condition. */
const PREVENTABLE = /diabet|heart|kidney|liver|cancer|injur|stroke|blood pressure|cholesterol/u;
const PREVENTING = new Set(['getting', 'get', 'developing', 'develop', 'becoming', 'become', 'prevent', 'preventing', 'avoid', 'avoiding',
  'risk', 'ending', 'end', 'reduce', 'lower', 'reverse', 'without', 'fear', 'scared', 'afraid', 'worried', 'family', 'history', 'runs', 'lower']);

/** "my dad has diabetes": someone else named shortly before, with no "I" in between. */
function aboutSomeoneElse(before: string[]): boolean {
  const other = before.findLastIndex((word) => OTHERS.has(word));
  return other >= 0 && !before.slice(other + 1).some((word) => FIRST_PERSON.has(word) && word !== 'my');
}

function statedOfOneself(said: string, pattern: RegExp, kind: SafetyKind): boolean {
  const global = new RegExp(pattern.source, 'gu');
  for (const match of said.matchAll(global)) {
    const index = match.index + (match[0].startsWith(' ') ? 1 : 0);
    if (kind === 'self_harm') return true;
    const before = wordsBefore(said, index, 3);
    const negated = before.some((word) => NEGATIONS.has(word));
    const feared = PREVENTABLE.test(match[0]) && wordsBefore(said, index, 4).some((word) => PREVENTING.has(word));
    if (!negated && !feared && !aboutSomeoneElse(wordsBefore(said, index, 6))) return true;
  }
  return false;
}

/** "years ago", "as a kid": a birth or an injury told as history. */
const LONG_AGO = /(?:^| )(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|many|several|some) (?:years?|yrs|decades?) ago|as a (?:kid|child|teen|teenager)|when i was (?:a kid|little|young|\d+)|in (?:high school|school|college|my teens|my twenties))(?= |$)/u;

/** Told as the past and over: no longer the visitor's condition, unless it is still with them. */
function over(said: string, kind: SafetyKind): boolean {
  if (kind !== 'injury' && kind !== 'pregnancy') return false;
  return (HEALED.test(said) || LONG_AGO.test(said)) && !STILL.test(said);
}

function urgentFor(said: string, kind: SafetyKind, urgentSigns: boolean): boolean {
  if (kind === 'self_harm' || urgentSigns) return true;
  if (kind === 'pregnancy') return statedOfOneself(said, URGENT_IN_PREGNANCY, 'medical');
  if (kind === 'injury') return /dislocat|broke|broken|fractur|snap|fell|crash|knocked/u.test(said) && URGENT_INJURY_NOW.test(said);
  return false;
}

/** The safety signal in a normalized message, or null. */
export function safetySignal(said: string): SafetySignal | null {
  const urgentSigns = statedOfOneself(said, URGENT, 'medical');
  for (const kind of SAFETY_KINDS) {
    if (statedOfOneself(said, PATTERNS[kind], kind) && !over(said, kind)) return { kind, urgent: urgentFor(said, kind, urgentSigns) };
  }
  return urgentSigns ? { kind: 'medical', urgent: true } : null;
}
