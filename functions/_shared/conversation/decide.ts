/**
 * One pure decision per turn: given the bot, the conversation's state and what the visitor did, what to store
 * (answers, objection, status, the question now pending) and what to say, plus what to look up in the
 * knowledge base when an answer needs it (compose.ts then writes that answer from the passages found).
 *
 * No I/O and no clock: the runner (runner.ts) loads the state, calls this, does the look-up and commits, so a
 * retried or re-ordered turn is decided again on fresh state with the same result, and every policy here is
 * tested without a server. The message is read once, by `understand`.
 */
import type { Answers, AnswerValue, ConversationStatus, PlanCard, SenderType, Step } from '../contracts.ts';
import { type Answer, type AnswerInput, understand, type Understanding } from '../understanding/understand.ts';
import type { Objection } from '../understanding/types.ts';
import type { Bot } from './bot.ts';
import { planCardFor } from './plan-card.ts';
import { acknowledgement, afterCompletion, completion, handoffReply, problemText, resumeLine, safetyReply, welcomeBack } from './replies.ts';
import { applicableStep, hasAnswers, isAnswered, nextStep } from './steps.ts';

/** What the bot knows of the conversation when a turn starts. */
export interface ConversationState {
  /** Every answer stored so far, by field key. */
  answers: Answers;
  /** The question the bot asked last and is waiting for. */
  pendingField: string | null;
  status: ConversationStatus;
  /** True when the visitor had an earlier conversation or this one already has messages (greet them back). */
  returning: boolean;
  /** The latest messages of the conversation, oldest first (the decision reads only sender and intent). */
  recent: { sender_type: SenderType; metadata: Record<string, unknown> }[];
  /** The last objection the visitor raised, if any: the plan pitch answers a price worry. */
  objection?: Objection | null;
}

export type Visit = { type: 'start' } | { type: 'message'; input: AnswerInput };

export interface Reply {
  content: string;
  metadata: Record<string, unknown>;
}

/** A knowledge search; a look-up tries its searches in order and keeps the first that finds something. */
export interface Search {
  query: string;
  /** A filter: only this category. */
  category: string | null;
  /** A hint: this category ranks first, nothing is hidden. */
  preferCategory?: string | null;
  filters?: Record<string, string>;
  minScore?: number;
}

/** What to look up, and where its answer goes: the answer is said first, then `say`. */
export interface Lookup {
  kind: 'question' | 'objection';
  /** The visitor's own words, for a model writing the answer. */
  question: string;
  searches: Search[];
  /** Said before the answer ("Totally fair to think about cost."). */
  lead: string;
  /** Said after the answer: the bot's health disclaimer when the question is about health. */
  tail?: string;
  /** Metadata of the answer's message (intent, category or objection). */
  metadata: Record<string, unknown>;
  /** The question still pending, for a model to lead back to. */
  pendingPrompt: string | null;
  /** A question's category, which the knowledge search takes as a hint (knowledge/search.ts). */
  hint?: string | null;
  /** Said after the answer, in its bubble: the pending question in brief. */
  resume?: string;
}

export interface Decision {
  /** Answers to store, by field key (null clears one). */
  answers: Record<string, AnswerValue | null>;
  objection?: Objection;
  recommendedPlan?: string;
  status: ConversationStatus;
  pendingField: string | null;
  handoffReason?: string;
  say: Reply[];
  events: { type: string; data: Record<string, unknown> }[];
  lookup?: Lookup;
}

