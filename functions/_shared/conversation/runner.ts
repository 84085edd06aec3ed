/**
 * One turn of a conversation, with its I/O: begin (one round trip that checks the visitor and the limits,
 * stores the visitor's message and loads the state), decide (pure), look up knowledge when the decision
 * asks for it, and commit (the second round trip). Any channel (the widget's chat function today; e-mail or
 * a messenger tomorrow) calls `runTurn` with its own store, knowledge and model.
 *
 * Idempotent on the client message id: a retry finds the replies of the first attempt and returns them.
 * Turns of one conversation are answered in the order their messages were stored: commit_turn answers
 * "wait" while an earlier message has no reply, and "stale" when another turn committed first; either way
 * the turn is decided again on fresh state, within a deadline. A model-written answer is written once, and a
 * typed message is read by the model (when one is configured) at most once.
 */
import type { ChatInput, ConversationStatus, ProfileRow, Step } from '../contracts.ts';
import type { ModelReading } from '../understanding/model.ts';
import { HttpError, notFound, unauthorized } from '../http.ts';
import type { BegunTurn, CommitResult, ConversationRow, MemoryWrite, MessageRow, NewEvent, NewMessage, RelationshipRow } from './rows.ts';
import { answersOf } from '../contracts.ts';
import { type Bot, botOf } from './bot.ts';
import { clearAnswers } from '../knowledge/answer.ts';
import { passagesFor } from '../knowledge/search.ts';
import { compose, type Found, type Passage } from './compose.ts';
import {
  asksTheModel,
  type ConversationState,
  type Decision,
  decide,
  inputOf,
  type Lookup,
  owedAfterHandBack,
  pendingStepOf,
  type RecentMessage,
  type Search,
  type Visit,
} from './decide.ts';
import { runAfterResponse } from '../after-response.ts';
import type { Coaching } from '../coaching/coach.ts';
import { type CoachState, coachStateOf } from '../coaching/state.ts';
import { styleLines } from '../coaching/style-rules.ts';
import { remember } from '../memory/remember.ts';

export interface TurnStore {
  begin(args: {
    botId: string;
    visitorId: string | null;
    clientMessageId: string;
    kind: ChatInput['type'];
    content?: string;
    metadata?: Record<string, unknown>;
    addressKey: string;
    origin: string | null;
    history: number;
  }): Promise<BegunTurn | null>;
  commit(args: {
    conversationId: string;
    expectedTurn: number;
    replyTo: string;
    profile: Record<string, unknown>;
    conversation: { status: ConversationStatus; pending_field: string | null; handoff_reason?: string };
    messages: NewMessage[];
    events: NewEvent[];
    /** What the turn taught about the visitor (insights, tone), written in the same transaction. */
    memory?: MemoryWrite | null;
  }): Promise<CommitResult>;
}

export interface Knowledge {
  search(bot: Bot, search: Search): Promise<Passage[]>;
  /** A few passages of one category whatever their words (testimonials for "what do others say?"). */
  sample?(bot: Bot, category: string, limit: number): Promise<Passage[]>;
}

/** Writes an answer from passages with a model; null when there is none, it is over budget, or it failed. */
export interface Writer {
  write(args: {
    bot: Bot;
    passages: Passage[];
    history: MessageRow[];
    question: string;
    pendingPrompt: string | null;
    /** The visitor's personal coach prompt (the generic prompt while there is none) and the coaches' style. */
    coaching?: { personalPrompt: string | null; style: string[] };
    /** The tone that works for this visitor, when it has shown (memory/relationship.ts). */
    relationship?: RelationshipRow | null;
    onDelta?: (text: string) => void;
  }): Promise<Found['written']>;
}

/** What the bot does with its memory after a turn, once the visitor has their answer (services.ts). */
export interface MemoryServices {
  afterTurn(event: AfterTurn): void;
}

