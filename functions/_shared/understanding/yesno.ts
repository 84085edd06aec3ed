/**
 * Yes or no to a question about an activity ("Do you enjoy cooking your own meals?"), read from what the
 * visitor says about it in their own words: "I do enjoy cooking", "I can't stand cooking", "I'm a terrible
 * cook", "I can cook but I don't enjoy it". The activity comes from the field itself (the words its yes/no
 * synonyms and its label are about), so any bot's yes/no question works without listing every phrasing.
 *
 * Said of someone else ("my wife loves cooking") or hedged ("I don't mind it") it answers nothing.
 */
import type { Step } from '../contracts.ts';
import { stem } from './choices.ts';
import { BAD_AT, DISLIKING, GOOD_AT, LIKING, NEGATIONS, NO, UNSURE, YES } from './lexicon.ts';
import { normalize, words } from './normalize.ts';

const VERB_WORDS = new Set([...LIKING, ...DISLIKING].flatMap((v) => v.split(' ')));
/** Words in a label or synonym that are not the activity itself. */
const NOT_TOPIC = new Set(['i', 'to', 'do', 'dont', 'not', 'a', 'the', 'of', 'my', 'your', 'you', 'on', 'take', 'really', 'never',
  'can', 'cant', 'cannot', 'no', 'yes', 'time', 'fan', 'own', 'meals', 'stand', 'do', 'love', 'like', 'enjoy', 'it', 'is', 'are',
  'would', 'want', 'have', 'get', 'go', 'make', 'be', 'and', 'or', 'for', 'with']);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'wife', 'husband', 'partner', 'mum', 'mom', 'dad', 'mother', 'father', 'boyfriend',
  'girlfriend', 'friend', 'friends', 'kids', 'son', 'daughter', 'family', 'sister', 'brother', 'people', 'everyone', 'nobody', 'who']);

/** The activity a yes/no field asks about, as stems ("cook" for "do you enjoy cooking?"). */
export function topicsOf(step: Step): Set<string> {
  const fromSynonyms = step.options.flatMap((o) => o.synonyms).flatMap((s) => words(normalize(s)))
    .filter((w) => !NOT_TOPIC.has(w) && !VERB_WORDS.has(w) && w.length > 2);
  const fromLabel = words(normalize(step.label ?? '')).filter((w) => !NOT_TOPIC.has(w) && w.length > 2);
  const counts = new Map<string, number>();
  for (const word of fromSynonyms) counts.set(stem(word), (counts.get(stem(word)) ?? 0) + 1);
  // Words the synonyms keep coming back to are the activity; the label's own content words count too.
  const topics = [...counts].filter(([, n]) => n >= Math.max(1, fromSynonyms.length / 10)).map(([w]) => w);
  return new Set([...topics, ...fromLabel.map(stem)]);
}

/**
 * The activity itself, as a verb: topic words the field says in "-ing" ("cooking"), so "I cook" says yes
 * while "I already have a place" says nothing of a field whose synonyms say "already".
 */
function activitiesOf(step: Step): Set<string> {
  const said = [step.label ?? '', ...step.options.flatMap((o) => o.synonyms)].flatMap((p) => words(normalize(p)));
  return new Set(said.filter((w) => w.endsWith('ing') && w.length > 5 && !/(?:thing|morning|evening)$/.test(w)).map(stem));
}

const phraseAt = (said: string[], at: number, phrase: string) => phrase.split(' ').every((w, k) => said[at + k] === w);

/** What a visitor says of the activity right after naming it: "cooking is my thing", "cooking bores me". */
const SAID_OF_IT_YES = /^(?:is |s )?(?:(?:really|so|kind of|kinda) )?(?:my (?:thing|passion|hobby|jam|happy place)|fun|relaxing|a joy|a pleasure|therapy|therapeutic)\b|^(?:really )?(?:relaxes|calms) me\b/u;
const SAID_OF_IT_NO = /^(?:is |s )?(?:not|isnt|aint) (?:really )?(?:for me|my thing|my cup of tea|my strong suit|my forte)\b|^(?:is |s )?(?:(?:really|so) )?(?:boring|a chore|a pain|a hassle|stressful|a nightmare|a drag)\b|^(?:really )?(?:bores|stresses) me\b/u;

