/**
 * The owner console's entry: find the project (config.ts), sign in with Supabase Auth (a session in the URL
 * from a magic link or, locally, the printed sign-in link, is picked up by supabase-js), then show the
 * console. The inbox chimes and notifies when someone starts waiting.
 */
import { signal } from '@preact/signals';
import type { User } from '@supabase/supabase-js';
import { render } from 'preact';
import { createDb } from './client.ts';
import { App } from './components/App.tsx';
import { SignIn } from './components/SignIn.tsx';
import { readConfig } from './config.ts';
import { createInbox } from './inbox.ts';
import { chime, notify } from './notify.ts';
import { go } from './route.ts';
import './styles.css';

const root = document.getElementById('app')!;
const config = readConfig((name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content'));

if (!config) {
  render(
    <main id="main" class="signin">
      <h1>Signpost console</h1>
      <p role="alert">This console does not know your Supabase project yet. Build it with VITE_SIGNPOST_URL and VITE_SIGNPOST_ANON_KEY set, or fill in the two <code>signpost:</code> meta tags of its index.html (see docs/console.md).</p>
    </main>,
    root,
  );
} else {
  const db = createDb(config);
  const local = !config.realtime && /^https?:\/\/(127\.0\.0\.1|localhost)/.test(config.url);
  const user = signal<User | null | undefined>(undefined);
  const inbox = createInbox(db, {
    realtime: config.realtime,
    onWaiting: (row) => {
      chime();
      notify(`${row.name ?? 'A visitor'} is waiting for a coach`, row.last_message ?? '', () => go(`#c/${row.conversation_id}`));
    },
  });
  db.auth.onAuthStateChange((_event, session) => {
    user.value = session?.user ?? null;
  });
  const Root = () => (user.value === undefined ? <p class="loading">Loading…</p> : user.value ? <App db={db} user={user.value} inbox={inbox} /> : <SignIn db={db} local={local} />);
  render(<Root />, root);
}
