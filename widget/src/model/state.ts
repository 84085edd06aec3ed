/**
 * The widget's state, all of it, as signals (@preact/signals): components read these, and only the model's
 * actions (model.ts, requests.ts) write them. Nothing here touches the DOM.
 *
 * `phase` is the conversation's lifecycle as one value; `open` (is the panel showing) is kept apart because
 * it is orthogonal: a visitor may close the panel while a reply is on its way and reopen it later.
 */
import { batch, computed, signal } from '@preact/signals';
import type { BotAppearance, ConversationStatus, PlanCard, Prompt, SenderType } from '../../../functions/_shared/contracts.ts';
import type { ApiError } from '../api.ts';
import { safeImageUrl } from '../avatar.ts';
import type { Strings } from '../i18n.ts';
import type { Outgoing } from './outbox.ts';

/**
 * idle: never opened · starting: the first `start` is on its way · ready: waiting for the visitor ·
 * sending: a turn (or a restart) is on its way · offline: the browser has no network; messages wait in the
 * queue and go out when it returns · failed: the last request gave up (`problem` says why); `retry()` resends it.
 */
export type Phase = 'idle' | 'starting' | 'ready' | 'sending' | 'offline' | 'failed';

/**
 * Why the last request gave up. not_allowed: this page's origin is not among the bot's allowed origins (the
 * site owner's configuration) · unreachable: no answer, or the server failed (the backend is down).
 */
export type Problem = 'rate' | 'invalid' | 'unavailable' | 'not_allowed' | 'unreachable';

export interface Message {
  id: string;
  sender: SenderType;
  text: string;
  plan?: PlanCard;
  /** On a human coach's message: their name and picture. */
  author?: { name: string; avatar_url?: string | null };
  /** Only on the visitor's own message while its turn is unanswered: sending, or given up (retry resends it). */
  delivery?: 'pending' | 'failed';
}

export function problemOf(error: ApiError): Problem {
  if (error.code === 'origin_not_allowed') return 'not_allowed';
  if (error.status === 429) return 'rate';
  if (error.status === 400) return 'invalid';
  if (error.status === 401 || error.status === 403 || error.status === 404) return 'unavailable';
  return 'unreachable';
}

/** What the widget shows of the bot, from its appearance (cached, fetched, or with an answer). */
export type ShownBot = Pick<BotAppearance, 'name' | 'fallback_contact'> & { theme?: Record<string, unknown> };

export function createState(strings: Strings) {
  const open = signal(false);
  const phase = signal<Phase>('idle');
  const problem = signal<Problem | null>(null);
  const messages = signal<Message[]>([]);
  /** The reply a model is writing, as far as it has streamed; null when nothing streams. */
  const draft = signal<string | null>(null);
  const prompt = signal<Prompt | null>(null);
  const plan = signal<PlanCard | null>(null);
  const status = signal<ConversationStatus>('active');
  const botName = signal<string | null>(null);
  /** The bot's picture (theme.avatar_url, checked), or null for its initials. */
  const avatarUrl = signal<string | null>(null);
  /** The owner's fallback contact (bots.fallback_contact), shown when the chat cannot reach them. */
  const fallbackContact = signal<string | null>(null);
  /** The request in flight, or the one that failed (which `retry()` resends). */
  const outgoing = signal<Outgoing | null>(null);

  const waiting = computed(() => phase.value === 'starting' || phase.value === 'sending');
  /** A visitor's message that failed (not a start or a restart): a new message may replace it. */
  const failedTurn = computed(() => {
    const input = outgoing.value?.input.type;
    return phase.value === 'failed' && (input === 'text' || input === 'choice');
  });
  const canSend = computed(() => phase.value === 'ready' || phase.value === 'offline' || failedTurn.value);
  return {
    open,
    phase,
    problem,
    messages,
    draft,
    prompt,
    plan,
    status,
    botName,
    avatarUrl,
    fallbackContact,
    outgoing,
    waiting,
    failedTurn,
    streaming: computed(() => draft.value !== null),
    canSend,
    /** Typed text is taken even while an answer is on its way: it waits its turn in the queue. */
    canType: computed(() => canSend.value || waiting.value),
    /** The sentence the visitor reads (the strings have one per problem); the developer reads the ApiError in the console. */
    error: computed(() => (problem.value ? strings[problem.value] : null)),
    title: computed(() => botName.value ?? strings.chat),
  };
}

export type State = ReturnType<typeof createState>;

/** Shows the bot's name, picture and fallback contact; an appearance without a contact keeps the one known. */
export function showBot(state: State, bot: ShownBot) {
  batch(() => {
    state.botName.value = bot.name || null;
    state.avatarUrl.value = safeImageUrl(bot.theme?.avatar_url);
    if (bot.fallback_contact !== undefined) state.fallbackContact.value = bot.fallback_contact;
  });
}
