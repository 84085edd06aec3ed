/**
 * One chat turn: the I/O around the pure engine. Loads the bot and the visitor's state in one RPC, stores
 * the visitor's message before anything that can fail, lets the engine decide, and commits the outcome
 * (profile, conversation state, replies, funnel events) atomically with `commit_turn`.
 *
 * Idempotent on the client message id: a retry finds the replies of the first attempt and returns them.
 * Concurrent turns of one conversation are serialised by `commit_turn`'s turn counter: a stale commit is
 * re-run on fresh state.
 */
import {
  answersOf,
  type ChatInput,
  type ChatMessage,
  type ChatRequest,
  type ChatResponse,
  type ConversationStatus,
  type PlanCard,
  type Step,
} from '../_shared/contracts.ts';
import { type Bot, botOf } from '../_shared/conversation/bot.ts';
import { planCardFor } from '../_shared/conversation/plan-card.ts';
import {
  type AnswerInput,
  answerTurn,
  applicableSteps,
  classifyMessage,
  type MessageIntent,
  nextStep,
  parseAnswer,
  startTurn,
  toPrompt,
} from '../_shared/engine/index.ts';
import type { Turn } from '../_shared/engine/types.ts';
import { coach, type CoachDecision } from './coach.ts';
import { env } from '../_shared/env.ts';
import { HttpError } from '../_shared/http.ts';
import { type ChatContext, type ConversationRow, type MessageRow, type NewEvent, type NewMessage, store } from '../_shared/store.ts';
import { signVisitorToken } from '../_shared/visitor-token.ts';
import { clientAddressKey, enforceLimits, limitsOf, loadVisitorContext } from '../_shared/visitor.ts';

/** After this long without a message, opening the chat again greets the visitor back. */
const WELCOME_BACK_AFTER_MS = 30 * 60 * 1000;
/** How long a turn may wait for earlier messages of its conversation to be answered first. */
const COMMIT_DEADLINE_MS = 25_000;

export interface TurnRequest {
  body: ChatRequest;
  request: Request;
  allowOrigin(origin: string): void;
  /** Pieces of a model-written reply as they are written, for a streamed answer. */
  onDelta?: (text: string) => void;
}

export async function chatTurn({ body, request, allowOrigin, onDelta }: TurnRequest): Promise<ChatResponse> {
  let context = await loadVisitorContext({ botId: body.bot_id, token: body.visitor_token, request, allowOrigin, action: body.input.type === 'restart' ? 'restart' : undefined });

  const address = await clientAddressKey(request);
  const limits = limitsOf(context.bot);
  const isMessage = body.input.type === 'text' || body.input.type === 'choice';
  let visitorId = context.visitor?.id ?? null;
  if (!visitorId) {
    await enforceLimits([[`${body.bot_id}:visitors:address:${address}`, limits.newVisitorsPerAddress]]);
    visitorId = (await store.createVisitor(body.bot_id, body.client_message_id)).visitor_id;
    context = (await store.chatContext(body.bot_id, visitorId))!;
  } else if (isMessage) {
    await enforceLimits([
      [`${body.bot_id}:messages:visitor:${visitorId}`, limits.messagesPerVisitor],
      [`${body.bot_id}:messages:address:${address}`, limits.messagesPerAddress],
    ]);
  }
  const visitorToken = await signVisitorToken(visitorId, body.bot_id, env.visitorTokenSecret);

  const outcome = await route(context, body.client_message_id, body.input, onDelta);
  return { visitor_token: visitorToken, bot: { name: context.bot.name, theme: context.bot.theme }, ...outcome };
}

function route(context: ChatContext, clientMessageId: string, input: ChatInput, onDelta?: (text: string) => void): Promise<Outcome> {
  switch (input.type) {
    case 'start':
      return open(context, clientMessageId);
    case 'poll':
      return poll(context);
    case 'restart':
      return restart(context, clientMessageId);
    case 'text':
    case 'choice':
      return answer(context, clientMessageId, input, onDelta);
  }
}

