import { createClient } from '@supabase/supabase-js';
import { describe, expect, inject, it } from 'vitest';

const stack = inject('stack');

describe('the local stack, through the gateway', () => {
  it('runs an Edge Function that reaches the database', async () => {
    const client = createClient(stack.url, stack.anonKey);
    const { data, error } = await client.functions.invoke('health', { method: 'GET' });
    expect(error).toBeNull();
    expect(data).toMatchObject({ ok: true, database: { ok: true } });
  });

  it('runs the functions the suite was asked for: the sources, or the deployed bundles (SIGNPOST_FUNCTIONS=bundled)', async () => {
    const health = await (await fetch(`${stack.url}/health`)).json();
    expect(health).toMatchObject({ functions_source: process.env.SIGNPOST_FUNCTIONS ?? 'source' });
    expect(health.functions).toEqual(expect.arrayContaining(['chat', 'events', 'health', 'ingest', 'profile', 'rag-search', 'recommend-plan']));
  });

  it('calls a public RPC through /rest/v1 with the anon key', async () => {
    const client = createClient(stack.url, stack.anonKey);
    const { data, error } = await client.rpc('ping');
    expect(error).toBeNull();
    expect(data).toMatchObject({ ok: true });
    expect(Date.parse(data.time)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses /rest/v1 without an API key, or with a key it did not issue', async () => {
    const none = await fetch(`${stack.url}/rest/v1/rpc/ping`, { method: 'POST' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ message: 'No API key found in request' });

    const forged = await fetch(`${stack.url}/rest/v1/rpc/ping`, { method: 'POST', headers: { apikey: 'not-a-key' } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ message: 'Invalid API key' });
  });

  it('refuses a function that verifies JWTs when the token is missing or signed with another secret', async () => {
    const none = await fetch(`${stack.url}/functions/v1/health`);
    expect(none.status).toBe(401);

    const [header, payload] = stack.anonKey.split('.');
    const tampered = `${header}.${payload}.c2lnbmF0dXJlLW9mLWFub3RoZXItc2VjcmV0`;
    const wrong = await fetch(`${stack.url}/functions/v1/health`, { headers: { authorization: `Bearer ${tampered}` } });
    expect(wrong.status).toBe(401);
  });

  it('answers an unknown function with 404 and a JSON body that names it', async () => {
    const response = await fetch(`${stack.url}/functions/v1/nope`, { headers: { authorization: `Bearer ${stack.anonKey}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: 'Function not found: nope' });
  });

  it('verifies tokens in PostgREST: a JWT signed with another secret is refused', async () => {
    const [header, payload] = stack.serviceRoleKey.split('.');
    const response = await fetch(`${stack.url}/rest/v1/rpc/ping`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, authorization: `Bearer ${header}.${payload}.AAAA` },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'PGRST301' });
  });
});