export interface AfterTurn {
  bot: Bot;
  visitorId: string;
  conversationId: string;
  /** Conversations whose summary was just written by rules (ended, or idle), for a model to rewrite. */
  summarized: string[];
}

/** Reads a typed message with a model (understanding/model.ts); null when there is none, or it failed. */
export interface MessageReader {
  read(args: { bot: Bot; pending: Step | null; text: string }): Promise<ModelReading | null>;
}

export interface TurnServices {
  store: TurnStore;
  knowledge: Knowledge;
  writer?: Writer;
  /** Coaching work left for after the response (a personal coach prompt, the coaches' style). */
  coaching?: Coaching;
  memory?: MemoryServices;
  reader?: MessageReader;
}

export interface TurnRequest {
  botId: string;
  /** From a verified visitor token; null on first contact. */
  visitorId: string | null;
  clientMessageId: string;
  input: ChatInput;
  /** The caller's address, keyed (never stored raw): the rate limits count per address. */
  addressKey: string;
  /** The page's Origin, checked against the bot's allowed origins; null when not a browser. */
  origin: string | null;
  /** Pieces of a model-written answer as they are written, for a streamed reply. */
  onDelta?: (text: string) => void;
  /** Called once the Origin is known to be allowed (before any other refusal), for the CORS allowance. */
  allowOrigin?: (origin: string) => void;
}

export interface TurnOutcome {
  bot: Bot;
  visitorId: string;
  conversation: ConversationRow;
  /** The bot's messages answering this input (a retry gets the same ones). */
  replies: MessageRow[];
  /** The conversation so far, visitor messages included: on start, restart and poll. */
  history?: MessageRow[];
}

/** After this long without a message, opening the chat again greets the visitor back. */
const WELCOME_BACK_AFTER_MS = 30 * 60 * 1000;
/** How long a turn may wait for earlier messages of its conversation to be answered first. */
const ORDER_DEADLINE_MS = 25_000;
/** History the decision and the model see on a message; the whole conversation on start and poll. */
const MESSAGE_WINDOW = 20;
const FULL_WINDOW = 200;

const REFUSED = {
  // Readable by the refused page (the allowance is granted below), so its widget can say what is wrong.
  origin: (_bot: BegunTurn, origin: string | null) =>
    new HttpError(403, 'origin_not_allowed', `This site (${origin}) is not allowed to use this bot. Add it to the bot's allowed origins.`),
  visitor_gone: () => unauthorized('This visitor no longer exists. Start a new chat without a token.'),
};

const LIMIT_MESSAGES: Record<string, string> = {
  visitor_messages: 'You are sending messages very quickly. Please wait a moment.',
  address_messages: 'Too many messages from your network. Please wait a moment.',
  new_visitors: 'Too many new chats from your network. Please try again later.',
};

export async function runTurn(services: TurnServices, request: TurnRequest): Promise<TurnOutcome> {
  const summarized = new Set<string>();
  const outcome = await turn(services, request, summarized);
  // What the model adds to the bot's memory is written after the answer, never on the visitor's path.
  if (request.input.type !== 'poll') {
    services.memory?.afterTurn({ bot: outcome.bot, visitorId: outcome.visitorId, conversationId: outcome.conversation.id, summarized: [...summarized] });
  }
  return outcome;
}

