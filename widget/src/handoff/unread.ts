/**
 * The launcher's unread badge: how many messages from the bot or the team the visitor has not seen (they
 * arrived while the panel was closed), drawn on the loader's launcher, and said in its accessible name
 * ("Open chat, 1 unread message").
 */
import type { Message } from '../model.ts';

/**
 * Messages from the bot or the team after the last one the visitor saw (`readId`, a server id: only the
 * visitor's own messages change ids once stored). An id no longer in the conversation (a restart) counts
 * nothing.
 */
export function unreadCount(messages: readonly Message[], readId: string | null): number {
  const at = messages.findIndex((m) => m.id === readId);
  return at < 0 ? 0 : messages.slice(at + 1).filter((m) => m.sender !== 'client').length;
}

/** The id of the last message from the bot or the team, or null. */
export const lastFromOthers = (messages: readonly Message[]) => [...messages].reverse().find((m) => m.sender !== 'client')?.id ?? null;

/**
 * Draws `count` on the launcher and appends it to the launcher's name. The loader writes the name itself when
 * the panel opens or the bot's appearance arrives; the observer appends the count again after it.
 */
export function createBadge(launcher: HTMLElement, describe: (count: number) => string) {
  const badge = launcher.ownerDocument.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  let count = 0;
  let base = launcher.getAttribute('aria-label') ?? '';
  let written = base;
  const label = () => {
    const now = launcher.getAttribute('aria-label') ?? '';
    if (now !== written) base = now; // the loader's own words since (Open chat, Close chat)
    written = count ? `${base}, ${describe(count)}` : base;
    if (now !== written) launcher.setAttribute('aria-label', written);
  };
  const observer = new MutationObserver(label);
  observer.observe(launcher, { attributes: true, attributeFilter: ['aria-label'] });
  return {
    show(next: number) {
      count = next;
      badge.textContent = next > 9 ? '9+' : String(next);
      if (next) launcher.append(badge);
      else badge.remove();
      label();
    },
    remove() {
      observer.disconnect();
      count = 0;
      label();
      badge.remove();
    },
  };
}
