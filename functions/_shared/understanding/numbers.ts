/**
 * The number a message gives for one number or scale field. Each field takes only numbers of its own kind:
 * its entity says what it measures (an age, money, a frequency...), so "I can't spend 90 dollars a week"
 * never becomes an age and "35 and I weigh 100 kilos" gives the age 35. A number can also be claimed by the
 * field's own words next to it ("support about a 3", "5 classes a week", "2 riders").
 *
 * Asked for the field (the pending question), a plain number counts; in passing, only a number that says
 * what it is. Two different candidates, a range ("5 or 6") or a bound ("more than 1") give no value: asking
 * again is better than guessing.
 */
import type { Entity, Step } from '../contracts.ts';
import { stem } from './choices.ts';
import { type Measure, type Quantity, type Token } from './quantities.ts';

/** Words of a label that say nothing about what the field is. */
const LABEL_STOP = new Set(['how', 'many', 'much', 'what', 'your', 'you', 'the', 'a', 'an', 'of', 'per', 'to', 'do', 'is', 'are', 'level',
  'number', 'want', 'would', 'like', 'in', 'on', 'for', 'and', 'or', 'with', 'we', 'our', 'my', 'i', 'can', 'will', 'be', 'it',
  // Words of when and how roughly, which say nothing of what is counted ("years since your last visit").
  'last', 'since', 'ago', 'roughly', 'about', 'around', 'approximately', 'time', 'us', 'any', 'very', 'so', 'far']);

/** Whom a field asks about: someone else ("How old is your dog?", "your child's age") or the visitor. */
export function subjectOf(step: Step): 'self' | 'other' {
  const said = `${step.label ?? ''} ${step.prompt}`.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return /\bhow old (?:is|are) (?:your|the|his|her|their)\b|\b(?:your|the) \w+'s age\b|\bage of (?:your|the)\b|\b(?:pet|dog|cat|child|son|daughter|baby|kid)'?s? age\b/.test(said) ? 'other' : 'self';
}

/** People a field may ask the age of ("How old is the student?"), and whom a visitor may mention beside a pet. */
const PERSON_NOUNS = new Set(['son', 'daughter', 'child', 'kid', 'baby', 'boy', 'girl', 'student', 'pupil', 'learner', 'teen', 'teenager', 'wife',
  'husband', 'partner', 'mum', 'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'friend', 'grandson', 'granddaughter', 'player', 'patient',
  'participant', 'guest', 'person', 'children', 'kids', 'hubby', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'mate', 'colleague', 'boss']);
/** The noun a field about someone else asks after: "pet" in "How old is your pet?". */
function subjectNoun(step: Step): string {
  const said = `${step.label ?? ''} ${step.prompt}`.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return /\bhow old (?:is|are) (?:your|the|his|her|their) (\w+)/.exec(said)?.[1] ?? /\b(?:your|the) (\w+)'s age\b/.exec(said)?.[1] ?? '';
}

/** What a field's numbers measure: its entity, or what its label and key say ("How many days?"). */
export function entityOf(step: Step): Entity | null {
  if (step.entity) return step.entity;
  const said = `${step.field.replaceAll('_', ' ')} ${step.label ?? ''} ${step.prompt}`.toLowerCase();
  if (/\bage\b|\bhow old\b/.test(said)) return 'age';
  if (/\b(?:budget|spend|price|cost|pay|money|afford|bills?|rent|salary|income|fee|fees)\b/.test(said)) return 'money';
  if (/\b(?:weigh|weight|kg|kilos?|pounds|lbs?)\b/.test(said)) return 'weight';
  if (/\b(?:a|per|each) (?:week|month|day)\b|\btimes\b|\bweekly\b|\bhow often\b/.test(said)) return 'frequency';
  if (/\bhow long\b|\b(?:minutes|hours|days|weeks|months|years|nights)\b/.test(said)) return 'duration';
  if (/\bhow many\b|\bnumber of\b|\bcount\b/.test(said)) return 'count';
  return null;
}

/** The field's own words, as stems: "support level" gives support, "classes a week" gives class and week. */
export function cueWords(step: Step): Set<string> {
  const label = `${step.label ?? ''} ${step.field.replaceAll('_', ' ')}`.toLowerCase().split(/[^\p{L}]+/u);
  return new Set(label.filter((w) => w.length > 1 && !LABEL_STOP.has(w)).map(stem));
}