export function decide(bot: Bot, state: ConversationState, visit: Visit): Decision {
  if (visit.type === 'start') return opening(bot, state);
  const pending = pendingStepOf(bot, state);
  const understood = understand(visit.input, {
    steps: bot.steps,
    pending,
    known: state.answers,
    recent: { reAsks: trailingReAsks(state) },
    offers: bot.offers,
    prices: bot.plans.map((plan) => plan.price_cents / 100),
  });
  const decision = (() => {
    switch (understood.intent) {
      case 'safety':
        return safetyFirst(bot, state, pending, understood);
      case 'answer':
        return answered(bot, state, pending, understood);
      case 'handoff':
        return handedOff(bot, state, pending, understood);
      case 'question':
      case 'objection':
        return offRoute(bot, state, pending, understood, visit.input);
    }
  })();
  return handedBack(state) && understood.intent !== 'handoff' && understood.intent !== 'safety' ? withBackLine(bot, decision) : decision;
}

/** A person answered last and handed the conversation back: the bot's first words after say it is back. */
function handedBack(state: ConversationState): boolean {
  const lastReply = [...state.recent].reverse().find((message) => message.sender_type !== 'client');
  return state.status === 'active' && lastReply?.sender_type === 'human_coach';
}

function withBackLine(bot: Bot, decision: Decision): Decision {
  const line = bot.words.say('handed_back');
  if (!line) return decision;
  if (decision.lookup) return { ...decision, lookup: { ...decision.lookup, lead: [line, decision.lookup.lead].filter(Boolean).join(' ') } };
  const [first, ...rest] = decision.say;
  return first ? { ...decision, say: [{ ...first, content: `${line} ${first.content}` }, ...rest] } : decision;
}

/**
 * The question being answered: the one the bot asked last while it still applies and is unanswered,
 * otherwise the next one in order (a stale pending field must not trap the visitor on a question).
 */
export function pendingStepOf(bot: Bot, state: ConversationState): Step | null {
  if (state.status === 'completed') return null;
  const pending = applicableStep(bot.steps, state.answers, state.pendingField);
  return pending && !isAnswered(state.answers, pending.field) ? pending : nextStep(bot.steps, state.answers);
}

/** How many times in a row the bot just re-asked because the answer did not fit. */
function trailingReAsks(state: ConversationState): number {
  let count = 0;
  for (const message of [...state.recent].reverse()) {
    if (message.sender_type !== 'ai') continue;
    if (message.metadata.intent !== 'invalid') break;
    count++;
  }
  return count;
}

const unchanged = (state: ConversationState, pending: Step | null): Omit<Decision, 'say' | 'events'> => ({
  answers: {},
  status: state.status === 'completed' ? 'completed' : 'active',
  pendingField: pending?.field ?? null,
});

/** The chat opened: greet (or greet back) and ask the pending question; the plan again when all is answered. */
function opening(bot: Bot, state: ConversationState): Decision {
  const step = pendingStepOf({ ...bot }, { ...state, status: 'active' });
  const answeredBefore = hasAnswers(state.answers, bot.steps);
  const greeting = state.returning || answeredBefore
    ? welcomeBack(bot.words, bot.steps, state.answers, step === null ? 'complete' : answeredBefore ? 'resuming' : 'fresh')
    : bot.words.say('greeting');
  const metadata = { intent: 'start', step: step?.field ?? null };
  const say = [greeting, ...(step ? [step.prompt] : [])].filter((text) => text.trim() !== '').map((content) => ({ content, metadata }));
  const decision: Decision = { answers: {}, status: 'active', pendingField: step?.field ?? null, say, events: [] };
  return step ? decision : withPlan(bot, state, state.answers, decision);
}

