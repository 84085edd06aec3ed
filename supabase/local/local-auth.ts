/**
 * The local stand-in for Supabase Auth: sessions for existing users, signed with the local JWT secret, and
 * the little of Auth's HTTP API that supabase-js needs to use one (the gateway serves it). There is no sign-up,
 * no password and no email locally: `npm run dev` prints a sign-in link per demo owner instead, which
 * supabase-js's `detectSessionInUrl` turns into a session. Shared by the gateway (Deno) and Node.
 *
 * Access tokens are shaped like hosted ones (role `authenticated`, `aud`, `email`, `user_metadata`), so RLS,
 * `auth.uid()` and `auth.jwt()` behave the same. Refresh tokens are signed too, but carry no role: PostgREST
 * would treat one sent as an access token as the anon key, which grants nothing.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { signJwt } from './keys.ts';

export interface LocalUser {
  id: string;
  email: string;
  user_metadata: Record<string, unknown>;
}

export interface Session {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  expires_in: number;
  expires_at: number;
  user: ReturnType<typeof userObject>;
}

const ACCESS_SECONDS = 3600;
const REFRESH_SECONDS = 30 * 24 * 3600;

/** The claims of a token signed with the secret and not expired, or null. */
export function verifyToken(token: string | undefined | null, secret: string, now = Date.now()): Record<string, unknown> | null {
  const [header, payload, signature] = token?.split('.') ?? [];
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) return null;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
    return claims;
  } catch {
    return null;
  }
}

/** The user as Auth's `GET /user` answers it, from the claims of their access token. */
export function userObject(claims: Record<string, unknown>) {
  return {
    id: String(claims.sub),
    aud: 'authenticated',
    role: 'authenticated',
    email: typeof claims.email === 'string' ? claims.email : '',
    app_metadata: { provider: 'local', providers: ['local'] },
    user_metadata: (claims.user_metadata as Record<string, unknown>) ?? {},
    created_at: new Date(0).toISOString(),
  };
}

export function issueSession(user: LocalUser, secret: string, options: { accessSeconds?: number; now?: number } = {}): Session {
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const expiresIn = options.accessSeconds ?? ACCESS_SECONDS;
  const sessionId = randomUUID();
  const claims = {
    iss: 'supabase-local',
    sub: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    user_metadata: user.user_metadata,
    app_metadata: { provider: 'local' },
    session_id: sessionId,
    iat,
    exp: iat + expiresIn,
  };
  const refresh = { iss: 'supabase-local', sub: user.id, token_use: 'refresh', email: user.email, user_metadata: user.user_metadata, session_id: sessionId, iat, exp: iat + REFRESH_SECONDS };
  return {
    access_token: signJwt(claims, secret),
    refresh_token: signJwt(refresh, secret),
    token_type: 'bearer',
    expires_in: expiresIn,
    expires_at: iat + expiresIn,
    user: userObject(claims),
  };
}

/** A new session from a refresh token, or null when it is not one of ours or has expired. */
export function refreshSession(refreshToken: string, secret: string): Session | null {
  const claims = verifyToken(refreshToken, secret);
  if (!claims || claims.token_use !== 'refresh' || typeof claims.sub !== 'string') return null;
  return issueSession({ id: claims.sub, email: String(claims.email ?? ''), user_metadata: (claims.user_metadata as Record<string, unknown>) ?? {} }, secret);
}

/**
 * A one-click sign-in: the console's URL with a session in the fragment, as Auth's redirect after a magic
 * link carries it. Valid for 12 hours from now (then `npm run dev` prints a fresh one); the fragment never
 * reaches a server.
 */
export function signInLink(consoleUrl: string, user: LocalUser, secret: string): string {
  const session = issueSession(user, secret, { accessSeconds: 12 * 3600 });
  const fragment = new URLSearchParams({
    access_token: session.access_token,
    refresh_token: session.refresh_token,
    expires_in: String(session.expires_in),
    expires_at: String(session.expires_at),
    token_type: 'bearer',
    type: 'magiclink',
  });
  return `${consoleUrl}#${fragment}`;
}
