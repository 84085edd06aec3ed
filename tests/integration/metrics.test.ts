/**
 * Metrics per bot and day: every function call made for a bot is recorded (status and duration) without a
 * round trip of its own, the views count conversations, messages, errors and latency per function, and model
 * usage is priced per model from llm_prices, where an owner's own price wins for their bots only.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { callFunction, ownerClient, service } from './helpers.ts';

const dana = ownerClient(DEMO_OWNER_ID);
const other = ownerClient(OTHER_OWNER_ID);
const today = () => new Date().toISOString().slice(0, 10);
let botId: string;

/** A bot of its own (one question), so the counts here are this file's alone. */
async function newBot(name: string, settings: Record<string, unknown> = {}): Promise<string> {
  const { data, error } = await service.from('bots').insert({ owner_id: DEMO_OWNER_ID, name, ...settings }).select('id').single();
  if (error) throw new Error(error.message);
  const id = (data as { id: string }).id;
  await service.from('bot_fields').insert({ bot_id: id, key: 'name', type: 'text', label: 'name', entity: 'person_name' });
  await service.from('bot_steps').insert({ bot_id: id, position: 1, field: 'name', prompt: 'What should I call you?' });
  return id;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const calls = async (id: string) => (await service.from('function_calls').select('function_name, status, duration_ms, created_at').eq('bot_id', id)).data ?? [];

beforeAll(async () => {
  botId = await newBot('Metrics bot');
});

describe('function calls', () => {
  it('are recorded for the bot, with status and duration, without an extra round trip on the turn', async () => {
    const opened = await callFunction('chat', { bot_id: botId, client_message_id: randomUUID(), input: { type: 'start' } }, { origin: null });
    expect(opened.status).toBe(200);
    const answered = await callFunction('chat', { bot_id: botId, visitor_token: (opened.json as { visitor_token: string }).visitor_token, client_message_id: randomUUID(), input: { type: 'text', text: 'Sam' } }, { origin: null });
    expect(answered.status).toBe(200);
    // Still two database round trips for the answer: the records travel with commit_turn or after the response.
    expect(answered.headers.get('server-timing')).toMatch(/desc="2 round trips"/);
    const refused = await callFunction('chat', { bot_id: botId, visitor_token: 'forged', client_message_id: randomUUID(), input: { type: 'text', text: 'hi' } }, { origin: null });
    expect(refused.status).toBe(401);

    const rows = await until(() => calls(botId), (r) => r.length >= 3);
    expect(rows.map((r) => r.status).sort()).toEqual([200, 200, 401]);
    for (const row of rows) {
      expect(row.function_name).toBe('chat');
      expect(row.duration_ms).toBeGreaterThanOrEqual(0);
      expect(Date.now() - Date.parse(row.created_at)).toBeLessThan(60_000);
    }
  });

  it('are not recorded for a bot that does not exist, or for bad input naming no bot', async () => {
    const ghost = randomUUID();
    expect((await callFunction('chat', { bot_id: ghost, client_message_id: randomUUID(), input: { type: 'start' } }, { origin: null })).status).toBe(404);
    expect((await callFunction('chat', { bot_id: 'nope' }, { origin: null })).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await calls(ghost)).toEqual([]);
  });

  it('are stored once however often a batch is sent, through commit_turn or on their own', async () => {
    const id = randomUUID();
    const record = { id, bot_id: botId, function_name: 'events', status: 204, duration_ms: 7.6, at: new Date().toISOString() };
    expect((await service.rpc('record_function_calls', { p_calls: [record] })).data).toBe(1);
    expect((await service.rpc('record_function_calls', { p_calls: [record, { ...record, id: randomUUID(), bot_id: randomUUID() }] })).data).toBe(0);
    const { data } = await service.from('function_calls').select('duration_ms').eq('id', id);
    expect(data).toEqual([{ duration_ms: 8 }]);
  });

  it('refuse a malformed batch, naming the shape, and store none of it', async () => {
    const id = randomUUID();
    const { error } = await service.rpc('record_function_calls', { p_calls: [{ id, bot_id: botId, function_name: 'chat', status: 'ok', duration_ms: 1 }] });
    expect(error?.code).toBe('22023');
    expect(error?.message).toMatch(/calls must be/);
    expect((await service.from('function_calls').select('id').eq('id', id)).data).toEqual([]);
  });
});

describe('the metrics views', () => {
  it('give the owner latency per function and day, and nothing of another owner\'s bots', async () => {
    const durations = [10, 20, 30, 40, 1000];
    await service.rpc('record_function_calls', {
      p_calls: durations.map((duration_ms, i) => ({ id: randomUUID(), bot_id: botId, function_name: 'profile', status: i === 4 ? 500 : 200, duration_ms })),
    });
    const { data } = await dana.from('function_latency_daily').select('*').eq('bot_id', botId).eq('function_name', 'profile').eq('day', today()).single();
    expect(data).toMatchObject({ calls: 5, errors: 1, refused: 0 });
    expect(Number(data!.p50_ms)).toBe(30);
    expect(Number(data!.p95_ms)).toBeCloseTo(808, 0);
    expect((await other.from('function_latency_daily').select('bot_id').eq('bot_id', botId)).data).toEqual([]);
    expect((await other.from('function_calls').select('id').eq('bot_id', botId)).data).toEqual([]);
  });

  it('count conversations, messages and errors per bot and day', async () => {
    const { data } = await dana.from('bot_metrics_daily').select('*').eq('bot_id', botId).eq('day', today()).single();
    expect(data!.conversations).toBeGreaterThanOrEqual(1);
    expect(data!.messages).toBeGreaterThanOrEqual(3);
    expect(data!.visitor_messages).toBeGreaterThanOrEqual(1);
    expect(data!.errors).toBeGreaterThanOrEqual(1);
    expect(data!.refused).toBeGreaterThanOrEqual(1);
    expect((await other.from('bot_metrics_daily').select('bot_id').eq('bot_id', botId)).data).toEqual([]);
  });
});

describe('model cost', () => {
  it('prices each model used at its list price, a versioned name at its model\'s, and says when a model has none', async () => {
    const id = await newBot('Priced bot');
    await service.rpc('record_llm_usage', { p_bot_id: id, p_prompt_tokens: 1_000_000, p_completion_tokens: 0, p_model: 'gpt-4o-mini-2024-07-18', p_purpose: 'answer' });
    await service.rpc('record_llm_usage', { p_bot_id: id, p_prompt_tokens: 0, p_completion_tokens: 1_000_000, p_model: 'gpt-4o', p_purpose: 'summary' });
    const cost = await dana.from('llm_cost_daily').select('*').eq('bot_id', id).eq('day', today()).single();
    // gpt-4o-mini: 0.15 per million prompt tokens; gpt-4o: 10.00 per million completion tokens.
    expect(Number(cost.data!.cost_usd)).toBeCloseTo(10.15, 4);
    expect(cost.data).toMatchObject({ calls: 2, priced: true });
    const metrics = await dana.from('bot_metrics_daily').select('prompt_tokens, completion_tokens, cost_usd').eq('bot_id', id).eq('day', today()).single();
    expect(metrics.data).toMatchObject({ prompt_tokens: 1_000_000, completion_tokens: 1_000_000 });
    expect(Number(metrics.data!.cost_usd)).toBeCloseTo(10.15, 4);
    const byPurpose = await dana.from('llm_usage_by_model').select('model, purpose, calls').eq('bot_id', id).order('purpose');
    expect(byPurpose.data).toEqual([{ model: 'gpt-4o-mini-2024-07-18', purpose: 'answer', calls: 1 }, { model: 'gpt-4o', purpose: 'summary', calls: 1 }]);
    expect((await other.from('llm_usage_by_model').select('bot_id').eq('bot_id', id)).data).toEqual([]);
    expect((await other.from('llm_cost_daily').select('bot_id').eq('bot_id', id)).data).toEqual([]);

    await service.rpc('record_llm_usage', { p_bot_id: id, p_prompt_tokens: 10, p_completion_tokens: 10, p_model: 'house-model-1' });
    const unpriced = await dana.from('llm_cost_daily').select('cost_usd, priced').eq('bot_id', id).eq('day', today()).single();
    expect(unpriced.data).toEqual({ cost_usd: null, priced: false });
  });

  it('uses an owner\'s own price for their bots, never for another owner\'s', async () => {
    const id = await newBot('House model bot');
    await service.rpc('record_llm_usage', { p_bot_id: id, p_prompt_tokens: 2_000_000, p_completion_tokens: 0, p_model: 'house-model-2' });
    const added = await dana.from('llm_prices').insert({ model: 'house-model-2', prompt_usd_per_million: 3, completion_usd_per_million: 4 }).select('owner_id').single();
    expect(added.error).toBeNull();
    expect(added.data!.owner_id).toBe(DEMO_OWNER_ID);
    const cost = await dana.from('llm_cost_daily').select('cost_usd').eq('bot_id', id).eq('day', today()).single();
    expect(Number(cost.data!.cost_usd)).toBe(6);

    // Another owner sees the defaults but not Dana's row, and cannot change it or add a default.
    const seen = await other.from('llm_prices').select('model, owner_id');
    expect(seen.data!.some((row) => row.model === 'gpt-4o-mini' && row.owner_id === null)).toBe(true);
    expect(seen.data!.some((row) => row.model === 'house-model-2')).toBe(false);
    await other.from('llm_prices').update({ prompt_usd_per_million: 0 }).eq('model', 'house-model-2');
    expect(Number((await dana.from('llm_cost_daily').select('cost_usd').eq('bot_id', id).eq('day', today()).single()).data!.cost_usd)).toBe(6);
    const forged = await other.from('llm_prices').insert({ model: 'gpt-4o-mini', prompt_usd_per_million: 0, completion_usd_per_million: 0, owner_id: null });
    expect(forged.error?.code).toBe('42501');
    const defaults = await dana.from('llm_prices').update({ prompt_usd_per_million: 0 }).eq('model', 'gpt-4o-mini').is('owner_id', null).select();
    expect(defaults.data).toEqual([]);
  });
});
