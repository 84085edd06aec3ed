/**
 * Finding a visitor's name in what they typed. A name is kept exactly as typed (capitals, and any markup,
 * which stays literal text): the engine only decides where the name starts and ends.
 */
import { normalize, words } from './normalize.ts';

export interface NameMention {
  name: string;
  /** Index in the original text just after the name, to read what follows it ("Sam, 34"). */
  end: number;
}

/**
 * How sure a pattern is. "My name is" / "call me" always introduce a name. "I'm X" does only when the
 * visitor is answering the name question or capitalised X ("I'm tired" is not a name, "I'm Sam" is).
 * "It's X" / "this is X" / "X here" are too common in other sentences to count unless answering.
 */
const STRONG_INTRO = /\b(?:(?:my name is|my name's|my names|call me|i go by)\s+|name\s*[:=]\s*)/giu;
const SELF_INTRO = /(?:^|[^\p{L}'])(?:i'm|im|i am)\s+/giu;
const ANSWER_INTRO = /(?:^|[^\p{L}'])(?:it's|its|this is)\s+/giu;
const HERE_SUFFIX = /^(?:(?:hi|hey|hello|hiya)\b[\s,!.]*)?(.{1,40}?)\s+here\b/diu;
const GREETING = /^(?:hi|hey|hello|hiya|howdy|yo)(?:\s+there)?\b[\s,!.:-]*/iu;

/** Words that end a name, or show the words after "I'm" are not a name at all ("I'm a woman", "I'm 34"). */
const NOT_NAME = new Set([
  'i', 'im', 'me', 'my', 'mine', 'you', 'your', 'we', 'a', 'an', 'the', 'and', 'or', 'but', 'not', 'no', 'yes',
  'yeah', 'yep', 'nope', 'ok', 'okay', 'sure', 'hi', 'hello', 'hey', 'what', 'whats', 'who', 'whos', 'why',
  'how', 'when', 'where', 'which', 'is', 'are', 'am', 'was', 'can', 'do', 'does', 'dont', 'will', 'would',
  'could', 'should', 'this', 'that', 'it', 'its', 'just', 'so', 'very', 'really', 'here', 'there', 'looking',
  'trying', 'interested', 'want', 'wanna', 'need', 'new', 'fine', 'good', 'great', 'tired', 'ready',
  'hungry', 'fat', 'overweight', 'skinny', 'male', 'female', 'man', 'woman', 'guy', 'girl', 'lady', 'from',
  'in', 'at', 'on', 'to', 'for', 'with', 'about', 'of', 'too', 'also', 'still', 'help', 'hoping', 'going',
  'thinking', 'curious', 'well', 'um', 'uh', 'hmm', 'idk', 'nothing', 'none', 'prefer', 'rather', 'skip',
  'btw', 'please', 'thanks', 'thank', 'aged', 'age', 'years', 'year', 'yrs', 'yo', 'old', 'sorry', 'unsure',
  'feeling', 'happy', 'sick', 'struggling', 'vegan', 'vegetarian', 'married', 'single', 'complicated', 'kind',
]);

const MAX_NAME_WORDS = 3;
const MAX_BARE_WORDS = 5;

/** Reads up to three name words from `text` at `from`; stops at punctuation, digits or a non-name word. */
function readName(text: string, from: number, requireCapital: boolean): NameMention | null {
  const rest = text.slice(from);
  const taken: string[] = [];
  let end = from;
  for (const match of rest.matchAll(/[^\s,;!?()]+/gu)) {
    const word = match[0];
    const gap = rest.slice(end - from, match.index);
    if (/\S/.test(gap) || taken.length === MAX_NAME_WORDS) break;
    if (!/\p{L}/u.test(word) || NOT_NAME.has(normalize(word))) break;
    taken.push(word);
    end = from + match.index + word.length;
    // A full stop after a word ends the sentence, unless it is an initial ("J. Smith").
    if (/[.:]$/.test(word) && word.length > 2) break;
  }
  if (taken.length === 0) return null;
  if (requireCapital && !/^\p{Lu}/u.test(taken[0]!)) return null;
  const name = taken.join(' ').replace(/[.:'"-]+$/u, '');
  return name.length > 0 ? { name, end } : null;
}

/** Curly apostrophes are single UTF-16 units, so unifying them keeps every index valid for the original. */
const straightApostrophes = (text: string) => text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");

function firstIntroduced(text: string, intro: RegExp, requireCapital: boolean): NameMention | null {
  for (const match of straightApostrophes(text).matchAll(intro)) {
    const found = readName(text, match.index + match[0].length, requireCapital);
    if (found) return found;
  }
  return null;
}

/**
 * A name introduced by an explicit pattern. `answering` admits the looser patterns and lower-case names,
 * because the visitor was just asked for their name.
 */
export function findIntroducedName(text: string, answering: boolean): NameMention | null {
  const strong = firstIntroduced(text, STRONG_INTRO, false) ?? firstIntroduced(text, SELF_INTRO, !answering);
  if (strong || !answering) return strong;
  const here = HERE_SUFFIX.exec(text)?.indices?.[1];
  if (here) {
    const found = readName(text, here[0], false);
    if (found && found.end === here[1]) return found;
  }
  return firstIntroduced(text, ANSWER_INTRO, false);
}

/**
 * The answer to "what's your name?": an introduced name, or else the short text itself ("Sam", "Sam Lee";
 * "Sam, 34" gives Sam). Refuses what is clearly not a name: a question, digits only, a sentence.
 */
export function findAnsweredName(text: string): NameMention | null {
  if (text.trimEnd().endsWith('?')) return null;
  const introduced = findIntroducedName(text, true);
  if (introduced) return introduced;
  if (words(normalize(text)).length > MAX_BARE_WORDS) return null;
  const start = text.length - text.trimStart().length;
  return readName(text, start + (GREETING.exec(text.trimStart())?.[0].length ?? 0), false);
}
