/** The signed-in console: the header with its three views, the notification switch and signing out. */
import { useSignal } from '@preact/signals';
import type { User } from '@supabase/supabase-js';
import { useEffect } from 'preact/hooks';
import type { Db } from '../client.ts';
import type { Inbox } from '../inbox.ts';
import { askForNotifications, notificationsAllowed, notificationsSupported, setTitle } from '../notify.ts';
import { route } from '../route.ts';
import type { Bot } from '../types.ts';
import { InboxView } from './InboxView.tsx';
import { LeadsView } from './LeadsView.tsx';
import { ReportsView } from './ReportsView.tsx';

export const coachNameOf = (user: User) =>
  String(user.user_metadata?.name ?? user.user_metadata?.full_name ?? user.email?.split('@')[0] ?? 'Coach');

export function App({ db, user, inbox }: { db: Db; user: User; inbox: Inbox }) {
  const bots = useSignal<Bot[] | null>(null);
  const allowed = useSignal(notificationsAllowed());
  const current = route.value;
  const waiting = inbox.waiting.value.length;
  const views = { inbox: 'Inbox', leads: 'Leads', reports: 'Reports' } as const;

  useEffect(() => {
    void db.from('bots').select('id, name').order('name').then(({ data }) => (bots.value = (data ?? []) as Bot[]));
    inbox.start();
    return () => inbox.stop();
  }, []);
  useEffect(() => setTitle(waiting, views[current.view]), [waiting, current.view]);

  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <span class="brand">Signpost</span>
        <nav aria-label="Console">
          {(Object.keys(views) as (keyof typeof views)[]).map((view) => (
            <a key={view} href={`#${view}`} aria-current={current.view === view ? 'page' : undefined}>
              {views[view]}{view === 'inbox' && waiting > 0 && <span class="count" aria-label={`${waiting} waiting`}>{waiting}</span>}
            </a>
          ))}
        </nav>
        <span class="spacer" />
        {notificationsSupported() && !allowed.value && (
          <button type="button" class="secondary" onClick={async () => (allowed.value = await askForNotifications())}>Turn on notifications</button>
        )}
        <span class="user">{coachNameOf(user)}</span>
        <button type="button" class="secondary" onClick={() => db.auth.signOut()}>Sign out</button>
      </header>
      {current.view === 'inbox' && (
        <main id="main"><InboxView db={db} inbox={inbox} conversationId={current.conversationId} coachName={() => coachNameOf(user)} /></main>
      )}
      {current.view === 'leads' && (bots.value ? <LeadsView db={db} bots={bots.value} /> : <main id="main"><p>Loading…</p></main>)}
      {current.view === 'reports' && (bots.value ? <ReportsView db={db} bots={bots.value} /> : <main id="main"><p>Loading…</p></main>)}
    </>
  );
}