/** An answer to the pending question (possibly more at once), or a friendly re-ask when it does not fit. */
function answered(bot: Bot, state: ConversationState, pending: Step | null, understood: Understanding): Decision {
  if (pending === null) {
    // Everything was answered and the visitor puts an answer right: stored, said, and the plan for it.
    const corrected = understood.answers.filter((answer) => answer.how === 'corrected');
    if (corrected.length) {
      const { patch } = inStepOrder(bot.steps, corrected);
      const content = acknowledgement(bot.words, bot.steps, null, corrected);
      return withPlan(bot, state, { ...state.answers, ...patch }, { ...unchanged(state, null), answers: patch, say: [{ content, metadata: { intent: 'answer', step: null } }], events: [] });
    }
    if (state.status === 'completed') {
      const content = afterCompletion(bot.words, bot.steps, state.answers);
      return { ...unchanged(state, null), say: [{ content, metadata: { intent: 'complete', step: null } }], events: [] };
    }
    // Every question answered but no plan shown yet (e.g. an earlier turn failed after storing).
    const content = completion(bot.words, bot.steps, state.answers);
    return withPlan(bot, state, state.answers, { ...unchanged(state, null), say: [{ content, metadata: { intent: 'complete', step: null } }], events: [] });
  }
  const { patch, fields } = inStepOrder(bot.steps, understood.answers);
  const corrected = new Set(understood.answers.filter((answer) => answer.how === 'corrected').map((answer) => answer.field));
  const events = fields.filter((field) => !corrected.has(field)).map((field) => ({ type: 'step_answered', data: { field } }));
  const acknowledged = acknowledgement(bot.words, bot.steps, pending, understood.answers);
  const status: ConversationStatus = 'active';

  if (!fields.includes(pending.field)) {
    const problem = understood.refusal ? problemText(bot.words, understood.refusal.problem) : '';
    const content = [acknowledged, `${problem} ${pending.prompt}`.trim()].filter(Boolean).join(' ');
    return { answers: patch, status, pendingField: pending.field, say: [{ content, metadata: { intent: 'invalid', step: pending.field } }], events };
  }
  const answers: Answers = { ...state.answers, ...patch };
  const next = nextStep(bot.steps, answers);
  const metadata = { intent: 'answer', step: next?.field ?? null };
  if (next) {
    // One bubble: the acknowledgement leads into the next question, as a person would say it.
    const say = [{ content: [acknowledged, next.prompt].filter(Boolean).join(' '), metadata }];
    return { answers: patch, status, pendingField: next.field, say, events };
  }
  const say = [{ content: completion(bot.words, bot.steps, answers), metadata }];
  return withPlan(bot, state, answers, { answers: patch, status, pendingField: null, say, events });
}

/**
 * Everything is answered: the plan card, or a person follows up when the configuration has no plan for it. A
 * visitor who worried about the price hears the price plainly, and the lighter alternative when there is one.
 */
function withPlan(bot: Bot, state: ConversationState, answers: Answers, decision: Decision): Decision {
  const card = planCardFor(bot, answers);
  if (!card) {
    const content = bot.words.say(['plan_unavailable', 'handoff']);
    return { ...decision, status: 'completed', say: [...decision.say, { content, metadata: { intent: 'plan_unavailable' } }] };
  }
  // The price, when the visitor worried about it, is part of the pitch the card shows, not a line beside it.
  const why = [card.why, priceLine(bot, state.objection ?? decision.objection, card)].filter(Boolean).join(' ');
  const pitched: PlanCard = { ...card, why };
  return {
    ...decision,
    status: 'completed',
    recommendedPlan: card.code,
    say: [...decision.say, { content: why, metadata: { intent: 'plan', plan: pitched } }],
    events: [...decision.events, { type: 'plan_shown', data: { plan: card.code } }],
  };
}

function priceLine(bot: Bot, objection: Objection | null | undefined, card: PlanCard): string {
  if (objection !== 'price') return '';
  const price = formatPrice(bot.words.language, card);
  const alternative = card.alternative && card.alternative.price_cents < card.price_cents ? card.alternative : null;
  return alternative
    ? bot.words.say('plan.objection.price', { price, alternative: `${alternative.title} (${formatPrice(bot.words.language, alternative)})` })
    : bot.words.say('plan.objection.price.no_alternative', { price });
}

function formatPrice(language: string, offer: { price_cents: number; currency: string; billing_period: string }): string {
  const amount = new Intl.NumberFormat(language, { style: 'currency', currency: offer.currency }).format(offer.price_cents / 100);
  return offer.billing_period === 'one_time' ? amount : `${amount} / ${offer.billing_period}`;
}

