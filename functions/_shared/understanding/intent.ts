/**
 * What a visitor's typed message is, decided before it is read as an answer: a safety matter, a request for
 * a person, an objection, an off-route question for the knowledge base, or an answer to the pending step.
 *
 * The routes are tried in one declared order of priority (`ROUTES`): safety first (medical conditions,
 * pregnancy, injuries, eating-disorder or self-harm signals: safety.ts), then a request for a human, then
 * the guided questions, the knowledge base and objections, each where its wording is unmistakable. The
 * classifier must not steal answers: the guided steps are the product, a side question the exception. So
 * wording aimed at the offer ("this is too expensive", "not now") and an unmistakable question (question
 * word first, question mark last) come before the pending step's own parser; whatever it accepts is an
 * answer (with an objection alongside when the message raises one: "2, money is tight"); whatever it
 * refuses may still be an objection in the visitor's own terms ("money's tight"), a looser question
 * ("vegan options?"), or, after repeated failed attempts, frustration. Free-text steps accept any words, so
 * there only the strong signals count: "I eat takeaway because I don't have time to cook" answers "How do
 * you eat?", it is not an objection.
 *
 * To add a route, add its name to `ROUTES` where it belongs and its reader to `READERS`.
 *
 * Quick replies (choice inputs) are answers by construction and are not classified.
 */
import type { Step } from '../contracts.ts';
import { handoffSignal } from './handoff.ts';
import { normalize, words } from './normalize.ts';
import { cuedObjection, objectionIn } from './objections.ts';
import { phrases } from './phrases.ts';
import type { TextReading } from './reading.ts';
import { safetySignal } from './safety.ts';
import { stem } from './choices.ts';
import { topicsOf } from './yesno.ts';
import type { MessageIntent, Objection, QuestionCategory, RecentTurns } from './types.ts';

/** Messages are capped at 2,000 characters upstream; this bounds the work if a caller forgets. */
const MAX_SCAN = 4_000;
/** Consecutive invalid re-asks after which a message that still answers nothing goes to a human. */
export const FRUSTRATION_LIMIT = 2;
/** On a free-text step, a message this short that is only an objection ("too busy") is not an answer. */
const BARE_OBJECTION_WORDS = 3;

/** The routes a typed message can take, highest priority first. */
export const ROUTES = [
  'safety', // a health or safety matter: a person, and never a sales reply
  'human', // an explicit request for a person
  'frustration', // anger at the bot
  'pointed_objection', // wording aimed at the offer, or deferring it ("not now")
  'strong_question', // an unmistakable question, even on a free-text step
  'answer', // what the pending question's parser accepts (with an objection alongside, if raised)
  'objection', // the visitor's circumstances ("money's tight"), when nothing was answered
  'cued_objection', // a statement with words of an objection no wording matched ("the cost is a shock")
  'question', // a looser question, or a topic only the knowledge base can answer
  'repeated_misses', // the same question failed again and again: a person takes over
] as const;
export type Route = (typeof ROUTES)[number];

interface MessageFacts {
  raw: string;
  said: string;
  pending: Step | null;
  pendingAccepts: boolean;
  recent: RecentTurns;
  offer: RegExp | null;
  /** The sums of money in the message ("149 a month?? no way"). */
  money: boolean;
}

/** "Sounds good but...", "I'd love to but...": what follows is about the offer, whatever its wording. */
const ABOUT_THE_OFFER = phrases('(?:id|i would|i d) (?:love|like) to(?: (?:\\w+ ){0,2})? but', '(?:sounds|looks|seems) (?:good|great|nice|lovely|amazing|interesting|cool|ok|okay) but', 'i want to but', 'i wish i could but');
/** Reactions to a price: with a sum of money in the message, these make it a price objection. */
const PRICE_REACTION = phrases('no way', 'a lot', 'too much', 'seriously', 'wow', 'yikes', 'jeez', 'geez', 'ouch', 'crazy', 'insane', 'hmm+', 'expensive', 'steep', 'pricey',
  'for (?:yoga|meals|food|that|this)', 'nope', 'nah', 'no thanks', 'hell no', 'yeah no', 'whoa', 'woah', 'damn', 'dang', 'omg', 'are you (?:kidding|serious|joking)');

