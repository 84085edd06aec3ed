import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { callFunction, count, DEMO_ORIGIN, service } from './helpers.ts';

/** A bot of its own with tight limits, so no other test's traffic counts against them. */
let botId: string;

beforeAll(async () => {
  const { data, error } = await service.from('bots').insert({
    owner_id: OTHER_OWNER_ID,
    name: 'Tight limits',
    allowed_origins: [DEMO_ORIGIN],
    visitor_messages_per_minute: 3,
    address_new_visitors_per_hour: 2,
  }).select('id').single();
  if (error) throw new Error(error.message);
  botId = data.id;
  for (const field of [{ key: 'name', entity: 'person_name' }, { key: 'eating_habits', entity: null }]) {
    const { error: fieldError } = await service.from('bot_fields').insert({ bot_id: botId, type: 'text', label: field.key, ...field });
    if (fieldError) throw new Error(fieldError.message);
  }
  const { error: stepError } = await service.from('bot_steps').insert([
    { bot_id: botId, position: 1, field: 'name', prompt: 'Your name?' },
    { bot_id: botId, position: 2, field: 'eating_habits', prompt: 'How do you eat?' },
  ]);
  if (stepError) throw new Error(stepError.message);
});

afterAll(async () => {
  await service.from('bots').delete().eq('id', botId);
});

/**
 * The limits count in fixed windows of a clock minute: a test that straddles a minute's end starts a fresh
 * count halfway. Starting with at least 25 seconds of the minute left keeps its requests in one window.
 */
async function withinOneMinuteWindow() {
  const seconds = new Date().getUTCSeconds();
  if (seconds > 35) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
}

const start = () => callFunction('chat', { bot_id: botId, client_message_id: crypto.randomUUID(), input: { type: 'start' } });

describe('rate limits', { timeout: 60_000 }, () => {
  it('asks a visitor to slow down past their messages per minute, with Retry-After, storing nothing more', async () => {
    await withinOneMinuteWindow();
    const opened = await start();
    const token = (opened.json as { visitor_token: string }).visitor_token;
    const send = (text: string) => callFunction('chat', { bot_id: botId, visitor_token: token, client_message_id: crypto.randomUUID(), input: { type: 'text', text } });
    for (const text of ['Sam', 'Mostly pasta', 'And coffee']) expect((await send(text)).status).toBe(200);

    const refused = await send('One more');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.json).toMatchObject({ error: { code: 'rate_limited', details: { retry_after_seconds: expect.any(Number) } } });
    expect(await count('messages', { bot_id: botId, sender_type: 'client' })).toBe(3);
  });

  it('refuses new chats from one address past the hourly limit', async () => {
    // The first test made one visitor; the limit is two.
    expect((await start()).status).toBe(200);
    const before = await count('visitors', { bot_id: botId });
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ error: { code: 'rate_limited', message: expect.stringMatching(/new chats/) } });
    expect(await count('visitors', { bot_id: botId })).toBe(before);
  });

  it('finishes gracefully when the bot cannot recommend a plan from what it asks', async () => {
    await service.from('bots').update({ address_new_visitors_per_hour: 100 }).eq('id', botId);
    const opened = await start();
    const token = (opened.json as { visitor_token: string }).visitor_token;
    const say = (text: string) => callFunction('chat', { bot_id: botId, visitor_token: token, client_message_id: crypto.randomUUID(), input: { type: 'text', text } });
    await say('Kim');
    const last = await say('Home cooking mostly');
    expect(last.status).toBe(200);
    expect(last.json).toMatchObject({ status: 'completed', plan: null, prompt: null });
  });
});

/** A bot of its own for one test, with the limits given. */
async function botWith(limits: Record<string, number>) {
  const { data, error } = await service.from('bots').insert({ owner_id: OTHER_OWNER_ID, name: 'Limits', allowed_origins: [DEMO_ORIGIN], ...limits })
    .select('id').single();
  if (error) throw new Error(error.message);
  await service.from('bot_fields').insert({ bot_id: data.id, key: 'name', type: 'text', label: 'name', entity: 'person_name' });
  await service.from('bot_steps').insert([{ bot_id: data.id, position: 1, field: 'name', prompt: 'Your name?' }]);
  return data.id as string;
}

async function opened(bot: string, headers: Record<string, string> = {}) {
  const result = await callFunction('chat', { bot_id: bot, client_message_id: crypto.randomUUID(), input: { type: 'start' } }, { headers });
  return { ...result, token: (result.json as { visitor_token?: string }).visitor_token! };
}

describe('rate limits on every write a visitor can make', { timeout: 60_000 }, () => {
  it('counts a restart as a message: past the limit it is refused and opens no conversation', async () => {
    await withinOneMinuteWindow();
    const bot = await botWith({ visitor_messages_per_minute: 2 });
    const { token } = await opened(bot);
    const restart = () => callFunction('chat', { bot_id: bot, visitor_token: token, client_message_id: crypto.randomUUID(), input: { type: 'restart' } });
    expect((await restart()).status).toBe(200);
    expect((await restart()).status).toBe(200);
    const conversations = await count('conversations', { bot_id: bot });
    const refused = await restart();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.json).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await count('conversations', { bot_id: bot })).toBe(conversations);
  });

  it('limits profile updates like messages', async () => {
    await withinOneMinuteWindow();
    const bot = await botWith({ visitor_messages_per_minute: 2 });
    const { token } = await opened(bot);
    const update = (name: string) => callFunction('profile', { bot_id: bot, visitor_token: token, profile: { name } });
    expect((await update('Ana')).status).toBe(200);
    expect((await update('Bea')).status).toBe(200);
    const refused = await update('Cy');
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ error: { code: 'rate_limited' } });
    const { data } = await service.from('user_profiles').select('name').eq('bot_id', bot).single();
    expect(data?.name).toBe('Bea');
  });

  it('limits events to 30 a minute per visitor', async () => {
    await withinOneMinuteWindow();
    const EVENTS_PER_VISITOR_PER_MINUTE = 30;
    const bot = await botWith({});
    const { token } = await opened(bot);
    const send = () => callFunction('events', { bot_id: bot, visitor_token: token, client_event_id: crypto.randomUUID(), type: 'widget_opened' });
    for (let i = 0; i < EVENTS_PER_VISITOR_PER_MINUTE; i++) expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await count('events', { bot_id: bot, type: 'widget_opened' })).toBe(EVENTS_PER_VISITOR_PER_MINUTE);
  });

  it('takes the address the edge saw: forged forwarding headers do not escape the per-address limit', async () => {
    const bot = await botWith({ address_new_visitors_per_hour: 2 });
    expect((await opened(bot)).status).toBe(200);
    expect((await opened(bot, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    const forged = await opened(bot, { 'x-forwarded-for': '198.51.100.9, 203.0.113.8', 'cf-connecting-ip': '198.51.100.10', 'x-real-ip': '198.51.100.11' });
    expect(forged.status).toBe(429);
    expect(await count('visitors', { bot_id: bot })).toBe(2);
  });
});
