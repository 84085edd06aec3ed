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
import type { ModelReading } from '../understanding/model.ts';
import type { Objection } from '../understanding/types.ts';
import type { Bot } from './bot.ts';
import { type Lookup, lookupFor } from './lookups.ts';
import { planCardFor } from './plan-card.ts';
import { acknowledgement, afterCompletion, completion, handoffReply, problemText, recalledWelcome, resumeLine, safetyReply, welcomeBack } from './replies.ts';
import type { VisitorMemory } from './rows.ts';
import { applicableStep, hasAnswers, isAnswered, nextStep } from './steps.ts';

export type { Lookup, Search } from './lookups.ts';

/** A message of the conversation as the decision reads it. */
export interface RecentMessage {
  sender_type: SenderType;
  metadata: Record<string, unknown>;
  content?: string;
  created_at?: string;
  client_message_id?: string;
}

/** What the bot knows of the conversation when a turn starts. */
export interface ConversationState {
  /** Every answer stored so far, by field key. */
  answers: Answers;
  /** The question the bot asked last and is waiting for. */
  pendingField: string | null;
  status: ConversationStatus;
  /** True when the visitor had an earlier conversation or this one already has messages (greet them back). */
  returning: boolean;
  /** The latest messages of the conversation, oldest first. */
  recent: RecentMessage[];
  /** The last objection the visitor raised, if any: the plan pitch answers a price worry. */
  objection?: Objection | null;
  /** When a person last handed the conversation back to the bot (conversations.handed_back_at). */
  handedBackAt?: string | null;
  /**
   * False while the bot has not spoken in this conversation (the visitor wrote first, as after a coach closed
   * their last one): its answer to the message greets them first.
   */
  greeted?: boolean;
  /** What the bot remembers of the visitor: their last conversation's summary, insights, the tone for them. */
  memory?: VisitorMemory | null;
}

export type Visit =
  | { type: 'start' }
  /** `model`: the model's reading of a typed message, when the runner got one (understanding/model.ts). */
  | { type: 'message'; input: AnswerInput; model?: ModelReading | null }
  /** A person handed the conversation back; `meanwhile`: what the visitor wrote that nobody answered, oldest first. */
  | { type: 'handed_back'; meanwhile: AnswerInput[] };

export interface Reply {
  content: string;
  metadata: Record<string, unknown>;
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
  /** What to look up; the answers share one bubble, said before `say` (compose.ts). */
  lookups?: Lookup[];
}

export function decide(bot: Bot, state: ConversationState, visit: Visit): Decision {
  if (visit.type === 'start') return opening(bot, state);
  if (visit.type === 'handed_back') return handedBack(bot, state, visit.meanwhile);
  const pending = pendingStepOf(bot, state);
  const understood = read(bot, state, pending, visit.input, trailingReAsks(state), visit.model);
  const decision = (() => {
    switch (understood.intent) {
      case 'safety':
        return safetyFirst(bot, state, pending, understood);
      case 'answer':
        return maybeAQuestion(bot, state, pending, visit.input, answered(bot, state, pending, understood));
      case 'handoff':
        return handedOff(bot, state, pending, understood);
      case 'question':
      case 'objection':
        return offRoute(bot, state, pending, understood, visit.input);
    }
  })();
  return state.greeted === false && understood.intent !== 'safety' ? greetedFirst(bot, state, pending, decision) : decision;
}

/**
 * The visitor wrote before the bot said anything in this conversation (a coach closed their last one): the
 * answer starts with a greeting, back when they have been here before. A message that answers nothing is not
 * reproached: the visitor has not been asked anything yet here, so the pending question is simply asked.
 */
function greetedFirst(bot: Bot, state: ConversationState, pending: Step | null, decision: Decision): Decision {
  const greeting = state.returning || hasAnswers(state.answers, bot.steps)
    ? welcomeBack(bot.words, bot.steps, state.answers, 'message')
    : bot.words.say('greeting');
  if (!greeting) return decision;
  const [first, ...rest] = decision.say;
  if (first?.metadata.intent === 'invalid' && pending && Object.keys(decision.answers).length === 0) {
    return { ...decision, say: [{ content: `${greeting} ${pending.prompt}`, metadata: { intent: 'start', step: pending.field } }, ...rest] };
  }
  const [lookup, ...more] = decision.lookups ?? [];
  if (lookup) return { ...decision, lookups: [{ ...lookup, lead: [greeting, lookup.lead].filter(Boolean).join(' ') }, ...more] };
  return first ? { ...decision, say: [{ ...first, content: `${greeting} ${first.content}` }, ...rest] } : decision;
}

const read = (bot: Bot, state: ConversationState, pending: Step | null, input: AnswerInput, reAsks = trailingReAsks(state), model?: ModelReading | null) =>
  understand(input, {
    steps: bot.steps,
    pending,
    known: state.answers,
    recent: { reAsks },
    offers: bot.offers,
    prices: bot.plans.map((plan) => plan.price_cents / 100),
  }, model);

