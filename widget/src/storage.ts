/**
 * The widget's only door to localStorage. Every access is wrapped: storage can be missing (sandboxed iframes),
 * throw on read (blocked third-party storage), or throw on write (quota, Safari private mode), and none of
 * that may break the chat — it only forgets more. Keys are namespaced per bot (`signpost:<botId>:<key>`) so
 * two widgets on one page, or one site with two bots, never read each other's visitor token.
 */
/**
 * visitor_token: the server-issued identity · unsent: messages whose answer never arrived (resent after a reload) ·
 * theme: the bot's name and theme from the last answer or configuration fetch (so a returning visitor's launcher
 * is on-brand at once) · theme_at: when `theme` was last refreshed (ms since the epoch; see appearance.ts) ·
 * proactive_done: the proactive opening has happened for this visitor · handoff: when a person was asked for
 * (ms since the epoch), kept while a person holds the conversation, so a reload keeps checking for replies ·
 * read: the id of the last message the visitor has seen (the launcher's unread badge counts from it) ·
 * contact: how the visitor asked to be reached (`email` or `phone`; never the address itself).
 */
export type StorageKey = 'visitor_token' | 'unsent' | 'theme' | 'theme_at' | 'proactive_done' | 'handoff' | 'read' | 'contact';

export interface BotStorage {
  get(key: StorageKey): string | null;
  set(key: StorageKey, value: string): void;
  remove(key: StorageKey): void;
}

/** `backing` is looked up on every call (never cached): merely touching `window.localStorage` can throw. */
export function botStorage(botId: string, backing: () => Storage = () => window.localStorage): BotStorage {
  const name = (key: StorageKey) => `signpost:${botId}:${key}`;
  return {
    get(key) {
      try {
        return backing().getItem(name(key));
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        backing().setItem(name(key), value);
      } catch {
        // Not persisted: the conversation simply will not survive a reload.
      }
    },
    remove(key) {
      try {
        backing().removeItem(name(key));
      } catch {
        // Nothing more to do: a token we cannot remove is also one we could not read back.
      }
    },
  };
}
