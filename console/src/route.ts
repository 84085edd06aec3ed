/** The console's views, in the URL's fragment (`#inbox`, `#c/<conversation id>`, `#leads`, `#reports`). */
import { signal } from '@preact/signals';

export type Route = { view: 'inbox'; conversationId: string | null } | { view: 'leads' } | { view: 'reports' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const conversation = path.match(/^c\/([0-9a-f-]{36})$/i);
  if (conversation) return { view: 'inbox', conversationId: conversation[1]!.toLowerCase() };
  if (path === 'leads') return { view: 'leads' };
  if (path === 'reports') return { view: 'reports' };
  return { view: 'inbox', conversationId: null };
}

export const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (route.value = parseRoute(location.hash)));

export const go = (hash: string) => {
  location.hash = hash;
};
