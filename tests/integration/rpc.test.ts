/**
 * The conversation RPCs through the Data API with the service role, as the Edge Functions call them:
 * idempotency under retries and concurrency, partial profile merges, the optimistic lock of commit_turn,
 * validation messages that name the field, and the owner-side validation of bot configuration.
 */
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';

const stack = inject('stack');
const OTHER_BOT_ID = '5e1f0a57-0000-4000-8000-000000000002';

const options = { auth: { persistSession: false, autoRefreshToken: false } };
const service = createClient(stack.url, stack.serviceRoleKey, options);
const ownerJwt = signJwt(
  { sub: DEMO_OWNER_ID, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 },
  stack.jwtSecret,
);
const owner = createClient(stack.url, stack.anonKey, { ...options, accessToken: async () => ownerJwt });

async function rpc<T = any>(name: string, args: Record<string, unknown>): Promise<T> {
  const { data, error } = await service.rpc(name, args);
  if (error) throw new Error(`${name}: ${error.code} ${error.message}`);
  return data as T;
}

/** Calls an RPC that must fail; returns the error for assertions on its code and message. */
async function rpcError(name: string, args: Record<string, unknown>) {
  const { data, error, status } = await service.rpc(name, args);
  expect(data).toBeNull();
  expect(error).not.toBeNull();
  return { status, code: error!.code, message: error!.message };
}

async function newVisitor(botId = BOT_ID) {
  return rpc<{ visitor_id: string; conversation_id: string; created: boolean }>(
    'create_visitor', { p_bot_id: botId, p_client_key: randomUUID() },
  );
}

async function profileRow(visitorId: string) {
  const { data } = await service.from('user_profiles').select('*').eq('visitor_id', visitorId).single();
  return data!;
}

