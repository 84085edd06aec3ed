/**
 * Finds the numbers a visitor typed, in digits or in words ("thirty four"), keeping what makes a number
 * unacceptable for a whole-number answer: a sign or decimals ("-1", "7.5").
 */
import { fold } from './normalize.ts';

export interface NumberMention {
  value: number;
  integer: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

// A minus sign counts only where it cannot be a hyphen ("7-8" is a range, "-1" is negative).
const TOKEN = /(?:(?<![\p{L}\p{N}])-)?\d+(?:[.,]\d+)?|\p{L}+/gu;

function findNumbers(text: string): NumberMention[] {
  const tokens = fold(text).match(TOKEN) ?? [];
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (/\d/.test(token)) {
      const value = Number(token.replace(',', '.'));
      found.push({ value, integer: Number.isInteger(value) && !/[.,]/.test(token) });
    } else if ((token === 'one' && next === 'hundred') || token === 'hundred') {
      found.push({ value: 100, integer: true });
      if (token === 'one') i++;
    } else if (token in TENS) {
      const unit = next !== undefined ? UNITS[next] : undefined;
      const addsUnit = unit !== undefined && unit >= 1 && unit <= 9;
      found.push({ value: TENS[token]! + (addsUnit ? unit : 0), integer: true });
      if (addsUnit) i++;
    } else if (token in UNITS) {
      found.push({ value: UNITS[token]!, integer: true });
    }
  }
  return found;
}

/** The single number in the text, or null when there is none or more than one (an ambiguous answer). */
export function singleNumber(text: string): NumberMention | null {
  const found = findNumbers(text);
  return found.length === 1 ? found[0]! : null;
}