/** The polarity of one clause's statement about the topic, or null. `answering`: "it" stands for the topic. */
function clausePolarity(said: string[], topics: Set<string>, activities: Set<string>, answering: boolean): boolean | null {
  const stems = said.map(stem);
  for (let t = 0; t < said.length; t++) {
    // "cooking is my thing", "it's not for me": the activity, or "it" when answering, then what it is to them.
    if (topics.has(stems[t]!) || (answering && ['it', 'its', 'that', 'thats'].includes(said[t]!) && t <= 1)) {
      const rest = (['its', 'thats'].includes(said[t]!) ? ['is', ...said.slice(t + 1)] : said.slice(t + 1)).join(' ');
      const before = said.slice(Math.max(0, t - 3), t);
      if (!before.some((w) => THIRD_PERSON.has(w))) {
        if (SAID_OF_IT_YES.test(rest)) return true;
        if (SAID_OF_IT_NO.test(rest)) return false;
      }
    }
    const isTopic = topics.has(stems[t]!) || (answering && (said[t] === 'it' || said[t] === 'that' || said[t] === 'doing'));
    if (!isTopic) continue;
    // "a terrible cook", "a great cook"
    const adjective = said[t - 1];
    if (adjective && topics.has(stems[t]!)) {
      if (BAD_AT.includes(adjective)) return false;
      // "I'm no cook", "not a cook": the doer of the activity, denied.
      if ((adjective === 'no' && ['im', 'am'].includes(said[t - 2] ?? '')) || (adjective === 'a' && said[t - 2] === 'not')) return false;
      if (GOOD_AT.includes(adjective) && said[t - 2] !== 'not') return true;
    }
    // A verb of liking within the five words before: "I really don't enjoy (it)".
    for (let v = t - 1; v >= Math.max(0, t - 5); v--) {
      const liking = LIKING.find((p) => phraseAt(said, v, p) && v + p.split(' ').length <= t);
      const disliking = DISLIKING.find((p) => phraseAt(said, v, p) && v + p.split(' ').length <= t);
      if (!liking && !disliking) continue;
      const before = said.slice(Math.max(0, v - 4), v);
      if (before.some((w) => THIRD_PERSON.has(w)) && !before.includes('i')) return null;
      // "I used to love cooking": no longer so, which says nothing of now.
      if (said[v - 2] === 'used' && said[v - 1] === 'to') return null;
      const negated = before.slice(-3).some((w) => NEGATIONS.has(w) && w !== 'rather' && w !== 'instead');
      const positive = disliking ? false : true;
      return negated ? !positive : positive;
    }
    // "I don't cook", "I never cook", "I can't cook": a negated activity said of oneself.
    const prev = said[t - 1];
    const prev2 = said[t - 2];
    if (!topics.has(stems[t]!)) continue;
    if (prev && ['dont', 'never', 'cant', 'cannot', 'rarely', 'hardly', 'seldom'].includes(prev) && (prev2 === 'i' || prev2 === 'really' || t === 1)) return false;
    // "I'd rather not cook", "would prefer not to cook".
    if (prev === 'not' && ['rather', 'prefer'].includes(prev2 ?? '') || (prev === 'to' && prev2 === 'not' && ['rather', 'prefer'].includes(said[t - 3] ?? ''))) return false;
    // "no time to cook", "don't have time to cook", "too tired to cook": a no, whatever the reason.
    if (prev === 'to' && noRoomFor(said.slice(Math.max(0, t - 6), t - 1))) return false;
    // "cooking no", "cooking? yes": the activity named, then the answer.
    const next = said[t + 1];
    if (t === 0 && next && NO.includes(next)) return false;
    if (t === 0 && next && YES.includes(next) && !['i', 'love', 'like'].includes(next)) return true;
    // "I cook", "yes i cook most nights", "cook most things from scratch": the activity as what the visitor does.
    const bare = !said[t]!.endsWith('ing') && !said[t]!.endsWith('ed');
    const negated = said.slice(0, t).some((w) => NEGATIONS.has(w) && w !== 'rather' && w !== 'instead');
    if (bare && !negated && activities.has(stems[t]!) && (doneBySelf(said, t) || (t === 0 && said.length > 1))) return true;
  }
  return null;
}

