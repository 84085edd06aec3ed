/**
 * How an answer changes the list on screen, as a pure function: the model sets the result, the tests check it
 * without a model. Messages that did not change keep their object, so their bubbles are not rendered again.
 */
import type { ChatMessage, ChatResponse } from '../../../functions/_shared/contracts.ts';
import type { Outgoing } from './outbox.ts';
import type { Message } from './state.ts';

export const toMessage = (m: ChatMessage): Message => ({
  id: m.id,
  sender: m.sender_type,
  text: m.content,
  ...(m.plan ? { plan: m.plan } : {}),
  ...(m.author ? { author: m.author } : {}),
});

/** The shown message, if the stored one says the same (a poll answers with the whole conversation every time). */
function reuse(shown: Map<string, Message>, m: ChatMessage): Message {
  const old = shown.get(m.id);
  const next = toMessage(m);
  return old && JSON.stringify(old) === JSON.stringify(next) ? old : next;
}

/** The list once `data` has answered `sent`: `shown` itself when nothing changed. */
export function mergeAnswer(shown: Message[], sent: Outgoing, data: ChatResponse): Message[] {
  const byId = new Map(shown.map((m) => [m.id, m]));
  // start, restart and poll answer with the whole conversation; a turn adds to what is shown.
  const base = data.history
    ? data.history.map((m) => reuse(byId, m))
    : sent.input.type === 'restart'
      ? []
      : shown.map((m) => (m.id === sent.id ? { id: m.id, sender: m.sender, text: m.text } : m));
  // A retried turn is answered with the messages already stored, and on start the welcome may be in both
  // `history` and `messages`: ids keep each message once.
  const seen = new Set(base.map((m) => m.id));
  const fresh = data.messages.filter((m) => !seen.has(m.id)).map(toMessage);
  // Every answer already shown: the turn was in the history already (resent after a reload), and so is the
  // visitor's message: drop the optimistic copy.
  const replay = !data.history && data.messages.length > 0 && fresh.length === 0;
  const kept = replay ? base.filter((m) => m.id !== sent.id) : base;
  // The answer goes right after its question: messages queued behind it (offline) stay below.
  const at = data.history ? -1 : kept.findIndex((m) => m.id === sent.id);
  const next = at < 0 ? [...kept, ...fresh] : [...kept.slice(0, at + 1), ...fresh, ...kept.slice(at + 1)];
  return next.length === shown.length && next.every((m, i) => m === shown[i]) ? shown : next;
}
