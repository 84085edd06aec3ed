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
  await service.from('bot_steps').insert([
    { bot_id: botId, position: 1, field: 'name', prompt: 'Your name?', kind: 'text' },
    { bot_id: botId, position: 2, field: 'eating_habits', prompt: 'How do you eat?', kind: 'text' },
  ]);
});

afterAll(async () => {
  await service.from('bots').delete().eq('id', botId);
});

const start = () => callFunction('chat', { bot_id: botId, client_message_id: crypto.randomUUID(), input: { type: 'start' } });

describe('rate limits', () => {
  it('asks a visitor to slow down past their messages per minute, with Retry-After, storing nothing more', async () => {
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