/** A typed answer of this many words or fewer that the pending question takes has nothing more to find. */
const PLAIN_ANSWER_WORDS = 3;

/**
 * Whether a typed message is worth the model's reading: not a plain answer to the pending question ("34",
 * "lose fat"), nor a safety matter or a request for a person, which the rules' reading decides alone.
 */
export function asksTheModel(bot: Bot, state: ConversationState, input: Extract<AnswerInput, { type: 'text' }>): boolean {
  const pending = pendingStepOf(bot, state);
  const rules = read(bot, state, pending, input);
  if (rules.intent === 'safety' || rules.intent === 'handoff') return false;
  const plain = rules.intent === 'answer' && pending !== null && rules.answers.some((a) => a.field === pending.field) &&
    input.text.trim().split(/\s+/).length <= PLAIN_ANSWER_WORDS;
  return !plain;
}

/**
 * What the bot owes the visitor after a person handed the conversation back, while it has said nothing since
 * (`handed_back_at`): its return, and an answer to the visitor's messages since anyone last replied, which
 * nobody answered — up to `upTo`, the message whose turn this is (a later one has a turn of its own). Null
 * when nothing is owed. Exactly once per hand-back: once the bot has spoken, nothing is owed.
 */
export function owedAfterHandBack(state: ConversationState, upTo?: string): { meanwhile: RecentMessage[] } | null {
  const since = state.handedBackAt ? Date.parse(state.handedBackAt) : Number.NaN;
  if (Number.isNaN(since) || state.status === 'handoff') return null;
  // The bot's return carries the hand-back it answers; any later word of the bot's means it is back too.
  const spoken = (m: RecentMessage) => m.metadata.handed_back_at === state.handedBackAt || Date.parse(m.created_at ?? '') > since;
  if (state.recent.some((m) => m.sender_type === 'ai' && spoken(m))) return null;
  const own = upTo === undefined ? -1 : state.recent.findIndex((m) => m.sender_type === 'client' && m.client_message_id === upTo);
  const upToOwn = own < 0 ? state.recent : state.recent.slice(0, own + 1);
  let lastReply = upToOwn.length - 1;
  while (lastReply >= 0 && upToOwn[lastReply]!.sender_type === 'client') lastReply--;
  return { meanwhile: upToOwn.slice(lastReply + 1) };
}

/** A stored visitor message as the input it was: a quick reply keeps its value. */
export function inputOf(message: RecentMessage): AnswerInput {
  const value = message.metadata.value;
  return message.metadata.input === 'choice' && typeof value === 'string'
    ? { type: 'choice', value, label: message.content ?? value }
    : { type: 'text', text: message.content ?? '' };
}

/**
 * A person handed the conversation back: the bot says it is back, deals with what the visitor wrote that
 * nobody answered (a question or an objection gets its answer from the knowledge base, an answer to the
 * pending question is taken), then asks its pending question again, briefly, so the next message is read as
 * its answer. A free-text question is not answered by words meant for the person ("ok, thanks!"): it is
 * asked again. Asking for a person again is moot (one just left); a health or safety matter goes to a person
 * again, as it would at any time.
 */
function handedBack(bot: Bot, state: ConversationState, meanwhile: AnswerInput[]): Decision {
  const asked = pendingStepOf(bot, state);
  let now = state;
  const taken: Answer[] = [];
  const lookups: Lookup[] = [];
  let objection: Objection | undefined;
  for (const input of meanwhile) {
    const pending = pendingStepOf(bot, now);
    const understood = read(bot, now, pending, input, 0);
    if (understood.intent === 'safety') {
      const safe = safetyFirst(bot, now, pending, understood);
      const { patch, events } = takenAnswers(bot, taken);
      return { ...safe, answers: { ...patch, ...safe.answers }, events: [...events, ...safe.events] };
    }
    if (understood.intent === 'handoff') continue;
    const freeText = pending !== null && pending.kind === 'text' && pending.entity === null;
    const kept = understood.answers.filter((a) => !(freeText && a.field === pending!.field && a.how === 'pending'));
    taken.push(...kept);
    const answers = { ...now.answers, ...Object.fromEntries(kept.map((a) => [a.field, a.value])) };
    now = { ...now, answers, pendingField: kept.some((a) => a.field === pending?.field) ? nextStep(bot.steps, answers)?.field ?? null : now.pendingField };
    if (understood.intent === 'question' || (understood.intent === 'objection' && understood.objection !== 'not_now')) {
      objection = understood.objection ?? objection;
      lookups.push(lookupFor(bot, now.answers, understood, input.type === 'text' ? input.text : input.label ?? input.value, null));
    }
  }
  const next = pendingStepOf(bot, now);
  const { patch, events } = takenAnswers(bot, taken);
  const completed = state.status === 'completed';
  const way = next
    ? next.field === asked?.field ? resumeLine(bot.words, next, 'handed_back') : next.prompt
    : completed ? afterCompletion(bot.words, bot.steps, now.answers) : completion(bot.words, bot.steps, now.answers);
  const closing = [acknowledgement(bot.words, bot.steps, asked, taken), way].filter(Boolean).join(' ');
  const back = bot.words.say('handed_back');
  const metadata = { intent: 'handed_back', step: next?.field ?? null, handed_back_at: state.handedBackAt ?? null };
  const decision: Decision = {
    answers: patch,
    ...(objection ? { objection } : {}),
    status: completed ? 'completed' : 'active',
    pendingField: next?.field ?? null,
    events,
    say: lookups.length ? [] : [{ content: [back, closing].filter(Boolean).join(' '), metadata }],
    ...(lookups.length
      ? {
        lookups: lookups.map((lookup, i) => ({
          ...lookup,
          metadata: { ...lookup.metadata, ...metadata },
          pendingPrompt: next?.prompt ?? null,
          ...(i === 0 ? { lead: [back, lookup.lead].filter(Boolean).join(' ') } : {}),
          ...(i === lookups.length - 1 ? { resume: closing } : {}),
        })),
      }
      : {}),
  };
  return next || completed ? decision : withPlan(bot, { ...now, objection: objection ?? state.objection }, now.answers, decision);
}

