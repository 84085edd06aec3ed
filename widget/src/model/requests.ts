/**
 * The conversation's requests: one at a time, each answer applied to the state, and the failures that can be
 * mended without the visitor (a stale token, a conversation restarted in another tab) mended once.
 */
import { batch } from '@preact/signals';
import type { BotAppearance, ChatResponse } from '../../../functions/_shared/contracts.ts';
import { type Api, isTransient } from '../api.ts';
import type { WidgetConfig } from '../config.ts';
import type { EventName } from '../host-api.ts';
import { uuid } from '../ids.ts';
import type { BotStorage } from '../storage.ts';
import { mergeAnswer } from './answers.ts';
import type { Outbox, Outgoing } from './outbox.ts';
import { type Message, problemOf, showBot, type State } from './state.ts';

export interface RequestDeps {
  config: WidgetConfig;
  api: Api;
  storage: BotStorage;
  state: State;
  outbox: Outbox;
  emit: (event: EventName, detail?: Record<string, string | number | boolean | null>) => void;
  onBot?: ((bot: BotAppearance) => void) | undefined;
  offline: () => boolean;
  /** An answer arrived (the model reports the opening once there is a visitor token). */
  answered: () => void;
}

export function createRequests({ config, api, storage, state, outbox, emit, onBot, offline, answered }: RequestDeps) {
  const { phase, problem, messages, draft, prompt, plan, status, outgoing } = state;

  /** Marks the visitor's message in `request` and the ones queued behind it. */
  const mark = (request: Outgoing, delivery: Message['delivery']) => {
    const ids = [request.id, ...outbox.items.map((r) => r.id)];
    messages.value = messages.peek().map((m) => (ids.includes(m.id) ? { ...m, delivery } : m));
  };
  const isTurn = (request: Outgoing) => request.input.type === 'text' || request.input.type === 'choice';

  function apply(sent: Outgoing, data: ChatResponse) {
    storage.set('visitor_token', data.visitor_token);
    if (data.bot) {
      showBot(state, data.bot);
      onBot?.(data.bot);
    }
    const before = { field: prompt.peek()?.field, plan: plan.peek()?.code };
    batch(() => {
      messages.value = mergeAnswer(messages.peek(), sent, data);
      draft.value = null;
      prompt.value = data.prompt;
      plan.value = data.plan;
      status.value = data.status;
      problem.value = null;
      phase.value = 'ready';
    });
    // The page hears what happened, never what was said.
    for (const m of sent.input.type === 'poll' ? [] : data.messages) emit('message', { id: m.id, sender: m.sender_type });
    if (data.prompt && data.prompt.field !== before.field) emit('step', { field: data.prompt.field, kind: data.prompt.kind });
    if (data.plan && data.plan.code !== before.plan) {
      emit('plan', { code: data.plan.code, title: data.plan.title, price_cents: data.plan.price_cents, currency: data.plan.currency });
    }
  }

  /** After a reload: send again, in order, the messages whose answer never came, with their client_message_ids. */
  function resumeUnsent() {
    const queue = outbox.items;
    if (!queue.length) return;
    // Stored by the server but unanswered: already in the history; otherwise show them as pending again.
    const stored = messages.peek().filter((m) => m.sender === 'client').slice(-queue.length).map((m) => m.text);
    const missing = queue.filter((r) => !stored.includes(r.shown!));
    messages.value = [...messages.peek(), ...missing.map((r) => ({ id: r.id, sender: 'client' as const, text: r.shown!, delivery: 'pending' as const }))];
    void run(queue[0]!);
  }

  async function run(request: Outgoing, recovering = false): Promise<void> {
    const token = storage.get('visitor_token') ?? undefined;
    batch(() => {
      outgoing.value = request;
      phase.value = request.input.type === 'start' ? 'starting' : 'sending';
      problem.value = null;
      draft.value = null;
    });
    const result = await api.chat(
      { bot_id: config.botId, ...(token ? { visitor_token: token } : {}), client_message_id: request.id, input: request.input },
      { onDelta: (text) => void (outgoing.peek() === request && (draft.value = text)) },
    );
    if (outgoing.peek() !== request) return; // superseded (a restart, a reset, or a new message while this one failed)
    if (result.data) {
      outgoing.value = null;
      outbox.drop(request.id);
      apply(request, result.data);
      answered();
      if (request.input.type === 'start') resumeUnsent();
      else if (outbox.items[0]) void run(outbox.items[0]);
      return;
    }
    const { error } = result;
    draft.value = null;
    // It can never be delivered as it is.
    if (error.status === 401 || error.status === 409 || !isTransient(error)) outbox.drop(request.id);
    if (error.status === 401 && token && !recovering) {
      // The stored token is stale or belongs to another bot: forget it and the conversation it named, and
      // start a fresh one — once; a second 401 is shown like any other error.
      storage.remove('visitor_token');
      batch(() => {
        messages.value = [];
        prompt.value = null;
        plan.value = null;
      });
      return run({ id: uuid(), input: { type: 'start' } }, true);
    }
    if (error.status === 409 && !recovering) {
      // The conversation was closed by a restart elsewhere (another tab): load the current one, once.
      return run({ id: uuid(), input: { type: 'start' } }, true);
    }
    if (error.status === 0 && offline()) {
      // No network at all: nothing is wrong with the message. It stays pending and goes out on `online`.
      phase.value = 'offline';
      return;
    }
    const why = problemOf(error);
    if (why === 'not_allowed') {
      // The site owner's configuration, not the visitor's problem: tell the developer how to fix it.
      console.warn(`[signpost] Add ${location.origin} to the allowed_origins of bot ${config.botId}: this site is not allowed to use it yet.`);
    } else if (import.meta.env.DEV || error.status === 404) {
      // 404 is the site owner's configuration (the bot id): say so even in production.
      console.error(`[signpost] ${error.message}`);
    }
    batch(() => {
      if (isTurn(request)) mark(request, 'failed');
      problem.value = why;
      phase.value = 'failed';
    });
  }

  /** Sends the request that failed (or waited for the network) again, as it was. */
  function retry() {
    const request = outgoing.peek();
    if ((phase.peek() !== 'failed' && phase.peek() !== 'offline') || !request) return;
    if (isTurn(request)) mark(request, 'pending');
    void run(request);
  }

  return { run, apply, retry };
}
