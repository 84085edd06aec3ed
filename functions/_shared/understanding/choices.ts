/**
 * Matching typed text to a choice field's options by value, label or synonym. Matching works on whole words
 * of folded text, so "Female" never matches "male" and "I'm" never matches an option "M"; words are compared
 * by their stem ("losing" is "lose", "toned" is "tone") and a phrase may have a few filler words inside it
 * ("lose a bit of weight" names "lose weight"). An option named after a negation ("not bulk", "I don't want
 * to lose weight") is not chosen. Gender words and "I'd rather not say" are known on every bot (lexicon.ts),
 * attached to the options that name them.
 */
import type { Option, Step } from '../contracts.ts';
import { DECLINE, FILLERS, GENDER_GROUPS, HEDGES, NEGATIONS } from './lexicon.ts';
import { normalize, words } from './normalize.ts';

/** A word's stem, enough to match "losing", "loses" and "lose", or "classes" and "class". */
export function stem(word: string): string {
  let s = word;
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  // Not "-ed": "I gained weight" tells the past, not the goal "gain weight".
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

const stems = (phrase: string[]) => phrase.map(stem);

/** The words of one of a bot's group heads, as the option would say them. */
function namesHead(phrases: string[][], heads: string[]): boolean {
  const said = new Set(phrases.map((p) => p.join(' ')));
  return heads.some((head) => said.has(words(normalize(head)).join(' ')));
}

/**
 * Every phrase that names an option: its value (fat_loss reads "fat loss"), its label, each part of a
 * "Heading: detail" label ("Both" and "lose fat and build muscle"), and its synonyms. `generic` adds the
 * lexicon's words for the group the option belongs to (gender words, declining).
 */
export function phrasesOf(option: Option, generic: { gender?: boolean; decline?: boolean; roles?: boolean } = {}): string[][] {
  // "Both: lose fat and build muscle", "Intensive (mornings)": each part names the option too.
  const labelParts = option.label.includes(':') ? option.label.split(':') : /\(.+\)/.test(option.label) ? option.label.split(/[()]/) : [];
  // "Spay or neuter", "Illness / injury": each alternative names the option ("Fluent or nearly" keeps no "nearly").
  const alternatives = option.label.split(/\s+or\s+|\s*\/\s*/iu).map((p) => words(normalize(p))).filter((p) => p.some((w) => !HEDGES.has(w) && !FILLERS.has(w)));
  const own = [option.value, option.label, ...labelParts, ...option.synonyms].map((p) => words(normalize(p)));
  if (alternatives.length > 1) own.push(...alternatives);
  const extra: string[][] = [];
  if (generic.gender) {
    for (const group of GENDER_GROUPS) {
      if (!namesHead(own, group.heads)) continue;
      extra.push(...group.words.map((w) => words(normalize(w))));
      if (generic.roles) extra.push(...group.roles.map((w) => words(normalize(w))));
    }
  }
  if (generic.decline && namesHead(own.flatMap((p) => [p, ...subPhrases(p)]), DECLINE.heads)) {
    extra.push(...DECLINE.words.map((w) => words(normalize(w))));
  }
  const seen = new Set<string>();
  return [...own, ...extra].filter((p) => {
    const key = p.join(' ');
    if (p.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ROLES = new Set(GENDER_GROUPS.flatMap((group) => group.roles));
/** A family role that says a gender ("mum", "dad"): said of the visitor only where they describe themselves. */
export const isRole = (phrase: string) => ROLES.has(phrase);

/** Two- and three-word runs of a phrase, so "Prefer not to say" shows its head "prefer not". */
function subPhrases(phrase: string[]): string[][] {
  const out: string[][] = [];
  for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= phrase.length; i++) out.push(phrase.slice(i, i + n));
  return out;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const ORDINAL_ANSWER = /^(?:the |option |number |no )?(\d{1,2}|first|second|third|fourth|fifth|sixth|last)(?:st|nd|rd|th)?(?: one| option)?$/;

function byPosition(options: Option[], text: string): Option | null {
  const match = ORDINAL_ANSWER.exec(text);
  if (!match) return null;
  const index = match[1] === 'last' ? options.length : ORDINALS[match[1]!] ?? Number(match[1]);
  return options[index - 1] ?? null;
}

export interface Mention {
  option: Option;
  /** The phrase that named it, in stems. */
  phrase: string[];
  start: number;
  end: number;
  negated: boolean;
  /** Named as something to keep ("keep the muscle"): counts only beside another option named. */
  kept?: true;
}

/** Phrases are matched in stems, so the fillers are too ("build some muscle": "some" is "som"). */
const FILLER_STEMS = new Set([...FILLERS].map(stem));
/** Units between a verb and what it acts on say how much, not what: "put on 5kg of muscle". */
const UNIT_STEMS = new Set(['kg', 'kgs', 'kilo', 'kilos', 'lb', 'lbs', 'pound', 'pounds', 'stone', 'stones'].map(stem));
const isFiller = (word: string) => FILLER_STEMS.has(word) || UNIT_STEMS.has(word) || /^\d+$/.test(word);
/** After one of these a visitor may put a word of their own before the thing: "lose the beer belly". */
const DETERMINER_STEMS = new Set(['the', 'my', 'this', 'that', 'these', 'those', 'our', 'your', 'his', 'her', 'their'].map(stem));
/** At most this many filler words between two words of a phrase. */
const MAX_FILLERS = 3;

/**
 * Where `phrase` occurs in `text` from `start` (stems compared, fillers allowed inside), or -1. A filler in
 * the phrase itself is optional when the phrase has two other words ("lose my gut" is said "lose this gut").
 */
/** A unit of weight names weight: "lose 10kg" and "lose a stone" say "lose weight", "drop pounds" "drop kilos". */
const sameWord = (said: string, own: string) => said === own || (UNIT_STEMS.has(said) && (own === 'weight' || UNIT_STEMS.has(own)));

/**
 * Endings that make another word of the same root, for an option named in one word: "vaccinations" is
 * said "vaccinate", "Spay" "spaying", "injury" "injured". A verb's endings leave a root of four letters,
 * the others five, so "bulky" is not "bulk".
 */
const VERB_ENDINGS = /(?:ated|ating|ate|ations?|ing|ed)$/u;
const OTHER_ENDINGS = /(?:ness|ments?|ers?|ies|y|e|s)$/u;
function roots(word: string, past: boolean): string[] {
  const out = [word];
  const verb = word.replace(VERB_ENDINGS, '');
  if (verb !== word && verb.length >= 4 && (past || !/ed$/u.test(word))) out.push(verb, verb.replace(/([b-df-hj-np-tv-z])\1$/u, '$1'));
  const other = word.replace(OTHER_ENDINGS, '');
  if (other !== word && other.length >= 5) out.push(other);
  return out;
}
/** `done`: the visitor's word is a participle of something to be done ("get her spayed"), not the past. */
function sameRoot(said: string, own: string, done: boolean): boolean {
  if (said.length < 4 || own.length < 4 || said[0] !== own[0]) return false;
  const ofSaid = roots(said, done);
  return roots(own, true).some((r) => r.length >= 4 && ofSaid.includes(r));
}
/** Before a participle, words that make it a thing to be done: "to be vaccinated", "get him neutered". */
const TO_BE_DONE = new Set(['be', 'get', 'getting', 'gets']);
const toBeDone = (said: string[], i: number) => TO_BE_DONE.has(said[i - 1] ?? '') || TO_BE_DONE.has(said[i - 2] ?? '');

function matchAt(text: string[], phrase: string[], start: number): number {
  if (!sameWord(text[start] ?? '', phrase[0]!)) return -1;
  const optional = phrase.filter((w) => !FILLER_STEMS.has(w)).length >= 2;
  let at = start + 1;
  for (let k = 1; k < phrase.length; k++) {
    let skipped = 0;
    let ownWord = false;
    while (at < text.length && !sameWord(text[at]!, phrase[k]!) && skipped < MAX_FILLERS) {
      if (isFiller(text[at]!)) {
        at++;
        skipped++;
      } else if (!ownWord && DETERMINER_STEMS.has(text[at - 1]!) && text[at + 1] === phrase[k] && !FILLER_STEMS.has(phrase[k]!)) {
        at++;
        skipped++;
        ownWord = true;
      } else break;
    }
    if (!sameWord(text[at] ?? '', phrase[k]!)) {
      if (optional && FILLER_STEMS.has(phrase[k]!)) continue;
      return -1;
    }
    at++;
  }
  return at;
}

/**
 * Verbs that mean the same before what a visitor wants to lose or gain: a phrase an owner wrote with one
 * ("lose belly", "gain size") is also said with the others ("drop the belly", "add size", "put on mass").
 * Only where the verb says a wish (after "to", "wanna", or opening the message), since "I've put on weight"
 * tells the past.
 */
const VERB_FAMILIES: string[][][] = [
  ['lose', 'drop', 'shed', 'shift', 'burn', 'trim', 'slim', 'get rid of', 'burn off', 'reduce', 'lower', 'cut down', 'decrease', 'less',
    'get * down', 'bring * down', 'lose off'],
  ['gain', 'build', 'add', 'put on', 'pack on', 'build up', 'grow', 'increase', 'more'],
].map((family) => family.map((verb) => verb.split(' ').map((w) => (w === '*' ? w : stem(w)))));
const WISHING = new Set(['to', 'wanna', 'gotta', 'gonna', 'lets', 'help', 'me', 'and', 'want', 'need', 'some'].map(stem));

/** A verb with its object inside ("get * down"): the phrase's object goes where the star is. */
function withObject(verb: string[], object: string[]): string[] {
  const star = verb.indexOf('*');
  return star < 0 ? [...verb, ...object] : [...verb.slice(0, star), ...object, ...verb.slice(star + 1)];
}

const PER_PERIOD = /^(?:a|an|per|every|each) (?:day|week|fortnight|month|year)$/u;
const UNABLE = new Set(['cant', 'cannot', 'couldnt']);
/** Verbs that open a wish to lose or gain ("lose", "put on"), whose failure is the wish itself. */
const FAMILY_HEADS = new Set(VERB_FAMILIES.flat().map((verb) => verb[0]!).filter((head) => head !== '*' && !['less', 'more', 'get'].includes(head)));
/**
 * "I can't put on weight", "can't seem to lose the belly": failing at it is what the visitor wants, not a
 * refusal of it ("I don't want to lose weight" still is).
 */
function unable(said: string[], phrase: string[], start: number): boolean {
  if (!FAMILY_HEADS.has(phrase[0]!)) return false;
  const before = said.slice(Math.max(0, start - 3), start).join(' ');
  return /(?:^| )(?:cant|cannot|couldnt)(?: seem to| ever| manage to| seem able to)?$/u.test(before) && !/\b(?:dont|do not|wont)\b/u.test(before);
}

/** "Weekly" is said "once a week", "every week", "each week" or "per week"; "monthly", "daily" alike. */
function periodVariants(phrase: string[]): string[][] {
  const root = phrase.length === 1 ? /^(day|week|fortnight|month|year)ly$/u.exec(phrase[0]!.replace(/^daily$/u, 'dayly'))?.[1] : undefined;
  return root ? [[stem('once'), 'a', root], ['every', root], ['each', root], ['per', root]] : [];
}

/** Verbs of becoming before a quality: "get lean" is said "be leaner", "look slimmer", "become thinner". */
const BECOMING = ['get', 'be', 'becom', 'look', 'feel'];
/** "lean" as "leaner", "slim" as "slimmer", "big" as "bigger": the comparative a visitor says instead. */
function comparative(word: string): string {
  if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(word) && word.length <= 4) return `${word}${word.at(-1)}er`;
  return word.endsWith('e') ? `${word}r` : `${word}er`;
}

function familyVariants(phrase: string[]): string[][] {
  if (phrase.length === 2 && phrase[0] === 'get') {
    const quality = phrase[1]!;
    return BECOMING.flatMap((verb) => [[verb, quality], [verb, comparative(quality)]]).filter((p) => p.join(' ') !== phrase.join(' '));
  }
  for (const family of VERB_FAMILIES) {
    const verb = family.find((v) => !v.includes('*') && v.every((w, k) => phrase[k] === w) && phrase.length > v.length);
    if (verb) return family.filter((v) => v !== verb).map((v) => withObject(v, phrase.slice(verb.length)));
  }
  return [];
}

/** A negation within the three words before, with no clause break between ("not bulk", "don't want to lose"). */
export function negatedAt(said: string[], start: number): boolean {
  const pair = `${said[start - 2]} ${said[start - 1]}`;
  if (pair === 'instead of' || pair === 'rather than' || pair === 'other than') return true;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const word = said[k]!;
    if (word === SENTENCE_BREAK) return false;
    if (word === 'but' || word === 'instead' || word === 'now' || word === 'so') return false;
    // "not sure, maybe intensive": unsure, which is no negation of what follows.
    if (UNSURE_AFTER.has(said[k + 1] ?? '') && NEGATIONS.has(word)) return false;
    // "can't wait to lose weight" is eager, not negative.
    if ((word === 'cant' || word === 'cannot') && said[k + 1] === 'wait') return false;
    if (NEGATIONS.has(word) && word !== 'rather' && word !== 'instead') return true;
  }
  return false;
}

const UNSURE_AFTER = new Set(['sure', 'certain', 'decided', 'positive']);

/** Someone else, as the subject of a wish: "my husband wants to lose weight", "she is trying to bulk". */
const SOMEONE_ELSE_WISHING = new Set(['husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'son', 'daughter', 'kids', 'mum',
  'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'friend', 'friends', 'colleague', 'hubby', 'family', 'parents', 'children', 'mate',
  'mates', 'flatmate', 'housemate', 'roommate', 'fiance', 'fiancee']);
/** Everyone but the visitor, as the subject of a wish or an opinion: "everyone says I should bulk". */
const CROWD = /(?:^| )(?:everyone|everybody|people|they|others|my friends|my family) (?:says?|said|thinks?|keeps? telling me|tells? me|told me)(?: that)? (?:i should|i need to|i ought to|to)(?: \S+){0,2}$/u;
const POSSESSIVE = new Set(['my', 'our', 'his', 'her', 'their']);
const SELF = new Set(['i', 'im', 'ive', 'me', 'myself', 'we', 'us', 'were']);
const WISH_VERBS = new Set(['want', 'wants', 'wanted', 'wanna', 'trying', 'tries', 'hoping', 'hopes', 'would', 'wishes', 'aims', 'plans',
  'looking', 'going', 'gonna', 'needs']);
/** Between someone else and what they are doing: "my wife is bulking", "my brother's always cutting". */
const DOING = new Set(['is', 's', 'was', 'currently', 'now', 'also', 'always', 'still', 'really', 'been', 'has', 'on', 'a']);
/** Verbs that stop what follows: "stop gaining weight", "avoid bulking". */
const STOPPING = new Set(['stop', 'quit', 'avoid', 'prevent', 'stopped']);
/** Verbs that keep what follows: "keep the muscle" wishes for no more of it, unless beside another wish ("lose fat but keep muscle"). */
const KEEPING = new Set(['keep', 'keeping', 'maintain', 'maintaining', 'retain', 'preserve', 'hold']);
/** Words of a clause that tell the past, not a wish: "put on 5kg since covid", "gained weight last year". */
const PAST = new Set(['since', 'ago', 'last', 'lately', 'recently', 'already', 'over']);
/** After a one-word option, a particle makes it another verb: "cut down on snacks", "cut out sugar". */
const PARTICLES = new Set(['down', 'back', 'out', 'off']);

/**
 * A mention that names the option without wishing it: said of someone else, stopped, told as the past, or
 * a one-word option turned into another verb by a particle.
 */
function notAWish(said: string[], start: number, end: number, words: number): boolean {
  const clauseStart = said.lastIndexOf(SENTENCE_BREAK, start) + 1;
  const before = said.slice(Math.max(clauseStart, start - 5), start);
  // Not "he" or "she", who may be what the field asks about ("she needs her jabs" of a pet).
  // "my husband", "my whole family": a possessive one or two words before.
  const someone = before.findIndex((w, k) => SOMEONE_ELSE_WISHING.has(w) && (POSSESSIVE.has(before[k - 1] ?? '') || POSSESSIVE.has(before[k - 2] ?? '')));
  // "my husband wants to...", but "me and my girlfriend want...": the visitor wishes it too; "she's a cat" is no wish.
  if (someone >= 0 && !before.some((w) => SELF.has(w)) && before.slice(someone + 1).some((w) => WISH_VERBS.has(w))) return true;
  // Further back only a desire: "my mum is 60 and wants to lose weight" (but "my son is 12 and needs maths" may be the answer).
  const further = said.slice(Math.max(clauseStart, start - 8), start);
  const someoneFurther = further.findIndex((w, k) => SOMEONE_ELSE_WISHING.has(w) && POSSESSIVE.has(further[k - 1] ?? ''));
  if (someoneFurther >= 0 && !further.some((w) => SELF.has(w)) && further.slice(someoneFurther + 1).some((w) => WISH_VERBS.has(w) && w !== 'needs')) return true;
  if (CROWD.test(before.join(' '))) return true;
  // "my wife does keto to lose weight": what someone else does it for.
  if (someone >= 0 && !before.some((w) => SELF.has(w)) && before.length > someone + 2 && before.at(-1) === 'to') return true;
  // "my brother is bulking": what someone else is doing now.
  if (someone >= 0 && !before.some((w) => SELF.has(w)) && before.length > someone + 1 && before.slice(someone + 1).every((w) => DOING.has(w))) return true;
  // "my partner wants me to bulk": someone else's wish for the visitor, not theirs.
  if (/(?:^| )(?:wants?|wanted|would like|keeps telling|pushing) me to(?: \S+){0,2}$/u.test(before.join(' '))) return true;
  // "not sure if I should bulk first", "should I cut": a hesitation or a question, not a wish.
  if (/(?:^| )(?:not sure|unsure|dont know|wondering) (?:if|whether) (?:i )?(?:should|could|can|need to|ought to)(?: \S+){0,2}$|(?:^| )should i(?: \S+){0,2}$/u.test(before.join(' '))) return true;
  // "I used to bulk", "was bulking, now...": the past.
  if ((said[start - 2] === 'used' && said[start - 1] === 'to') || said[start - 1] === 'was' || said[start - 1] === 'were') return true;
  if (STOPPING.has(said[start - 1] ?? '') || STOPPING.has(said[start - 2] ?? '')) return true;
  const clauseEnd = said.indexOf(SENTENCE_BREAK, end);
  const after = said.slice(end, clauseEnd < 0 ? undefined : clauseEnd).filter((w) => w !== 'and');
  if (words > 1 && after.slice(0, 3).some((w) => PAST.has(w))) return true;
  // "my husband is the one who wants to slim down, not me", "bulking, not for me".
  if (/^(?:\S+ ){0,2}not (?:for )?me\b/u.test(after.join(' '))) return true;
  return words === 1 && PARTICLES.has(said[end] ?? '');
}

/** Before a gender word, words that make it someone else's: "my wife", "two boys", "the girls", "other guys". */
const OTHERS_BEFORE = new Set(['my', 'his', 'her', 'your', 'their', 'our', 'the', 'this', 'that', 'these', 'those', 'other', 'some', 'every',
  'two', 'three', 'four', 'five', 'six', 'few', 'many', 'most', 'all', 'both', 'of']);
/** "my partner is female", "my wife's a woman": someone named as the subject of the clause. */
const SOMEONE_IS = /(?:^| )(?:my|his|her|your|their|our) \S+ (?:is|s|was|are)(?: (?:a|an|also|too|obviously))?$/u;

/**
 * A gender word said of someone else: a plural ("mother of two boys", "the girls"), after a possessive or a
 * count, or the complement of someone else's "is" ("male, but my partner is female").
 */
function someoneElsesGender(said: string[], start: number, end: number, raw: string[]): boolean {
  const last = said[end - 1] ?? '';
  if (last !== raw.at(-1) && /s$/u.test(last) && !/s$/u.test(raw.at(-1)!)) return true;
  const before = said.slice(Math.max(0, start - 2), start).filter((w) => w !== 'a' && w !== 'an');
  if (before.some((w) => OTHERS_BEFORE.has(w) || /^\d+$/u.test(w))) return true;
  const clauseStart = Math.max(said.lastIndexOf(SENTENCE_BREAK, start) + 1, said.lastIndexOf('but', start) + 1);
  return SOMEONE_IS.test(said.slice(clauseStart, start).join(' '));
}

/** Stands between sentences in a message's words: no phrase and no negation reaches across it ("saw nothing. want to gain muscle"). */
const SENTENCE_BREAK = '|';

/** A message's words for matching options, "10kg" as "10 kg", with a break between its sentences. */
export function sentenceWords(text: string): string[] {
  return text.split(/[.!?;]+(?=\s|$)/u).flatMap((sentence, i) => {
    const said = splitDigits(words(normalize(sentence)));
    return i > 0 && said.length ? [SENTENCE_BREAK, ...said] : said;
  });
}

/** "10kg" reads as "10 kg", so a number is a filler and its unit a word ("lose about 10kg" names "lose kg"). */
export const splitDigits = (said: string[]) => said.flatMap((w) => w.split(/(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u));

export function mentions(options: Option[], saidWords: string[], minWords: number, generic: { gender?: boolean; decline?: boolean } = {}): Mention[] {
  const said = splitDigits(saidWords);
  const text = stems(said);
  const found: Mention[] = [];
  for (const option of options) {
    for (const raw of phrasesOf(option, generic)) {
      if (raw.length < minWords || raw.join('').length < 2) continue;
      const own = stems(raw);
      // "daycare" for "Day care", "check up" for "checkup": one word typed as two, or two as one.
      if (raw.length === 2 && raw.every((w) => w.length >= 3)) {
        const joined = raw.join('');
        said.forEach((w, start) => w === joined && found.push({ option, phrase: own, start, end: start + 1, negated: negatedAt(said, start) }));
      }
      if (raw.length === 1 && raw[0]!.length >= 6) {
        said.forEach((w, start) => start + 1 < said.length && w.length >= 3 && said[start + 1]!.length >= 2 && w + said[start + 1] === raw[0] &&
          found.push({ option, phrase: own, start, end: start + 2, negated: negatedAt(said, start) }));
      }
      for (const phrase of [own, ...familyVariants(own), ...periodVariants(own)]) {
        for (let start = 0; start + phrase.length <= text.length; start++) {
          // "once a week" is weekly, not an option "once".
          if (phrase.length === 1 && (phrase[0] === stem('once') || phrase[0] === stem('twice')) && PER_PERIOD.test(said.slice(start + 1, start + 3).join(' '))) continue;
          if (phrase !== own && start > 0 && !WISHING.has(text[start - 1]!) && !UNABLE.has(text[start - 1]!)) continue;
          const end = phrase.length === 1 && text[start] !== phrase[0] && sameRoot(text[start]!, phrase[0]!, toBeDone(said, start)) ? start + 1 : matchAt(text, phrase, start);
          if (end > 0) {
            const kept = KEEPING.has(said[start - 1] ?? '') || KEEPING.has(said[start - 2] ?? '');
            const negated = (negatedAt(said, start) && !unable(said, phrase, start)) || notAWish(said, start, end, raw.length) ||
              (!!generic.gender && someoneElsesGender(said, start, end, raw));
            found.push({ option, phrase, start, end, negated, ...(kept ? { kept: true as const } : {}) });
          }
        }
      }
    }
  }
  return found;
}

/** Verbs that say the whole wish with their object left out: "I want to gain", "lose, obviously". */
const BARE_VERBS = new Set(['lose', 'drop', 'shed', 'slim', 'trim', 'gain', 'build'].map(stem));
const COMPARING = new Set(['less', 'more']);
/** After a bare verb, words that show its object was left out rather than still to come. */
const AFTER_BARE = new Set(['and', 'but', 'so', 'because', 'cause', 'cuz', 'please', 'pls', 'lol', 'tbh', 'first', 'now', 'mostly', 'mainly',
  'i', 'im', 'obviously', 'definitely', 'mate', 'haha', 'honestly', SENTENCE_BREAK]);

/**
 * "I want to gain", "lose": a verb that opens the two-word phrases of one option only (gain muscle, gain
 * weight), said as a wish with nothing after it, names that option. Two options that share the verb name neither.
 */
function bareVerbs(options: Option[], said: string[], text: string[]): Mention[] {
  const found: Mention[] = [];
  for (let start = 0; start < text.length; start++) {
    const verb = text[start]!;
    if (!BARE_VERBS.has(verb) || !(start === 0 || WISHING.has(text[start - 1]!)) || !(start + 1 === text.length || AFTER_BARE.has(said[start + 1]!))) continue;
    const family = VERB_FAMILIES.find((f) => f.some((v) => v.length === 1 && v[0] === verb));
    if (!family) continue;
    // "less skinny", "more muscle" open no wish to lose or gain anything in particular.
    const owners = options.filter((option) =>
      phrasesOf(option).some((p) => p.length === 2 && !COMPARING.has(p[0]!) && family.some((v) => v.length === 1 && v[0] === stem(p[0]!)))
    );
    if (owners.length !== 1) continue;
    found.push({ option: owners[0]!, phrase: [verb], start, end: start + 1, negated: negatedAt(said, start) || notAWish(said, start, start + 1, 1) });
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

const contains = (outer: string[], inner: string[]) => {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true;
  return false;
};

const FIRST_BEFORE = /(?:^| )(?:start with|starting with|begin with|first|firstly|mostly|mainly|primarily)$/u;

/** Words that join two named options into one wish ("lose fat and build muscle"), or offer them as alternatives. */
const JOINING = new Set(['and', 'plus', 'while', 'whilst', 'but', 'with', 'both', 'also', 'same', 'together']);
const ALTERNATIVE = / (?:or|either|unsure|between|decide|not sure|dont know|undecided|torn) /u;

/**
 * The one option meant, or null. Several options named together mean the option that combines them, when the
 * bot has one ("Both: lose fat and build muscle" for "lose fat and gain muscle"), and only if the visitor
 * joined them ("and", "but") rather than hesitated between them ("or").
 */
function chosen(options: Option[], found: Mention[], said: string[]): Option | null {
  const wished = found.filter((m) => !m.negated && !m.kept);
  const named = outermost(wished.length ? found.filter((m) => !m.negated) : []);
  const distinct = [...new Set(named.map((m) => m.option))];
  if (distinct.length <= 1) return distinct[0] ?? null;
  // "get bigger first then cut", "start with losing the fat": the one that comes first is the one chosen.
  const first = [...new Set(named.filter((m) => said[m.end] === 'first' || FIRST_BEFORE.test(said.slice(Math.max(0, m.start - 2), m.start).join(' '))).map((m) => m.option))];
  if (first.length === 1) return first[0]!;
  if (ALTERNATIVE.test(` ${said.join(' ')} `) || !said.some((w) => JOINING.has(w))) return null;
  const combining = options.filter((candidate) =>
    distinct.every((option) =>
      option === candidate ||
      phrasesOf(candidate).some((p) => phrasesOf(option).some((q) => q.length < p.length && contains(stems(p), stems(q))))
    )
  );
  return combining.length === 1 ? combining[0]! : null;
}

/**
 * The option a visitor's text names: an exact phrase ("Lose fat", "lose weight"), a position ("2",
 * "the second one") or one option meant inside a sentence ("I'd like to lose fat please"). One-letter
 * synonyms ("m", "f") count only as the whole answer, never inside a sentence.
 */
export function matchOption(step: Step, text: string): Option | null {
  const said = sentenceWords(text);
  const whole = words(normalize(text)).join(' ');
  const generic = { gender: step.entity === 'self_description', decline: true };
  const exact = step.options.filter((option) => phrasesOf(option, generic).some((p) => p.join(' ') === whole));
  if (exact.length > 0) return exact.length === 1 ? exact[0]! : null;
  // An option given as one item of a list, one letter included: "f, 29", "Evening classes. 3 weeks".
  const items = new Set(text.split(/[,;.!?\n]+|\s[-–—]\s/u).map((item) => words(normalize(item)).join(' ')).filter(Boolean));
  const listed = items.size > 1 ? step.options.filter((option) => phrasesOf(option, generic).some((p) => items.has(p.join(' ')))) : [];
  if (listed.length === 1) return listed[0]!;
  const position = byPosition(step.options, whole);
  if (position) return position;
  return chosen(step.options, [...mentions(step.options, said, 1, generic), ...choiceVerbs(step, step.options, said)].filter((m) => m.phrase.join('').length > 1), said);
}

/** The bare verbs of a choice field only: a yes/no field's "burn everything" is no wish to burn. */
const choiceVerbs = (step: Step, options: Option[], said: string[]) => (step.kind === 'single_choice' ? bareVerbs(options, splitDigits(said), stems(splitDigits(said))) : []);

/** An option that declines to answer ("Prefer not to say"): only ever an answer to its own question. */
export const declines = (option: Option) => namesHead(phrasesOf(option).flatMap((p) => [p, ...subPhrases(p)]), DECLINE.heads);

/** A question for a kind of thing ("What kind of animal is your pet?", "Which subject?"): its options are nouns. */
function asksForAKind(step: Step): boolean {
  const said = words(normalize(`${step.label ?? ''} ${step.prompt}`));
  const joined = said.join(' ');
  return /\b(?:kind|kinds|type|types|sort|breed|make|species) of\b/u.test(joined) || (said[0] === 'which' && said.length <= 3 && !/\b(?:would|do|of)\b/u.test(joined));
}

/**
 * Before a noun, words that say the visitor has one: "my dog", "she's a cat", "we have a van". A count alone
 * ("2 dogs") answers how many, and may be one of several kinds ("3 kids and 1 dog"), so it names no kind in passing.
 */
const OWNING = new Set(['my', 'our', 'his', 'her', 'their']);
const PEOPLE_WORDS = new Set(['kid', 'kids', 'child', 'children', 'family', 'baby', 'babies', 'parents', 'people', 'team', 'group', 'students', 'class']);
const HAVING_A = new Set(['is', 's', 'hes', 'shes', 'its', 'have', 'has', 'got', 'own', 'drive', 'ride']);
function ownedOrCounted(said: string[], start: number): boolean {
  const prev = said[start - 1] ?? '';
  const prev2 = said[start - 2] ?? '';
  return OWNING.has(prev) || ((prev === 'a' || prev === 'an') && HAVING_A.has(prev2));
}

/** Words that say the next word is what the visitor wants ("want to bulk", "looking to relax"). */
const WANTING = new Set(['want', 'wants', 'wanna', 'need', 'needs', 'due', 'looking', 'hoping', 'trying', 'goal', 'focus', 'aim', 'priority', 'mainly', 'mostly',
  'primarily', 'especially', 'like', 'love', 'prefer', 'here', 'into']);
/** ...or the words after it do ("flexibility is my main thing"). */
const WANTED_AFTER = /^(?:is|are) (?:my|the) (?:main |big |biggest |top |number one |first )?(?:thing|goal|focus|priority|aim|reason|wish)/u;

/**
 * The option a message names in passing, for slot filling where only explicit wording may count: a phrase
 * of two or more words ("lose fat", "bulk up"), a longer single word right after a word of wanting ("want to
 * bulk", "need to relax") or given as its own item in a list ("Mo. 19. dude. bulking"). A lone word such as
 * "both" means too many things in passing; declining ("rather not say") answers only its own question.
 */
export function mentionedOption(step: Step, text: string): Option | null {
  const said = sentenceWords(text);
  const kindAsked = asksForAKind(step);
  const options = step.options.filter((option) => !declines(option));
  const items = new Set(text.split(/[,;.!?\n]+|\s[-–—]\s/u).map((item) => words(normalize(item)).join(' ')).filter(Boolean));
  const found = [...mentions(options, said, 1), ...choiceVerbs(step, options, said)].filter((m) => {
    if (m.phrase.length >= 2) return true;
    const word = said[m.start] ?? '';
    // A word given as its own item in a list counts from three letters ("Pedro, 34, male, cut").
    if (items.has(word) && word.length >= 3 && items.size > 2) return true;
    // "my dog", "she's a cat"; but "my kids" are people, whatever an option's value says.
    if (kindAsked && ownedOrCounted(said, m.start) && !SOMEONE_ELSE_WISHING.has(word) && !PEOPLE_WORDS.has(word)) return true;
    if (word.length < 4) return false;
    if (items.has(word)) return true;
    const before = said.slice(Math.max(0, m.start - 3), m.start);
    return before.some((w) => WANTING.has(w)) || WANTED_AFTER.test(said.slice(m.end).join(' '));
  });
  return chosen(options, found, said);
}