/** Measures each entity takes; the first is the entity's own, "bare" a number that says nothing. */
const TAKES: Record<Entity | 'scale' | 'none', Measure[]> = {
  age: ['age', 'years', 'bare'],
  money: ['money', 'pounds', 'bare'],
  weight: ['weight', 'pounds', 'bare'],
  duration: ['duration', 'years', 'bare'],
  frequency: ['frequency', 'bare'],
  count: ['count', 'bare'],
  scale: ['scale', 'bare'],
  none: ['bare'],
  person_name: [],
  email: [],
  phone: [],
  self_description: [],
};

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** A number the field's own words sit next to: up to four words before it or three after it. */
function cued(tokens: Token[], q: Quantity, cues: Set<string>): boolean {
  if (cues.size === 0) return false;
  // After "8 out of 10" the words begin after the denominator.
  const after = q.at + 1 + (q.outOf !== undefined ? (tokens[q.at + 1]?.text === '/' ? 2 : 3) : 0);
  const own = (k: number) => k >= q.at && k < after;
  // Four words before: "support can be a 2".
  const near = [...range(Math.max(0, q.at - 4), q.at), ...range(after, Math.min(tokens.length, after + 3))];
  // A unit right after another number is that number's ("10 days, we're 2": days belongs to 10).
  return near.some((k) => /^\p{L}/u.test(tokens[k]!.text) && cuedBy(cues, stem(tokens[k]!.text)) && !(tokens[k - 1]?.number && !own(k - 1)));
}

/** A word of the field's own, or its start: "62000 miles" to "What's the mileage?", "3 bed" to "How many bedrooms?". */
function cuedBy(cues: Set<string>, word: string): boolean {
  return cues.has(word) || (word.length >= 3 && [...cues].some((cue) => cue.length > word.length && cue.startsWith(word)));
}

const IS = new Set(['is', 's', 'hes', 'shes', 'its']);

/** Words that name the rating itself, not another thing rated: "my answer is 4". */
const THE_RATING = new Set(['answer', 'level', 'score', 'rating', 'number', 'pick', 'choice', 'guess', 'vote', 'need', 'preference']);
const HEDGING = new Set(['like', 'a', 'an', 'about', 'around', 'maybe', 'probably', 'prob', 'at', 'only', 'just', 'solid', 'easy', 'easily']);

/** A scale asked of the visitor ("How nervous are you?"), not of someone or something of theirs ("your pet"). */
const asksOfYou = (step: Step) => /\b(?:are|do|would|will|did|have|can|could) you\b/iu.test(`${step.label ?? ''} ${step.prompt}`);

/**
 * "my motivation is like 3/10", "stress is a 9": a rating of something the scale does not ask about; on a
 * scale asked of the visitor, "my daughter is a 10" rates someone else too.
 */
function ratesSomethingElse(tokens: Token[], q: Quantity, cues: Set<string>, ofYou = false): boolean {
  let k = q.at - 1;
  while (k >= 0 && HEDGING.has(tokens[k]!.text)) k--;
  if (!['is', 's', 'was', 'at'].includes(tokens[k]?.text ?? '')) return false;
  const noun = tokens[k - 1]?.text ?? '';
  // A person rated ("my husband is a 5") may be what the scale asks of the visitor: that stays two candidates.
  return /^\p{L}{3,}$/u.test(noun) && !THE_RATING.has(noun) && (ofYou === PERSON_NOUNS.has(noun) || !PERSON_NOUNS.has(noun)) && !cuedBy(cues, stem(noun)) &&
    ['my', 'the', 'our'].includes(tokens[k - 2]?.text ?? '');
}

/** Units a field that names another one does not count in: "200km" to "How many miles?". */
const OTHER_UNIT = /^(?:km|kms|kilometres?|kilometers?|k|mi|miles?|m|metres?|meters?|cm|mm|ft|feet|foot|inch|inches|yards?|kg|kgs|kilos?|lbs?|pounds?|g|grams?|litres?|liters?|l|ml|mph|kph)$/u;