async function conversationRow(id: string) {
  const { data } = await service.from('conversations').select('*').eq('id', id).single();
  return data!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('create_visitor', () => {
  it('creates a visitor, an empty profile and a first active conversation', async () => {
    const v = await newVisitor();
    expect(v.created).toBe(true);
    expect(await profileRow(v.visitor_id)).toMatchObject({ bot_id: BOT_ID, name: null, returning_user: false });
    expect(await conversationRow(v.conversation_id)).toMatchObject({ status: 'active', turn: 0, pending_field: null });
    const { data: events } = await service.from('events').select('type').eq('conversation_id', v.conversation_id);
    expect(events).toEqual([{ type: 'conversation_started' }]);
  });

  it('returns the same ids with created=false when called again with the same client key', async () => {
    const key = randomUUID();
    const first = await rpc('create_visitor', { p_bot_id: BOT_ID, p_client_key: key });
    const again = await rpc('create_visitor', { p_bot_id: BOT_ID, p_client_key: key });
    expect(again).toEqual({ ...first, created: false });
  });

  it('creates one visitor when five first contacts race with the same key', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => rpc('create_visitor', { p_bot_id: BOT_ID, p_client_key: key })),
    );
    expect(new Set(results.map((r) => r.visitor_id)).size).toBe(1);
    expect(new Set(results.map((r) => r.conversation_id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const { count } = await service.from('visitors').select('*', { count: 'exact', head: true }).eq('client_key', key);
    expect(count).toBe(1);
  });

  it('refuses an unknown bot with P0002 and writes nothing', async () => {
    const key = randomUUID();
    expect(await rpcError('create_visitor', { p_bot_id: randomUUID(), p_client_key: key }))
      .toMatchObject({ code: 'P0002', message: 'bot not found' });
    const { count } = await service.from('visitors').select('*', { count: 'exact', head: true }).eq('client_key', key);
    expect(count).toBe(0);
  });
});

describe('upsert_profile', () => {
  it('merges a partial update without wiping other fields, and moves updated_at and last_seen', async () => {
    const v = await newVisitor();
    const first = await rpc('upsert_profile', { p_profile: { visitor_id: v.visitor_id, name: '  Ann  ', age: 34 } });
    expect(first).toMatchObject({ visitor_id: v.visitor_id, bot_id: BOT_ID, name: 'Ann', age: 34, primary_goal: null });
    await sleep(20);
    const second = await rpc('upsert_profile', {
      p_profile: { visitor_id: v.visitor_id, bot_id: BOT_ID, primary_goal: 'recomp', support_level: 3, cooking_preference: false },
    });
    expect(second).toMatchObject({ name: 'Ann', age: 34, primary_goal: 'recomp', support_level: 3, cooking_preference: false });
    expect(Date.parse(second.updated_at)).toBeGreaterThan(Date.parse(first.updated_at));
    expect(Date.parse(second.last_seen)).toBeGreaterThan(Date.parse(first.last_seen));
    expect(await profileRow(v.visitor_id)).toEqual(second);
  });

  it('clears a field given as null, and stores HTML in a name as plain text', async () => {
    const v = await newVisitor();
    await rpc('upsert_profile', { p_profile: { visitor_id: v.visitor_id, age: 40, objection: 'price' } });
    const cleared = await rpc('upsert_profile', { p_profile: { visitor_id: v.visitor_id, objection: null, name: '<b>Bo</b>' } });
    expect(cleared).toMatchObject({ age: 40, objection: null, name: '<b>Bo</b>' });
  });

  it.each([
    ['age 200', { age: 200 }, 'age must be a whole number from 13 to 100'],
    ['age -1', { age: -1 }, 'age must be a whole number from 13 to 100'],
    ['age "abc"', { age: 'abc' }, 'age must be a whole number from 13 to 100'],
    ['age 30.5', { age: 30.5 }, 'age must be a whole number from 13 to 100'],
    ['support_level 0', { support_level: 0 }, 'support_level must be a whole number from 1 to 10'],
    ['support_level 11', { support_level: 11 }, 'support_level must be a whole number from 1 to 10'],
    ['primary_goal "bulk"', { primary_goal: 'bulk' }, 'primary_goal must be one of fat_loss, muscle_gain, recomp'],
    ['gender "robot"', { gender: 'robot' }, 'gender must be one of male, female, nonbinary, prefer_not'],
    ['recomp_focus "tone"', { recomp_focus: 'tone' }, 'recomp_focus must be one of lean, build'],
    ['cooking_preference "yes"', { cooking_preference: 'yes' }, 'cooking_preference must be true or false'],
    ['objection "weather"', { objection: 'weather' }, 'objection must be one of price, time, doubt, tried_before, not_now'],
    ['a blank name', { name: '   ' }, 'name must be text of 1 to 60 characters (or null to clear it)'],
    ['a 61-character name', { name: 'x'.repeat(61) }, 'name must be text of 1 to 60 characters (or null to clear it)'],
    ['a 501-character why', { emotional_why: 'x'.repeat(501) }, 'emotional_why must be text of 1 to 500 characters (or null to clear it)'],
    ['an unknown key', { favourite_colour: 'blue' }, 'unknown profile field: favourite_colour'],
    ['returning_user (not writable)', { returning_user: true }, 'unknown profile field: returning_user'],
  ])('refuses %s with 22023 naming the field, and changes nothing', async (_label, patch, message) => {
    const v = await newVisitor();
    const before = await rpc('upsert_profile', { p_profile: { visitor_id: v.visitor_id, name: 'Ann', age: 30, support_level: 5 } });
    // A valid field in the same call is not applied either.
    const error = await rpcError('upsert_profile', { p_profile: { visitor_id: v.visitor_id, gender: 'female', ...patch } });
    expect(error).toEqual({ status: 400, code: '22023', message });
    expect(await profileRow(v.visitor_id)).toEqual(before);
  });

  it('requires visitor_id, and refuses an unknown visitor or another bot\'s visitor with P0002', async () => {
    expect(await rpcError('upsert_profile', { p_profile: { name: 'Ann' } }))
      .toMatchObject({ code: '22023', message: 'visitor_id is required' });
    expect(await rpcError('upsert_profile', { p_profile: { visitor_id: 'abc' } }))
      .toMatchObject({ code: '22023', message: 'visitor_id must be a uuid' });
    expect(await rpcError('upsert_profile', { p_profile: { visitor_id: randomUUID(), name: 'Ann' } }))
      .toMatchObject({ code: 'P0002', message: 'visitor not found' });
    const v = await newVisitor();
    expect(await rpcError('upsert_profile', { p_profile: { visitor_id: v.visitor_id, bot_id: OTHER_BOT_ID, name: 'Ann' } }))
      .toMatchObject({ code: 'P0002' });
    expect((await profileRow(v.visitor_id)).name).toBeNull();
  });
});

describe('append_session_message', () => {
  it('stores a message once per client message id; a repeat returns the stored one with inserted=false', async () => {
    const v = await newVisitor();
    const args = {
      p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: '  I want to lose weight  ',
      p_client_message_id: randomUUID(), p_metadata: { input: 'text' },
    };
    const first = await rpc('append_session_message', args);
    expect(first.inserted).toBe(true);
    expect(first.message).toEqual({
      id: expect.any(String), seq: expect.any(Number), sender_type: 'client', content: 'I want to lose weight',
      metadata: { input: 'text' }, client_message_id: args.p_client_message_id, created_at: expect.any(String),
    });
    const again = await rpc('append_session_message', { ...args, p_content: 'something else' });
    expect(again).toEqual({ message: first.message, inserted: false });
    expect(await rpc('conversation_history', { p_conversation_id: v.conversation_id })).toEqual([first.message]);
  });

  it('stores one row when the same message is sent five times at once', async () => {
    const v = await newVisitor();
    const clientMessageId = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => rpc('append_session_message', {
      p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: 'Hello', p_client_message_id: clientMessageId,
    })));
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(await rpc('conversation_history', { p_conversation_id: v.conversation_id })).toHaveLength(1);
  });

  it('copies bot and visitor from the conversation and marks the visitor as seen', async () => {
    const v = await newVisitor();
    const { data: before } = await service.from('visitors').select('last_seen_at').eq('id', v.visitor_id).single();
    await sleep(20);
    const { message } = await rpc('append_session_message', {
      p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: 'Hi', p_client_message_id: randomUUID(),
    });
    const { data: row } = await service.from('messages').select('bot_id, visitor_id').eq('id', message.id).single();
    expect(row).toEqual({ bot_id: BOT_ID, visitor_id: v.visitor_id });
    const { data: after } = await service.from('visitors').select('last_seen_at').eq('id', v.visitor_id).single();
    expect(Date.parse(after!.last_seen_at)).toBeGreaterThan(Date.parse(before!.last_seen_at));
  });

  it.each([
    ['empty text', { p_content: '' }, 'content must be text of 1 to 2000 characters'],
    ['white space only', { p_content: ' \n\t ' }, 'content must be text of 1 to 2000 characters'],
    ['2001 characters', { p_content: 'x'.repeat(2001) }, 'content must be text of 1 to 2000 characters'],
    ['an unknown sender type', { p_sender_type: 'admin' }, 'sender_type must be one of client, ai, human_coach'],
    ['an empty client message id', { p_client_message_id: '' }, 'client_message_id must be text of 1 to 200 characters'],
    ['metadata that is not an object', { p_metadata: [1] }, 'metadata must be a JSON object'],
  ])('refuses %s with 22023, and writes nothing', async (_label, override, message) => {
    const v = await newVisitor();
    const error = await rpcError('append_session_message', {
      p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: 'ok',
      p_client_message_id: randomUUID(), ...override,
    });
    expect(error).toEqual({ status: 400, code: '22023', message });
    expect(await rpc('conversation_history', { p_conversation_id: v.conversation_id })).toEqual([]);
  });

  it('accepts exactly 2000 characters from a visitor', async () => {
    const v = await newVisitor();
    const { message } = await rpc('append_session_message', {
      p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: 'é'.repeat(2000), p_client_message_id: randomUUID(),
    });
    expect([...message.content]).toHaveLength(2000);
  });

  it('refuses an unknown conversation with P0002', async () => {
    expect(await rpcError('append_session_message', {
      p_conversation_id: randomUUID(), p_sender_type: 'client', p_content: 'Hi', p_client_message_id: randomUUID(),
    })).toMatchObject({ code: 'P0002', message: 'conversation not found' });
  });
});

