/**
 * The local stand-in for Supabase Auth that the console signs in with: a session from the printed sign-in
 * link names its user, refreshes into a new one, and works with the Data API as that owner; anything forged,
 * expired or of the wrong kind is refused.
 */
import { createClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { issueSession, signInLink } from '../../supabase/local/local-auth.ts';
import { DEMO_OWNER_ID, NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { stack } from './helpers.ts';

const owner = { id: DEMO_OWNER_ID, email: 'owner@nutrition-solutions.example', user_metadata: { name: 'Dana' } };
const authFetch = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${stack.url}/auth/v1${path}`, {
    ...init,
    headers: { apikey: stack.anonKey, 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
  });

describe('local sign-in', () => {
  it('answers the user of a valid session, as Auth does', async () => {
    const session = issueSession(owner, stack.jwtSecret);
    const response = await authFetch('/user', { token: session.access_token });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: DEMO_OWNER_ID, aud: 'authenticated', email: owner.email, user_metadata: { name: 'Dana' } });
  });

  it.each([
    ['a token signed with another secret', () => issueSession(owner, 'x'.repeat(40)).access_token],
    ['an expired token', () => issueSession(owner, stack.jwtSecret, { now: Date.now() - 7200_000 }).access_token],
    ['a refresh token', () => issueSession(owner, stack.jwtSecret).refresh_token],
    ['the anon key', () => stack.anonKey],
    ['garbage', () => 'not.a.token'],
  ])('refuses %s', async (_, token) => {
    const response = await authFetch('/user', { token: token() });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error_code: 'bad_jwt' });
  });

  it('refreshes a session into a new one that works with the Data API as the owner', async () => {
    const session = issueSession(owner, stack.jwtSecret);
    const response = await authFetch('/token?grant_type=refresh_token', { method: 'POST', body: JSON.stringify({ refresh_token: session.refresh_token }) });
    expect(response.status).toBe(200);
    const fresh = await response.json();
    expect(fresh).toMatchObject({ token_type: 'bearer', expires_in: 3600, user: { id: DEMO_OWNER_ID } });
    const db = createClient(stack.url, stack.anonKey, { accessToken: async () => fresh.access_token, auth: { persistSession: false } });
    const { data } = await db.from('bots').select('id');
    expect(data!.map((b) => b.id)).toContain(NUTRITION_SOLUTIONS_BOT_ID);
  });

  it('refuses to refresh with an access token or a forged refresh token', async () => {
    const session = issueSession(owner, stack.jwtSecret);
    const forged = signJwt({ sub: DEMO_OWNER_ID, token_use: 'refresh', exp: Math.floor(Date.now() / 1000) + 60 }, 'y'.repeat(40));
    for (const refresh_token of [session.access_token, forged, 42]) {
      const response = await authFetch('/token?grant_type=refresh_token', { method: 'POST', body: JSON.stringify({ refresh_token }) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error_code: 'refresh_token_not_found' });
    }
  });

  it('a refresh token grants nothing when sent as an access token', async () => {
    const session = issueSession(owner, stack.jwtSecret);
    const db = createClient(stack.url, stack.anonKey, { accessToken: async () => session.refresh_token, auth: { persistSession: false } });
    const { data, error } = await db.from('bots').select('id');
    expect(data ?? []).toEqual([]);
    expect(error?.code).toBe('42501');
  });

  it('says plainly that passwords and magic links need a hosted project', async () => {
    for (const [path, body] of [['/token?grant_type=password', { email: owner.email, password: 'x' }], ['/otp', { email: owner.email }]] as const) {
      const response = await authFetch(path, { method: 'POST', body: JSON.stringify(body) });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(502);
      expect((await response.json()).msg).toMatch(/npm run dev/);
    }
  });

  it('signs out (stateless), and needs the anon key like Auth', async () => {
    const session = issueSession(owner, stack.jwtSecret);
    expect((await authFetch('/logout', { method: 'POST', token: session.access_token })).status).toBe(204);
    const noKey = await fetch(`${stack.url}/auth/v1/user`, { headers: { authorization: `Bearer ${session.access_token}` } });
    expect(noKey.status).toBe(401);
  });

  it('puts a whole session in the link, as a magic-link redirect does', () => {
    const link = new URL(signInLink('http://127.0.0.1:5173/console/', owner, stack.jwtSecret));
    const params = new URLSearchParams(link.hash.slice(1));
    expect(link.pathname).toBe('/console/');
    expect(params.get('token_type')).toBe('bearer');
    expect(Number(params.get('expires_in'))).toBe(12 * 3600);
    expect(params.get('access_token')).toMatch(/^eyJ/);
    expect(params.get('refresh_token')).toMatch(/^eyJ/);
  });
});
