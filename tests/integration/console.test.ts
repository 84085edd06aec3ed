/**
 * What a coach does in the owner console, through the Data API as the signed-in owner (RLS decides): reply
 * under their own name, hand back, close, keep internal notes, and read the inbox and the reports. Owner A
 * never sees or changes owner B's rows; the anon key reaches none of it.
 */
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { BOT_ID, chat, newVisitor, service, stack } from './helpers.ts';

function coachClient(sub: string, metadata: Record<string, unknown>) {
  const token = signJwt({ sub, role: 'authenticated', aud: 'authenticated', user_metadata: metadata, exp: Math.floor(Date.now() / 1000) + 3600 }, stack.jwtSecret);
  return createClient(stack.url, stack.anonKey, { accessToken: async () => token, auth: { persistSession: false } });
}
const dana = coachClient(DEMO_OWNER_ID, { name: 'Dana', avatar_url: 'https://cdn.example.test/dana.png' });
const other = coachClient(OTHER_OWNER_ID, { name: 'Mallory' });
const anon = createClient(stack.url, stack.anonKey, { auth: { persistSession: false } });

async function conversationRow(id: string) {
  const { data } = await service.from('conversations').select('visitor_id, status').eq('id', id).single();
  return data!;
}

async function conversation(id: string) {
  const { data } = await service.from('conversations').select('status, handoff_at, handed_back_at').eq('id', id).single();
  return data!;
}

/** A visitor who answered the first question and then asked for a person. */
async function waitingVisitor() {
  const visitor = await newVisitor();
  await visitor.say('Sam');
  const asked = await visitor.say('Can I talk to a real person please?');
  expect(asked.status).toBe('handoff');
  return { ...visitor, conversationId: visitor.opened.conversation_id };
}

const inboxRow = async (client: typeof dana, id: string) =>
  (await client.from('inbox').select('*').eq('conversation_id', id).maybeSingle()).data;

describe('a coach replying', () => {
  it("signs the reply with the coach's name and avatar, shows it to the visitor, and stores a retry once", async () => {
    const v = await waitingVisitor();
    const clientMessageId = randomUUID();
    const args = { p_conversation_id: v.conversationId, p_content: 'Hi Sam, Dana here.', p_client_message_id: clientMessageId };
    const first = await dana.rpc('reply_as_coach', args);
    expect(first.error).toBeNull();
    expect(first.data).toMatchObject({ sender_type: 'human_coach', content: 'Hi Sam, Dana here.', metadata: { coach: { name: 'Dana', avatar_url: 'https://cdn.example.test/dana.png', id: DEMO_OWNER_ID } } });
    const again = await dana.rpc('reply_as_coach', args);
    expect(again.data.id).toBe(first.data.id);
    const { count } = await service.from('messages').select('*', { count: 'exact', head: true }).eq('client_message_id', clientMessageId);
    expect(count).toBe(1);

    const polled = await chat({ visitor_token: v.token, input: { type: 'poll' } });
    expect(polled.history?.at(-1)).toEqual({
      id: first.data.id, sender_type: 'human_coach', content: 'Hi Sam, Dana here.', created_at: expect.any(String),
      author: { name: 'Dana', avatar_url: 'https://cdn.example.test/dana.png' },
    });
    // The bot's own messages are not signed.
    expect(polled.history?.filter((m) => m.sender_type !== 'human_coach').every((m) => m.author === undefined)).toBe(true);
  });

  it('refuses an empty or oversized reply, and writes nothing', async () => {
    const v = await waitingVisitor();
    for (const content of ['   ', 'x'.repeat(4001)]) {
      const result = await dana.rpc('reply_as_coach', { p_conversation_id: v.conversationId, p_content: content, p_client_message_id: randomUUID() });
      expect(result.error?.code).toBe('22023');
    }
    const { count } = await service.from('messages').select('*', { count: 'exact', head: true }).eq('conversation_id', v.conversationId).eq('sender_type', 'human_coach');
    expect(count).toBe(0);
  });

  it("refuses another owner's reply, hand-back and close, and changes nothing", async () => {
    const v = await waitingVisitor();
    const before = await conversation(v.conversationId);
    const reply = await other.rpc('reply_as_coach', { p_conversation_id: v.conversationId, p_content: 'Not mine', p_client_message_id: randomUUID() });
    expect(reply.error?.code).toBe('P0002');
    for (const fn of ['hand_back_conversation', 'close_conversation']) {
      const result = await other.rpc(fn, { p_conversation_id: v.conversationId });
      expect(result.error?.code, fn).toBe('P0002');
    }
    expect(await conversation(v.conversationId)).toEqual(before);
    const { count } = await service.from('messages').select('*', { count: 'exact', head: true }).eq('conversation_id', v.conversationId).eq('sender_type', 'human_coach');
    expect(count).toBe(0);
  });

  it('gives the anon key none of the coach actions', async () => {
    const v = await waitingVisitor();
    for (const [fn, args] of [
      ['reply_as_coach', { p_conversation_id: v.conversationId, p_content: 'x', p_client_message_id: randomUUID() }],
      ['hand_back_conversation', { p_conversation_id: v.conversationId }],
      ['close_conversation', { p_conversation_id: v.conversationId }],
    ] as const) {
      const result = await anon.rpc(fn, args);
      expect(result.error?.code, fn).toBe('42501');
    }
    expect((await conversation(v.conversationId)).status).toBe('handoff');
  });
});