type Outcome = Omit<ChatResponse, 'visitor_token' | 'bot'>;

/** Read-only: the conversation as it stands (a human coach may have replied). */
async function poll(context: ChatContext): Promise<Outcome> {
  const conversation = requireConversation(context);
  return respond(context, conversation, [], await store.history(conversation.id));
}

/** The chat opened: greet (or greet back) and ask the pending question, or just return the history. */
async function open(context: ChatContext, clientMessageId: string): Promise<Outcome> {
  const conversation = requireConversation(context);
  const history = await store.history(conversation.id);
  const last = history.at(-1);
  const idle = last ? Date.now() - Date.parse(last.created_at) > WELCOME_BACK_AFTER_MS : true;
  const alreadyGreeted = history.some((m) => m.metadata.reply_to === clientMessageId);
  if (history.length > 0 && (!idle || conversation.status !== 'active' || alreadyGreeted)) {
    return respond(context, conversation, [], history);
  }
  const turn = startTurn(engineContext(context, conversation, context.previous_conversations > 0 || history.length > 0));
  const committed = await commit(context, clientMessageId, (fresh) => decisionOf(fresh, turn));
  return respond(context, committed.conversation, committed.messages, await store.history(conversation.id));
}

/** Start over: a new conversation that keeps the visitor's name and asks the guided questions again. */
async function restart(context: ChatContext, clientMessageId: string): Promise<Outcome> {
  const latest = requireConversation(context);
  const earlier = await store.turnReplies(latest.id, clientMessageId);
  if (earlier.length > 0) return respond(context, latest, earlier, await store.history(latest.id));

  const conversation = await store.startConversation(context.bot.id, context.visitor!.id, clientMessageId);
  // The visitor's name stays: starting over is about the questions, not who they are.
  const cleared = Object.fromEntries(botOf(context).steps.filter((s) => s.entity !== 'person_name').map((s) => [s.field, null]));
  const profile = await store.upsertProfile({ visitor_id: context.visitor!.id, ...cleared, recommended_plan: null, objection: null });
  const fresh: ChatContext = { ...context, conversation, profile };
  const committed = await commit(fresh, clientMessageId, (current) => decisionOf(current, startTurn(engineContext(current, conversation, true))));
  return respond(fresh, committed.conversation, committed.messages, await store.history(conversation.id));
}

/**
 * The visitor sent a message: store it first, then decide what it is — an answer to the pending question
 * (the engine), or a side question, an objection or a request for a human (the coach).
 */
async function answer(
  context: ChatContext,
  clientMessageId: string,
  input: AnswerInput,
  onDelta?: (text: string) => void,
): Promise<Outcome> {
  const conversation = requireConversation(context);
  const content = input.type === 'text' ? input.text : input.label ?? input.value;
  const metadata = input.type === 'choice' ? { input: 'choice', value: input.value } : { input: 'text' };
  const { inserted } = await store.appendMessage(conversation.id, 'client', content, clientMessageId, metadata);
  if (!inserted) {
    const earlier = await store.turnReplies(conversation.id, clientMessageId);
    if (earlier.length > 0) return respond(context, await currentConversation(context), earlier);
  }
  if (conversation.status === 'closed') {
    throw new HttpError(409, 'conversation_closed', 'This conversation was closed. Open the chat again to continue.');
  }
  // A human coach holds the conversation: the message is stored for them, and the bot stays silent.
  if (conversation.status === 'handoff') return respond(context, conversation, []);

  // Quick replies are answers by construction; typed text may be something else.
  const history = input.type === 'text' ? await store.history(conversation.id) : [];
  const bot = botOf(context);
  const pending = pendingStepOf(bot, context, conversation);
  const intent: MessageIntent = input.type === 'text'
    ? classifyMessage(input.text, pending, { frustrationCount: trailingReAsks(history) })
    : { kind: 'answer' };
  if (intent.kind === 'answer') {
    const committed = await commit(context, clientMessageId, (fresh, convo) => decisionOf(fresh, answerTurn(engineContext(fresh, convo, false), input)));
    return respond(context, committed.conversation, committed.messages);
  }

  // Decided once: a model-written answer is neither written nor streamed twice if the commit must retry.
  const coached = await coach({ context, bot, intent, text: content, pendingStep: pending, history, onDelta });
  const decision = withAnswerKept(context, conversation, input, pending, intent, coached);
  const committed = await commit(context, clientMessageId, () => decision);
  return respond(context, committed.conversation, committed.messages);
}