async function turn(services: TurnServices, request: TurnRequest, summarized: Set<string>): Promise<TurnOutcome> {
  const { input } = request;
  const noted = (begun: BegunTurn | null) => {
    for (const id of begun?.memory?.summarized ?? []) summarized.add(id);
    return begun;
  };
  const begin = async () =>
    noted(await services.store.begin({
      botId: request.botId,
      visitorId: request.visitorId,
      clientMessageId: request.clientMessageId,
      kind: input.type,
      ...(input.type === 'text' ? { content: input.text, metadata: { input: 'text' } } : {}),
      ...(input.type === 'choice' ? { content: input.label ?? input.value, metadata: { input: 'choice', value: input.value } } : {}),
      addressKey: request.addressKey,
      origin: request.origin,
      history: input.type === 'text' || input.type === 'choice' ? MESSAGE_WINDOW : FULL_WINDOW,
    }));
  const begun = accepted(await begin(), request);
  const bot = botOf(begun);
  const base = { bot, visitorId: begun.visitor.id };
  const conversation = begun.conversation;
  const asIs = { ...base, conversation, replies: [], history: begun.history };

  if (input.type === 'poll' || input.type === 'start') {
    // The first look at the conversation after a person handed it back (the widget's poll, or the chat
    // opened again): the bot returns at once, with no message needed from the visitor.
    const returned = await decideAndCommit(services, request, begun, begin, summarized, (current) => {
      const owed = owedAfterHandBack(stateOf(current, false));
      if (!owed) return null;
      const last = owed.meanwhile.at(-1);
      // Keyed on the hand-back (or on the last message nobody answered, which the return answers), so
      // concurrent polls and retries return once: the second commit finds the first one's replies.
      return { visit: handedBackVisit(owed), replyTo: last?.client_message_id ?? `handed_back#${current.conversation.handed_back_at}` };
    });
    if (returned) return returned;
  }
  if (input.type === 'poll') return asIs;
  if (input.type === 'start' || input.type === 'restart') {
    const history = begun.history;
    const last = history.at(-1);
    const idle = last ? Date.now() - Date.parse(last.created_at) > WELCOME_BACK_AFTER_MS : true;
    const greeted = history.some((m) => m.metadata.reply_to === request.clientMessageId);
    if (history.length > 0 && (!idle || conversation.status !== 'active' || greeted)) return asIs;
    const returning = input.type === 'restart' || begun.previous_conversations > 0 || history.length > 0;
    return (await decideAndCommit(services, request, begun, begin, summarized, () => ({ visit: { type: 'start' }, replyTo: request.clientMessageId }), returning))!;
  }

  // A message: stored by begin. A retry of an answered one gets its replies again.
  if (begun.message && !begun.message.inserted && begun.replies.length > 0) {
    return { ...base, conversation, replies: begun.replies, history: begun.history };
  }
  // begin_turn starts a new conversation for a message to a closed one; only a retry of a message the closed
  // one holds (and never answered) can find it here.
  if (conversation.status === 'closed') {
    throw new HttpError(409, 'conversation_closed', 'This conversation was closed. Open the chat again to continue.');
  }
  // A person holds the conversation: the message is stored for them, and the bot stays silent.
  if (conversation.status === 'handoff') return asIs;

  return (await decideAndCommit(services, request, begun, begin, summarized, (current) => {
    // Handed back and the visitor wrote before anything else happened: this message is part of what the
    // bot deals with on its return.
    const owed = owedAfterHandBack(stateOf(current, false), request.clientMessageId);
    return { visit: owed ? handedBackVisit(owed) : { type: 'message', input }, replyTo: request.clientMessageId };
  }, begun.previous_conversations > 0))!;
}

const handedBackVisit = (owed: { meanwhile: RecentMessage[] }): Visit =>
  ({ type: 'handed_back', meanwhile: owed.meanwhile.map(inputOf) });

/**
 * Decides on the begun state and commits; decides again on fresh state while the commit must wait. `visitOf`
 * says, on each fresh state, what to decide and which message the replies answer; null when nothing is to be
 * said any more (then so is this: null).
 */
