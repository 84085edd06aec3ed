/**
 * The numbers in a message and what each measures. "I can't spend 90 dollars a week" holds money, not an
 * age; "35 and I weigh 100 kilos" holds one bare number and a weight; "3x a week" is a frequency. A field
 * takes only a number of its own kind (its `entity`), so a number is never stored for the wrong thing.
 *
 * Works on folded text (normalize.ts), token by token, in one pass: linear in the message's length.
 */
import { fold } from './normalize.ts';

export type Measure =
  | 'age' // "34 years old", "I'm 34", "aged 34", "a 23 year old", "just turned 18"
  | 'years' // "33 yrs": an age when the age is asked, a duration otherwise
  | 'money' // "$90", "90 dollars", "50 bucks", "149 a month" (a price)
  | 'pounds' // "60 pounds" without a word saying whether money or weight
  | 'weight' // "85kg", "lose 20 pounds"
  | 'height' // "6ft", "180 cm"
  | 'duration' // "for 15 years", "50 hours", "4 days"
  | 'frequency' // "3x a week", "twice a week", "3 a week", "5 classes a week", "every day"
  | 'scale' // "7/10", "6 out of 10"
  | 'calories' // "2000 calories"
  | 'percent'
  | 'clock' // "7am", "18:00"
  | 'year' // "1990"
  | 'decade' // "in her 50s"
  | 'ordinal' // "1st"
  | 'count' // "3 kids", "2 meals": a number of things named by the noun after it
  | 'bare'; // nothing says what it measures

export interface Quantity {
  value: number;
  /** False for "-1", "7.5": not acceptable as a whole-number answer. */
  integer: boolean;
  measure: Measure;
  /** The noun after a count or a frequency ("kids", "classes"), or a duration's unit ("weeks"), normalized. */
  noun?: string;
  /** For a frequency or a price: per week, day, month or year, when said. */
  period?: 'day' | 'week' | 'month' | 'year';
  /** For a scale: the number it is out of. */
  outOf?: number;
  /** One end of a range or an alternative ("5 or 6", "2-3"): not a value on its own. */
  range?: true;
  /** "not 29": the value the visitor says it is not. */
  negated?: true;
  /** "more than 1", "at least 3", "turning 40": a bound, not the value. */
  inexact?: true;
  /** Whose the number is, when the words before it say: the visitor ("I'm 34") or someone else ("my cat is 3", "she's 7"). */
  of?: 'self' | 'other';
  /** "a week": one, said without a number, which only an answer to its own question gives ("how much is a week?" does not). */
  article?: true;
  /** Index of the number's token, for reading the words around it. */
  at: number;
}