describe('commit_turn', () => {
  async function visitorSaid(conversationId: string, text: string) {
    const clientMessageId = randomUUID();
    await rpc('append_session_message', {
      p_conversation_id: conversationId, p_sender_type: 'client', p_content: text, p_client_message_id: clientMessageId,
    });
    return clientMessageId;
  }

  const turnArgs = (conversationId: string, expectedTurn: number, replyTo: string) => ({
    p_conversation_id: conversationId,
    p_expected_turn: expectedTurn,
    p_reply_to: replyTo,
    p_profile: { name: 'Ann' },
    p_conversation: { pending_field: 'age' },
    p_messages: [
      { sender_type: 'ai', content: 'Nice to meet you, Ann!', metadata: { intent: 'answer', step: 'name' } },
      { content: 'How old are you?', metadata: { intent: 'ask', step: 'age' } },
    ],
    p_events: [{ type: 'step_answered', data: { field: 'name' } }],
  });

  it('applies profile, conversation, replies and events together', async () => {
    const v = await newVisitor();
    const replyTo = await visitorSaid(v.conversation_id, 'Ann');
    const result = await rpc('commit_turn', turnArgs(v.conversation_id, 0, replyTo));
    expect(result.committed).toBe(true);
    expect(result.messages).toEqual([
      expect.objectContaining({ sender_type: 'ai', content: 'Nice to meet you, Ann!', client_message_id: `${replyTo}#0`, metadata: { intent: 'answer', step: 'name', reply_to: replyTo } }),
      expect.objectContaining({ sender_type: 'ai', content: 'How old are you?', client_message_id: `${replyTo}#1`, metadata: { intent: 'ask', step: 'age', reply_to: replyTo } }),
    ]);
    expect(result.messages[0].seq).toBeLessThan(result.messages[1].seq);
    expect(result.profile).toMatchObject({ visitor_id: v.visitor_id, name: 'Ann' });
    expect(result.conversation).toMatchObject({ id: v.conversation_id, status: 'active', pending_field: 'age', turn: 1 });
    const { data: events } = await service.from('events').select('type, data, client_event_id').eq('conversation_id', v.conversation_id).eq('type', 'step_answered');
    expect(events).toEqual([{ type: 'step_answered', data: { field: 'name' }, client_event_id: `${replyTo}#step_answered#0` }]);
    expect(await rpc('turn_replies', { p_conversation_id: v.conversation_id, p_reply_to: replyTo })).toEqual(result.messages);
  });

  it('answers a retry of the same visitor message with the stored replies and changes nothing', async () => {
    const v = await newVisitor();
    const replyTo = await visitorSaid(v.conversation_id, 'Ann');
    const first = await rpc('commit_turn', turnArgs(v.conversation_id, 0, replyTo));
    const retry = await rpc('commit_turn', {
      ...turnArgs(v.conversation_id, 0, replyTo), p_profile: { name: 'Changed' }, p_messages: [{ content: 'Different' }],
    });
    expect(retry).toEqual({ committed: false, reason: 'duplicate', messages: first.messages });
    expect(await conversationRow(v.conversation_id)).toMatchObject({ turn: 1 });
    expect((await profileRow(v.visitor_id)).name).toBe('Ann');
    expect(await rpc('conversation_history', { p_conversation_id: v.conversation_id })).toHaveLength(3);
  });

  it('refuses a turn computed from a stale state and changes nothing', async () => {
    const v = await newVisitor();
    await rpc('commit_turn', turnArgs(v.conversation_id, 0, await visitorSaid(v.conversation_id, 'Ann')));
    const late = await visitorSaid(v.conversation_id, 'Bob');
    const before = await conversationRow(v.conversation_id);
    const stale = await rpc('commit_turn', { ...turnArgs(v.conversation_id, 0, late), p_profile: { name: 'Bob' } });
    expect(stale).toEqual({ committed: false, reason: 'stale' });
    expect(await conversationRow(v.conversation_id)).toEqual(before);
    expect((await profileRow(v.visitor_id)).name).toBe('Ann');
    expect(await rpc('turn_replies', { p_conversation_id: v.conversation_id, p_reply_to: late })).toEqual([]);
  });

  it('lets exactly one of two racing turns apply', async () => {
    const v = await newVisitor();
    const [one, two] = [await visitorSaid(v.conversation_id, 'Ann'), await visitorSaid(v.conversation_id, 'Bob')];
    const results = await Promise.all([
      rpc('commit_turn', turnArgs(v.conversation_id, 0, one)),
      rpc('commit_turn', turnArgs(v.conversation_id, 0, two)),
    ]);
    // The earlier message's turn applies; the later one waited for it or found the turn moved on.
    expect(results.map((r) => r.committed)).toEqual([true, false]);
    expect(['stale', 'wait']).toContain(results[1].reason);
    expect((await conversationRow(v.conversation_id)).turn).toBe(1);
  });

  it('makes a later visitor message wait until the earlier one has had its turn', async () => {
    const v = await newVisitor();
    const [first, second] = [randomUUID(), randomUUID()];
    for (const id of [first, second]) {
      await rpc('append_session_message', { p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: 'Hi', p_client_message_id: id });
    }
    const turn = (replyTo: string, expected: number) => rpc('commit_turn', {
      p_conversation_id: v.conversation_id, p_expected_turn: expected, p_reply_to: replyTo, p_profile: {},
      p_conversation: {}, p_messages: [{ sender_type: 'ai', content: `answering ${replyTo}` }], p_events: [],
    });
    expect(await turn(second, 0)).toEqual({ committed: false, reason: 'wait' });
    expect((await conversationRow(v.conversation_id)).turn).toBe(0);
    expect((await turn(first, 0)).committed).toBe(true);
    expect((await turn(second, 1)).committed).toBe(true);
    expect((await conversationRow(v.conversation_id)).answered_seq).toBeGreaterThan(0);
  });

  it('marks completion, clears the pending question, and records a handoff reason', async () => {
    const v = await newVisitor();
    const done = await rpc('commit_turn', {
      ...turnArgs(v.conversation_id, 0, await visitorSaid(v.conversation_id, 'yes')),
      p_profile: { recommended_plan: 'Shred-Spartan' },
      p_conversation: { status: 'completed', pending_field: null },
      p_events: [{ type: 'plan_shown', data: { plan: 'Shred-Spartan' } }],
    });
    expect(done.conversation).toMatchObject({ status: 'completed', pending_field: null, turn: 1, completed_at: expect.any(String) });
    expect(done.profile.recommended_plan).toBe('Shred-Spartan');
    const handoff = await rpc('commit_turn', {
      ...turnArgs(v.conversation_id, 1, await visitorSaid(v.conversation_id, 'talk to a human')),
      p_profile: {}, p_conversation: { status: 'handoff', handoff_reason: 'asked for a human' }, p_events: [],
    });
    expect(handoff.conversation).toMatchObject({ status: 'handoff', handoff_reason: 'asked for a human', turn: 2, completed_at: done.conversation.completed_at });
  });

  it.each([
    ['a client message among the replies', { p_messages: [{ sender_type: 'client', content: 'Hi' }] }, /messages must be/],
    ['an empty reply', { p_messages: [{ content: '   ' }] }, /content must be text/],
    ['an invalid profile value', { p_profile: { age: 7 } }, /age must be a whole number from 13 to 100/],
    ['an unknown conversation field', { p_conversation: { turn: 9 } }, /unknown conversation field: turn/],
    ['an unknown status', { p_conversation: { status: 'done' } }, /conversation.status must be one of/],
    ['an unknown pending field', { p_conversation: { pending_field: 'shoe_size' } }, /conversation.pending_field must be/],
    ['an unknown event type', { p_events: [{ type: 'purchase' }] }, /type must be one of/],
  ])('refuses %s with 22023 and applies nothing', async (_label, override, message) => {
    const v = await newVisitor();
    const replyTo = await visitorSaid(v.conversation_id, 'Ann');
    const error = await rpcError('commit_turn', { ...turnArgs(v.conversation_id, 0, replyTo), ...override });
    expect(error.code).toBe('22023');
    expect(error.message).toMatch(message);
    expect(await conversationRow(v.conversation_id)).toMatchObject({ turn: 0, pending_field: null });
    expect((await profileRow(v.visitor_id)).name).toBeNull();
    expect(await rpc('conversation_history', { p_conversation_id: v.conversation_id })).toHaveLength(1);
  });

  it('refuses an unknown conversation with P0002', async () => {
    expect(await rpcError('commit_turn', turnArgs(randomUUID(), 0, randomUUID()))).toMatchObject({ code: 'P0002' });
  });
});

