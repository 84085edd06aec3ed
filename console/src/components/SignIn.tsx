/** Signing in on a hosted project: a magic link by email, or email and password (Supabase Auth). */
import { useSignal } from '@preact/signals';
import type { Db } from '../client.ts';

export function SignIn({ db, local }: { db: Db; local: boolean }) {
  const email = useSignal('');
  const password = useSignal('');
  const message = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function submit(event: Event, withPassword: boolean) {
    event.preventDefault();
    busy.value = true;
    const { error } = withPassword
      ? await db.auth.signInWithPassword({ email: email.value, password: password.value })
      : await db.auth.signInWithOtp({ email: email.value, options: { emailRedirectTo: location.href.split('#')[0], shouldCreateUser: false } });
    busy.value = false;
    message.value = error ? error.message : withPassword ? null : `Check ${email.value} for a sign-in link.`;
  }

  return (
    <main class="signin" id="main">
      <h1>Signpost console</h1>
      <p>Sign in as the owner of your bots to answer visitors, follow up leads and read your reports.</p>
      {local && (
        <p class="note">
          This is the local stack: it has no email or passwords. Open one of the sign-in links that <code>npm run dev</code> printed.
        </p>
      )}
      <form onSubmit={(e) => submit(e, password.value.length > 0)}>
        <label>
          Email
          <input type="email" required autocomplete="email" value={email} onInput={(e) => (email.value = e.currentTarget.value)} />
        </label>
        <label>
          Password <span class="muted">(leave empty for a magic link)</span>
          <input type="password" autocomplete="current-password" value={password} onInput={(e) => (password.value = e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>{password.value ? 'Sign in' : 'Email me a sign-in link'}</button>
      </form>
      {message.value && <p role="status">{message}</p>}
    </main>
  );
}