/** A person takes over: the visitor asked for one, or the bot is not helping. */
function handedOff(bot: Bot, state: ConversationState, pending: Step | null, understood: Understanding): Decision {
  const reason = understood.handoff!.reason;
  return {
    answers: {},
    status: 'handoff',
    pendingField: pending?.field ?? null,
    handoffReason: reason,
    say: [{ content: handoffReply(bot.words, reason), metadata: { intent: 'handoff', handoff_reason: reason } }],
    events: [{ type: 'handoff_requested', data: { reason } }],
  };
}

/**
 * A health or safety matter (safety.ts): a kind reply, emergency help first when the visitor may be in
 * danger, and a person takes over; never a plan, a price or a call to action, and the bot stays silent while
 * the person holds the conversation. An answer to the pending question in the same message is kept ("61, and
 * I had a heart attack two years ago"), unless the question wanted free text: the visitor's words there are
 * about their health, not the question.
 */
function safetyFirst(bot: Bot, state: ConversationState, pending: Step | null, understood: Understanding): Decision {
  const signal = understood.safety!;
  const keeps = pending !== null && !(pending.kind === 'text' && pending.entity === null) &&
    understood.answers.some((a) => a.field === pending.field && a.how === 'pending');
  const { patch, fields } = keeps ? inStepOrder(bot.steps, understood.answers.filter((a) => a.field === pending!.field)) : { patch: {}, fields: [] as string[] };
  const next = keeps ? nextStep(bot.steps, { ...state.answers, ...patch }) : pending;
  const reason = `safety_${signal.kind}${signal.urgent ? '_urgent' : ''}`;
  return {
    answers: patch,
    status: 'handoff',
    pendingField: next?.field ?? null,
    handoffReason: reason,
    say: [{ content: safetyReply(bot.words, signal), metadata: { intent: 'safety', safety: signal.kind, urgent: signal.urgent } }],
    events: [...fields.map((field) => ({ type: 'step_answered', data: { field } })), { type: 'handoff_requested', data: { reason: 'safety' } }],
  };
}

/**
 * A side question or an objection: answered from the knowledge base (the look-up), then back to the pending
 * question. Answers the message also gives are kept ("2, money is tight", "I'm Kim, do you deliver to
 * Spain?"), and the next question follows; a free-text question's "answer" is not, since there the words
 * are the objection or the question. "Not now" is never read as an answer and gets no look-up: the visitor
 * is told their answers are kept for when they come back.
 */
function offRoute(bot: Bot, state: ConversationState, pending: Step | null, understood: Understanding, input: AnswerInput): Decision {
  const text = input.type === 'text' ? input.text : input.label ?? input.value;
  const objection = understood.objection;
  const stored = objection ? { objection } : {};
  const freeText = pending !== null && pending.kind === 'text' && pending.entity === null;
  const kept = understood.answers.filter((a) => !(freeText && a.field === pending!.field && a.how === 'pending'));
  const carried = kept.length && pending ? answered(bot, state, pending, { ...understood, intent: 'answer', answers: kept, refusal: undefined }) : null;
  const after = carried?.pendingField !== undefined ? applicableStep(bot.steps, { ...state.answers, ...carried.answers }, carried.pendingField) : pending;

  if (objection === 'not_now') {
    const acknowledged = carried && pending ? acknowledgement(bot.words, bot.steps, pending, kept) : '';
    const resume = after ? resumeLine(bot.words, after, 'not_now') : '';
    const metadata = { intent: 'objection', objection };
    const line = { content: bot.words.say('objection.not_now'), metadata };
    // The last question answered as well: the plan is there for whenever they are ready.
    if (carried && !after) return { ...carried, ...stored, say: [...carried.say, line] };
    const say = [acknowledged, line.content, resume].filter(Boolean).map((content) => ({ content, metadata }));
    return { ...(carried ?? unchanged(state, pending)), ...stored, say, events: carried?.events ?? [] };
  }

  const health = understood.health ? bot.words.say('disclaimer.health') : '';
  const lookup: Lookup = objection
    ? {
      kind: 'objection',
      question: text,
      searches: objectionSearches(bot, state.answers, objection, text),
      lead: bot.words.say(`objection.${objection}`),
      metadata: { intent: 'objection', objection },
      pendingPrompt: after?.prompt ?? null,
    }
    : {
      kind: 'question',
      question: text,
      // The category is a hint that ranks its passages first, never a filter that hides the answer.
      searches: [{ query: text, category: null, preferCategory: understood.question!.category }],
      hint: understood.question!.category,
      lead: '',
      ...(health ? { tail: health } : {}),
      metadata: { intent: 'question', category: understood.question!.category, topic: understood.question!.topic ?? null, ...(health ? { health: true } : {}) },
      pendingPrompt: after?.prompt ?? null,
    };
  if (carried) return { ...carried, ...stored, lookup };
  // The answer and the way back share one bubble: compose() puts the answer before `resume`.
  return {
    ...unchanged(state, pending),
    ...stored,
    say: [],
    events: [],
    lookup: { ...lookup, resume: pending ? resumeLine(bot.words, pending) : '' },
  };
}

