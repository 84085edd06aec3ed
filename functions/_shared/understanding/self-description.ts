/**
 * How visitors say what they are, for a field that asks them to describe themselves (a gender): "I'm a
 * woman", "a 52 year old guy", "dad of three", "Sam, 34, male", "(he/him)", "25F". Gender words and the family
 * roles that say one are known on every bot (lexicon.ts); said of someone else ("my wife") they say nothing.
 */
import type { AnswerValue, Step } from '../contracts.ts';
import { declines, isRole, phrasesOf, splitDigits } from './choices.ts';
import { normalize, words } from './normalize.ts';
import type { TextReading } from './reading.ts';

/** Words allowed between "I'm a" and a self-description: "I'm a 24 yo gal", "I'm a 52 year old guy". */
const DESCRIBING = new Set(['yo', 'year', 'years', 'yr', 'yrs', 'old', 'young', 'y', 'o', 'trans', 'cis', 'single', 'married', 'busy', 'working',
  'retired', 'proud', 'tall', 'short', 'big', 'small', 'fit', 'older', 'younger', 'middle', 'aged', 'straight', 'gay', 'happy', 'total',
  'complete', 'real', 'bit', 'of', 'absolute', 'very', 'pretty', 'fairly', 'quite', 'really', 'newbie', 'skinny', 'tired', 'chubby',
  'overweight', 'heavy', 'active', 'lazy', 'stressed', 'new', 'first', 'time', 'stay', 'at', 'home', 'exhausted', 'sporty']);
/** Words before a description that make it someone else's: "my wife", "a guy at work", "the girls". */
const SOMEONE_ELSE = new Set(['my', 'his', 'her', 'your', 'their', 'our', 'the', 'this', 'that', 'a', 'an', 'some', 'every', 'no', 'which', 'what', 'other']);
/** After a description at the start of an item, words that keep it about the visitor: "dad of three", "skinny guy trying to...". */
const DESCRIBED_BY = new Set(['of', 'here', 'who', 'trying', 'looking', 'wanting', 'hoping', 'that', 'with', 'needing', 'in']);

/**
 * "I'm a woman", "I am male", "a 52 year old guy", an option given as its own item in a list ("Sam, 34,
 * male", "Mo. 19. dude."), a description opening an item ("dad of three", "1 tired mum", "skinny guy trying
 * to..."), or a one-letter "f" or "m" beside an age ("nadia 34 f", "25F"). Gender words and the family
 * roles that say one ("mum", "dad") are known on every bot (lexicon.ts).
 */
export function selfDescription(reading: TextReading, step: Step): AnswerValue | null {
  const said = splitDigits(reading.said);
  const items = reading.text.split(/[,;.!()\n]+|\band\b|\bbut\b|\s[-–—]\s/iu).map((item) => splitDigits(words(normalize(item)))).filter((item) => item.length);
  const joined = items.map((item) => item.join(' '));
  // Declining ("rather not say") answers only its own question, never this one in passing.
  const described = step.options.filter((option) => !declines(option) &&
    phrasesOf(option, { gender: true, roles: true }).some((phrase) => {
      const p = phrase.join(' ');
      if (phrase.join('').length < 2) return /^[fm]$/.test(p) && besideAnAge(said, p);
      const role = isRole(p);
      if (!role && (joined.includes(p) || joined.includes(`a ${p}`) || joined.includes(`an ${p}`))) return true;
      if (items.some((item) => opensItem(item, phrase))) return true;
      for (let i = 0; i + phrase.length <= said.length; i++) {
        if (!phrase.every((w, k) => said[i + k] === w)) continue;
        // Walk back over describing words and numbers to "I'm (a)" or to "N year old".
        let j = i - 1;
        while (j >= 0 && (DESCRIBING.has(said[j]!) || /^\d+$/.test(said[j]!)) && i - j <= 4) j--;
        if (said[j] === 'a' || said[j] === 'an') j--;
        if (said[j] === 'im' || (said[j] === 'am' && said[j - 1] === 'i') || said[j] === 'as') return true;
        if (/^\d+$/.test(said[i - 1] ?? '') || (said[i - 1] === 'old' && /^(?:year|yr|y)/.test(said[i - 2] ?? ''))) return true;
      }
      return false;
    })
  );
  return described.length === 1 ? described[0]!.value : null;
}

/** "skinny guy trying to...", "dad of three", "1 tired mum": the description opens its item, after at most two describing words or a number. */
function opensItem(item: string[], phrase: string[]): boolean {
  for (let i = 0; i <= Math.min(2, item.length - phrase.length); i++) {
    if (!phrase.every((w, k) => item[i + k] === w)) continue;
    const before = item.slice(0, i);
    if (before.some((w) => SOMEONE_ELSE.has(w) || !(DESCRIBING.has(w) || /^\d+$/.test(w)))) continue;
    const after = item[i + phrase.length];
    if (after === undefined || DESCRIBED_BY.has(after)) return true;
  }
  return false;
}

/** "34 f", "25F", "f 29": a one-letter gender right beside a two-digit age. */
function besideAnAge(said: string[], letter: string): boolean {
  return said.some((w, i) => w === letter && (/^\d{2}$/.test(said[i - 1] ?? '') || /^\d{2}$/.test(said[i + 1] ?? '')));
}