const READERS: Record<Route, (m: MessageFacts) => MessageIntent | null> = {
  safety: (m) => {
    const signal = safetySignal(m.said);
    return signal ? { kind: 'safety', safety: signal } : null;
  },
  human: (m) => (handoffSignal(m.said, m.raw)?.reason === 'asked_for_human' ? { kind: 'handoff', reason: 'asked_for_human' } : null),
  frustration: (m) => (handoffSignal(m.said, m.raw)?.reason === 'frustration' ? { kind: 'handoff', reason: 'frustration' } : null),
  pointed_objection: (m) => {
    // "$$$ is the problem": money in symbols alone.
    if (/[$€£¥]{2,}/u.test(m.raw)) return objection('price');
    const found = objectionIn(m.said, 'pointed') ?? (ABOUT_THE_OFFER.test(m.said) ? objectionIn(m.said, 'general') : null);
    if (found) return objection(found);
    return m.money && (PRICE_REACTION.test(m.said) || /[?!]{2,}/.test(m.raw)) ? objection('price') : null;
  },
  strong_question: (m) => (shapeOf(m.raw, m.said, m.offer) === 'strong' ? asQuestion(m.said, m.offer) : null),
  answer: (m) => {
    if (!m.pending || !m.pendingAccepts) return null;
    const general = objectionIn(m.said, 'general');
    // "let me think... 6" thinks about the question; "2, money is tight" answers it and raises the price;
    // "no time to cook" answers "do you enjoy cooking?" in the question's own terms.
    // Only time is the question's own topic ("no time to cook"); money is not ("I cook but can't stretch to 49").
    if (!general) return cuedAlongside(m) ?? ANSWER;
    if (general === 'not_now' || (general === 'time' && aboutTheQuestion(m.said, m.pending))) return ANSWER;
    // "9 because i always give up on my own": the circumstance is the answer's reason.
    if (GIVEN_AS_REASON.test(m.said) && !m.raw.includes('?') && m.pending.kind !== 'text') return ANSWER;
    if (m.pending.kind !== 'text' || m.pending.entity) return objection(general);
    // "I don't have time for breakfast" tells how the visitor eats: an answer to a free-text question.
    if (general === 'time' && NO_TIME_TO_EAT.test(m.said)) return ANSWER;
    return words(m.said).length <= BARE_OBJECTION_WORDS || !saysMore(m.raw) ? objection(general) : ANSWER;
  },
  objection: (m) => {
    const found = objectionIn(m.said, 'general');
    return found ? objection(found) : null;
  },
  cued_objection: (m) => {
    const found = !m.pendingAccepts && !asksSomewhere(m.raw, m.offer) ? cuedObjection(m.said) : null;
    // "I'd rather not spend time cooking" speaks of the question's own activity, as in the answer route.
    return found && !(found === 'time' && m.pending && aboutTheQuestion(m.said, m.pending)) ? objection(found) : null;
  },
  question: (m) => (shapeOf(m.raw, m.said, m.offer) === 'weak' || namesAKnowledgeTopic(m.said) ? asQuestion(m.said, m.offer) : null),
  repeated_misses: (m) => (m.recent.frustrationCount >= FRUSTRATION_LIMIT ? { kind: 'handoff', reason: 'frustration' } : null),
};

const ANSWER: MessageIntent = { kind: 'answer' };

/**
 * An answer to a closed question that also carries an objection's words ("50, been dieting forever", "lose
 * weight, if it's affordable"), by the words that are an objection alone: a busy week beside a scale's number
 * is the reason for it ("I'm busy, so a 3 is plenty"). Free text is left alone: its words are the answer.
 */
function cuedAlongside(m: MessageFacts): MessageIntent | null {
  if (!m.pending || (m.pending.kind === 'text' && !m.pending.entity) || asksSomewhere(m.raw, m.offer)) return null;
  const found = cuedObjection(m.said, 'alone');
  return found && found !== 'time' ? objection(found) : null;
}

