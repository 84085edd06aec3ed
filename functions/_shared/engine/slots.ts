/**
 * Slot filling: one message may answer several questions ("I'm Sam, 34, and I want to lose fat"). The
 * pending question is read with its full parser; every other field only from wording that cannot mean
 * anything else, because a wrong guess stored silently is worse than asking.
 */
import { type Profile, type ProfileField, type ProfilePatch, ProfilePatchSchema, type Step } from '../contracts.ts';
import { ageAfterName, explicitAge } from './age.ts';
import { mentionedOption, phrasesOf } from './choices.ts';
import { findAnsweredName, findIntroducedName } from './names.ts';
import { normalize } from './normalize.ts';
import type { NumberMention } from './numbers.ts';
import { type AnswerValue, parseAnswer } from './parse.ts';
import { applicableSteps, isAnswered } from './steps.ts';

type Signal = (text: string, step: Step, pendingField: ProfileField | null) => AnswerValue | null;

/**
 * The fields that may be filled without being asked, and the explicit wording each needs. Anything not
 * here (recomposition focus, eating habits, the "why", support level) is taken only as an answer to its
 * own question: "build" or a number in passing says nothing reliable about them.
 */
const UNASKED_SIGNALS: Partial<Record<ProfileField, Signal>> = {
  name: (text) => findIntroducedName(text, false)?.name ?? null,
  age: (text, _step, pendingField) => {
    const stated = explicitAge(text) ?? bareAgeAfterName(text, pendingField);
    return stated?.integer ? stated.value : null;
  },
  gender: selfDescription,
  primary_goal: (text, step) => mentionedOption(step, text)?.value ?? null,
  cooking_preference: cookingStance,
};

/** "Sam, 34": needs the name itself to be recognisable, by a pattern or as the answer to the name question. */
function bareAgeAfterName(text: string, pendingField: ProfileField | null): NumberMention | null {
  const name = pendingField === 'name' ? findAnsweredName(text) : findIntroducedName(text, false);
  return name ? ageAfterName(text, name.end) : null;
}

/** "I'm a woman", "I am male", or an option given as its own item in a list ("Sam, 34, male"). */
function selfDescription(text: string, step: Step): AnswerValue | null {
  const said = normalize(text);
  const items = text.split(/[,;\n]|\band\b/iu).map(normalize);
  const described = step.options.filter((option) =>
    phrasesOf(option).some((phrase) => {
      const p = phrase.join(' ');
      return p.length > 1 && (new RegExp(`(?:^| )(?:im|i am)(?: an?)? ${p}(?: |$)`).test(said) || items.includes(p));
    })
  );
  return described.length === 1 ? described[0]!.value : null;
}

const DISLIKES_COOKING =
  /\b(?:i (?:really )?(?:hate|dislike|cant stand|dont (?:like|enjoy|love)|do not (?:like|enjoy|love)|never) (?:cooking|to cook|cook)|i (?:dont|do not|cant|cannot|never) cook|not a fan of cooking|no time to cook)\b/;
const LIKES_COOKING = /\bi (?:really )?(?:love|like|enjoy|adore) (?:cooking|to cook)\b/;

function cookingStance(text: string): AnswerValue | null {
  const said = normalize(text);
  if (DISLIKES_COOKING.test(said)) return false;
  return LIKES_COOKING.test(said) ? true : null;
}

const fitsContract = (field: ProfileField, value: AnswerValue) =>
  ProfilePatchSchema.shape[field].safeParse(value).success;

/**
 * Fields this text answers. Walks the steps in order against the profile as it grows, so a step that a
 * value in this same message makes applicable is considered too; never overwrites a stored field except
 * the pending one, which the visitor is answering again.
 */
export function extractSlots(
  text: string,
  steps: Step[],
  profile: Partial<Profile>,
  pendingField: ProfileField | null,
): ProfilePatch {
  const trimmed = text.trim();
  const patch: Record<string, AnswerValue> = {};
  const seen = new Set<ProfileField>();
  let working: Partial<Profile> = { ...profile };
  for (let step = nextUnseen(steps, working, seen); step; step = nextUnseen(steps, working, seen)) {
    seen.add(step.field);
    const value = step.field === pendingField
      ? readPending(step, trimmed)
      : isAnswered(profile, step.field)
      ? null
      : UNASKED_SIGNALS[step.field]?.(trimmed, step, pendingField) ?? null;
    if (value !== null && fitsContract(step.field, value)) {
      patch[step.field] = value;
      working = { ...working, [step.field]: value };
    }
  }
  return patch as ProfilePatch;
}

function readPending(step: Step, text: string): AnswerValue | null {
  const parsed = parseAnswer(step, { type: 'text', text });
  return parsed.ok ? parsed.value : null;
}

function nextUnseen(steps: Step[], profile: Partial<Profile>, seen: Set<ProfileField>): Step | undefined {
  return applicableSteps(steps, profile).find((step) => !seen.has(step.field));
}