describe('handing back and closing', () => {
  it('hands the conversation back to the bot, stamps when, and is idempotent', async () => {
    const v = await waitingVisitor();
    expect((await conversation(v.conversationId)).handoff_at).not.toBeNull();
    const first = await dana.rpc('hand_back_conversation', { p_conversation_id: v.conversationId });
    expect(first.error).toBeNull();
    expect(first.data).toMatchObject({ status: 'active' });
    expect(first.data.handed_back_at).not.toBeNull();
    const second = await dana.rpc('hand_back_conversation', { p_conversation_id: v.conversationId });
    expect(second.data).toEqual(first.data);
    const resumed = await v.say('34');
    expect(resumed.status).toBe('active');
    expect(resumed.prompt?.field).toBe('gender');
  });

  it('comes back at the visitor\'s next poll, once, however many polls arrive together', async () => {
    const v = await waitingVisitor();
    await dana.rpc('reply_as_coach', { p_conversation_id: v.conversationId, p_content: 'Hi Sam, Dana here.', p_client_message_id: randomUUID() });
    await v.say('How long does delivery take?');
    await dana.rpc('hand_back_conversation', { p_conversation_id: v.conversationId });
    const polls = await Promise.all([1, 2, 3].map(() => chat({ visitor_token: v.token, input: { type: 'poll' } })));
    const { data: returns } = await service.from('messages').select('content, metadata').eq('conversation_id', v.conversationId).eq('sender_type', 'ai').eq('metadata->>intent', 'handed_back');
    expect(returns).toHaveLength(1);
    expect(returns![0]!.content).toMatch(/^Thanks for waiting — I'm back to help\. /);
    expect(returns![0]!.content).toMatch(/How old are you\?$/);
    for (const polled of polls) {
      expect(polled.status).toBe('active');
      expect(polled.history?.filter((m) => m.content === returns![0]!.content)).toHaveLength(1);
    }
    expect((await chat({ visitor_token: v.token, input: { type: 'poll' } })).messages).toEqual([]);
    const next = await v.say('34');
    expect(next.prompt?.field).toBe('gender');
  });

  it('closes a conversation: it leaves the waiting list, and the visitor\'s next message starts a new one', async () => {
    const v = await waitingVisitor();
    expect((await inboxRow(dana, v.conversationId))?.waiting_since).not.toBeNull();
    const closed = await dana.rpc('close_conversation', { p_conversation_id: v.conversationId });
    expect(closed.data).toMatchObject({ status: 'closed', closed_at: expect.any(String) });
    expect((await dana.rpc('close_conversation', { p_conversation_id: v.conversationId })).data).toEqual(closed.data);
    expect(await inboxRow(dana, v.conversationId)).toMatchObject({ status: 'closed', waiting_since: null, closed_at: closed.data.closed_at });

    const reopened = await chat({ visitor_token: v.token, input: { type: 'start' } });
    expect(reopened.conversation_id).toBe(v.conversationId); // opening the chat shows what was said
    expect(reopened.prompt).toBeNull();
    const body = { visitor_token: v.token, client_message_id: randomUUID(), input: { type: 'text' as const, text: '34' } };
    const [first, retry] = [await chat(body), await chat(body)];
    expect(first.conversation_id).not.toBe(v.conversationId);
    expect(first.messages.map((m) => m.content)).toEqual([expect.stringMatching(/^Welcome back, Sam! .*Which best describes you\?$/)]);
    expect(retry.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
    expect(first.prompt?.field).toBe('gender');
    const { data: stored } = await service.from('messages').select('conversation_id').eq('client_message_id', body.client_message_id);
    expect(stored).toEqual([{ conversation_id: first.conversation_id }]);
    const { data: profile } = await service.from('user_profiles').select('name, age').eq('visitor_id', (await conversationRow(first.conversation_id)).visitor_id).single();
    expect(profile).toEqual({ name: 'Sam', age: 34 });
  });
});

describe('the inbox', () => {
  it('says since when a visitor waits, until a coach answers, and again when the visitor writes back', async () => {
    const v = await waitingVisitor();
    const waiting = await inboxRow(dana, v.conversationId);
    expect(waiting).toMatchObject({ status: 'handoff', name: 'Sam', bot_id: BOT_ID, bot_name: 'Nutrition Solutions' });
    expect(Date.parse(waiting!.waiting_since)).toBeLessThanOrEqual(Date.now());

    await dana.rpc('reply_as_coach', { p_conversation_id: v.conversationId, p_content: 'On it!', p_client_message_id: randomUUID() });
    expect(await inboxRow(dana, v.conversationId)).toMatchObject({ waiting_since: null, last_sender_type: 'human_coach', last_message: 'On it!' });

    await v.say('Great, thanks. Is it nut-free?');
    const again = await inboxRow(dana, v.conversationId);
    expect(again!.waiting_since).not.toBeNull();
    expect(Date.parse(again!.waiting_since)).toBeGreaterThan(Date.parse(again!.last_coach_at));
  });

  it("shows each owner only their own conversations, and the anon key nothing", async () => {
    const v = await waitingVisitor();
    expect(await inboxRow(other, v.conversationId)).toBeNull();
    const { data: theirs } = await other.from('inbox').select('bot_id');
    expect(theirs!.every((row) => row.bot_id !== BOT_ID)).toBe(true);
    const refused = await anon.from('inbox').select('*');
    expect(refused.error?.code).toBe('42501');
  });
});

describe('internal notes', () => {
  it('are written and read by the owner under their name, and never reach the visitor', async () => {
    const v = await waitingVisitor();
    const marker = `Call back on Monday ${randomUUID()}`;
    const added = await dana.from('conversation_notes').insert({ conversation_id: v.conversationId, author_name: 'Dana', body: marker }).select('bot_id, author_id, body').single();
    expect(added.error).toBeNull();
    expect(added.data).toEqual({ bot_id: BOT_ID, author_id: DEMO_OWNER_ID, body: marker });
    const read = await dana.from('conversation_notes').select('body').eq('conversation_id', v.conversationId);
    expect(read.data).toEqual([{ body: marker }]);
    const polled = await chat({ visitor_token: v.token, input: { type: 'poll' } });
    expect(JSON.stringify(polled)).not.toContain(marker);
  });

  it("are invisible to another owner, who cannot add one either; the anon key gets nothing", async () => {
    const v = await waitingVisitor();
    const marker = `secret ${randomUUID()}`;
    await dana.from('conversation_notes').insert({ conversation_id: v.conversationId, author_name: 'Dana', body: marker });
    expect((await other.from('conversation_notes').select('*').eq('conversation_id', v.conversationId)).data).toEqual([]);
    const forged = await other.from('conversation_notes').insert({ conversation_id: v.conversationId, author_name: 'Mallory', body: 'sneaky' });
    expect(forged.error?.code).toBe('42501');
    const asDana = await other.from('conversation_notes').insert({ conversation_id: v.conversationId, author_id: DEMO_OWNER_ID, body: 'sneaky' });
    expect(asDana.error?.code).toBe('42501');
    const deleted = await other.from('conversation_notes').delete().eq('conversation_id', v.conversationId).select();
    expect(deleted.data ?? []).toEqual([]);
    expect((await anon.from('conversation_notes').select('*')).error?.code).toBe('42501');
    expect((await anon.from('conversation_notes').insert({ conversation_id: v.conversationId, body: 'x' })).error?.code).toBe('42501');
    const { data } = await service.from('conversation_notes').select('body').eq('conversation_id', v.conversationId);
    expect(data).toEqual([{ body: marker }]);
  });
});

describe('the report views', () => {
  it.each(['funnel_summary', 'plan_conversions_daily', 'llm_usage_daily', 'llm_prices'])('%s: the anon key reads nothing', async (view) => {
    expect((await anon.from(view).select('*')).error?.code).toBe('42501');
  });

  it("count the funnel and the model's cost for the owner's own bots only", async () => {
    const v = await newVisitor();
    await v.say('Sam');
    const { data: mine } = await dana.from('funnel_summary').select('*');
    expect(mine!.map((row) => row.bot_id)).toContain(BOT_ID);
    expect(mine!.find((row) => row.bot_id === BOT_ID)!.started).toBeGreaterThan(0);
    const { data: theirs } = await other.from('funnel_summary').select('bot_id');
    expect(theirs!.map((row) => row.bot_id)).not.toContain(BOT_ID);

    const day = new Date().toISOString().slice(0, 10);
    await service.rpc('record_llm_usage', { p_bot_id: BOT_ID, p_prompt_tokens: 1_000_000, p_completion_tokens: 1_000_000 });
    const { data: usage } = await dana.from('llm_usage_daily').select('model, prompt_tokens, completion_tokens, cost_usd').eq('bot_id', BOT_ID).eq('day', day).single();
    // gpt-4o-mini list price: 0.15 per million prompt tokens, 0.60 per million completion tokens.
    const expected = (usage!.prompt_tokens * 0.15 + usage!.completion_tokens * 0.6) / 1e6;
    expect(usage!.model).toBe('gpt-4o-mini');
    expect(Number(usage!.cost_usd)).toBeCloseTo(expected, 3);
    expect((await other.from('llm_usage_daily').select('bot_id').eq('bot_id', BOT_ID)).data).toEqual([]);
  });
});
