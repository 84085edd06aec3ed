/**
 * The widget's state, all of it, as signals, and the actions that change it. Components only read signals and
 * call actions; nothing here touches the DOM, so the model is tested without rendering.
 *
 * `phase` is the conversation's lifecycle as one value; `open` (is the panel showing) is kept apart because
 * it is orthogonal: a visitor may close the panel while a reply is on its way and reopen it later.
 *
 * Messages the visitor sends wait in `queue` (persisted under `unsent`) until answered, so neither a network
 * drop nor a reload loses them; they go out one at a time, in order, each with its own client_message_id.
 */
import type { BotAppearance, ChatInput, ChatResponse, ConversationStatus, EventRequest, PlanCard, Prompt, SenderType } from '../../functions/_shared/contracts.ts';
import { type Api, type ApiError, isTransient } from './api.ts';
import type { WidgetConfig } from './config.ts';
import type { EventName } from './host-api.ts';
import { en, type Strings } from './i18n.ts';
import { uuid } from './ids.ts';
import { batch, computed, effect, type ReadonlySignal, signal } from './signals.ts';
import type { BotStorage } from './storage.ts';

/**
 * idle: never opened · starting: the first `start` is on its way · ready: waiting for the visitor ·
 * sending: a turn (or a restart) is on its way · offline: the browser has no network; messages wait in the
 * queue and go out when it returns · failed: the last request gave up; `retry()` resends it.
 */
export type Phase = 'idle' | 'starting' | 'ready' | 'sending' | 'offline' | 'failed';

export interface Message {
  id: string;
  sender: SenderType;
  text: string;
  plan?: PlanCard;
  /** Only on the visitor's own message while its turn is unanswered: sending, or given up (retry resends it). */
  delivery?: 'pending' | 'failed';
}

export interface Model {
  /** The widget's own words in the visitor's language. */
  strings: Strings;
  open: ReadonlySignal<boolean>;
  phase: ReadonlySignal<Phase>;
  messages: ReadonlySignal<Message[]>;
  /** The reply a model is writing, as far as it has streamed; null when nothing streams. */
  draft: ReadonlySignal<string | null>;
  prompt: ReadonlySignal<Prompt | null>;
  plan: ReadonlySignal<PlanCard | null>;
  status: ReadonlySignal<ConversationStatus>;
  /** The bot's name from its answers or its configuration (null until either arrives). */
  botName: ReadonlySignal<string | null>;
  /** One plain sentence for the visitor, or null. */
  error: ReadonlySignal<string | null>;
  /** True while the assistant is composing an answer (drives the typing indicator). */
  waiting: ReadonlySignal<boolean>;
  /** True when the visitor may send (or replace a failed message with a new one). */
  canSend: ReadonlySignal<boolean>;
  /** Typed text is taken even while an answer is on its way: it waits its turn in the queue. */
  canType: ReadonlySignal<boolean>;
  openPanel(): void;
  closePanel(): void;
  sendText(text: string): boolean;
  sendChoice(value: string, label: string): boolean;
  restart(): void;
  /** Forgets this visitor on this browser (token, unsent messages, conversation): the next open starts afresh. */
  reset(): void;
  retry(): void;
  /** The browser is back online: resend a request that failed for lack of a network. */
  reconnected(): void;
  /** Reads the conversation without writing (a human coach may have answered). */
  poll(): Promise<void>;
  ctaClicked(plan: PlanCard): void;
  /** The bot's name arrived without an answer (the configuration fetch). */
  setName(name: string | null): void;
  /** Stops the model's timers. */
  dispose(): void;
}

export interface ModelDeps {
  api: Api;
  storage: BotStorage;
  strings?: Strings;
  /** Host-page events (no message text, nothing personal). */
  emit?: (event: EventName, detail?: Record<string, string | number | boolean | null>) => void;
  /** The bot's name and theme arrived with an answer. */
  onBot?: (bot: BotAppearance) => void;
  /** Is the browser offline (navigator.onLine false)? */
  offline?: () => boolean;
  /** Milliseconds between polls while a human coach holds the conversation. */
  pollMs?: number;
  /** The bot's name as last seen (cached), shown until the first answer brings it. */
  name?: string | null;
}

/** A request the model is making, kept as-is so a retry sends the same client_message_id. */
interface Outgoing {
  id: string;
  input: ChatInput;
  /** For a visitor's message: the text of their bubble. */
  shown?: string;
}

/** Messages saved because their answer had not arrived yet (a list, or one from an older version); anything else is ignored. */
export function readUnsent(raw: string | null): Outgoing[] {
  let saved: unknown;
  try {
    saved = raw ? JSON.parse(raw) : null;
  } catch {
    return [];
  }
  const list: unknown[] = Array.isArray(saved) ? saved : saved ? [saved] : [];
  const out: Outgoing[] = [];
  for (const item of list) {
    const m = item as Partial<Outgoing> | null;
    const type = m?.input && typeof m.input === 'object' ? m.input.type : null;
    if (typeof m?.id === 'string' && typeof m.shown === 'string' && (type === 'text' || type === 'choice')) {
      out.push({ id: m.id, input: m.input!, shown: m.shown });
    }
  }
  return out;
}

