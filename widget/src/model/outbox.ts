/**
 * The visitor's messages whose answer has not arrived yet, in the order they were sent, persisted under
 * `unsent` so that neither a network drop nor a reload loses them. Each keeps its client_message_id: a resend
 * after a reload is answered with the turn the server may already have stored.
 */
import type { ChatInput } from '../../../functions/_shared/contracts.ts';
import type { BotStorage } from '../storage.ts';

/** A request the model is making, kept as-is so a retry sends the same client_message_id. */
export interface Outgoing {
  id: string;
  input: ChatInput;
  /** For a visitor's message: the text of their bubble. */
  shown?: string;
}

/** Messages saved because their answer had not arrived yet; anything else stored under the key is ignored. */
export function readUnsent(raw: string | null): Outgoing[] {
  let saved: unknown;
  try {
    saved = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  return (Array.isArray(saved) ? saved : []).filter((m: Partial<Outgoing> | null) => {
    const type = m?.input?.type;
    return typeof m?.id === 'string' && typeof m.shown === 'string' && (type === 'text' || type === 'choice');
  });
}

export interface Outbox {
  /** Oldest first. */
  readonly items: readonly Outgoing[];
  add(request: Outgoing): void;
  /** Forgets these (answered, or refused for good). */
  drop(...ids: (string | undefined)[]): void;
  clear(): void;
}

export function createOutbox(storage: BotStorage): Outbox {
  let items = readUnsent(storage.get('unsent'));
  const save = () => (items.length ? storage.set('unsent', JSON.stringify(items)) : storage.remove('unsent'));
  return {
    get items() {
      return items;
    },
    add(request) {
      items = [...items, request];
      save();
    },
    drop(...ids) {
      items = items.filter((r) => !ids.includes(r.id));
      save();
    },
    clear() {
      items = [];
      save();
    },
  };
}