/** Words between "I" and a verb that keep it the visitor's own doing: "I usually cook", "I do cook". */
const HABITUAL = new Set(['do', 'usually', 'mostly', 'often', 'always', 'normally', 'generally', 'still', 'actually', 'really', 'also', 'happily',
  'regularly', 'sometimes', 'mainly', 'tend', 'to', 'can', 'like', 'love', 'enjoy']);
function doneBySelf(said: string[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    if (said[k] === 'i') return true;
    if (!HABITUAL.has(said[k]!)) return false;
  }
  return false;
}

/** "no time", "don't have the time", "too busy", "too tired", "no energy": nothing left for the activity. */
function noRoomFor(before: string[]): boolean {
  const joined = ` ${before.join(' ')} `;
  return / (?:no|zero|little|dont have|do not have|dont have the|havent got|havent got the|never have|never have the|dont get|not enough) (?:time|energy)(?: left)? $/.test(joined) ||
    / (?:too|so) (?:busy|tired|lazy|exhausted|knackered|drained)(?: after work)? $/.test(joined);
}

/** Words that open a yes/no question, and whom it is about: "Is your pet insured?", "Shall we deliver...?". */
const QUESTION_OPENERS = new Set(['is', 'are', 'do', 'does', 'did', 'have', 'has', 'will', 'would', 'shall', 'should', 'can', 'could', 'was',
  'were', 'you', 'your', 'we', 'i', 'the', 'a', 'an', 'any', 'it', 'its', 'this', 'there', 'yet', 'already', 'ever', 'been', 'got']);
/** Before the state named, words that say the visitor's answer is about having it: "she is insured", "we have insurance". */
const STATING = new Set(['is', 's', 'are', 'am', 'im', 'have', 'has', 'got', 'with', 'yes', 'fully', 'definitely', 'already', 'all', 'were',
  'we', 'its', 'hes', 'shes', 'theyre', 'theyve', 'weve', 'ive', 'been', 'a']);

/**
 * The state a yes/no question asks about, as the first word after whom it asks about: "insured" for "Is
 * your pet insured?", "deliver" for "Shall we deliver the bikes?". Null when the question opens otherwise.
 */
function askedState(step: Step): string | null {
  const said = words(normalize(step.label ?? step.prompt));
  if (!QUESTION_OPENERS.has(said[0] ?? '')) return null;
  let k = 0;
  while (k < said.length && QUESTION_OPENERS.has(said[k]!)) k++;
  // "your pet", "your dog": the subject's noun comes right after "your".
  if (said[k - 1] === 'your' || said[k - 1] === 'the') k++;
  const state = said[k];
  return state && state.length >= 5 && !VERB_WORDS.has(state) ? state : null;
}

/** Two words of one root: "insured" and "insurance", "deliver" and "delivery". */
const oneRoot = (a: string, b: string) => a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5) && Math.abs(a.length - b.length) <= 4;

/**
 * The answer the visitor gives by naming the asked state, or its lack: "she is insured", "no insurance",
 * "we don't have insurance", "not insured". Only as the answer to the question itself.
 */
export function namedState(step: Step, text: string): boolean | null {
  const state = askedState(step);
  if (!state) return null;
  // Within its own clause: "can't swim, weekends work" does not deny the weekends.
  const said = text.split(/[,.;!?\n]+|\bbut\b/iu).map((clause) => words(normalize(clause))).find((clause) => clause.some((w) => oneRoot(w, state)));
  if (!said) return null;
  const at = said.findIndex((w) => oneRoot(w, state));
  const before = said.slice(Math.max(0, at - 3), at);
  if (before.some((w) => NEGATIONS.has(w) && w !== 'rather' && w !== 'instead')) return false;
  // "she is insured", "we have pet insurance": the state had, a word of its own between at most.
  return at === 0 || STATING.has(said[at - 1]!) || STATING.has(said[at - 2] ?? '') ? true : null;
}

