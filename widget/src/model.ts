/**
 * The widget's state, all of it, as signals, and the actions that change it. Components only read signals and
 * call actions; nothing here touches the DOM, so the model is tested without rendering.
 *
 * `phase` is the conversation's lifecycle as one value; `open` (is the panel showing) is kept apart because
 * it is orthogonal: a visitor may close the panel while a reply is on its way and reopen it later.
 */
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { ChatInput, ChatResponse, ConversationStatus, EventRequest, PlanCard, Prompt, SenderType } from '../../functions/_shared/contracts.ts';
import { type Api, type ApiError, isTransient } from './api.ts';
import type { WidgetConfig } from './config.ts';
import { uuid } from './ids.ts';
import type { BotStorage } from './storage.ts';

/**
 * idle: never opened · starting: the first `start` is on its way · ready: waiting for the visitor ·
 * sending: a turn (or a restart) is on its way · failed: the last request gave up; `retry()` resends it.
 */
export type Phase = 'idle' | 'starting' | 'ready' | 'sending' | 'failed';

export interface Message {
  id: string;
  sender: SenderType;
  text: string;
  plan?: PlanCard;
  /** Only on the visitor's own message while its turn is unanswered: sending, or given up (retry resends it). */
  delivery?: 'pending' | 'failed';
}

export interface Model {
  open: ReadonlySignal<boolean>;
  phase: ReadonlySignal<Phase>;
  messages: ReadonlySignal<Message[]>;
  prompt: ReadonlySignal<Prompt | null>;
  plan: ReadonlySignal<PlanCard | null>;
  status: ReadonlySignal<ConversationStatus>;
  /** One plain sentence for the visitor, or null. */
  error: ReadonlySignal<string | null>;
  /** True while the assistant is composing an answer (drives the typing indicator). */
  waiting: ReadonlySignal<boolean>;
  /** True when the visitor may send (or replace a failed message with a new one). */
  canSend: ReadonlySignal<boolean>;
  openPanel(): void;
  closePanel(): void;
  sendText(text: string): boolean;
  sendChoice(value: string, label: string): boolean;
  restart(): void;
  retry(): void;
  /** The browser is back online: resend a request that failed for lack of a network. */
  reconnected(): void;
  ctaClicked(plan: PlanCard): void;
}

export interface ModelDeps {
  api: Api;
  storage: BotStorage;
}

/** A request the model is making, kept as-is so a retry sends the same client_message_id. */
interface Outgoing {
  id: string;
  input: ChatInput;
  /** For a visitor's message: the text of their bubble. */
  shown?: string;
}

/** A message saved because its answer had not arrived yet; anything else found under the key is ignored. */
function readUnsent(raw: string | null): Outgoing | null {
  try {
    const saved = raw ? JSON.parse(raw) : null;
    const ok = typeof saved?.id === 'string' && typeof saved.shown === 'string' && (saved.input?.type === 'text' || saved.input?.type === 'choice');
    return ok ? { id: saved.id, input: saved.input, shown: saved.shown } : null;
  } catch {
    return null;
  }
}

const toMessage = (m: ChatResponse['messages'][number]): Message => ({
  id: m.id,
  sender: m.sender_type,
  text: m.content,
  ...(m.plan ? { plan: m.plan } : {}),
});

/** The visitor reads this; the developer reads `error.message` in the console. */
export function describeError(error: ApiError): string {
  if (error.status === 429) return 'You are sending messages a little fast. Please wait a moment and try again.';
  if (error.status === 400) return 'That message could not be sent. Please try rewording it.';
  if (error.status === 401 || error.status === 403 || error.status === 404) return 'This chat is not available right now.';
  return 'We could not reach the coach. Check your connection and try again.';
}