async function decideAndCommit(
  services: TurnServices,
  request: TurnRequest,
  begun: BegunTurn,
  begin: () => Promise<BegunTurn | null>,
  summarized: Set<string>,
  visitOf: (current: BegunTurn) => { visit: Visit; replyTo: string } | null,
  returning = false,
): Promise<TurnOutcome | null> {
  const deadline = Date.now() + ORDER_DEADLINE_MS;
  let current = begun;
  const found = new Map<string, Found>();
  // The model reads a typed message once, before its first decision; a decision made again reuses it.
  const readings = new Map<string, ModelReading | null>();
  for (let attempt = 1; ; attempt++) {
    const bot = botOf(current);
    const base = { bot, visitorId: current.visitor.id };
    const coach = coachStateOf(current.coach);
    const next = visitOf(current);
    if (!next) return attempt === 1 ? null : { ...base, conversation: current.conversation, replies: [], history: current.history };
    const state = stateOf(current, returning);
    let visit = next.visit;
    if (visit.type === 'message' && visit.input.type === 'text' && services.reader) {
      const text = visit.input.text;
      if (!readings.has(text)) {
        readings.set(text, asksTheModel(bot, state, visit.input) ? await services.reader.read({ bot, pending: pendingStepOf(bot, state), text }) : null);
      }
      visit = { ...visit, model: readings.get(text) };
    }
    let decision = decide(bot, state, visit);
    if (decision.lookups?.length) {
      const lookups = decision.lookups;
      // Decided once: a model-written answer is neither written nor streamed twice if the commit must wait.
      // Several answers (after a hand-back) are not streamed: the stream shows one reply being written.
      const onDelta = lookups.length === 1 ? request.onDelta : undefined;
      const answers: Found[] = [];
      for (const lookup of lookups) {
        const key = lookupKey(lookup);
        if (!found.has(key)) found.set(key, await lookUp(services, bot, lookup, current.history, coach, state.memory?.relationship ?? null, onDelta));
        answers.push(found.get(key)!);
      }
      decision = compose(bot, decision, answers);
    }
    const committed = await commit(services, current, next.replyTo, decision, coach.prompt?.version ?? 0, remember(bot, state, next.visit, decision));
    if (committed && 'duplicate' in committed) {
      // Another request committed these replies first (a retry, a concurrent poll): they are part of the history.
      const shown = new Set(current.history.map((m) => m.id));
      const history = [...current.history, ...committed.messages.filter((m) => !shown.has(m.id))];
      return { ...base, conversation: current.conversation, replies: committed.messages, history };
    }
    if (committed) {
      // The personal coach prompt and the coaches' style are brought up to date after the response, unwaited.
      if (services.coaching) {
        runAfterResponse(services.coaching.afterTurn({ bot, visitorId: current.visitor.id, coach, profile: committed.profile }));
      }
      for (const id of committed.summarized) summarized.add(id);
      return { ...base, conversation: committed.conversation, replies: committed.messages, history: [...current.history, ...committed.messages] };
    }
    if (Date.now() > deadline) throw new Error(`turn ${request.clientMessageId} still waiting for earlier messages after ${attempt} attempts`);
    await sleep(Math.min(20 * 2 ** attempt, 400) * (0.5 + Math.random()));
    current = accepted(await begin(), request);
  }
}

/** The begun turn, or the refusal it carries as an HTTP error; refusals changed nothing. */
function accepted(begun: BegunTurn | null, request: TurnRequest): BegunTurn {
  if (!begun) throw notFound('No active bot has this id. Check data-bot in the embed snippet.');
  if (request.origin && request.origin !== 'null') request.allowOrigin?.(request.origin);
  switch (begun.refused) {
    case undefined:
      return begun;
    case 'origin':
      throw REFUSED.origin(begun, request.origin);
    case 'visitor_gone':
      throw REFUSED.visitor_gone();
    case 'rate_limited': {
      const retryAfter = Math.max(1, begun.retry_after_seconds ?? 1);
      throw new HttpError(429, 'rate_limited', LIMIT_MESSAGES[begun.limit ?? ''] ?? LIMIT_MESSAGES.visitor_messages!, {
        retry_after_seconds: retryAfter,
      }, { 'retry-after': String(retryAfter) });
    }
  }
}

