/** What the integration tests share: the stack's URL and keys, a service-role client, and a chat caller. */
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { inject } from 'vitest';
import type { ChatRequest, ChatResponse, ErrorBody } from '../../functions/_shared/contracts.ts';
import { signJwt } from '../../supabase/local/keys.ts';
import { NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID } from '../../supabase/local/seed-ids.ts';

export const stack = inject('stack');
export const BOT_ID = NUTRITION_SOLUTIONS_BOT_ID;
export { OTHER_BOT_ID };
export const DEMO_ORIGIN = 'http://127.0.0.1:5173';

export const service = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });

export async function callFunction(name: string, body: unknown, init: { origin?: string | null; headers?: Record<string, string>; method?: string; raw?: boolean } = {}) {
  const headers: Record<string, string> = {
    apikey: stack.anonKey,
    authorization: `Bearer ${stack.anonKey}`,
    'content-type': 'application/json',
    ...init.headers,
  };
  if (init.origin !== null) headers.origin = init.origin ?? DEMO_ORIGIN;
  const response = await fetch(`${stack.url}/functions/v1/${name}`, {
    method: init.method ?? 'POST',
    headers,
    body: init.raw ? (body as string) : body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function chat(body: Partial<ChatRequest> & Pick<ChatRequest, 'input'>, init: { origin?: string | null } = {}) {
  const request = { bot_id: BOT_ID, client_message_id: crypto.randomUUID(), ...body };
  const result = await callFunction('chat', request, init);
  if (result.status !== 200) throw new Error(`chat answered ${result.status}: ${result.text}`);
  return { ...(result.json as ChatResponse), request };
}

export async function chatError(body: unknown, init: { origin?: string | null } = {}) {
  const result = await callFunction('chat', body, init);
  return { ...result, body: result.json as ErrorBody };
}

/** A new visitor with an open conversation. */
export async function newVisitor() {
  const opened = await chat({ input: { type: 'start' } });
  const say = (text: string) => chat({ visitor_token: opened.visitor_token, input: { type: 'text', text } });
  const pick = (value: string) => chat({ visitor_token: opened.visitor_token, input: { type: 'choice', value } });
  return { opened, token: opened.visitor_token, say, pick };
}

export async function count(table: string, filter: Record<string, string> = {}) {
  let query = service.from(table).select('*', { count: 'exact', head: true });
  for (const [column, value] of Object.entries(filter)) query = query.eq(column, value);
  const { count: n, error } = await query;
  if (error) throw new Error(`count ${table}: ${error.message}`);
  return n ?? 0;
}

const SNAPSHOT_TABLES = ['visitors', 'user_profiles', 'conversations', 'messages', 'events'];
// On an external Postgres the counts come straight from the database in one query (the long fuzz runs take
// one snapshot per payload); the embedded database is reached only through the API (shared/STACK.md).
const direct = stack.database === 'external' ? new pg.Pool({ connectionString: stack.dbUrl, max: 2, allowExitOnIdle: true }) : null;

/** Row counts of every table a request could write to. */
export async function snapshot(): Promise<Record<string, number>> {
  if (direct) {
    const { rows } = await direct.query(`select ${SNAPSHOT_TABLES.map((t) => `(select count(*)::int from public.${t}) as ${t}`).join(', ')}`);
    return rows[0];
  }
  return Object.fromEntries(await Promise.all(SNAPSHOT_TABLES.map(async (t) => [t, await count(t)] as const)));
}

/** A supabase-js client acting as an owner (an auth user), so RLS decides what they see. */
export function ownerClient(ownerId: string) {
  const token = signJwt({ sub: ownerId, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 }, stack.jwtSecret);
  return createClient(stack.url, stack.anonKey, { accessToken: async () => token, auth: { persistSession: false } });
}

/** The stored profile of the visitor whose conversation this is. */
export async function profileOf(conversationId: string) {
  const { data: conversation } = await service.from('conversations').select('visitor_id').eq('id', conversationId).single();
  const { data } = await service.from('user_profiles').select('*').eq('visitor_id', conversation!.visitor_id).single();
  return data!;
}