describe('start_conversation', () => {
  it('closes the previous conversation, opens a new one and marks a returning user', async () => {
    const v = await newVisitor();
    const started = await rpc('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id });
    expect(started).toEqual({
      id: expect.any(String), status: 'active', pending_field: null, turn: 0, handoff_reason: null,
      created_at: expect.any(String), updated_at: expect.any(String), completed_at: null, handoff_at: null, handed_back_at: null, closed_at: null,
      answered_seq: 0,
    });
    expect(started.id).not.toBe(v.conversation_id);
    expect((await conversationRow(v.conversation_id)).status).toBe('closed');
    expect((await profileRow(v.visitor_id)).returning_user).toBe(true);
    const { data: events } = await service.from('events').select('type').eq('conversation_id', started.id);
    expect(events).toEqual([{ type: 'conversation_started' }]);
    const context = await rpc('chat_context', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id });
    expect(context.conversation.id).toBe(started.id);
    expect(context.previous_conversations).toBe(1);
  });

  it('returns the same conversation when retried with the same request id', async () => {
    const v = await newVisitor();
    const requestId = randomUUID();
    const first = await rpc('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id, p_client_request_id: requestId });
    // Even after the new conversation moved on.
    const said = randomUUID();
    await rpc('append_session_message', { p_conversation_id: first.id, p_sender_type: 'client', p_content: 'Hi', p_client_message_id: said });
    await rpc('commit_turn', { p_conversation_id: first.id, p_expected_turn: 0, p_reply_to: said, p_profile: {}, p_conversation: {}, p_messages: [{ content: 'Hello!' }], p_events: [] });
    const retry = await rpc('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id, p_client_request_id: requestId });
    expect(retry.id).toBe(first.id);
    const { count } = await service.from('conversations').select('*', { count: 'exact', head: true }).eq('visitor_id', v.visitor_id);
    expect(count).toBe(2);
  });

  it('recognises a retry without a request id: an untouched conversation it just opened is returned', async () => {
    const v = await newVisitor();
    const first = await rpc('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id });
    const again = await rpc('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id });
    expect(again.id).toBe(first.id);
  });

  it('refuses a visitor of another bot with P0002', async () => {
    const v = await newVisitor(OTHER_BOT_ID);
    expect(await rpcError('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id }))
      .toMatchObject({ code: 'P0002', message: 'visitor not found for this bot' });
    expect((await conversationRow(v.conversation_id)).status).toBe('active');
  });
});

describe('hit_rate_limit', () => {
  it('counts hits in the window and refuses past the limit with a retry-after', async () => {
    const key = `test:${randomUUID()}`;
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await rpc('hit_rate_limit', { p_key: key, p_limit: 3, p_window_seconds: 3600 }));
    expect(hits.slice(0, 3)).toEqual([
      { allowed: true, remaining: 2, retry_after_seconds: 0 },
      { allowed: true, remaining: 1, retry_after_seconds: 0 },
      { allowed: true, remaining: 0, retry_after_seconds: 0 },
    ]);
    expect(hits[3]).toMatchObject({ allowed: false, remaining: 0 });
    expect(hits[3].retry_after_seconds).toBeGreaterThanOrEqual(1);
    expect(hits[3].retry_after_seconds).toBeLessThanOrEqual(3600);
  });

  it('counts concurrent hits exactly', async () => {
    const key = `test:${randomUUID()}`;
    const hits = await Promise.all(Array.from({ length: 10 }, () => rpc('hit_rate_limit', { p_key: key, p_limit: 4, p_window_seconds: 3600 })));
    expect(hits.filter((h) => h.allowed)).toHaveLength(4);
  });

  it('refuses nonsense arguments', async () => {
    expect(await rpcError('hit_rate_limit', { p_key: '', p_limit: 1, p_window_seconds: 60 })).toMatchObject({ code: '22023', message: /key/ });
    expect(await rpcError('hit_rate_limit', { p_key: 'k', p_limit: -1, p_window_seconds: 60 })).toMatchObject({ code: '22023', message: /limit/ });
    expect(await rpcError('hit_rate_limit', { p_key: 'k', p_limit: 1, p_window_seconds: 0 })).toMatchObject({ code: '22023', message: /window_seconds/ });
  });
});

describe('record_event', () => {
  it('stores an event once per client event id', async () => {
    const v = await newVisitor();
    const args = { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id, p_conversation_id: v.conversation_id, p_type: 'cta_clicked', p_data: { plan: 'Shred-Spartan' }, p_client_event_id: randomUUID() };
    const first = await rpc('record_event', args);
    expect(first).toEqual({ id: expect.any(String), inserted: true });
    expect(await rpc('record_event', args)).toEqual({ id: first.id, inserted: false });
  });

  it('refuses a visitor of another bot with P0002', async () => {
    const v = await newVisitor(OTHER_BOT_ID);
    expect(await rpcError('record_event', {
      p_bot_id: BOT_ID, p_visitor_id: v.visitor_id, p_conversation_id: null, p_type: 'widget_opened', p_data: {}, p_client_event_id: randomUUID(),
    })).toMatchObject({ code: 'P0002' });
  });
});

describe('chat_context', () => {
  it('returns the bot, its steps in order and its plans, with numbers as JSON numbers', async () => {
    const context = await rpc('chat_context', { p_bot_id: BOT_ID });
    // Every setting column of the bot (a new one reaches the conversation unasked); the owner stays out.
    expect(context.bot).not.toHaveProperty('owner_id');
    expect(context.bot).toMatchObject({
      memory_window: 6,
      reading_model: 'gpt-4.1-mini',
      id: BOT_ID, name: 'Nutrition Solutions', welcome_message: expect.any(String), brand_voice: expect.any(String),
      handoff_message: expect.any(String),
      // The browser tests add their own page's origin while this runs.
      allowed_origins: expect.arrayContaining(['http://127.0.0.1:5173', 'http://localhost:5173']),
      theme: expect.any(Object), llm_model: 'gpt-4o-mini', llm_temperature: 0.4, daily_llm_budget: 200, language: 'en',
      updated_at: expect.any(String),
      // The test set-up raises the per-address limits (every test request comes from 127.0.0.1).
      limits: { visitor_messages_per_minute: 30, address_messages_per_minute: expect.any(Number), address_new_visitors_per_hour: expect.any(Number) },
    });
    expect(context.steps.map((s: any) => s.field)).toEqual([
      'name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why', 'support_level', 'cooking_preference',
    ]);
    const positions = context.steps.map((s: any) => s.position);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(context.steps[4].condition).toEqual({ field: 'primary_goal', op: 'eq', value: 'recomp' });
    expect(Object.keys(context.steps[0]).sort()).toEqual(['condition', 'field', 'placeholder', 'position', 'prompt']);
    // What a question takes comes from its field.
    expect(context.fields.find((f: any) => f.key === 'age')).toMatchObject({ type: 'number', entity: 'age', min_value: 13, max_value: 100 });
    expect(context.fields.find((f: any) => f.key === 'recomp_focus')).toMatchObject({ default_value: 'lean', fill_in_passing: false });
    expect(context.rules.map((r: any) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(context.texts['ack.primary_goal.fat_loss']).toBe('Losing fat — great goal.');
    expect(context.plans.map((p: any) => p.code).sort()).toEqual(['Beast-Gladiator', 'Beast-Spartan', 'Shred-Gladiator', 'Shred-Spartan']);
    expect(typeof context.plans[0].price_cents).toBe('number');
    expect(context).toMatchObject({ visitor: null, profile: null, conversation: null, previous_conversations: 0 });
  });

  it('includes the visitor, their profile and latest conversation', async () => {
    const v = await newVisitor();
    await rpc('upsert_profile', { p_profile: { visitor_id: v.visitor_id, name: 'Ann' } });
    const context = await rpc('chat_context', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id });
    expect(context.visitor).toEqual({ id: v.visitor_id, created_at: expect.any(String) });
    expect(context.profile).toMatchObject({ visitor_id: v.visitor_id, name: 'Ann', returning_user: false });
    expect(context.conversation).toMatchObject({ id: v.conversation_id, status: 'active', pending_field: null, turn: 0 });
    expect(context.previous_conversations).toBe(0);
  });

  it('is null for an unknown or inactive bot, and has no visitor for another bot\'s visitor', async () => {
    expect(await rpc('chat_context', { p_bot_id: randomUUID() })).toBeNull();
    const { data: inactive } = await service.from('bots')
      .insert({ owner_id: DEMO_OWNER_ID, name: 'Paused bot', is_active: false }).select('id').single();
    expect(await rpc('chat_context', { p_bot_id: inactive!.id })).toBeNull();
    const other = await newVisitor(OTHER_BOT_ID);
    const context = await rpc('chat_context', { p_bot_id: BOT_ID, p_visitor_id: other.visitor_id });
    expect(context).toMatchObject({ visitor: null, profile: null, conversation: null, previous_conversations: 0 });
  });
});

describe('bot configuration an owner saves in the dashboard', () => {
  let botId: string;
  beforeAll(async () => {
    const { data, error } = await owner.from('bots')
      .insert({ owner_id: DEMO_OWNER_ID, name: 'Config test bot', allowed_origins: ['https://shop.example.test'] })
      .select('id').single();
    if (error) throw new Error(error.message);
    botId = data.id;
  });

  const field = (extra: Record<string, unknown>) => ({ bot_id: botId, key: 'level', type: 'choice', label: 'level', ...extra });
  const two = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }];

  it.each([
    ['a choice field with one option', field({ options: [{ value: 'a', label: 'A' }] }), 'bot_fields: field level: a choice field needs at least two options with value and label'],
    ['an option without a label', field({ options: [{ value: 'a' }, { value: 'b', label: 'B' }] }), 'bot_fields: field level: every option needs a non-empty string value and label; got {"value": "a"}'],
    ['options that are not an array', field({ options: { a: 'A' } }), 'bot_fields: field level: options must be a JSON array of {"value", "label", "synonyms"?} objects'],
    ['synonyms that are not strings', field({ options: [{ value: 'a', label: 'A', synonyms: [1] }, { value: 'b', label: 'B' }] }), 'bot_fields: field level: synonyms of option a must be an array of strings'],
    ['a duplicate option value', field({ options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }] }), 'bot_fields: field level: option value a appears twice'],
    ['a number field without bounds', field({ type: 'number' }), 'bot_fields: field level: a number field needs min_value and max_value with min_value < max_value'],
    ['a scale field with min >= max', field({ type: 'scale', min_value: 10, max_value: 1 }), 'bot_fields: field level: a scale field needs min_value and max_value with min_value < max_value'],
    ['an entity that does not fit the type', field({ type: 'text', entity: 'age' }), 'bot_fields: field level: entity age does not fit type text (person_name, email, phone: text; age, money, weight, duration, count, frequency: number; self_description: choice)'],
    ['a key Signpost uses itself', field({ key: 'objection', options: two }), 'bot_fields: field objection: this key is used by Signpost itself; choose another key'],
    ['a built-in column of another type', field({ key: 'age', type: 'text' }), 'bot_fields: field age is stored in the built-in profile column age, which holds type ["number"]; set type to number or choose another key'],
    ['a built-in column with an option it cannot store', field({ key: 'gender', options: [{ value: 'male', label: 'M' }, { value: 'robot', label: 'R' }] }), 'bot_fields: field gender is stored in the built-in profile column gender, which accepts only male, female, nonbinary, prefer_not; remove option robot or choose another key'],
    ['a default that does not fit', field({ options: two, default_value: 'c' }), 'bot_fields: field level: default_value does not fit the field: level must be one of a, b'],
  ])('refuses %s with a message saying what to fix', async (_label, row, message) => {
    // The table is built before botId is known.
    const { error, status } = await owner.from('bot_fields').insert({ ...row, bot_id: botId });
    expect({ status, error }).toMatchObject({ status: 400, error: { code: '23514', message } });
    const { count } = await service.from('bot_fields').select('*', { count: 'exact', head: true }).eq('bot_id', botId);
    expect(count).toBe(0);
  });

  describe('questions and rules on the fields', () => {
    beforeAll(async () => {
      for (const row of [
        field({ options: [{ value: 'beginner', label: 'Beginner' }, { value: 'advanced', label: 'Advanced' }] }),
        { bot_id: botId, key: 'days', type: 'number', label: 'training days', min_value: 1, max_value: 7 },
      ]) {
        const { error } = await owner.from('bot_fields').insert(row);
        if (error) throw new Error(error.message);
      }
    });
    const question = (extra: Record<string, unknown>) => ({ bot_id: botId, position: 1, field: 'days', prompt: 'How many days?', ...extra });

    it.each([
      ['a question on a field the bot lacks', question({ field: 'shoe_size' }), 'bot_steps: the question at position 1 asks about field shoe_size, which this bot does not have; add it to bot_fields first'],
      ['a condition without a value', question({ condition: { field: 'level' } }), 'bot_steps: the question at position 1: a condition is {"field": <field key>, "op": eq|neq|lt|lte|gt|gte|in, "value": <text, number, true/false, or a list for in>}'],
      ['a condition on an unknown field', question({ condition: { field: 'shoe_size', op: 'eq', value: 42 } }), 'bot_steps: the question at position 1: condition field shoe_size is not a field of this bot; add it to bot_fields or fix the key'],
      ['an unknown operator', question({ condition: { field: 'level', op: 'like', value: 'b' } }), 'bot_steps: the question at position 1: condition op like is not one of eq, neq, lt, lte, gt, gte, in'],
      ['a comparison with text', question({ condition: { field: 'level', op: 'gt', value: 'b' } }), 'bot_steps: the question at position 1: condition op gt compares numbers; give a number as value'],
      ['"in" without a list', question({ condition: { field: 'level', op: 'in', value: 'b' } }), 'bot_steps: the question at position 1: condition op in needs a list of values, e.g. ["a", "b"]'],
    ])('refuses %s, naming the row and what to fix', async (_label, row, message) => {
      const { error, status } = await owner.from('bot_steps').insert({ ...row, bot_id: botId });
      expect({ status, error }).toMatchObject({ status: 400, error: { code: '23514', message } });
    });

    it('saves the older {field, equals} condition as op eq', async () => {
      const { data, error } = await owner.from('bot_steps')
        .insert(question({ position: 2, condition: { field: 'level', equals: 'advanced' } })).select('condition').single();
      expect(error).toBeNull();
      expect(data!.condition).toEqual({ field: 'level', op: 'eq', value: 'advanced' });
      await owner.from('bot_steps').delete().eq('bot_id', botId).eq('position', 2);
    });

    it('refuses a rule on an unknown plan or field, or a why naming an unknown field', async () => {
      const { error: planError } = await owner.from('plans').insert({
        bot_id: botId, code: 'starter', title: 'Starter', price_cents: 100, cta_label: 'Buy', cta_url: 'https://shop.example.test/buy',
      });
      expect(planError).toBeNull();
      const rule = (extra: Record<string, unknown>) => ({ bot_id: botId, position: 1, plan_code: 'starter', conditions: [], ...extra });
      for (const [row, message] of [
        [rule({ plan_code: 'gold' }), 'plan_rules: the rule at position 1 recommends plan gold, which this bot does not have; add it to plans or fix plan_code'],
        [rule({ conditions: [{ field: 'shoe', op: 'eq', value: 1 }] }), 'plan_rules: the rule at position 1: condition field shoe is not a field of this bot; add it to bot_fields or fix the key'],
        [rule({ why: 'Because {mood}.' }), 'plan_rules: the rule at position 1: why mentions {mood}, which is not a field of this bot'],
      ] as const) {
        const { error, status } = await owner.from('plan_rules').insert(row);
        expect(status).toBe(400);
        expect(error).toMatchObject({ code: '23514', message });
      }
    });

    it('reports, in plain words, what only the rows together show', async () => {
      const problems = async () => {
        const { data } = await owner.from('bot_config_problems').select('table_name, item, problem').eq('bot_id', botId);
        return (data ?? []).map((row) => row.problem as string);
      };
      // A question and a plan, but no rule: nobody gets a plan, and the plan is never shown.
      await owner.from('bot_steps').insert(question({}));
      expect(await problems()).toEqual(expect.arrayContaining([
        expect.stringMatching(/^This bot asks questions but has no plan rules/),
        'Plan starter is never recommended: no plan rule points at it. Add a rule with plan_code starter, or set is_active off.',
      ]));
      // A rule on a field no question asks, and a rule after a catch-all.
      await owner.from('plan_rules').insert([
        { bot_id: botId, position: 1, plan_code: 'starter', conditions: [{ field: 'level', op: 'eq', value: 'beginner' }] },
        { bot_id: botId, position: 2, plan_code: 'starter', conditions: [] },
        { bot_id: botId, position: 3, plan_code: 'starter', conditions: [{ field: 'days', op: 'gte', value: 3 }] },
      ]);
      expect(await problems()).toEqual(expect.arrayContaining([
        'The rule at position 1 reads field level, but no question asks it and it has no default_value, so the rule never matches. Add a question (bot_steps) for level, or a default_value.',
        'The rule at position 3 is never tried: the rule at position 2 has no conditions and matches everyone first. Move the catch-all last.',
        'The last rule (position 3) has conditions, so a visitor whose answers match no rule gets no plan. End with a rule without conditions.',
      ]));
      // Fixed: the rule after the catch-all goes, the field gets a question.
      await owner.from('plan_rules').delete().eq('bot_id', botId).eq('position', 3);
      await owner.from('bot_steps').insert(question({ position: 2, field: 'level', prompt: 'Your level?' }));
      expect(await problems()).toEqual([]);
      // The seed bot is configured without a problem.
      const { data: seeded } = await service.from('bot_config_problems').select('problem').eq('bot_id', BOT_ID);
      expect(seeded).toEqual([]);
    });
  });

  it('refuses an allowed origin with a path, naming it', async () => {
    const { error, status } = await owner.from('bots').update({ allowed_origins: ['https://ok.example.test', 'https://bad.example.test/'] }).eq('id', botId);
    expect(status).toBe(400);
    expect(error!.message).toBe("bots: allowed_origins entry 'https://bad.example.test/' must be scheme://host[:port] with no path or trailing slash, e.g. https://www.example.com");
    const { data } = await service.from('bots').select('allowed_origins').eq('id', botId).single();
    expect(data!.allowed_origins).toEqual(['https://shop.example.test']);
  });

  it.each([
    ['a plan code with spaces', { code: 'Shred Spartan' }, 'plans_code_check'],
    ['a plain-http checkout link', { cta_url: 'http://shop.example.test/buy' }, 'plans_cta_url_check'],
    ['a lower-case currency', { currency: 'usd' }, 'plans_currency_check'],
    ['a negative price', { price_cents: -1 }, 'plans_price_cents_check'],
  ])('refuses %s', async (_label, override, constraint) => {
    const { error, status } = await owner.from('plans').insert({
      bot_id: botId, code: 'Shred-Spartan', family: 'Shred', variant: 'Spartan', title: 'Plan', price_cents: 100,
      cta_label: 'Buy', cta_url: 'https://shop.example.test/buy', ...override,
    });
    expect(status).toBe(400);
    expect(error!.message).toContain(constraint);
  });

  it('accepts a local checkout link for development', async () => {
    const { error } = await owner.from('plans').insert({
      bot_id: botId, code: 'Beast-Spartan', family: 'Beast', variant: 'Spartan', title: 'Plan', price_cents: 100,
      cta_label: 'Buy', cta_url: 'http://127.0.0.1:5173/checkout',
    });
    expect(error).toBeNull();
  });
});

describe('the customers view', () => {
  it('merges the profile with the latest conversation', async () => {
    const v = await newVisitor();
    await rpc('upsert_profile', { p_profile: { visitor_id: v.visitor_id, name: 'Ann', primary_goal: 'fat_loss', support_level: 2 } });
    const said = randomUUID();
    await rpc('append_session_message', { p_conversation_id: v.conversation_id, p_sender_type: 'client', p_content: 'Ann', p_client_message_id: said });
    await rpc('commit_turn', {
      p_conversation_id: v.conversation_id, p_expected_turn: 0, p_reply_to: said, p_profile: {},
      p_conversation: { status: 'handoff', pending_field: 'age', handoff_reason: 'wants a human' }, p_messages: [{ content: 'Sure!' }], p_events: [],
    });
    const row = await rpc('customer_view', { p_visitor_id: v.visitor_id });
    expect(row).toMatchObject({
      visitor_id: v.visitor_id, bot_id: BOT_ID, name: 'Ann', primary_goal: 'fat_loss', support_level: 2,
      returning_user: false, conversation_id: v.conversation_id, status: 'handoff',
      pending_field: 'age', handoff_reason: 'wants a human', message_count: 2,
    });
    expect(Date.parse(row.last_message_at)).toBeGreaterThan(0);

    const next = await rpc('start_conversation', { p_bot_id: BOT_ID, p_visitor_id: v.visitor_id });
    expect(await rpc('customer_view', { p_visitor_id: v.visitor_id })).toMatchObject({
      name: 'Ann', returning_user: true, conversation_id: next.id, status: 'active',
      pending_field: null, handoff_reason: null, message_count: 0, last_message_at: null,
    });
  });

  it('refuses an unknown visitor with P0002', async () => {
    expect(await rpcError('customer_view', { p_visitor_id: randomUUID() })).toMatchObject({ code: 'P0002' });
  });
});