export type NumberReading = { value: number; integer: boolean } | 'none' | 'ambiguous';

/** Units a duration field may count in, in its smallest: "2 weeks" to "For how many days?" is 14. */
const UNIT_SIZE: Record<string, [string, number]> = {
  // A night is not a day: "two weeks" to "How many nights?" gives no number rather than 14 or 15.
  night: ['night', 1], day: ['day', 1], week: ['day', 7], fortnight: ['day', 14], hour: ['hour', 1], minute: ['minute', 1], min: ['minute', 1],
  month: ['month', 1], mo: ['month', 1], year: ['month', 12], yr: ['month', 12], y: ['month', 12], wk: ['day', 7],
};
const unitOf = (word: string) => UNIT_SIZE[stem(word).replace(/s$/, '')];

/** A duration in the field's own unit, when the field names one and the message says another. */
function inFieldUnit(q: Quantity, cues: Set<string>): Quantity | null {
  // "for 2 years" to "How many weeks?" is no number of weeks, whether the years read as a duration or not.
  if ((q.measure !== 'duration' && q.measure !== 'years') || !q.noun) return q;
  const said = unitOf(q.noun);
  const wanted = [...cues].map(unitOf).find((u) => u !== undefined);
  if (!said || !wanted) return q;
  if (said[0] === wanted[0]) return { ...q, measure: 'duration', value: (q.value * said[1]) / wanted[1] };
  return null;
}

/** "me, my wife and our 2 kids", "me plus 3 friends": the visitor counts beside the number, which is not the total. */
const BESIDES_ME = /\b(?:me|myself)\b\s*(?:,|and|plus|with|\+)|\b(?:and|plus) me\b|\bmy (?:wife|husband|partner|girlfriend|boyfriend|fiance|fiancee)\b/u;

/** Words between two numbers that replace the first with the second: "4. wait no make it 6", "3, actually 5". */
const REPLACING = /(?:^| )(?:wait|actually|no|nope|sorry|make it|make that|i mean|i meant|scratch that|or rather|correction|change (?:it|that) to)(?: |$)/u;

/** The last of several numbers when the visitor put the earlier ones right in the same message, else null. */
function putRight(tier: Quantity[], tokens: Token[]): Quantity | null {
  const sorted = [...tier].sort((a, b) => a.at - b.at);
  const last = sorted.at(-1)!;
  const before = sorted.at(-2)!;
  const between = tokens.slice(before.at + 1, last.at).map((t) => t.text).filter((t) => /^\p{L}/u.test(t)).join(' ');
  return REPLACING.test(between) ? last : null;
}

/** Counts of different things, or a count with one more thing added ("2 dogs and a cat"). */
function severalCounts(quantities: Quantity[], tokens: Token[]): boolean {
  const counts = quantities.filter((q) => q.measure === 'count' && q.noun);
  if (new Set(counts.map((q) => q.noun)).size > 1) return true;
  return counts.some((q) => {
    const after = tokens.slice(q.at + 2, q.at + 5).map((t) => t.text).join(' ');
    return /^(?:,|and|plus|&|\+)\s*(?:and )?(?:a|an|one)\s+\p{L}{2,}/u.test(after);
  });
}

/** A count of people ("How many people will be riding?", "How many guests?"): "just me", "we're 2" count them. */
const PEOPLE = /\b(?:people|persons?|guests?|riders?|travell?ers?|adults?|participants?|attendees?|of you|in your (?:group|party)|party|group)\b/iu;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COMPANION = '(?:wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|friend|mate|son|daughter|kid|mum|mom|dad|brother|sister|colleague)';