/** Answers taken from several messages: the last word on each field, in step order, with their funnel events. */
function takenAnswers(bot: Bot, taken: Answer[]) {
  const { patch, fields } = inStepOrder(bot.steps, taken);
  const corrected = new Set(taken.filter((a) => a.how === 'corrected').map((a) => a.field));
  return { patch, events: fields.filter((field) => !corrected.has(field)).map((field) => ({ type: 'step_answered', data: { field } })) };
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
  const where = step === null ? 'complete' : answeredBefore ? 'resuming' : 'fresh';
  const greeting = state.returning || answeredBefore
    ? recalledWelcome(bot.words, bot, state.answers, state.returning ? state.memory?.summary : null, where) ||
      welcomeBack(bot.words, bot.steps, state.answers, where)
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
  const acknowledged = acknowledgement(bot.words, bot.steps, pending, understood.answers, { brief: state.memory?.relationship?.detail === 'brief' });
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
 * A typed message of a few words that answered nothing and was not asked as a question may still be one
 * ("workshop hours on saturday", "parking near you for the car"): the knowledge answers it when it clearly
 * holds the answer, and the pending question follows; otherwise the re-ask stands as it was (compose.ts).
 * One search more, for re-asks only.
 */
function maybeAQuestion(bot: Bot, state: ConversationState, pending: Step | null, input: AnswerInput, decision: Decision): Decision {
  const [reAsk, ...more] = decision.say;
  const words = input.type === 'text' ? input.text.trim().split(/\s+/u).length : 0;
  // Not before a greeting: a first message that answers nothing is simply asked the question (greetedFirst).
  if (!pending || state.greeted === false || input.type !== 'text' || words < 3 || reAsk?.metadata.intent !== 'invalid' || more.length || Object.keys(decision.answers).length) {
    return decision;
  }
  const lookup: Lookup = {
    kind: 'question',
    question: input.text,
    searches: [{ query: input.text, category: null }],
    lead: '',
    metadata: { intent: 'question', category: null },
    pendingPrompt: pending.prompt,
    resume: resumeLine(bot.words, pending),
    otherwise: reAsk,
  };
  return { ...decision, say: [], lookups: [lookup] };
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
    // One bubble, as a side answer: what was kept and "no rush", then the way back as its own paragraph.
    const content = [[acknowledged, line.content].filter(Boolean).join(' '), resume].filter(Boolean).join('\n\n');
    const say = [{ content, metadata }];
    return { ...(carried ?? unchanged(state, pending)), ...stored, say, events: carried?.events ?? [] };
  }

  const lookup = lookupFor(bot, state.answers, understood, text, after?.prompt ?? null);
  if (carried) return { ...carried, ...stored, lookups: [lookup] };
  // The answer and the way back share one bubble: compose() puts the answer before `resume`.
  return {
    ...unchanged(state, pending),
    ...stored,
    say: [],
    events: [],
    lookups: [{ ...lookup, resume: pending ? resumeLine(bot.words, pending) : '' }],
  };
}

/** The answers in step order, which is also the order of the `step_answered` funnel events. */
function inStepOrder(steps: Step[], answers: Answer[]) {
  const byField = new Map(answers.map((answer) => [answer.field, answer.value]));
  const fields = steps.map((step) => step.field).filter((field) => byField.has(field));
  const patch: Record<string, AnswerValue> = Object.fromEntries(fields.map((field) => [field, byField.get(field)!]));
  return { patch, fields };
}