const CONTRAST = phrases('but', 'though', 'tho', 'although');
/** Time short for a meal ("no time for lunch", "too busy for breakfast"), which describes the visitor's eating rather than objects to the plan. */
const NO_TIME_TO_EAT = phrases('(?:time|busy) (?:for|to (?:eat|have|make|grab)) (?:a )?(?:proper |real |decent |sit down |hot )?(?:breakfast|lunch|dinner|meals?|food|eating|snacks?|eat)');
/** A circumstance given as the reason for the answer ("9 because I always give up on my own"). */
const GIVEN_AS_REASON = phrases('because', 'cause', 'cuz', 'coz', 'since i');
/** Where a free-text answer's parts begin: punctuation, "because", "so", and a wish ("I want this time to be different"). */
const PARTS = /[,;.!?\n]+|\s(?:because|cause|cuz|so|since|when|whenever|which is why|but now|now|these days|nowadays)\s|\s(?=(?:and )?i (?:want|wanna|need|would like|d like|hope)\b)|\s(?=and i\b)/iu;

/**
 * Whether a free-text answer says something besides its objection: a part of three words or more with no
 * objection wording ("I eat a lot of takeaway because I don't have time to cook"). "my schedule is insane, I
 * travel for work every week" is the objection and nothing else.
 */
function saysMore(raw: string): boolean {
  return raw.split(PARTS).map((part) => normalize(part)).some((part) =>
    words(part).length >= 3 && !objectionIn(part, 'general') && !objectionIn(part, 'pointed'));
}

/** A yes/no answer that speaks of the question's own activity ("no time to cook" to "do you enjoy cooking?"). */
function aboutTheQuestion(said: string, pending: Step): boolean {
  // "I like cooking but don't have the time" says yes, then objects.
  if (pending.kind !== 'yes_no' || CONTRAST.test(said)) return false;
  const topics = topicsOf(pending);
  return words(said).some((word) => topics.has(stem(word)));
}

/**
 * `pendingAccepts`: whether the pending step's parser accepts this text (read once, by the caller).
 */
export function classifyMessage(
  text: string,
  pendingStep: Step | null,
  recent: RecentTurns,
  pendingAccepts: boolean,
  /** The names of the bot's plans (normalized words): a question naming one is about the plans. */
  offers: string[] = [],
  /** The message already read (understand passes it); its sums of money tell price reactions. */
  reading?: TextReading,
): MessageIntent {
  const raw = text.slice(0, MAX_SCAN).trim();
  const facts: MessageFacts = {
    raw,
    said: normalize(raw),
    pending: pendingStep,
    pendingAccepts,
    recent,
    offer: offers.length ? phrases(...offers.map(escapeRegExp)) : null,
    money: reading?.quantities.some((q) => q.measure === 'money') ?? false,
  };
  for (const route of ROUTES) {
    const intent = READERS[route](facts);
    if (intent) return intent;
  }
  return ANSWER;
}

/** The objection a message raises besides answering ("lose fat, too expensive tho"), or null. */
export function objectionAlongside(said: string): Objection | null {
  return objectionIn(said, 'pointed') ?? objectionIn(said, 'general');
}

const objection = (kind: Objection): MessageIntent => ({ kind: 'objection', objection: kind });

function asQuestion(said: string, offer: RegExp | null): MessageIntent {
  const { category, topic } = questionTopic(said, offer);
  return topic ? { kind: 'question', category, topic } : { kind: 'question', category };
}

// --- The shape of a question ------------------------------------------------------------------------------

const INTERROGATIVES = new Set([
  'what', 'whats', 'how', 'hows', 'do', 'does', 'did', 'can', 'could', 'is', 'are', 'will', 'would', 'when', 'whens',
  'where', 'wheres', 'which', 'why', 'whys', 'who', 'whos', 'should', 'shall', 'may', 'am', 'was', 'were', 'have', 'has',
  'any', 'anyone', 'anybody', 'isnt', 'arent', 'doesnt', 'dont', 'cant', 'wont', 'whom', 'whose',
]);
/** Words people put before a question ("hi, do you…", "ok so what…") that do not change what it is. */
const LEAD_INS = new Set(['hi', 'hey', 'hello', 'hiya', 'ok', 'okay', 'so', 'and', 'but', 'also', 'um', 'uh', 'umm', 'hmm',
  'sorry', 'btw', 'actually', 'wait', 'oh', 'well', 'coach', 'hmmm', 'erm', 'right', 'alright']);