/** How many people the visitor says they are, without a number of them: "just me", "me and my wife", "we're 2". */
function partySize(said: string): number | null {
  const n = (word: string) => NUMBER_WORDS[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
  const counted = /\b(?:we re|were|we are|there are|theres|there s|party of|group of)\s+(\d+|\w+)\b/u.exec(said) ?? /\b(\d+|\w+) of us\b/u.exec(said);
  if (counted && n(counted[1]!) !== null) return n(counted[1]!);
  if (/\b(?:just|only) (?:me|myself)\b(?! (?:and|plus|with|\+))|\bme alone\b|\bsolo\b|\bon my own\b|\bby myself\b/u.test(said)) return 1;
  if (new RegExp(`\\b(?:me and my|my ${COMPANION} and (?:i|me)|both of us|the two of us|me and (?:the|a) ${COMPANION})\\b`, 'u').test(said) &&
    !/\d|\band (?:my|our|the) \w+s\b|\bkids\b|\bfamily\b|\bfriends\b/u.test(said.replace(/^.*?\bme and my \w+/u, ''))) {
    return new RegExp(`\\bme and my ${COMPANION}s\\b`, 'u').test(said) ? null : 2;
  }
  return null;
}

const ONE_PERSON = new RegExp(`^(?:my |our |the |a )?(?:\\p{L}+ )?(?:${COMPANION}|child|baby|teacher|coach|guide|carer)$`, 'u');
const PEOPLE_COUNTED = /^(?:my |our |the )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:\p{L}+ )?(?:kids|children|friends|mates|adults|teachers|students|sons|daughters|colleagues|people|guys|girls|boys|teens|teenagers|grandkids|grandchildren|pupils|coworkers|cousins|brothers|sisters)$/u;

/**
 * A party listed person by person: "me, my wife and our 2 kids" is 4, "15 students plus 2 teachers" 17.
 * Every item must be people, or the list says nothing sure.
 */