export function createModel(config: WidgetConfig, { api, storage }: ModelDeps): Model {
  const open = signal(false);
  const phase = signal<Phase>('idle');
  const messages = signal<Message[]>([]);
  const prompt = signal<Prompt | null>(null);
  const plan = signal<PlanCard | null>(null);
  const status = signal<ConversationStatus>('active');
  const error = signal<string | null>(null);
  const waiting = computed(() => phase.value === 'starting' || phase.value === 'sending');
  const canSend = computed(() => phase.value === 'ready' || (phase.value === 'failed' && failedTurn() !== null));

  let outgoing: Outgoing | null = null;
  let lastError: ApiError | null = null;
  let openedThisLoad = false;
  let openedReported = false;

  const failedTurn = () => (outgoing && (outgoing.input.type === 'text' || outgoing.input.type === 'choice') ? outgoing : null);
  const markDelivery = (id: string, delivery: Message['delivery']) => {
    messages.value = messages.value.map((m) => (m.id === id ? { ...m, delivery } : m));
  };

  function track(type: EventRequest['type'], data: EventRequest['data'] = {}) {
    const token = storage.get('visitor_token');
    if (!token) return;
    // Fire and forget: the funnel must never get in the visitor's way.
    void api.event({ bot_id: config.botId, visitor_token: token, client_event_id: uuid(), type, data });
  }

  function reportOpened() {
    if (!openedThisLoad || openedReported || !storage.get('visitor_token')) return;
    openedReported = true;
    track('widget_opened');
  }

  function apply(sent: Outgoing, data: ChatResponse) {
    storage.set('visitor_token', data.visitor_token);
    batch(() => {
      // start and restart answer with the whole conversation; a turn adds to what is shown.
      const base = data.history
        ? data.history.map(toMessage)
        : sent.input.type === 'restart'
          ? []
          : messages.value.map((m) => (m.id === sent.id ? { id: m.id, sender: m.sender, text: m.text } : m));
      // A retried turn is answered with the messages already stored, and on start the welcome may be in both
      // `history` and `messages`: ids keep each message once.
      const seen = new Set(base.map((m) => m.id));
      const fresh = data.messages.filter((m) => !seen.has(m.id)).map(toMessage);
      // Every answer already shown: the turn was in the history already (resent after a reload), and so is
      // the visitor's message: drop the optimistic copy.
      const replay = !data.history && data.messages.length > 0 && fresh.length === 0;
      messages.value = [...(replay ? base.filter((m) => m.id !== sent.id) : base), ...fresh];
      prompt.value = data.prompt;
      plan.value = data.plan;
      status.value = data.status;
      error.value = null;
      phase.value = 'ready';
    });
  }

  async function run(request: Outgoing, recovering = false): Promise<void> {
    outgoing = request;
    const token = storage.get('visitor_token') ?? undefined;
    batch(() => {
      phase.value = request.input.type === 'start' ? 'starting' : 'sending';
      error.value = null;
    });
    const result = await api.chat({
      bot_id: config.botId,
      ...(token ? { visitor_token: token } : {}),
      client_message_id: request.id,
      input: request.input,
    });
    if (outgoing !== request) return; // superseded (a restart or a new message while this one failed)
    if (result.data) {
      outgoing = null;
      if (request.input.type !== 'start') storage.remove('unsent');
      apply(request, result.data);
      reportOpened();
      if (request.input.type === 'start') resumeUnsent();
      return;
    }
    if (result.error.status === 401 || result.error.status === 409 || !isTransient(result.error)) {
      storage.remove('unsent'); // it can never be delivered as it is
    }
    if (result.error.status === 401 && token && !recovering) {
      // The stored token is stale or belongs to another bot: forget it and the conversation it named,
      // and start a fresh one — once; a second 401 is shown like any other error.
      storage.remove('visitor_token');
      batch(() => {
        messages.value = [];
        prompt.value = null;
        plan.value = null;
      });
      return run({ id: uuid(), input: { type: 'start' } }, true);
    }
    if (result.error.status === 409 && !recovering) {
      // The conversation was closed by a restart elsewhere (another tab): load the current one, once.
      return run({ id: uuid(), input: { type: 'start' } }, true);
    }
    if (import.meta.env.DEV || result.error.status === 403 || result.error.status === 404) {
      // 403 and 404 are the site owner's configuration (allowed origins, bot id): say so even in production.
      console.error(`[signpost] ${result.error.message}`);
    }
    lastError = result.error;
    batch(() => {
      if (failedTurn()) markDelivery(request.id, 'failed');
      error.value = describeError(result.error);
      phase.value = 'failed';
    });
  }

  /** After a reload: send again the message whose answer never came, with its client_message_id. */
  function resumeUnsent() {
    const saved = readUnsent(storage.get('unsent'));
    if (!saved) return;
    const last = messages.value.at(-1);
    // Stored by the server but unanswered: it is in the history already; otherwise show it as pending again.
    if (!(last?.sender === 'client' && last.text === saved.shown)) {
      messages.value = [...messages.value, { id: saved.id, sender: 'client', text: saved.shown!, delivery: 'pending' }];
    }
    void run(saved);
  }

  function send(input: ChatInput & { type: 'text' | 'choice' }, shown: string): boolean {
    if (!canSend.value) return false;
    const replaced = failedTurn();
    const request: Outgoing = { id: uuid(), input, shown };
    // Kept until answered, so neither a network drop nor a reload loses it.
    storage.set('unsent', JSON.stringify(request));
    messages.value = [
      ...messages.value.filter((m) => m.id !== replaced?.id),
      { id: request.id, sender: 'client', text: shown, delivery: 'pending' },
    ];
    void run(request);
    return true;
  }

  const model: Model = {
    open,
    phase,
    messages,
    prompt,
    plan,
    status,
    error,
    waiting,
    canSend,
    openPanel() {
      open.value = true;
      openedThisLoad = true;
      if (phase.value === 'idle') void run({ id: uuid(), input: { type: 'start' } });
      reportOpened();
    },
    closePanel() {
      open.value = false;
    },
    sendText(text) {
      const trimmed = text.trim();
      return trimmed ? send({ type: 'text', text: trimmed }, trimmed) : false;
    },
    sendChoice(value, label) {
      return send({ type: 'choice', value, label }, label);
    },
    restart() {
      if (phase.value === 'starting' || phase.value === 'sending') return;
      void run({ id: uuid(), input: { type: 'restart' } });
    },
    retry() {
      if (phase.value !== 'failed' || !outgoing) return;
      if (failedTurn()) markDelivery(outgoing.id, 'pending');
      void run(outgoing);
    },
    reconnected() {
      if (lastError?.status === 0) model.retry();
    },
    ctaClicked(card) {
      track('cta_clicked', { plan: card.code });
    },
  };
  return model;
}