/** Openers that make a question without a question mark: "I was wondering if you ship to Ireland", "how much is a fade". */
const QUESTION_OPENER = /^(?:i was wondering|just wondering|i wonder|tell me (?:about|more)|can you tell me|could you tell me|quick question|question|one question|i want to know|id like to know|i would like to know|i need to know|im curious|curious|explain|any idea|whats the difference|what is the difference|whats the diff|difference between|which is better|which one is better|do you have|do you guys have|do you do|do you offer|do you sell|how much (?:is|are|does|do|for|would|will))(?: |$)/u;
/** Below this many words, a trailing "?" alone is a hesitant answer ("Sam?"), not a question. */
const MIN_QUESTION_WORDS = 3;

/**
 * 'strong': a question word first and a question mark last, or an explicit opener — a question even on a
 * free-text step. 'weak': only one of those (or a bare topic with a "?", "vegan options?") — a question only
 * when the message does not answer the pending step.
 */
function shapeOf(raw: string, said: string, offer: RegExp | null): 'strong' | 'weak' | null {
  const all = words(said);
  let start = 0;
  while (start < all.length - 1 && LEAD_INS.has(all[start]!)) start++;
  const spoken = all.slice(start);
  if (spoken.length === 0) return null;
  if (QUESTION_OPENER.test(spoken.join(' '))) return 'strong';
  const asked = endsWithQuestionMark(raw);
  const interrogative = INTERROGATIVES.has(spoken[0]!);
  if (asked && interrogative) return 'strong';
  if (asked && (spoken.length >= MIN_QUESTION_WORDS || namesATopic(said, offer))) return 'weak';
  return interrogative && spoken.length >= MIN_QUESTION_WORDS ? 'weak' : null;
}

/** Whether any sentence of the message is shaped as a question ("hi im rob. how much does this cost"). */
function asksSomewhere(raw: string, offer: RegExp | null): boolean {
  return raw.split(/[.!?;\n]+/u).some((part) => shapeOf(part.trim(), normalize(part), offer) !== null);
}

/** Whether the message is shaped as a question at all (a question word, a "?", an opener like "do you have"). */
export function shapedAsQuestion(text: string): boolean {
  const raw = text.slice(0, MAX_SCAN).trim();
  return shapeOf(raw, normalize(raw), null) !== null || raw.includes('?');
}

/** The last mark that is not a space, quote, bracket or emoji is a "?". A scan, not a regex, to stay linear. */
function endsWithQuestionMark(raw: string): boolean {
  const chars = Array.from(raw);
  for (let i = chars.length - 1; i >= 0; i--) {
    const char = chars[i]!;
    if (char === '?') return true;
    if (/[\p{L}\p{N}.!,;:]/u.test(char)) return false;
  }
  return false;
}

// --- What a question is about ------------------------------------------------------------------------------

type Topics = [topic: string, pattern: RegExp][];

/** Diet restrictions and allergies are FAQ entries, whatever else the question mentions ("vegetarian meals?"). */
const DIETARY: Topics = [
  ['allergy', phrases('allerg(?:y|ies|ic|en|ens)', 'nuts?', 'peanuts?', 'gluten', 'celiac', 'coeliac', 'dairy', 'lactose', 'shellfish', 'intoleran(?:ce|ces|t)', 'soy', 'sesame', 'wheat')],
  ['vegan', phrases('vegans?', 'plant based')],
  ['vegetarian', phrases('vegetarians?', 'veggie', 'meat free', 'no meat', 'pescatarian', 'pescetarian')],
  ['halal', phrases('halal')],
  ['kosher', phrases('kosher')],
  ['dietary', phrases('dietary (?:requirements?|restrictions?|needs)')],
];

/** "How long until I see results?" is an FAQ (the results timeline); "does it work?" is for testimonials. */
const WHEN = phrases('how (?:long|soon|fast|quickly)', 'when (?:will|can|do|would|should|does) (?:i|we|you|people|it)',
  'timeline', 'how many (?:weeks|months|days)', 'per week', 'a week', 'per month', 'expect', 'realistic', 'how much weight',
  'typical(?:ly)?', 'on average');
const OUTCOME = phrases('results?', 'lose', 'losing', 'lost', 'see (?:a )?(?:difference|change|progress|results)', 'notice',
  'progress', 'work', 'working', 'kick in', 'weight', 'kilos?', 'pounds', 'lbs', 'kg');

const REVIEWS = phrases('reviews?', 'testimonials?', 'success stor(?:y|ies)', 'before and afters?', 'before after', 'ratings?',
  'trustpilot', 'track record');