const RATHER_NOT = /^(?:(?:but|tbh|honestly) )?(?:i|id|i would|i d) (?:rather|prefer|prefer to) not(?: to)?(?: tbh| honestly| really)?$/u;

/** What the text says about the field's activity: true, false, or null when it says nothing or both. */
export function statedPreference(step: Step, text: string, answering: boolean): boolean | null {
  const topics = topicsOf(step);
  // "cooking? nope", "cooking: yes": the activity named, then the answer, whatever the punctuation between.
  const said = words(normalize(text));
  if (said.length === 2 && topics.has(stem(said[0]!))) {
    if (NO.includes(said[1]!)) return false;
    if (YES.includes(said[1]!)) return true;
  }
  const clauses = text.split(/[,.;!?\n]+|\bbut\b|\bthough\b|\bhowever\b/iu).map((c) => words(normalize(c))).filter((c) => c.length);
  const activities = activitiesOf(step);
  // "I can cook but I'd rather not": a refusal standing alone, after a clause about the activity, says no to it.
  const namedBefore = (k: number) => clauses.slice(0, k).some((c) => c.some((w) => topics.has(stem(w))));
  const found = clauses.map((c, k) => (RATHER_NOT.test(c.join(' ')) && namedBefore(k) ? false : clausePolarity(c, topics, activities, answering)))
    .filter((p): p is boolean => p !== null);
  if (found.length === 0) return null;
  // "I can cook but I don't enjoy it": the last word on it stands.
  return found.at(-1)!;
}

const startsWith = (said: string[], phrase: string) => words(phrase).every((word, i) => said[i] === word);
/** Words before the answer that change nothing ("oh yes", "well no", "haha yeah"). */
const LEAD_INS = new Set(['oh', 'well', 'honestly', 'haha', 'lol', 'hmm', 'um', 'uh', 'erm', 'ah', 'ha', 'so', 'and', 'ok', 'okay']);

/** Openers that end on a verb: "I can't" is a no alone, but "I can't afford meal delivery" says something else. */
const OPEN_ENDED = new Set(['dont', 'not', 'cant', 'cannot', 'do', 'love', 'like', 'enjoy', 'hate', 'wouldnt', 'i']);
/** Words that may follow such an opener without starting a new statement ("I do, a lot", "I don't really"). */
const CLOSING = new Set(['it', 'that', 'this', 'too', 'either', 'really', 'so', 'much', 'lot', 'a', 'at', 'all', 'anymore', 'actually',
  'honestly', 'tbh', 'lol', 'haha', 'mate', 'no', 'yes', 'though', 'tho', 'sadly', 'unfortunately', 'thanks', 'please']);

/** A plain yes or no opening the answer ("yeah I like cooking on weekends", "nah", "not really"). */
const CONDITIONAL = /^(?:but |only )*(?:only )?(?:if|unless|provided|as long as|depends|it depends)\b/u;

export function openingYesNo(text: string): boolean | 'unsure' | null {
  const firstClause = text.split(/[,.;!?\n]|\s[-–—]\s/u)[0] ?? '';
  let said = words(normalize(text));
  let clause = words(normalize(firstClause));
  while (said.length > 1 && LEAD_INS.has(said[0]!)) {
    said = said.slice(1);
    clause = clause.slice(1);
  }
  if (UNSURE.some((p) => startsWith(said, p))) return 'unsure';
  // The longest matching opener decides, so "not really" is read as a no before "no" is considered.
  const openers = [...YES.map((p) => ({ p, yes: true })), ...NO.map((p) => ({ p, yes: false }))]
    .filter(({ p }) => startsWith(said, p))
    .sort((a, b) => words(b.p).length - words(a.p).length);
  const first = openers[0];
  if (!first) return null;
  const opener = words(first.p);
  const after = clause[opener.length];
  if (OPEN_ENDED.has(opener.at(-1)!) && after !== undefined && !CLOSING.has(after)) return null;
  // "yes, but only if it's free", "yes if it's cheap": a condition is not a yes yet.
  if (CONDITIONAL.test(said.slice(opener.length).join(' '))) return 'unsure';
  return first.yes;
}
