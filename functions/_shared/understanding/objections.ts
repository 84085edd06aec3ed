/**
 * Objections: price, time, doubt, already tried, not now, read from their wording (objection-words.ts).
 * `pointed` wording counts wherever it appears, even inside an answer; `general` wording describes the
 * visitor's life, which is often exactly what a free-text question asks for, so intent.ts counts it only
 * where the message does not read as an answer. Words that deny an objection ("money isn't an issue", "my
 * friend tried it") are erased first, so no wording finds an objection in them.
 */
import { CUES, DENIALS, NOT_A_CUE, WORDINGS } from './objection-words.ts';
import { phrases } from './phrases.ts';
import type { Objection } from './types.ts';

const DENIED = new RegExp(phrases(...DENIALS).source, 'gu');

/** The message with its denials replaced by a mark no wording matches across. */
const undenied = (said: string) => said.replace(DENIED, ' | ').replace(/ {2,}/g, ' ').trim();

/** "I've never tried a diet before", "haven't done anything like this": no past attempt to answer. */
function neverTried(said: string, pattern: RegExp): boolean {
  const match = pattern.exec(said);
  return !!match && /(?:^| )(?:never|not|havent|have not|hasnt|not yet|never ever)(?: really| actually| properly)? ?$/u.test(said.slice(0, match.index + 1));
}

/** The objection this wording raises, or null. `pointed` limits the search to wording aimed at the offer. */
export function objectionIn(text: string, which: 'pointed' | 'general'): Objection | null {
  const said = undenied(text);
  const found = WORDINGS.find((wording) => wording[which].test(said) && !(wording.objection === 'tried_before' && neverTried(said, wording[which])))?.objection ?? null;
  // Doubt from someone who has tried it all before is answered as having tried before (see WORDINGS' order).
  if (found === 'doubt' && WORDINGS[0]!.general.test(said) && /\b(?:tried|failed|done|did|been on|followed|quit)\b/u.test(said)) return 'tried_before';
  return found;
}

/**
 * The words of a message that raise an objection (every wording that matches, pointed or general), so that
 * they are never read as an answer too: "i'm broke af" names nobody, "tried hellofresh, ..." neither.
 */
export function objectionWords(normalized: string): Set<string> {
  const said = undenied(normalized);
  const found = new Set<string>();
  for (const wording of WORDINGS) {
    for (const pattern of [wording.pointed, wording.general]) {
      const match = pattern.exec(said);
      if (match) for (const word of match[0].trim().split(' ')) found.add(word);
    }
  }
  return found;
}

const NOT_CUES = new RegExp(phrases(...NOT_A_CUE).source, 'gu');
/** Words that make a message a sentence about the visitor or the offer, not a topic typed on its own. */
const SENTENCE = phrases('i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'we', 'were', 'our', 'us', 'its', 'thats', 'it', 'this', 'that', 'is', 'are', 'was',
  'be', 'been', 'am', 'so', 'too', 'not', 'no', 'never', 'cant', 'dont', 'wont', 'just', 'really', 'very', 'bit', 'way', 'all', 'the');
/** Stance at most three words before the topic ("no spare time"), or two after it ("money, sadly not"). */
const CUED = CUES.map(({ objection, topic, stance, alone }) => ({
  objection,
  pattern: phrases(`${stance}(?: [^ |]+){0,2} ${topic}`, `${topic}(?: [^ |]+){0,1} ${stance}`, ...(alone ? [alone] : [])),
  alone: alone ? phrases(alone) : null,
}));

/**
 * The objection a message's cue words suggest, for a message that nothing else could read ("money's a
 * worry", "too many diets failed"). Looser than the wordings, so it is asked last. `alone`: only the words
 * that are an objection by themselves ("if it's affordable"), for a message that also answers.
 */
export function cuedObjection(normalized: string, which: 'any' | 'alone' = 'any'): Objection | null {
  const said = undenied(normalized).replace(NOT_CUES, ' | ');
  const found = CUED.find((cue) => (which === 'any' ? cue.pattern : cue.alone)?.test(said))?.objection ?? null;
  // "Pricing", "price list pls", "city bike price 2 hours": prices named without a sentence ask for them.
  if (found === 'price' && !SENTENCE.test(said)) return null;
  return found === 'tried_before' && /(?:^| )(?:never|havent|have not|not yet)(?= |$)/u.test(said) && !WORDINGS[0]!.general.test(said) ? null : found;
}
