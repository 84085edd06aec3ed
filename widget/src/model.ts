/**
 * The widget's model: its state (model/state.ts, all signals) and the actions that change it. Components only
 * read signals and call actions; nothing here touches the DOM, so the model is tested without rendering.
 *
 * Messages the visitor sends wait in the outbox (model/outbox.ts, persisted under `unsent`) until answered,
 * so neither a network drop nor a reload loses them; they go out one at a time, in order, each with its own
 * client_message_id (model/requests.ts).
 */
import { batch, type ReadonlySignal } from '@preact/signals';
import type { BotAppearance, ChatInput, ChatResponse, ConversationStatus, EventRequest, PlanCard, Prompt } from '../../functions/_shared/contracts.ts';
import type { Api } from './api.ts';
import type { WidgetConfig } from './config.ts';
import type { EventName } from './host-api.ts';
import type { Strings } from './i18n.ts';
import { uuid } from './ids.ts';
import { createOutbox, type Outgoing } from './model/outbox.ts';
import { createRequests } from './model/requests.ts';
import { createState, type Message, type Phase, type Problem, type ShownBot, showBot } from './model/state.ts';
import type { BotStorage } from './storage.ts';

export { readUnsent } from './model/outbox.ts';
export type { Message, Phase, Problem, ShownBot } from './model/state.ts';
export type { Outgoing } from './model/outbox.ts';

export interface Model {
  /** The widget's own words in the visitor's language. */
  strings: Strings;
  open: ReadonlySignal<boolean>;
  phase: ReadonlySignal<Phase>;
  /** Why the last request failed (while `phase` is failed), or null. */
  problem: ReadonlySignal<Problem | null>;
  messages: ReadonlySignal<Message[]>;
  /** The reply a model is writing, as far as it has streamed; null when nothing streams. */
  draft: ReadonlySignal<string | null>;
  /** True while a reply streams (changes twice a reply, where `draft` changes with every piece). */
  streaming: ReadonlySignal<boolean>;
  prompt: ReadonlySignal<Prompt | null>;
  plan: ReadonlySignal<PlanCard | null>;
  status: ReadonlySignal<ConversationStatus>;
  /** The bot's name from its answers or its configuration (null until either arrives). */
  botName: ReadonlySignal<string | null>;
  /** The header's title: the bot's name, or a plain word until it is known. */
  title: ReadonlySignal<string>;
  /** The bot's picture (theme.avatar_url, checked), or null: its initials are shown. */
  avatarUrl: ReadonlySignal<string | null>;
  /** The owner's fallback contact (an email, phone number or URL), or null. */
  fallbackContact: ReadonlySignal<string | null>;
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
  /**
   * Shows an answer the model did not ask for itself: the handoff chunk reads the conversation (a poll) while
   * a person holds it, with the panel open or not.
   */
  show(sent: Outgoing, data: ChatResponse): void;
  ctaClicked(plan: PlanCard): void;
  /** The bot's appearance arrived without an answer (the configuration request). */
  setBot(bot: ShownBot): void;
  /** Ignores an answer still on its way (the widget is going). */
  dispose(): void;
}

export interface ModelDeps {
  api: Api;
  storage: BotStorage;
  strings: Strings;
  /** Host-page events (no message text, nothing personal). */
  emit?: (event: EventName, detail?: Record<string, string | number | boolean | null>) => void;
  /** The bot's name and theme arrived with an answer. */
  onBot?: (bot: BotAppearance) => void;
  /** Is the browser offline (navigator.onLine false)? */
  offline?: () => boolean;
  /** The bot's appearance as last seen (cached), shown until the first answer brings it. */
  bot?: ShownBot | null;
}

const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export function createModel(config: WidgetConfig, deps: ModelDeps): Model {
  const { api, storage, strings, emit = () => undefined, offline = browserOffline } = deps;
  const state = createState(strings);
  if (deps.bot) showBot(state, deps.bot);
  const { open, phase, messages, draft, prompt, plan, status, problem, outgoing } = state;
  const outbox = createOutbox(storage);
  let openedThisLoad = false;
  let openedReported = false;

  // Two audiences, two functions: the owner's funnel is stored on the server (recordFunnelEvent); the host
  // page hears events through `emit` (host-api.ts).
  /** Stores one funnel event for the owner's reports, once there is a visitor to count it for. */
  function recordFunnelEvent(type: EventRequest['type'], data: EventRequest['data'] = {}) {
    const token = storage.get('visitor_token');
    if (!token) return;
    // Fire and forget: the funnel must never get in the visitor's way.
    void api.event({ bot_id: config.botId, visitor_token: token, client_event_id: uuid(), type, data });
  }

  /** The funnel's "opened the chat", once per page load, as soon as the visitor has a token. */
  function recordOpening() {
    if (!openedThisLoad || openedReported || !storage.get('visitor_token')) return;
    openedReported = true;
    recordFunnelEvent('widget_opened');
  }

  const requests = createRequests({ config, api, storage, state, outbox, emit, onBot: deps.onBot, offline, answered: recordOpening });
  const { run } = requests;
  const start = () => void run({ id: uuid(), input: { type: 'start' } });

  function send(input: ChatInput & { type: 'text' | 'choice' }, shown: string): boolean {
    // A quick reply answers the question on screen, so it waits for the answer in flight; typed text queues.
    const behind = state.waiting.peek() && input.type === 'text';
    if (!state.canSend.peek() && !behind) return false;
    const request: Outgoing = { id: uuid(), input, shown };
    const bubble: Message = { id: request.id, sender: 'client', text: shown, delivery: 'pending' };
    emit('message', { id: request.id, sender: 'client' });
    if (phase.peek() === 'offline' || behind) {
      outbox.add(request);
      messages.value = [...messages.peek(), bubble];
      return true;
    }
    // A message that failed for good (not for lack of network) is replaced by the new one.
    const replaced = state.failedTurn.peek() ? outgoing.peek()!.id : undefined;
    outbox.drop(replaced);
    // Kept until answered, so neither a network drop nor a reload loses it.
    outbox.add(request);
    messages.value = [...messages.peek().filter((m) => m.id !== replaced), bubble];
    void run(outbox.items[0]!);
    return true;
  }

  const model: Model = {
    ...state,
    strings,
    openPanel() {
      open.value = true;
      openedThisLoad = true;
      if (phase.peek() === 'idle') start();
      recordOpening();
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
      if (state.waiting.peek()) return;
      outbox.clear();
      void run({ id: uuid(), input: { type: 'restart' } });
    },
    reset() {
      storage.remove('visitor_token');
      outbox.clear();
      batch(() => {
        outgoing.value = null; // an answer still on its way is ignored
        messages.value = [];
        draft.value = null;
        prompt.value = null;
        plan.value = null;
        status.value = 'active';
        problem.value = null;
        phase.value = 'idle';
      });
      if (open.peek()) start();
    },
    retry: requests.retry,
    reconnected() {
      if (phase.peek() === 'offline' || (phase.peek() === 'failed' && problem.peek() === 'unreachable')) model.retry();
    },
    show: requests.apply,
    ctaClicked(card) {
      recordFunnelEvent('cta_clicked', { plan: card.code });
      emit('cta', { code: card.code, url: card.cta_url });
    },
    setBot: (bot) => showBot(state, bot),
    dispose() {
      outgoing.value = null;
    },
  };
  return model;
}