const toMessage = (m: ChatResponse['messages'][number]): Message => ({
  id: m.id,
  sender: m.sender_type,
  text: m.content,
  ...(m.plan ? { plan: m.plan } : {}),
});

/** The visitor reads this; the developer reads `error.message` in the console. */
export function describeError(error: ApiError, strings: Strings = en): string {
  if (error.status === 429) return strings.errRate;
  if (error.status === 400) return strings.errInvalid;
  if (error.status === 401 || error.status === 403 || error.status === 404) return strings.errUnavailable;
  return strings.errUnreachable;
}

const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export function createModel(config: WidgetConfig, deps: ModelDeps): Model {
  const { api, storage, strings = en, emit = () => undefined, onBot, offline = browserOffline, pollMs = 3000 } = deps;
  const open = signal(false);
  const phase = signal<Phase>('idle');
  const messages = signal<Message[]>([]);
  const draft = signal<string | null>(null);
  const prompt = signal<Prompt | null>(null);
  const plan = signal<PlanCard | null>(null);
  const status = signal<ConversationStatus>('active');
  const botName = signal<string | null>(deps.name ?? null);
  const error = signal<string | null>(null);
  const waiting = computed(() => phase.value === 'starting' || phase.value === 'sending');
  const canSend = computed(() => phase.value === 'ready' || phase.value === 'offline' || (phase.value === 'failed' && failedTurn() !== null));
  const canType = computed(() => canSend.value || waiting.value);

  let outgoing: Outgoing | null = null;
  let queue: Outgoing[] = readUnsent(storage.get('unsent'));
  let lastError: ApiError | null = null;
  let openedThisLoad = false;
  let openedReported = false;
  let polling = false;

  const saveQueue = () => (queue.length ? storage.set('unsent', JSON.stringify(queue)) : storage.remove('unsent'));
  const failedTurn = () => (outgoing && (outgoing.input.type === 'text' || outgoing.input.type === 'choice') ? outgoing : null);
  const markDelivery = (ids: string[], delivery: Message['delivery']) => {
    messages.value = messages.value.map((m) => (ids.includes(m.id) ? { ...m, delivery } : m));
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
    if (data.bot) {
      botName.value = data.bot.name || null;
      onBot?.(data.bot);
    }
    const before = { field: prompt.peek()?.field, plan: plan.peek()?.code };
    let fresh: Message[] = [];
    batch(() => {
      // start, restart and poll answer with the whole conversation; a turn adds to what is shown.
      const base = data.history
        ? data.history.map(toMessage)
        : sent.input.type === 'restart'
          ? []
          : messages.value.map((m) => (m.id === sent.id ? { id: m.id, sender: m.sender, text: m.text } : m));
      // A retried turn is answered with the messages already stored, and on start the welcome may be in both
      // `history` and `messages`: ids keep each message once.
      const seen = new Set(base.map((m) => m.id));
      fresh = data.messages.filter((m) => !seen.has(m.id)).map(toMessage);
      // Every answer already shown: the turn was in the history already (resent after a reload), and so is
      // the visitor's message: drop the optimistic copy.
      const replay = !data.history && data.messages.length > 0 && fresh.length === 0;
      const kept = replay ? base.filter((m) => m.id !== sent.id) : base;
      // The answer goes right after its question: messages queued behind it (offline) stay below.
      const at = data.history ? -1 : kept.findIndex((m) => m.id === sent.id);
      messages.value = at < 0 ? [...kept, ...fresh] : [...kept.slice(0, at + 1), ...fresh, ...kept.slice(at + 1)];
      draft.value = null;
      prompt.value = data.prompt;
      plan.value = data.plan;
      status.value = data.status;
      error.value = null;
      phase.value = 'ready';
    });
    // The page hears what happened, never what was said.
    for (const m of sent.input.type === 'poll' ? [] : data.messages) emit('message', { id: m.id, sender: m.sender_type });
    if (data.prompt && data.prompt.field !== before.field) emit('step', { field: data.prompt.field, kind: data.prompt.kind });
    if (data.plan && data.plan.code !== before.plan) {
      emit('plan', { code: data.plan.code, title: data.plan.title, price_cents: data.plan.price_cents, currency: data.plan.currency });
    }
  }

  async function run(request: Outgoing, recovering = false): Promise<void> {
    outgoing = request;
    const token = storage.get('visitor_token') ?? undefined;
    batch(() => {
      phase.value = request.input.type === 'start' ? 'starting' : 'sending';
      error.value = null;
      draft.value = null;
    });
    const result = await api.chat(
      {
        bot_id: config.botId,
        ...(token ? { visitor_token: token } : {}),
        client_message_id: request.id,
        input: request.input,
      },
      {
        onDelta: (text) => {
          if (outgoing === request) draft.value = text;
        },
      },
    );
    if (outgoing !== request) return; // superseded (a restart or a new message while this one failed)
    if (result.data) {
      outgoing = null;
      queue = queue.filter((r) => r.id !== request.id);
      saveQueue();
      apply(request, result.data);
      reportOpened();
      if (request.input.type === 'start') resumeUnsent();
      else if (queue[0]) void run(queue[0]);
      return;
    }
    draft.value = null;
    if (result.error.status === 401 || result.error.status === 409 || !isTransient(result.error)) {
      // It can never be delivered as it is.
      queue = queue.filter((r) => r.id !== request.id);
      saveQueue();
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
    lastError = result.error;
    if (result.error.status === 0 && offline()) {
      // No network at all: nothing is wrong with the message. It stays pending and goes out on `online`.
      phase.value = 'offline';
      return;
    }
    if (import.meta.env.DEV || result.error.status === 403 || result.error.status === 404) {
      // 403 and 404 are the site owner's configuration (allowed origins, bot id): say so even in production.
      console.error(`[signpost] ${result.error.message}`);
    }
    batch(() => {
      if (failedTurn()) markDelivery([request.id, ...queue.map((r) => r.id)], 'failed');
      error.value = describeError(result.error, strings);
      phase.value = 'failed';
    });
  }

  /** After a reload: send again, in order, the messages whose answer never came, with their client_message_ids. */
  function resumeUnsent() {
    if (!queue.length) return;
    // Stored by the server but unanswered: already in the history; otherwise show them as pending again.
    const stored = messages.value.filter((m) => m.sender === 'client').slice(-queue.length).map((m) => m.text);
    const missing = queue.filter((r) => !stored.includes(r.shown!));
    messages.value = [...messages.value, ...missing.map((r) => ({ id: r.id, sender: 'client' as const, text: r.shown!, delivery: 'pending' as const }))];
    void run(queue[0]!);
  }

  function send(input: ChatInput & { type: 'text' | 'choice' }, shown: string): boolean {
    // A quick reply answers the question on screen, so it waits for the answer in flight; typed text queues.
    const behind = waiting.value && input.type === 'text';
    if (!canSend.value && !behind) return false;
    const request: Outgoing = { id: uuid(), input, shown };
    const bubble: Message = { id: request.id, sender: 'client', text: shown, delivery: 'pending' };
    emit('message', { id: request.id, sender: 'client' });
    if (phase.value === 'offline' || behind) {
      queue = [...queue, request];
      saveQueue();
      messages.value = [...messages.value, bubble];
      return true;
    }
    // A message that failed for good (not for lack of network) is replaced by the new one.
    const replaced = failedTurn();
    queue = [...queue.filter((r) => r.id !== replaced?.id), request];
    // Kept until answered, so neither a network drop nor a reload loses it.
    saveQueue();
    messages.value = [...messages.value.filter((m) => m.id !== replaced?.id), bubble];
    void run(queue[0]!);
    return true;
  }

  const stopPolling = effect(() => {
    if (!open.value || status.value !== 'handoff') return;
    const timer = setInterval(() => void model.poll(), pollMs);
    return () => clearInterval(timer);
  });

  const model: Model = {
    strings,
    open,
    phase,
    messages,
    draft,
    prompt,
    plan,
    status,
    botName,
    error,
    waiting,
    canSend,
    canType,
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
      queue = [];
      saveQueue();
      void run({ id: uuid(), input: { type: 'restart' } });
    },
    reset() {
      storage.remove('visitor_token');
      queue = [];
      saveQueue();
      outgoing = null; // an answer still on its way is ignored
      batch(() => {
        messages.value = [];
        draft.value = null;
        prompt.value = null;
        plan.value = null;
        status.value = 'active';
        error.value = null;
        phase.value = 'idle';
      });
      if (open.peek()) void run({ id: uuid(), input: { type: 'start' } });
    },
    retry() {
      if ((phase.value !== 'failed' && phase.value !== 'offline') || !outgoing) return;
      if (failedTurn()) markDelivery([outgoing.id, ...queue.map((r) => r.id)], 'pending');
      void run(outgoing);
    },
    reconnected() {
      if (phase.value === 'offline' || lastError?.status === 0) model.retry();
    },
    async poll() {
      if (polling || phase.peek() !== 'ready') return;
      polling = true;
      const request: Outgoing = { id: uuid(), input: { type: 'poll' } };
      const token = storage.get('visitor_token');
      try {
        if (!token) return;
        const result = await api.chat({ bot_id: config.botId, visitor_token: token, client_message_id: request.id, input: request.input });
        // Only if nothing happened meanwhile: the visitor's own turn answers with fresher state.
        if (result.data && phase.peek() === 'ready' && !outgoing) apply(request, result.data);
      } finally {
        polling = false;
      }
    },
    ctaClicked(card) {
      track('cta_clicked', { plan: card.code });
      emit('cta', { code: card.code, url: card.cta_url });
    },
    setName(name) {
      botName.value = name || null;
    },
    dispose() {
      stopPolling();
      outgoing = null;
    },
  };
  return model;
}