function partyTotal(tokens: Token[]): number | null {
  const text = tokens.map((t) => t.text).join(' ');
  const parts = text.split(/\s*(?:,|\band\b|\bplus\b|\bwith\b|\+|&)\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let total = 0;
  for (const part of parts) {
    const counted = PEOPLE_COUNTED.exec(part);
    if (/^(?:me|myself|i)$/u.test(part) || ONE_PERSON.test(part)) total += 1;
    else if (/^(?:my |our |the )?parents$/u.test(part)) total += 2;
    else if (counted) total += NUMBER_WORDS[counted[1]!] ?? Number(counted[1]);
    else return null;
  }
  return total;
}

/**
 * The field's number in this message. `asked`: the field is the pending question, so a bare number counts.
 * `kinds`: the bot's own words for kinds of things (its choice options, as stems), which a count may count in
 * passing: "2 cats" to "How many pets?" on a bot that asks whether the pet is a dog or a cat.
 */
export function numberFor(step: Step, quantities: Quantity[], tokens: Token[], asked: boolean, kinds: Set<string> = new Set()): NumberReading {
  const entity = step.kind === 'scale' ? 'scale' : entityOf(step) ?? 'none';
  if (entity === 'count' && PEOPLE.test(`${step.label ?? ''} ${step.prompt}`)) {
    const said = tokens.map((t) => t.text).filter((t) => /^[\p{L}\d]/u.test(t)).join(' ');
    const listed = partyTotal(tokens);
    if (listed !== null) return { value: listed, integer: true };
    const size = partySize(said);
    if (size !== null && !quantities.some((q) => q.value !== size && (q.measure === 'bare' || q.measure === 'count'))) return { value: size, integer: true };
  }
  // "just the one", "only one": a count of one, when the count was asked.
  if (entity === 'count' && asked && /^(?:just|only) (?:the )?(?:one|1)(?: please| thanks)?$/u.test(tokens.map((t) => t.text).filter((t) => /^[\p{L}\d]/u.test(t)).join(' '))) {
    return { value: 1, integer: true };
  }
  const takes = TAKES[entity];
  const cues = cueWords(step);
  // An age is the age of whoever the field asks about: "How old is your dog?" takes no "I'm 34".
  const whose = entity === 'age' ? subjectOf(step) : null;
  // "he's 3" says how old someone is, not how nervous or how many ("he's a 3" may rate).
  const someonesAge = (q: Quantity) => entity !== 'age' && q.of === 'other' && q.measure === 'bare' && ['is', 's', 'hes', 'shes', 'its'].includes(tokens[q.at - 1]?.text ?? '');
  const usable = quantities.filter((q) => !q.range && !q.negated && !q.inexact && (asked || !q.article) && !(whose && q.of && q.of !== whose) && !someonesAge(q) &&
    !(entity === 'scale' && ratesSomethingElse(tokens, q, cues)))
    .flatMap((q) => (entity === 'duration' ? [inFieldUnit(q, cues)].filter((d): d is Quantity => d !== null) : [q]));
  // Asked of the visitor, "my daughter is a 10" rates someone else: alone it says nothing, beside the
  // visitor's own ("my wife is a 5, I'm a 2") it leaves two candidates, as the household may be what is meant.
  if (entity === 'scale' && asksOfYou(step)) {
    const person = usable.filter((q) => ratesSomethingElse(tokens, q, cues, true));
    if (person.length) return usable.length > person.length ? 'ambiguous' : 'none';
  }
  if (entity === 'count' && usable.length && BESIDES_ME.test(tokens.map((t) => t.text.toLowerCase()).join(' '))) return 'ambiguous';
  // "2 dogs and a cat", "3 kids and 2 dogs": more than one count of things, which the field may or may not add up.
  // "four bedrooms and 2 bathrooms": one of the counts is of the field's own things.
  const ownNoun = (q: Quantity) => q.noun !== undefined && cuedBy(cues, stem(q.noun));
  if (entity === 'count' && severalCounts(quantities, tokens) && usable.filter((q) => q.measure === 'count' && ownNoun(q)).length !== 1) return 'ambiguous';
  // "7/10" in passing could rate anything: a scale in passing needs the field's own words next to it. A
  // frequency counts per week, of the field's own things when it names them ("5 classes a week").
  // A field that measures nothing known takes "bare" first, but a bare number says nothing in passing.
  // Asked how old someone else is, "he's 8", "my cat is 3", "Luna is 12" say it.
  // Not "my son is 12" to a pet's age: a person said of, when the field asks about something else.
  const theirAge = (q: Quantity) => whose === 'other' && q.of === 'other' && q.measure === 'bare' && IS.has(tokens[q.at - 1]?.text ?? '') &&
    !(PERSON_NOUNS.has(tokens[q.at - 2]?.text ?? '') && !PERSON_NOUNS.has(subjectNoun(step)));
  const own = (q: Quantity) => theirAge(q) ||
    q.measure === takes[0] && q.measure !== 'bare' && (entity !== 'scale' || asked) &&
    (entity !== 'frequency' || ((q.period === undefined || q.period === 'week') && (q.noun === undefined || cues.has(stem(q.noun))))) &&
    // A count says what it counts: "10 desks" or "two cats" is no number of bedrooms.
    (entity !== 'count' || q.noun === undefined || ownNoun(q) || kinds.has(stem(q.noun)));
  // A scale's own words next to a count of things ("3 city bikes" beside "how confident on a bike") count those things.
  // A count of other things ("2 fillings", "a 2 bed flat") is no number of the field's, whatever words sit near it.
  const byCue = (q: Quantity) => cued(tokens, q, cues) && !(q.measure === 'count' && q.noun !== undefined && !ownNoun(q) && !kinds.has(stem(q.noun))) &&
    (takes.includes(q.measure) || (entity !== 'scale' && (q.measure === 'count' || q.measure === 'frequency')));
  // Tiers, best first: a number that says it is this field's (its measure or the field's own words), then a
  // bare one, but only when the field was asked.
  const tiers: Quantity[][] = [
    usable.filter((q) => own(q) || byCue(q)),
    asked ? usable.filter((q) => takes.includes(q.measure) && (q.measure !== 'years' || entity === 'age') && !(q.noun && OTHER_UNIT.test(q.noun) && !ownNoun(q))) : [],
  ];
  if (entity === 'scale') {
    const max = step.max_value ?? 10;
    // "3/5" on a scale to 10 says nothing certain; "7/10" is 7.
    tiers[0] = tiers[0]!.filter((q) => q.measure !== 'scale' || q.outOf === max);
    if (usable.some((q) => q.measure === 'scale' && q.outOf !== max)) return 'ambiguous';
  }
  for (const tier of tiers) {
    const values = [...new Set(tier.map((q) => q.value))];
    if (values.length === 1) return tier.find((q) => q.value === values[0])!;
    if (values.length > 1) return putRight(tier, tokens) ?? 'ambiguous';
  }
  if (asked && quantities.some((q) => q.range || q.inexact)) return 'ambiguous';
  return 'none';
}