/**
 * What answers an objection: the visitor's own words first, then the bot's query for that objection (a
 * visitor who says "too expensive" rarely uses the words of the passage on prices). Doubt is answered with
 * testimonials of people like the visitor, relaxed one tag at a time.
 */
function objectionSearches(bot: Bot, answers: Answers, objection: Objection, text: string): Search[] {
  const query = bot.words.say(`objection.${objection}.query`) || text;
  if (objection !== 'doubt') {
    return [
      { query: text, category: 'faq' },
      { query: text, category: null },
      { query, category: 'faq' },
      { query, category: null },
    ];
  }
  const tags = likeTheVisitor(bot, answers);
  const searches: Search[] = [];
  for (let kept = tags.length; kept >= 0; kept--) {
    searches.push({ query, category: 'testimonials', filters: Object.fromEntries(tags.slice(0, kept)), minScore: 0 });
  }
  return searches;
}

/**
 * Tags a testimonial of someone like the visitor carries: their answers to the bot's choice fields, tagged
 * by the field's label (`goal`), those the plan rules read first; then their age bracket.
 */
function likeTheVisitor(bot: Bot, answers: Answers): [string, string][] {
  const ruled = new Set(bot.rules.flatMap((rule) => rule.conditions.map((c) => c.field)));
  const choices = bot.steps
    .filter((step) => step.kind === 'single_choice' && typeof answers[step.field] === 'string')
    // "Prefer not to say" tells nothing a testimonial could match.
    .filter((step) => !/^prefer_not|^none$|^other$/.test(String(answers[step.field])))
    .sort((a, b) => Number(ruled.has(b.field)) - Number(ruled.has(a.field)));
  const tags: [string, string][] = choices.map((step) => [(step.label ?? step.field).replaceAll(' ', '_'), String(answers[step.field])]);
  const age = bot.steps.find((step) => step.entity === 'age');
  const bracket = age ? ageBracket(answers[age.field]) : null;
  if (bracket) tags.push(['age_bracket', bracket]);
  return tags;
}

function ageBracket(age: unknown): string | null {
  if (typeof age !== 'number') return null;
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

/** The answers in step order, which is also the order of the `step_answered` funnel events. */
function inStepOrder(steps: Step[], answers: Answer[]) {
  const byField = new Map(answers.map((answer) => [answer.field, answer.value]));
  const fields = steps.map((step) => step.field).filter((field) => byField.has(field));
  const patch: Record<string, AnswerValue> = Object.fromEntries(fields.map((field) => [field, byField.get(field)!]));
  return { patch, fields };
}