/**
 * An objection or a high-stakes message can carry an answer too ("I eat out a lot, and your plans are too
 * expensive"): store the answer as well, and move on from it instead of re-asking.
 */
function withAnswerKept(
  context: ChatContext,
  conversation: ConversationRow,
  input: AnswerInput,
  pending: Step | null,
  intent: Exclude<MessageIntent, { kind: 'answer' }>,
  coached: CoachDecision,
): Decision {
  const status: ConversationStatus = coached.handoff ? 'handoff' : conversation.status === 'completed' ? 'completed' : 'active';
  const base: Decision = {
    messages: coached.messages,
    events: coached.events,
    profile: coached.profile,
    conversation: { status, pending_field: pending?.field ?? null, ...(coached.handoff ? { handoff_reason: coached.handoff.reason } : {}) },
  };
  // Free text always "parses", so an objection is kept as an answer only where the step wants something
  // specific (a number, a choice); high-stakes details, though, are exactly what the eating question asks.
  const carriesAnswer = pending !== null && parseAnswer(pending, input).ok &&
    (intent.kind === 'objection' ? pending.kind !== 'text' : intent.kind === 'handoff' && intent.reason === 'high_stakes');
  if (!carriesAnswer) return base;

  const answered = decisionOf(context, answerTurn(engineContext(context, conversation, false), input));
  const profile = { ...answered.profile, ...coached.profile };
  const events = [...answered.events, ...coached.events];
  if (coached.handoff) {
    // The human takes it from here: keep the answer, and leave the next question for when the bot is back.
    return { ...base, profile, events, conversation: { ...base.conversation, pending_field: answered.conversation.pending_field } };
  }
  const answerOnly = coached.messages.filter((m) => m.metadata.intent !== 'resume');
  return { messages: [...answerOnly, ...answered.messages], events, profile, conversation: answered.conversation };
}

/** The step the visitor is answering: the pending one while it applies and is unanswered, else the next. */
function pendingStepOf(bot: Bot, context: ChatContext, conversation: ConversationRow): Step | null {
  const answers = answersOf(context.profile);
  if (conversation.status === 'completed') return null;
  const pending = applicableSteps(bot.steps, answers).find((step) => step.field === conversation.pending_field);
  return pending && (answers[pending.field] ?? null) === null ? pending : nextStep(bot.steps, answers);
}

/** How many times in a row the coach just re-asked because the answer did not fit. */
function trailingReAsks(history: MessageRow[]): number {
  let count = 0;
  for (const message of [...history].reverse()) {
    if (message.sender_type !== 'ai') continue;
    if (message.metadata.intent !== 'invalid') break;
    count++;
  }
  return count;
}

interface Committed {
  conversation: ConversationRow;
  messages: MessageRow[];
}

/**
 * Runs the engine and commits its outcome; on a stale turn counter (another message of this conversation
 * committed in between) reloads the state and runs the engine again.
 */
