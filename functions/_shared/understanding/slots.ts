/**
 * Slot filling: one message may answer several questions ("I'm Sam, 34, and I want to lose fat"). The
 * pending question is read with its full parser; every other field only from wording that cannot mean
 * anything else, because a wrong guess stored silently is worse than asking. What counts as unmistakable
 * comes from the field: its entity (a name introduced as one, an age stated as one), its options' own
 * phrases, and whether the owner allows it to be filled in passing at all.
 */
import type { Answers, Step } from '../contracts.ts';
import { ageAfterName, explicitAge } from './age.ts';
import { mentionedOption, phrasesOf } from './choices.ts';
import { findAnsweredName, findIntroducedName } from './names.ts';
import { normalize } from './normalize.ts';
import type { NumberMention } from './numbers.ts';
import { type AnswerValue, parseAnswer } from './parse.ts';
import { applicableSteps, fitsField, isAnswered } from '../conversation/steps.ts';

/**
 * The answer a message gives in passing to a question that is not pending, or null. Fields without an entity
 * or options (a free-text "why", a scale) are taken only as answers to their own question: a number or a
 * phrase in passing says nothing reliable about them.
 */
function volunteered(text: string, step: Step, pending: Step | null): AnswerValue | null {
  if (!step.fill_in_passing) return null;
  switch (step.entity) {
    case 'person_name':
      return findIntroducedName(text, false)?.name ?? null;
    case 'age': {
      const stated = explicitAge(text) ?? bareAgeAfterName(text, pending);
      return stated?.integer ? stated.value : null;
    }
    case 'self_description':
      return selfDescription(text, step);
  }
  if (step.kind === 'single_choice') return mentionedOption(step, text)?.value ?? null;
  if (step.kind === 'yes_no') {
    const stated = mentionedOption(step, text);
    return stated ? stated.value === 'yes' : null;
  }
  return null;
}

/** "Sam, 34": needs the name itself to be recognisable, by a pattern or as the answer to the name question. */
function bareAgeAfterName(text: string, pending: Step | null): NumberMention | null {
  const name = pending?.entity === 'person_name' ? findAnsweredName(text) : findIntroducedName(text, false);
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

/**
 * Fields this text answers. Walks the steps in order against the answers as they grow, so a step that a
 * value in this same message makes applicable is considered too; never overwrites a stored answer except
 * the pending one, which the visitor is answering again.
 */
export function extractSlots(
  text: string,
  steps: Step[],
  answers: Answers,
  pendingField: string | null,
  /** The pending question's reading of this text when the caller has it already (null: it did not fit). */
  pendingValue?: AnswerValue | null,
): Record<string, AnswerValue> {
  const trimmed = text.trim();
  const found: Record<string, AnswerValue> = {};
  const seen = new Set<string>();
  const pending = steps.find((step) => step.field === pendingField) ?? null;
  let working: Answers = { ...answers };
  for (let step = nextUnseen(steps, working, seen); step; step = nextUnseen(steps, working, seen)) {
    seen.add(step.field);
    const value = step.field === pendingField
      ? pendingValue !== undefined ? pendingValue : readPending(step, trimmed)
      : isAnswered(answers, step.field)
      ? null
      : volunteered(trimmed, step, pending);
    if (value !== null && fitsField(step, value)) {
      found[step.field] = value;
      working = { ...working, [step.field]: value };
    }
  }
  return found;
}

function readPending(step: Step, text: string): AnswerValue | null {
  const parsed = parseAnswer(step, { type: 'text', text });
  return parsed.ok ? parsed.value : null;
}

function nextUnseen(steps: Step[], answers: Answers, seen: Set<string>): Step | undefined {
  return applicableSteps(steps, answers).find((step) => !seen.has(step.field));
}