const SOCIAL_PROOF = phrases(
  '(?:does|do|did|will|would|can|could|is|has) (?:it|this|that|the plan|these plans|they|your plans|the meals|your meals|the program)(?: really| actually| honestly| even| truly| still)? (?:work|working|worked|help)',
  '(?:has|have|did) (?:anyone|anybody|people|someone|others|other people|customers|clients)',
  '(?:anyone|someone|people|others|customers|clients) like me',
  'other (?:people|women|men|customers|clients|guys|girls|ladies|mums|moms|dads|members)',
  'real (?:people|customers|clients)',
  '(?:worked|works|work) for (?:others|other people|anyone|people|someone)',
  'results?', 'proof', 'evidence', 'success rate',
);

/** Policies first: "can I pause while on holiday?" is about pausing, "money back if it doesn't work?" about refunds. */
const POLICIES: Topics = [
  ['refund', phrases('refunds?', 'refundable', 'money back', 'guarantee', 'guaranteed', 'returns?', 'get my money')],
  ['cancel', phrases('cancel', 'cancell?ing', 'cancell?ation', 'unsubscribe', 'pause', 'pausing', 'skip a (?:week|delivery|month)',
    'stop (?:my|the) (?:subscription|plan|deliveries)', 'contract', 'minimum (?:term|commitment)', 'lock(?:ed)? in', 'commitment')],
];
/** Special situations the FAQ covers; they outrank "will it work" ("will this still work when I travel?"). */
const SITUATIONS: Topics = [
  ['travel', phrases('travel', 'travell?ing', 'travels', 'eating out', 'eat out', 'restaurants?', 'vacation', 'business trips?')],
  ['exercise', phrases('exercise', 'exercising', 'work out', 'workout', 'workouts', 'gym', 'training')],
  ['age', phrases('age limit', 'too old', 'too young', 'minimum age', 'teenagers?', 'seniors?')],
];

/** FAQ topics, most specific first: "how much is shipping?" is about shipping, not price. */
const FAQ: Topics = [
  ['privacy', phrases('why do you (?:need|want|ask|care)', 'why are you asking', 'why (?:ask|is that needed|do i need to tell)', 'why (?:does|do) (?:it|that|this|my \\w+) matter',
    'what do you do with', 'privacy', 'private', 'personal (?:data|information|info|details)', 'my (?:data|information|info|details)',
    'confidential', 'gdpr', 'who (?:sees|can see|will see)')],
  ['shipping', phrases('ships?', 'shipping', 'shipped', 'deliver', 'delivers', 'delivery', 'deliveries', 'delivered', 'postage',
    'courier', 'dispatch(?:ed)?', 'arrive', 'arrives', 'available in', 'countries', 'international(?:ly)?')],
  ['price', phrases('prices?', 'pricing', 'priced', 'costs?', 'costing', 'how much (?:is|are|does|do|will|would|for|per|is it|does it|do they)',
    'expensive', 'cheap', 'cheaper', 'afford(?:able)?', 'discounts?', 'coupons?', 'promo(?: code)?', 'deals?', 'sale', 'fees?')],
  ['payment', phrases('pay', 'paying', 'payments?', 'paypal', 'credit card', 'card', 'billing', 'billed', 'charged', 'invoice',
    'klarna', 'instal(?:l)?ments?')],
  ['tracking', phrases('count(?:ing)? (?:calories|macros)', 'weigh(?:ing)? (?:my |the )?food', 'track(?:ing)? (?:calories|macros|food)')],
  // Comparing plans and what each includes are FAQ entries; what the meals themselves are is a meal-plan question.
  ['plans', phrases('difference between', 'differences between', 'vs', 'versus', 'which plan', 'what do i get', 'whats included',
    'what is included', 'includes?', 'included', 'comes? with', 'switch', 'upgrade', 'downgrade', 'change (?:my |the )?plan')],
  ['swap', phrases('swap', 'swaps', 'swapping', 'substitute', 'choose (?:my )?meals', 'pick (?:my )?meals', 'meals i dont like')],
  ['account', phrases('account', 'log in', 'login', 'sign in', 'signin', 'password', 'username', 'app')],
  ['coaching', phrases('coach', 'coaches', 'coaching', 'check ins?', 'checkins?', 'accountability', 'nutritionist', 'dietitian',
    'trainer', 'support')],
];
/** Cooking is an FAQ when it is about effort or time ("do I have to cook?"), a meal-plan question otherwise. */
const COOKING = phrases('cook', 'cooking', 'cooked', 'prep', 'prepare', 'preparation', 'reheat', 'heat up', 'microwave',
  'precooked', 'pre cooked', 'ready made', 'ready to eat');