async function commit(
  context: ChatContext,
  replyTo: string,
  decide: (context: ChatContext, conversation: ConversationRow) => Decision,
): Promise<Committed> {
  let current = context;
  const deadline = Date.now() + COMMIT_DEADLINE_MS;
  for (let attempt = 1; ; attempt++) {
    const conversation = requireConversation(current);
    const decision = decide(current, conversation);
    const result = await store.commitTurn({ conversationId: conversation.id, expectedTurn: conversation.turn, replyTo, ...decision });
    if (result.committed) return { conversation: result.conversation, messages: result.messages };
    if (result.reason === 'duplicate') return { conversation: await currentConversation(current), messages: result.messages };
    // Stale (another turn committed first) or waiting for an earlier message's turn: try again on fresh state.
    if (Date.now() > deadline) throw new Error(`commit_turn still ${result.reason} after ${attempt} attempts`);
    if (result.reason === 'wait') await sleep(Math.min(25 * 2 ** attempt, 400) * (0.5 + Math.random()));
    current = (await store.chatContext(current.bot.id, current.visitor!.id))!;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one turn stores: replies, funnel events, profile fields and the conversation's new state. */
interface Decision {
  messages: NewMessage[];
  events: NewEvent[];
  profile: Record<string, unknown>;
  conversation: { status: ConversationStatus; pending_field: string | null; handoff_reason?: string };
}

/** Turns the engine's turn into rows: replies, the plan card when complete, funnel events. */
function decisionOf(context: ChatContext, turn: Turn): Decision {
  const metadata = { intent: turn.intent, step: turn.nextField };
  const messages: NewMessage[] = turn.replies.map((content) => ({ sender_type: 'ai', content, metadata }));
  const events: NewEvent[] = turn.answered.map((field) => ({ type: 'step_answered', data: { field } }));
  const profile: Record<string, unknown> = { ...turn.profilePatch };
  let status: ConversationStatus = context.conversation?.status === 'handoff' ? 'handoff' : 'active';

  if (turn.complete) {
    const bot = botOf(context);
    const card = planCardFor(bot, { ...answersOf(context.profile), ...turn.profilePatch });
    if (card) {
      messages.push({ sender_type: 'ai', content: `${card.title}: ${card.why}`, metadata: { intent: 'plan', plan: card } });
      events.push({ type: 'plan_shown', data: { plan: card.code } });
      profile.recommended_plan = card.code;
    } else {
      // The configuration cannot produce a plan (bot_config_problems says why): a person follows up.
      console.warn(`[chat] bot ${context.bot.id} has no plan for these answers`);
      messages.push({ sender_type: 'ai', content: bot.words.say(['plan_unavailable', 'handoff']), metadata: { intent: 'plan_unavailable' } });
    }
    status = 'completed';
  }
  return { messages, events, profile, conversation: { status, pending_field: turn.nextField } };
}

function engineContext(context: ChatContext, conversation: ConversationRow, returning: boolean) {
  const bot = botOf(context);
  return {
    words: bot.words,
    steps: bot.steps,
    answers: answersOf(context.profile),
    pendingField: conversation.pending_field,
    status: conversation.status === 'closed' ? 'active' as const : conversation.status,
    returning,
  };
}

function requireConversation(context: ChatContext): ConversationRow {
  if (!context.conversation) throw new Error(`Visitor ${context.visitor?.id} has no conversation`);
  return context.conversation;
}

async function currentConversation(context: ChatContext): Promise<ConversationRow> {
  return requireConversation((await store.chatContext(context.bot.id, context.visitor!.id))!);
}

async function respond(context: ChatContext, conversation: ConversationRow, replies: MessageRow[], history?: MessageRow[]): Promise<Outcome> {
  const pending = conversation.status === 'completed'
    ? null
    : botOf(context).steps.find((step) => step.field === conversation.pending_field) ?? null;
  const transcript = history ?? (conversation.status === 'completed' ? await store.history(conversation.id) : replies);
  const plan = [...transcript].reverse().map(planOf).find(Boolean) ?? null;
  return {
    conversation_id: conversation.id,
    messages: replies.map(toChatMessage),
    ...(history ? { history: history.map(toChatMessage) } : {}),
    prompt: pending ? toPrompt(pending) : null,
    plan,
    status: conversation.status === 'closed' ? 'active' : conversation.status,
  };
}

function planOf(message: MessageRow): PlanCard | undefined {
  return (message.metadata.plan as PlanCard | undefined) ?? undefined;
}

function toChatMessage(message: MessageRow): ChatMessage {
  const plan = planOf(message);
  return {
    id: message.id,
    sender_type: message.sender_type,
    content: message.content,
    created_at: message.created_at,
    ...(plan ? { plan } : {}),
  };
}