function stateOf(begun: BegunTurn, returning: boolean): ConversationState {
  const status = begun.conversation.status;
  return {
    answers: answersOf(begun.profile),
    pendingField: begun.conversation.pending_field,
    status: status === 'closed' ? 'active' : status,
    returning,
    recent: begun.history,
    objection: begun.profile?.objection ?? null,
    handedBackAt: begun.conversation.handed_back_at,
    greeted: begun.conversation.turn > 0,
    memory: begun.memory ?? null,
  };
}

const lookupKey = (lookup: Lookup) => JSON.stringify([lookup.kind, lookup.question, lookup.searches]);

async function lookUp(
  services: TurnServices,
  bot: Bot,
  lookup: Lookup,
  history: MessageRow[],
  coach: CoachState,
  relationship: RelationshipRow | null,
  onDelta?: (text: string) => void,
): Promise<Found> {
  let passages: Passage[] = [];
  let minScore: number | undefined;
  if (lookup.kind === 'question') {
    // A side question: one search with its category as a hint, testimonials for a question asking for them.
    const { knowledge } = services;
    const sample = knowledge.sample && ((args: { category: string; limit: number }) => knowledge.sample!(bot, args.category, args.limit));
    ({ passages, minScore } = await passagesFor(
      // As many passages as passagesFor asks for: it leaves out customers' stories for a question of fact, then keeps three.
      (args) => knowledge.search(bot, { query: args.query, category: args.category ?? null, preferCategory: args.preferCategory ?? null, minScore: args.minScore, topK: args.topK }),
      lookup.question, lookup.hint ?? null, sample,
    ));
    // A message that may be a question is answered only from passages that clearly hold it.
    if (lookup.otherwise) passages = clearAnswers(lookup.question, passages, minScore);
  } else {
    for (const search of lookup.searches) {
      passages = await services.knowledge.search(bot, search);
      minScore = search.minScore;
      if (passages.length) break;
    }
  }
  const written = passages.length && services.writer
    ? await services.writer.write({
      bot,
      passages,
      history,
      question: lookup.question,
      pendingPrompt: lookup.pendingPrompt,
      coaching: { personalPrompt: coach.prompt?.prompt ?? null, style: styleLines(coach.style?.profile ?? null) },
      relationship,
      onDelta,
    })
    : null;
  return { passages, minScore, written };
}

type Committed =
  | { conversation: ConversationRow; messages: MessageRow[]; profile: ProfileRow; summarized: string[] }
  | { duplicate: true; messages: MessageRow[] }
  | null;

/**
 * The decision as rows, committed against the turn it was decided on; null when it must be decided again.
 * Each reply names the personal coach prompt version it was written with (0: the bot's generic prompt); what
 * the turn taught about the visitor is written with it.
 */
async function commit(
  services: TurnServices,
  begun: BegunTurn,
  replyTo: string,
  decision: Decision,
  promptVersion: number,
  memory: MemoryWrite | null,
): Promise<Committed> {
  const profile: Record<string, unknown> = { ...decision.answers };
  if (decision.objection) profile.objection = decision.objection;
  if (decision.recommendedPlan) profile.recommended_plan = decision.recommendedPlan;
  const result = await services.store.commit({
    conversationId: begun.conversation.id,
    expectedTurn: begun.conversation.turn,
    replyTo,
    profile,
    conversation: {
      status: decision.status,
      pending_field: decision.pendingField,
      ...(decision.handoffReason ? { handoff_reason: decision.handoffReason } : {}),
    },
    messages: decision.say.map((reply) => ({ sender_type: 'ai', content: reply.content, metadata: { ...reply.metadata, coach_prompt_version: promptVersion } })),
    events: decision.events,
    ...(memory ? { memory } : {}),
  });
  if (result.committed) {
    return { conversation: result.conversation, messages: result.messages, profile: result.profile, summarized: result.memory?.summarized ?? [] };
  }
  if (result.reason === 'duplicate') return { duplicate: true, messages: result.messages };
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
