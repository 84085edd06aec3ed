/**
 * An age stated explicitly ("34 years old", "I'm 34", "age 34"). Explicit wording is what lets the engine
 * take an age from a sentence that answers another question, and pick the age out of a sentence that
 * holds other numbers ("I'm 34 and have 2 kids").
 */
import { fold } from './normalize.ts';
import type { NumberMention } from './numbers.ts';

// A number that stops where the digits stop: "34." ends a sentence, "34.5" is a decimal.
const NUMBER = String.raw`(-?\d+(?:[.,]\d+)?)(?!\d|[.,]\d)`;
// After "I'm 90", these make it a weight or a height, not an age.
const NOT_AGE_UNIT = String.raw`(?!\s*(?:kg|kilo|lb|pound|stone|cm|ft|feet|foot|inch|%|'|"))`;

const AGE_PATTERNS = [
  new RegExp(String.raw`${NUMBER}\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b`, 'u'),
  new RegExp(String.raw`${NUMBER}\s*(?:yo|y/o|y\.o\.)(?!\p{L})`, 'u'),
  new RegExp(String.raw`(?:^|[^\p{L}'])(?:i'm|im|i am)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?${NUMBER}${NOT_AGE_UNIT}`, 'u'),
  new RegExp(String.raw`\bage[d]?\s*(?:is|:|=|of)?\s*${NUMBER}`, 'u'),
];

export function explicitAge(text: string): NumberMention | null {
  const folded = fold(text);
  for (const pattern of AGE_PATTERNS) {
    const match = pattern.exec(folded);
    if (match) return mention(match[1]!);
  }
  return null;
}

function mention(digits: string): NumberMention {
  const value = Number(digits.replace(',', '.'));
  return { value, integer: Number.isInteger(value) && !/[.,]/.test(digits) };
}

const AFTER_NAME = new RegExp(String.raw`^\s*[,(-]?\s*${NUMBER}${NOT_AGE_UNIT}(?!\s*(?:/|out of))`, 'u');

/** "Sam, 34": a bare number right after a name is read as an age, which is how people introduce themselves. */
export function ageAfterName(text: string, nameEnd: number): NumberMention | null {
  const match = AFTER_NAME.exec(fold(text.slice(nameEnd)));
  return match ? mention(match[1]!) : null;
}
