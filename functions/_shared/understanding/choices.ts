/**
 * Matching typed text to a single-choice step's options by value, label or synonym. Matching works on
 * whole words of folded text, so "Female" never matches "male" and "I'm" never matches an option "M".
 */
import type { Option, Step } from '../contracts.ts';
import { normalize, words } from './normalize.ts';

/**
 * Every phrase that names an option: its value (fat_loss reads "fat loss"), its label, each part of a
 * "Heading: detail" label ("Both" and "lose fat and build muscle"), and its synonyms.
 */
export function phrasesOf(option: Option): string[][] {
  const labelParts = option.label.includes(':') ? option.label.split(':') : [];
  const phrases = [option.value, option.label, ...labelParts, ...option.synonyms].map((p) => words(normalize(p)));
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (p.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const ORDINAL_ANSWER = /^(?:the |option |number |no )?(\d{1,2}|first|second|third|fourth|fifth|sixth)(?:st|nd|rd|th)?(?: one| option)?$/;

function byPosition(options: Option[], text: string): Option | null {
  const match = ORDINAL_ANSWER.exec(text);
  if (!match) return null;
  const index = ORDINALS[match[1]!] ?? Number(match[1]);
  return options[index - 1] ?? null;
}

interface Mention {
  option: Option;
  start: number;
  end: number;
}

function mentions(options: Option[], text: string[], minWords: number): Mention[] {
  const found: Mention[] = [];
  for (const option of options) {
    for (const phrase of phrasesOf(option)) {
      if (phrase.length < minWords || phrase.join('').length < 2) continue;
      for (let start = 0; start + phrase.length <= text.length; start++) {
        if (phrase.every((word, i) => text[start + i] === word)) {
          found.push({ option, start, end: start + phrase.length });
        }
      }
    }
  }
  return found;
}

/** A mention inside a longer mention of another option does not count: "lose fat and build muscle" names
 * the recomposition option, not fat loss and muscle gain as well. */
function outermost(found: Mention[]): Mention[] {
  return found.filter((m) =>
    !found.some((n) =>
      n.option !== m.option && n.start <= m.start && n.end >= m.end && n.end - n.start > m.end - m.start
    )
  );
}

function distinctOptions(found: Mention[]): Option[] {
  return [...new Set(found.map((m) => m.option))];
}

/** The option, when exactly one is meant; none or several (ambiguous) both mean "ask again". */
const onlyOne = (options: Option[]): Option | null => (options.length === 1 ? options[0]! : null);

/**
 * The option a visitor's text names: an exact phrase ("Lose fat", "lose weight"), a position ("2",
 * "the second one") or exactly one option mentioned inside a sentence ("I'd like to lose fat please").
 * One-letter synonyms ("m", "f") count only as the whole answer, never inside a sentence.
 */
export function matchOption(step: Step, text: string): Option | null {
  const said = words(normalize(text));
  const whole = said.join(' ');
  const exact = step.options.filter((option) => phrasesOf(option).some((p) => p.join(' ') === whole));
  if (exact.length > 0) return onlyOne(exact);
  return byPosition(step.options, whole) ?? onlyOne(distinctOptions(outermost(mentions(step.options, said, 1))));
}

/**
 * Options named by a phrase of two or more words ("lose fat", "bulk up"), for slot filling where only
 * explicit wording may count: a lone word such as "both" means too many things in passing.
 */
export function mentionedOption(step: Step, text: string): Option | null {
  return onlyOne(distinctOptions(outermost(mentions(step.options, words(normalize(text)), 2))));
}