export interface Token {
  text: string;
  /** Offset in the folded text, and the offset just after it. */
  start: number;
  end: number;
  number?: { value: number; integer: boolean };
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Numbers that are frequencies by themselves ("twice a week"). */
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

const MONEY_WORDS = new Set(['dollars', 'dollar', 'bucks', 'buck', 'euros', 'euro', 'eur', 'usd', 'gbp', 'quid', 'cents', 'pence', 'dollares', 'grand']);
const CURRENCY = new Set(['$', '€', '£', '¥']);
const WEIGHT_WORDS = new Set(['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogrammes', 'lb', 'lbs', 'stone', 'stones', 'st']);
const HEIGHT_WORDS = new Set(['cm', 'cms', 'centimetres', 'centimeters', 'ft', 'foot', 'feet', 'inch', 'inches', 'metres', 'meters', 'm']);
const DURATION_WORDS = new Set(['sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'h',
  'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'mo', 'mos', 'decade', 'decades', 'weekend', 'weekends', 'night', 'nights']);
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'y']);
const CALORIE_WORDS = new Set(['calories', 'calorie', 'cals', 'cal', 'kcal', 'kcals']);
const PERIODS: Record<string, Quantity['period']> = {
  day: 'day', days: 'day', daily: 'day', week: 'week', wk: 'week', weekly: 'week', weeks: 'week', month: 'month', mo: 'month', monthly: 'month',
  year: 'year', yr: 'year', yearly: 'year', annually: 'year',
};
const PER = new Set(['a', 'per', 'each', 'every', 'an', 'x', 'times', 'p']);
/** Words after a number that are not a noun it counts. */
const NOT_NOUNS = new Set(['and', 'or', 'but', 'to', 'so', 'if', 'i', 'im', 'is', 'are', 'am', 'was', 'the', 'a', 'an', 'at', 'in', 'on',
  'for', 'with', 'please', 'pls', 'now', 'then', 'maybe', 'probably', 'btw', 'lol', 'haha', 'ish', 'max', 'tops', 'or so', 'of', 'me',
  'my', 'out', 'though', 'tho', 'really', 'honestly', 'yes', 'no', 'ok', 'okay', 'thanks', 'because', 'cause', 'since', 'as', 'too',
  'not', 'years', 'year', 'yrs', 'yo', 'old', 'young', 'next', 'last', 'this', 'that', 'it', 'you', 'we', 'they', 'he', 'she',
  'would', 'will', 'could', 'should', 'can', 'do', 'id', 'ill', 'either', 'plus', 'more', 'less', 'sounds', 'seems', 'feels', 'by',
  'right', 'good', 'fine', 'great', 'is', 'be', 'only', 'just', 'already', 'still', 'ideally', 'hopefully', 'definitely', 'sure', 'like', 'from',
  // Chat shorthand after a number ("8 tbh", "a 6 ngl") says how it is said, not what is counted.
  'tbh', 'tbf', 'ngl', 'imo', 'imho', 'fr', 'rn', 'atm', 'idk', 'lmao', 'lmk', 'hehe', 'xx', 'xo', 'mate', 'guys', 'reckon', 'innit', 'eh', 'hun']);
const SPEND_WORDS = new Set(['spend', 'spending', 'spent', 'pay', 'paying', 'paid', 'cost', 'costs', 'costing', 'budget', 'afford', 'price',
  'priced', 'charge', 'charged', 'fee', 'fees', 'earn', 'earning', 'salary', 'save', 'saving', 'worth', 'money', 'cash', 'bill']);
const WEIGH_WORDS = new Set(['weigh', 'weighs', 'weight', 'weighing', 'lose', 'losing', 'lost', 'gain', 'gaining', 'gained', 'drop', 'dropped',
  'shed', 'put', 'heavier', 'lighter', 'down', 'kg', 'bodyweight', 'overweight', 'underweight']);
const AGE_BEFORE = new Set(['aged', 'age', 'ages', 'turned', 'tengo', 'tenho', 'jai']);
const SELF = new Set(['im', 'i']);
const BOUNDS_BEFORE = ['more than', 'less than', 'over', 'under', 'at least', 'at most', 'up to', 'no more than', 'fewer than', 'above', 'below', 'turning', 'nearly', 'almost', 'about to turn', 'going on', 'soon',
  'about to be', 'soon to be', 'going to be', 'gonna be', 'will be', 'ill be', 'id be', 'nearly be', 'from', 'till', 'until', 'til', 'to',
  // "44 but feel 60": how old one feels or looks is not one's age.
  'feel', 'feels', 'feel like', 'feels like', 'look', 'looks', 'look like', 'looks like'];
const RISEN = new Set(['gone', 'went', 'goes', 'go', 'going', 'come', 'came', 'risen', 'rose', 'shot', 'jumped', 'crept']);
/** "change that to 4", "make it 6": a value put right, not a bound. */
const SETTING = new Set(['change', 'changed', 'make', 'switch', 'update', 'correct', 'it', 'that', 'this', 'answer']);
/** Words after a number that make it a future or past value, not the current one: "55 next birthday", "30 in march". */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** "36 ans", "45 años": years of age in the languages a visitor may slip into. */
const AGE_YEARS = new Set(['ans', 'anos', 'jahre', 'anni', 'jaar', 'lat']);

/** Units that "a" counts one of: "a week", "a fortnight". */
const ONE_UNIT = new Set(['day', 'week', 'fortnight', 'month', 'weekend']);

/** Words before "one" that make it a pronoun ("the one", "this one", "the cheaper one"). */
const PRONOUN_ONE_BEFORE = new Set(['the', 'this', 'that', 'which', 'another', 'each', 'every', 'any', 'either', 'neither', 'other', 'same', 'no', 'whichever']);
/** Words that name a stage by its number ("by week two", "day 3 of the plan"). */
const STAGES = new Set(['week', 'day', 'month', 'round', 'phase', 'lesson', 'session', 'chapter', 'part', 'step', 'stage', 'episode', 'module',
  // A school year or grade ("year 9", "grade 5"), not an age.
  'year', 'grade']);

/** Folded text with apostrophes inside words dropped ("i'm" reads "im"), tokens kept with their offsets. */
export function tokenize(text: string): Token[] {
  const folded = fold(text).replace(/(?<=\p{L})'(?=\p{L})/gu, '');
  const tokens: Token[] = [];
  for (const match of folded.matchAll(/\d+(?:[.,]\d+)?|\p{L}+|[$€£¥%/:+~?!.,;'"()\-]/gu)) {
    const raw = match[0];
    const token: Token = { text: raw, start: match.index, end: match.index + raw.length };
    if (/^\d/.test(raw)) {
      const value = Number(raw.replace(',', '.'));
      token.number = { value, integer: Number.isInteger(value) && !/[.,]/.test(raw) };
    }
    tokens.push(token);
  }
  return joinNumberWords(tokens);
}

/** "thirty four" and "thirty-four" become one number token, "one hundred" too; "twice" is 2. */
function joinNumberWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = token.text;
    const next = tokens[i + 1];
    const afterHyphen = next?.text === '-' && next.end === tokens[i + 2]?.start ? tokens[i + 2] : undefined;
    if (word in TENS) {
      const unitToken = next && UNITS[next.text] !== undefined ? next : afterHyphen && UNITS[afterHyphen.text] !== undefined ? afterHyphen : undefined;
      const unit = unitToken ? UNITS[unitToken.text]! : 0;
      if (unitToken && unit >= 1 && unit <= 9) {
        out.push({ text: word, start: token.start, end: unitToken.end, number: { value: TENS[word]! + unit, integer: true } });
        i += unitToken === next ? 1 : 2;
        continue;
      }
      out.push({ ...token, number: { value: TENS[word]!, integer: true } });
    } else if ((word === 'one' || word === 'a') && next?.text === 'hundred') {
      out.push({ text: 'hundred', start: token.start, end: next.end, number: { value: 100, integer: true } });
      i++;
    } else if (word === 'hundred') {
      out.push({ ...token, number: { value: 100, integer: true } });
    } else if (word in UNITS) {
      out.push({ ...token, number: { value: UNITS[word]!, integer: true } });
    } else if (word in TIMES_WORDS) {
      out.push({ ...token, number: { value: TIMES_WORDS[word]!, integer: true } });
    } else {
      out.push(token);
    }
  }
  return out;
}

const wordAt = (tokens: Token[], i: number) => tokens[i]?.text ?? '';
const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** The period after `i` ("a week", "per month", "weekly", "pw"), and how many tokens it takes. */
function periodAt(tokens: Token[], i: number): { period: Quantity['period']; length: number } | null {
  const w = wordAt(tokens, i);
  if (PERIODS[w] && (w.endsWith('ly') || w === 'annually')) return { period: PERIODS[w], length: 1 };
  if (w === 'pw') return { period: 'week', length: 1 };
  if (w === 'pm' && !/^\d/.test(wordAt(tokens, i - 1))) return null;
  if (w === '/' || PER.has(w)) {
    const p = wordAt(tokens, i + 1);
    if (PERIODS[p] && !p.endsWith('s')) return { period: PERIODS[p], length: 2 };
  }
  return null;
}

/** Every number in the text, with what it measures. */
export function findQuantities(text: string, options: { prices?: number[] } = {}): Quantity[] {
  return quantitiesIn(tokenize(text), options);
}

/** The numbers among tokens already made (`tokenize`). */
export function quantitiesIn(tokens: Token[], options: { prices?: number[] } = {}): Quantity[] {
  const found: Quantity[] = [];
  const asking = tokens.some((t) => t.text === '?');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.number) {
      // "every day", "daily": seven times a week, with no number typed.
      // "a week", "for a fortnight": one of the unit, unless it is the period of a number before it ("3 times a week").
      if ((token.text === 'a' || token.text === 'an') && ONE_UNIT.has(wordAt(tokens, i + 1)) && wordAt(tokens, i + 2) !== 'ago' && !asking &&
        !tokens.slice(Math.max(0, i - 3), i).some((t) => t.number || PER.has(t.text) || t.text === 'once' || t.text === 'twice')) {
        found.push({ value: 1, integer: true, measure: 'duration', noun: wordAt(tokens, i + 1), at: i, article: true });
        continue;
      }
      if ((token.text === 'every' && (wordAt(tokens, i + 1) === 'day' || wordAt(tokens, i + 1) === 'single') && !tokens[i - 1]?.number) ||
        ((token.text === 'everyday' || token.text === 'daily') && !tokens[i - 1]?.number && !tokens[i - 2]?.number)) {
        found.push({ value: 7, integer: true, measure: 'frequency', period: 'week', at: i });
      }
      continue;
    }
    const quantity = measureAt(tokens, i, options.prices ?? []);
    const of = ownerAt(tokens, i);
    found.push(of ? { ...quantity, of } : quantity);
    // The number a scale is out of, the minutes of a clock time and the inches after feet belong to it.
    const follower = quantity.measure === 'scale' || quantity.measure === 'clock' || quantity.measure === 'height'
      ? tokens.findIndex((t, k) => k > i && k <= i + 3 && t.number)
      : -1;
    if (follower > 0 && (quantity.measure !== 'height' || /^(?:ft|foot|feet|')$/.test(wordAt(tokens, i + 1)))) i = follower;
  }
  markRanges(tokens, found);
  return found;
}

function measureAt(tokens: Token[], i: number, prices: number[]): Quantity {
  const token = tokens[i]!;
  const { value } = token.number!;
  let integer = token.number!.integer;
  const base = { value, integer, at: i };
  const prev = wordAt(tokens, i - 1);
  const prev2 = wordAt(tokens, i - 2);
  let j = i + 1;
  // "-1": a sign where it cannot be a hyphen.
  if (prev === '-' && !(tokens[i - 2] && tokens[i - 2]!.end === tokens[i - 1]!.start) && adjacent(tokens[i - 1], token)) {
    integer = false;
    base.integer = false;
    base.value = -value;
  }
  // "80k", "£30k": thousands; the words after the "k" say what they measure.
  if (wordAt(tokens, j) === 'k' && adjacent(token, tokens[j]) && integer && base.value > 0) {
    base.value *= 1000;
    j++;
  }
  const next = wordAt(tokens, j);
  const bounded = BOUNDS_BEFORE.some((b) => {
    const words = b.split(' ');
    if (b === 'to' && (SETTING.has(prev2) || SETTING.has(wordAt(tokens, i - 3)))) return false;
    // "it's gone up to 300": a value reached, not a bound.
    if ((b === 'up to' || b === 'to') && prev2 === 'up' && RISEN.has(wordAt(tokens, i - 3))) return false;
    return words.every((w, k) => wordAt(tokens, i - words.length + k) === w);
  }) || ((next === 'next' || next === 'this') && ['birthday', 'month', 'year', 'week', 'bday'].includes(wordAt(tokens, j + 1))) || (next === 'in' && MONTHS.has(wordAt(tokens, j + 1))) ||
    // "5 if you count the loft", "3 including the baby": a count that depends on what is counted.
    (next === 'if' && ['you', 'we', 'i'].includes(wordAt(tokens, j + 1)) && ['count', 'include', 'counted'].includes(wordAt(tokens, j + 2))) ||
    ((next === 'including' || next === 'counting') && !tokens[j + 1]?.number);
  const negated = prev === 'not' || (prev === 'no' && !tokens[i - 2]);
  const flags = { ...(bounded ? { inexact: true as const } : {}), ...(negated ? { negated: true as const } : {}) };
  const q = (measure: Measure, extra: Partial<Quantity> = {}): Quantity => ({ ...base, ...flags, measure, ...extra });

  if (CURRENCY.has(prev) || CURRENCY.has(next) || MONEY_WORDS.has(next)) return q('money', periodOf(tokens, j + (CURRENCY.has(next) || MONEY_WORDS.has(next) ? 1 : 0)));
  if (next === 'k' && (SPEND_WORDS.has(prev) || CURRENCY.has(prev2))) return q('money');
  if (next === '%' || next === 'percent') return q('percent');
  if (next === ':' && tokens[j + 1]?.number && adjacent(token, tokens[j]) ) return q('clock');
  if (next === 'am' || next === 'pm' || (next === 'o' && wordAt(tokens, j + 1) === 'clock')) return q('clock');
  if (next === 'st' || next === 'nd' || next === 'rd' || next === 'th') {
    if (adjacent(token, tokens[j])) return q('ordinal');
  }
  if (next === 's' && adjacent(token, tokens[j]) && value % 10 === 0) return q('decade');
  if (next === '/' || (next === 'out' && wordAt(tokens, j + 1) === 'of') || ((next === 'of' || next === 'outta' || next === 'outa') && tokens[j + 1]?.number)) {
    const denominator = tokens[next === '/' ? j + 1 : next === 'out' ? j + 2 : j + 1];
    if (denominator?.number && !(next === '/' && /^(?:o|wk|week|day|month)$/.test(denominator.text))) return q('scale', { outOf: denominator.number.value });
  }
  // "the cheaper one", "that one", "one of these": "one" standing for a thing, not a number; "week two",
  // "day 3": the name of a stage, not how many.
  if (token.text === 'one' && (PRONOUN_ONE_BEFORE.has(prev) || (PRONOUN_ONE_BEFORE.has(prev2) && /^\p{L}+$/u.test(prev)) || next === 'of')) return q('ordinal');
  if (STAGES.has(prev) && !STAGES.has(next)) return q('ordinal');
  // "my wife and I (both 60)", "we're both 34": the age of each, the visitor's too.
  if (prev === 'both' && integer && value >= 13 && value < 100 && (next === '' || next === ')' || next === ',' || next === '.' || next === 'and')) return q('age');
  // "she got a 4 in her mock", "scored 6": a mark received, not a rating given.
  if (prev === 'scored' || (prev === 'a' && ['got', 'get', 'gets', 'scored'].includes(prev2) && ['in', 'on', 'for'].includes(next))) return q('ordinal');
  if (next === 'y' && wordAt(tokens, j + 1) === '/' && wordAt(tokens, j + 2) === 'o') return q('age');
  if (AGE_YEARS.has(next)) return q('age');
  // "25F", "34 m": an age with a one-letter gender after it.
  if (integer && value >= 13 && value < 100 && ((next === 'f' && !/^\p{L}/u.test(wordAt(tokens, j + 1))) || ((next === 'f' || next === 'm') && adjacent(token, tokens[j])))) return q('age');
  if (next === 'yo' || next === 'yrs' && (wordAt(tokens, j + 1) === 'old' || wordAt(tokens, j + 1) === 'young')) return q('age');
  if (next === '-' && YEAR_WORDS.has(wordAt(tokens, j + 1))) j++;
  const unit = wordAt(tokens, j);
  if (YEAR_WORDS.has(unit)) {
    const after = wordAt(tokens, j + 1) === '-' ? wordAt(tokens, j + 2) : wordAt(tokens, j + 1);
    if (after === 'old' || after === 'young' || after === 'of' && wordAt(tokens, j + 2) === 'age') return q('age');
    // "for 15 years", "had her 2 years": how long, not how old.
    const durationCue = ['for', 'been', 'since', 'ago', 'last', 'past', 'over', 'in', 'after', 'within', 'of', 'every'].some((w) => w === prev || w === after) ||
      prev === 'had' || ['had', 'owned', 'kept', 'known'].includes(prev2) || [wordAt(tokens, i - 3), wordAt(tokens, i - 4)].includes('been') ||
      // "we've lived here 12 years", "worked there 5 years": how long somewhere, not how old anything is.
      ['lived', 'living', 'worked', 'working', 'stayed', 'studied'].some((w) => [prev, prev2, wordAt(tokens, i - 3)].includes(w));
    return q(durationCue ? 'duration' : 'years', { noun: unit });
  }
  if (WEIGHT_WORDS.has(unit) && !(unit === 'st' && !adjacent(token, tokens[j]) && !SELF.has(prev))) return q('weight');
  if (HEIGHT_WORDS.has(unit) && !(unit === 'm' && integer && value > 3)) return q('height');
  if (unit === "'" || unit === '"') return q('height');
  if (unit === 'pounds' || unit === 'pound') {
    const around = [wordAt(tokens, i - 3), prev2, prev, wordAt(tokens, j + 1), wordAt(tokens, j + 2)];
    if (around.some((w) => SPEND_WORDS.has(w)) || periodAt(tokens, j + 1)) return q('money', periodOf(tokens, j + 1));
    if (around.some((w) => WEIGH_WORDS.has(w))) return q('weight');
    return q('pounds');
  }
  if (CALORIE_WORDS.has(unit)) return q('calories', periodOf(tokens, j + 1));
  if (DURATION_WORDS.has(unit)) return q('duration', { noun: unit, ...periodOf(tokens, j + 1) });
  if (unit === 'x' || unit === 'times' || unit === 'time') {
    return q('frequency', periodOf(tokens, j + 1) ?? {});
  }
  if (TIMES_WORDS[token.text] !== undefined) return q('frequency', periodOf(tokens, j));
  const period = periodAt(tokens, j);
  if (period) {
    // "149 a month" is a price, "3 a week" a frequency: a plan's price, or a sum too large to be a count.
    const price = prices.includes(value) || (period.period !== 'day' && period.period !== 'week' && value >= 10) || (period.period === 'week' && value > 21);
    return q(price ? 'money' : 'frequency', { period: period.period });
  }
  // Before the number.
  if (AGE_BEFORE.has(prev) || (prev === ':' && AGE_BEFORE.has(prev2)) || (prev === 'is' && AGE_BEFORE.has(prev2)) || (prev === 'of' && prev2 === 'age')) return q('age');
  if (prev === 'born' || (prev === 'in' && prev2 === 'born') || (integer && value >= 1900 && value <= 2100)) return q('year');
  // "'92", "class of '05": a year written short.
  if (prev === "'" && adjacent(tokens[i - 1], token) && integer && /^\d{2}$/u.test(token.text)) return q('year');
  if (SPEND_WORDS.has(prev) || SPEND_WORDS.has(prev2) && !/^\d/.test(prev)) return q('money');
  // "mom of 2", "one of 3 kids": how many of something, not a value of its own.
  if (prev === 'of' && /^\p{L}{2,}$/u.test(prev2) && prev2 !== 'age') return q('count', { noun: prev2 });
  if (WEIGH_WORDS.has(prev) && value >= 3) return q('weight');
  const noun = nounAfter(tokens, j);
  if (noun) {
    const nounPeriod = periodAt(tokens, j + 1);
    return nounPeriod ? q('frequency', { noun, period: nounPeriod.period }) : q('count', { noun });
  }
  // "I'm a 4 on support", "I'm a 7 for that": a rating, not an age.
  if (['on', 'for', 'out', 'in'].includes(next) && prev === 'a') return q('bare');
  // "I'm 34": the self-introduction of an age, once nothing after it says otherwise.
  // "I'm a 2" rates; "I'm 34", "I'm only 19" say an age.
  if (prev === 'a' && SELF.has(prev2)) return q('bare');
  if (SELF.has(prev) || (['only', 'just', 'now', 'nearly', 'almost', 'barely'].includes(prev) && SELF.has(prev2))) return q('age');
  if (prev === 'am' && prev2 === 'i') return q('age');
  if (['only', 'just', 'nearly', 'almost', 'barely'].includes(prev) && prev2 === 'am' && wordAt(tokens, i - 3) === 'i') return q('age');
  return q('bare');
}

const SELF_WORDS = new Set(['i', 'im', 'me', 'am', 'myself']);
const OTHER_WORDS = new Set(['he', 'she', 'hes', 'shes', 'they', 'theyre', 'his', 'her', 'their', 'our', 'ours']);
/** Words before "is N" that leave the number the visitor's, or nobody's in particular. */
const NOT_SOMEONE = new Set(['age', 'it', 'that', 'this', 'answer', 'which', 'what', 'number', 'mine', 'level', 'support', 'score', 'rating', 'budget',
  'price', 'weight', 'goal', 'there', 'here', 'one', 'total', 'count', 'limit', 'max', 'min']);
/** Before "a N year old", words that make it someone the visitor has. */
const HAVING = new Set(['have', 'has', 'got', 'with', 'and', 'plus', 'our', 'my', 'raising', 'of']);
/** Where a subject stops reaching: the clause ends. */
const CLAUSE_END = new Set([',', '.', ';', '!', '?', 'and', 'but', 'so', 'while', 'whereas', '(', ')']);

/** The visitor or someone else, from the nearest subject in the words before the number, in its clause. */
function ownerAt(tokens: Token[], i: number): 'self' | 'other' | undefined {
  // "Max is 7", "Bella's 3": someone named, not the visitor ("my age is 40", "it's 40" are the visitor's).
  const verb = wordAt(tokens, i - 1);
  const subject = wordAt(tokens, i - 2);
  // "I have a 10 year old and a 7 year old": children had, not the visitor ("I'm a 23 year old" is).
  if (verb === 'a' && HAVING.has(subject)) return 'other';
  if ((verb === 'is' || verb === 's') && /^\p{L}{2,}$/u.test(subject) && !NOT_SOMEONE.has(subject)) return 'other';
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const word = tokens[k]!.text;
    if (CLAUSE_END.has(word)) return undefined;
    if (SELF_WORDS.has(word)) return 'self';
    if (OTHER_WORDS.has(word)) return 'other';
    // "my son is 12", "my cat is 3": someone of the visitor's, not the visitor ("my age is 40" is).
    if (word === 'my' && /^\p{L}/u.test(wordAt(tokens, k + 1)) && wordAt(tokens, k + 1) !== 'age') return 'other';
  }
  return undefined;
}

function periodOf(tokens: Token[], i: number): Partial<Quantity> {
  const found = periodAt(tokens, i);
  return found ? { period: found.period } : {};
}

/** The noun a count names ("3 kids", "2 big meals"), or null. */
function nounAfter(tokens: Token[], i: number): string | null {
  for (let k = i; k < i + 2; k++) {
    const word = wordAt(tokens, k);
    // "33 going on 60": a verb after the number, not a noun it counts.
    if (!/^\p{L}{2,}$/u.test(word) || NOT_NOUNS.has(word) || /ing$/u.test(word)) return null;
    if (!['big', 'small', 'little', 'full', 'whole', 'more', 'extra', 'solid', 'good', 'short', 'long'].includes(word)) return word;
  }
  return null;
}

/** "5 or 6", "2-3", "2 to 3", "between 3 and 4": neither end is a value; "3 or so" is a hedge, not a range. */
function markRanges(tokens: Token[], found: Quantity[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    // "a week or two": the unit after "a" is part of it.
    const between = tokens.slice(a.at + (a.article ? 2 : 1), b.at).map((t) => t.text).filter((t) => t !== ',');
    const joined = between.join(' ');
    const alternative = ['-', 'or', 'to', 'and', '/', 'maybe', 'or maybe', 'or even', 'ish or', 'and maybe', '~', 'or like', 'maybe even']
      .includes(joined) && !(joined === 'to' && b.measure !== a.measure && b.measure !== 'bare');
    const between2 = wordAt(tokens, a.at - 1) === 'between' && joined === 'and';
    if ((alternative || between2) && !(joined === 'and' && !between2 && a.measure !== b.measure)) {
      if (a.measure === 'scale' && joined === '/') continue;
      a.range = true;
      b.range = true;
      // The unit after the second number ("5-6 kg") says what both measure.
      if (a.measure === 'bare' && b.measure !== 'bare') a.measure = b.measure;
    }
  }
}

/** The single number in the text, or null when there is none or more than one (an ambiguous answer). */
export function singleNumber(text: string): { value: number; integer: boolean } | null {
  const found = findQuantities(text);
  return found.length === 1 ? found[0]! : null;
}
