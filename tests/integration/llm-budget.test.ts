/**
 * The per-bot daily budget of model calls in Postgres (`llm_usage`, `take_llm_call`, `record_llm_usage`),
 * through the Data API as the functions reach it: calls are taken atomically up to the budget and refused
 * after; tokens add up; owners read only their own bots' usage; the anon key and owners cannot call the RPCs.
 */
import { createClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';

const stack = inject('stack');
const options = { auth: { persistSession: false, autoRefreshToken: false } };
const service = createClient(stack.url, stack.serviceRoleKey, options);
const anon = createClient(stack.url, stack.anonKey, options);
function ownerClient(sub: string) {
  const jwt = signJwt({ sub, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 }, stack.jwtSecret);
  return createClient(stack.url, stack.anonKey, { ...options, accessToken: async () => jwt });
}

/** A bot of its own per test, so counts never mix. */
async function scratchBot(): Promise<string> {
  const { data, error } = await service.from('bots').insert({ owner_id: DEMO_OWNER_ID, name: 'LLM budget test bot' }).select('id').single();
  if (error) throw new Error(error.message);
  return data.id;
}

async function take(botId: string, budget: number) {
  const { data, error } = await service.rpc('take_llm_call', { p_bot_id: botId, p_budget: budget });
  if (error) throw new Error(`take_llm_call: ${error.code} ${error.message}`);
  return data as { allowed: boolean; used: number };
}

async function usageRow(botId: string) {
  const { data, error } = await service.from('llm_usage').select('*').eq('bot_id', botId);
  if (error) throw new Error(error.message);
  return data;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('take_llm_call', () => {
  it('allows N calls a day, then refuses without counting further', async () => {
    const botId = await scratchBot();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await take(botId, 3));
    expect(results).toEqual([
      { allowed: true, used: 1 },
      { allowed: true, used: 2 },
      { allowed: true, used: 3 },
      { allowed: false, used: 3 },
      { allowed: false, used: 3 },
    ]);
    expect(await usageRow(botId)).toEqual([expect.objectContaining({ bot_id: botId, day: today(), calls: 3, prompt_tokens: 0, completion_tokens: 0 })]);
  });

  it('never lets concurrent calls overspend the budget', async () => {
    const botId = await scratchBot();
    const results = await Promise.all(Array.from({ length: 12 }, () => take(botId, 5)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect((await usageRow(botId))[0]!.calls).toBe(5);
  });

  it('refuses everything with a budget of 0, writing nothing', async () => {
    const botId = await scratchBot();
    expect(await take(botId, 0)).toEqual({ allowed: false, used: 0 });
    expect(await usageRow(botId)).toEqual([]);
  });

  it('rejects a negative or missing budget as an invalid value', async () => {
    const botId = await scratchBot();
    for (const budget of [-1, null]) {
      const { error } = await service.rpc('take_llm_call', { p_bot_id: botId, p_budget: budget });
      expect(error?.code).toBe('22023');
    }
  });
});

describe('record_llm_usage', () => {
  it('adds each call\'s tokens to today\'s row', async () => {
    const botId = await scratchBot();
    await take(botId, 10);
    for (const [p, c] of [[120, 40], [80, 10]]) {
      const { error } = await service.rpc('record_llm_usage', { p_bot_id: botId, p_prompt_tokens: p, p_completion_tokens: c });
      expect(error).toBeNull();
    }
    expect(await usageRow(botId)).toEqual([expect.objectContaining({ calls: 1, prompt_tokens: 200, completion_tokens: 50 })]);
  });

  it('rejects negative token counts', async () => {
    const botId = await scratchBot();
    const { error } = await service.rpc('record_llm_usage', { p_bot_id: botId, p_prompt_tokens: -5, p_completion_tokens: 1 });
    expect(error?.code).toBe('22023');
    expect(await usageRow(botId)).toEqual([]);
  });
});

describe('who may see and change usage', () => {
  let botId: string;
  beforeAll(async () => {
    botId = await scratchBot();
    await take(botId, 10);
  });

  it('refuses the RPCs to the anon key (401) and to owners (403), writing nothing', async () => {
    for (const client of [anon, ownerClient(DEMO_OWNER_ID)]) {
      for (const [name, args] of [
        ['take_llm_call', { p_bot_id: botId, p_budget: 100 }],
        ['record_llm_usage', { p_bot_id: botId, p_prompt_tokens: 1, p_completion_tokens: 1 }],
      ] as const) {
        const result = await client.rpc(name, args);
        expect({ name, status: result.status, code: result.error?.code }).toEqual({ name, status: client === anon ? 401 : 403, code: '42501' });
      }
    }
    expect(await usageRow(botId)).toEqual([expect.objectContaining({ calls: 1, prompt_tokens: 0 })]);
  });

  it('lets owners read only their own bots\' usage, and change none of it', async () => {
    const mine = await ownerClient(DEMO_OWNER_ID).from('llm_usage').select('bot_id, calls').eq('bot_id', botId);
    expect(mine.data).toEqual([{ bot_id: botId, calls: 1 }]);
    const theirs = await ownerClient(OTHER_OWNER_ID).from('llm_usage').select('*').eq('bot_id', botId);
    expect(theirs.data).toEqual([]);
    const updated = await ownerClient(DEMO_OWNER_ID).from('llm_usage').update({ calls: 0 }).eq('bot_id', botId);
    expect(updated.error?.code).toBe('42501');
    const anonRead = await anon.from('llm_usage').select('*');
    expect(anonRead.error?.code).toBe('42501');
    expect((await usageRow(botId))[0]!.calls).toBe(1);
  });

  it('keeps the RPCs off the anon allow-list', async () => {
    const { data } = await service.rpc('api_callable_functions', { p_role: 'anon' });
    expect(data).not.toContain('take_llm_call');
    const { data: serviceFns } = await service.rpc('api_callable_functions', { p_role: 'service_role' });
    expect(serviceFns).toEqual(expect.arrayContaining(['record_llm_usage', 'take_llm_call']));
  });
});