const EFFORT = phrases('how long', 'time', 'minutes', 'mins', 'quick', 'quickly', 'hard', 'difficult', 'easy', 'skills?',
  'have to', 'need to', 'do i', 'ready made', 'ready to eat', 'precooked', 'pre cooked', 'microwave', 'reheat', 'myself');

const MEAL_PLANS: Topics = [
  ['menu', phrases('menus?', 'sample')],
  ['recipes', phrases('recipes?')],
  ['calories', phrases('calories', 'calorie', 'kcal', 'macros?', 'protein', 'carbs?', 'carbohydrates', 'fat content',
    'nutrition(?:al)? (?:info|information|facts)')],
  ['cuisine', phrases('cuisines?', 'asian', 'mexican', 'italian', 'indian', 'thai', 'chinese', 'japanese', 'mediterranean',
    'spicy', 'dish', 'dishes', 'flavou?rs?')],
  ['meals', phrases('meals?', 'breakfasts?', 'lunch(?:es)?', 'dinners?', 'snacks?', 'portions?', 'ingredients?', 'food', 'foods', 'eat')],
  ['plans', phrases('plans?', 'whats in', 'what is in', 'program', 'programme')],
];

/**
 * Wording that only the knowledge base can answer, question or not: "I have a peanut allergy", "success stories
 * from guys building muscle". Used only when the message does not answer the pending step.
 */
function namesAKnowledgeTopic(said: string): boolean {
  return firstTopic(DIETARY, said) !== undefined || REVIEWS.test(said) || firstTopic(POLICIES, said) !== undefined ||
    ['shipping', 'price'].some((topic) => FAQ.find(([name]) => name === topic)![1].test(said));
}

function namesATopic(said: string, offer: RegExp | null): boolean {
  const { category, topic } = questionTopic(said, offer);
  return category !== 'faq' || topic !== undefined;
}

const firstTopic = (topics: Topics, said: string) => topics.find(([, pattern]) => pattern.test(said))?.[0];

/**
 * The knowledge category to search, and a short topic keyword when one is obvious. Testimonials answer "does it
 * work / has anyone like me"; meal plans answer what is in the plans; everything else is an FAQ.
 */
export function questionTopic(said: string, offer: RegExp | null = null): { category: QuestionCategory; topic?: string } {
  const dietary = firstTopic(DIETARY, said);
  if (dietary) return { category: 'faq', topic: dietary };
  if (WHEN.test(said) && OUTCOME.test(said)) return { category: 'faq', topic: 'results' };
  const special = firstTopic(POLICIES, said) ?? firstTopic(SITUATIONS, said);
  if (special) return { category: 'faq', topic: special };
  if (REVIEWS.test(said)) return { category: 'testimonials', topic: 'reviews' };
  if (SOCIAL_PROOF.test(said)) return { category: 'testimonials' };
  if (COOKING.test(said) && EFFORT.test(said)) return { category: 'faq', topic: 'cooking' };
  const faq = firstTopic(FAQ, said);
  if (faq) return { category: 'faq', topic: faq };
  const meals = firstTopic(MEAL_PLANS, said) ?? (offer?.test(said) ? 'plans' : undefined);
  return meals ? { category: 'meal_plans', topic: meals } : { category: 'faq' };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a question is about health (allergies, supplements, medication, whether something is safe): its
 * answer carries the bot's health disclaimer.
 */
const HEALTH = phrases(
  'allerg(?:y|ies|ic|en|ens)', 'intoleran(?:ce|ces|t)', 'gluten', 'lactose', 'celiac', 'coeliac', 'supplements?', 'vitamins?',
  'medical', 'medication', 'meds', 'doctor', 'gp', 'safe', 'safety', 'unsafe', 'dangerous', 'risky', 'side effects?', 'health', 'healthy',
  'symptoms?', 'blood (?:sugar|pressure)', 'cholesterol', 'protein powder', 'creatine', 'caffeine', 'fasting', 'nutritionist', 'dietitian',
);

export function healthRelated(said: string): boolean {
  return HEALTH.test(said);
}
