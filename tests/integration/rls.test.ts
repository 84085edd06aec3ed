/**
 * Who may see and change what, through the Data API exactly as a client would reach it: the anon key gets
 * nothing, an owner sees and edits only their own bots' rows, the service role (the functions) sees all.
 * The seed has two tenants: owner A with "Nutrition Solutions" and owner B with "Other Coach".
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';

const stack = inject('stack');

// The seed's second tenant (supabase/seed.sql), there only to prove isolation.
const OTHER_OWNER_ID = '5e1f0a57-0000-4000-8000-0000000000bb';
const OTHER_BOT_ID = '5e1f0a57-0000-4000-8000-000000000002';

const options = { auth: { persistSession: false, autoRefreshToken: false } };
const service = createClient(stack.url, stack.serviceRoleKey, options);
const anon = createClient(stack.url, stack.anonKey, options);

function ownerClient(sub: string): SupabaseClient {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const jwt = signJwt({ sub, role: 'authenticated', aud: 'authenticated', exp }, stack.jwtSecret);
  return createClient(stack.url, stack.anonKey, { ...options, accessToken: async () => jwt });
}
const ownerA = ownerClient(DEMO_OWNER_ID);
const ownerB = ownerClient(OTHER_OWNER_ID);

async function rpc<T = any>(name: string, args: Record<string, unknown>): Promise<T> {
  const { data, error } = await service.rpc(name, args);
  if (error) throw new Error(`${name}: ${error.code} ${error.message}`);
  return data as T;
}

async function count(table: string, column: string, value: unknown): Promise<number> {
  const { count: n, error } = await service.from(table).select('*', { count: 'exact', head: true }).eq(column, value);
  if (error) throw new Error(`${table}: ${error.message}`);
  return n ?? 0;
}

/** One tenant's rows of every kind, made the way the functions make them. */
interface Tenant {
  botId: string;
  fieldId: string;
  ruleId: string;
  textId: string;
  stepId: string;
  planId: string;
  visitorId: string;
  conversationId: string;
  messageId: string;
  eventId: string;
  rateKey: string;
  callId: string;
}

async function makeTenant(botId: string): Promise<Tenant> {
  const visitor = await rpc('create_visitor', { p_bot_id: botId, p_client_key: randomUUID() });
  const clientMessageId = randomUUID();
  await rpc('append_session_message', {
    p_conversation_id: visitor.conversation_id,
    p_sender_type: 'client',
    p_content: 'Hi there',
    p_client_message_id: clientMessageId,
  });
  const turn = await rpc('commit_turn', {
    p_conversation_id: visitor.conversation_id,
    p_expected_turn: 0,
    p_reply_to: clientMessageId,
    p_profile: { name: 'Ann' },
    p_conversation: { pending_field: 'name' },
    p_messages: [{ sender_type: 'ai', content: 'Nice to meet you, Ann. How old are you?' }],
    p_events: [{ type: 'step_answered', data: { field: 'name' } }],
  });
  const event = await rpc('record_event', {
    p_bot_id: botId,
    p_visitor_id: visitor.visitor_id,
    p_conversation_id: null,
    p_type: 'widget_opened',
    p_data: {},
    p_client_event_id: randomUUID(),
  });
  const rateKey = `rls-test:${randomUUID()}`;
  await rpc('hit_rate_limit', { p_key: rateKey, p_limit: 10, p_window_seconds: 60 });
  const callId = randomUUID();
  await rpc('record_function_calls', { p_calls: [{ id: callId, bot_id: botId, function_name: 'chat', status: 200, duration_ms: 5 }] });
  const step = await service.from('bot_steps').select('id').eq('bot_id', botId).limit(1).single();
  const field = await service.from('bot_fields').select('id').eq('bot_id', botId).limit(1).single();
  const rule = await service.from('plan_rules').select('id').eq('bot_id', botId).limit(1).single();
  const text = await service.from('bot_texts').upsert({ bot_id: botId, key: 'rls_test', lang: 'en', text: 'A text of this tenant' }, { onConflict: 'bot_id,key,lang' })
    .select('id').single();
  const plan = await service.from('plans').select('id').eq('bot_id', botId).limit(1).single();
  return {
    botId,
    fieldId: field.data!.id,
    ruleId: rule.data!.id,
    textId: text.data!.id,
    stepId: step.data!.id,
    planId: plan.data!.id,
    visitorId: visitor.visitor_id,
    conversationId: visitor.conversation_id,
    messageId: turn.messages[0].id,
    eventId: event.id,
    rateKey,
    callId,
  };
}

let a: Tenant;
let b: Tenant;
/** A bot of owner A made for these tests, so writes never disturb the seed bot other tests chat with. */
let scratchBotId: string;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTenant(NUTRITION_SOLUTIONS_BOT_ID), makeTenant(OTHER_BOT_ID)]);
  const { data, error } = await service.from('bots')
    .insert({ owner_id: DEMO_OWNER_ID, name: 'RLS scratch bot', allowed_origins: ['https://rls.example.test'] })
    .select('id').single();
  if (error) throw new Error(error.message);
  scratchBotId = data.id;
});

/** How to find a tenant's row in each table, and a harmless change to try on it. */
const TABLES = {
  bots: { key: 'id', of: (t: Tenant) => t.botId, change: 'name' },
  bot_fields: { key: 'id', of: (t: Tenant) => t.fieldId, change: 'label' },
  bot_steps: { key: 'id', of: (t: Tenant) => t.stepId, change: 'prompt' },
  plan_rules: { key: 'id', of: (t: Tenant) => t.ruleId, change: 'why' },
  bot_texts: { key: 'id', of: (t: Tenant) => t.textId, change: 'text' },
  plans: { key: 'id', of: (t: Tenant) => t.planId, change: 'title' },
  visitors: { key: 'id', of: (t: Tenant) => t.visitorId, change: null },
  user_profiles: { key: 'visitor_id', of: (t: Tenant) => t.visitorId, change: 'name' },
  conversations: { key: 'id', of: (t: Tenant) => t.conversationId, change: 'handoff_reason' },
  messages: { key: 'id', of: (t: Tenant) => t.messageId, change: 'content' },
  events: { key: 'id', of: (t: Tenant) => t.eventId, change: 'client_event_id' },
  rate_limits: { key: 'key', of: (t: Tenant) => t.rateKey, change: 'key' },
  function_calls: { key: 'id', of: (t: Tenant) => t.callId, change: 'function_name' },
} as const;
type Table = keyof typeof TABLES;
const TABLE_NAMES = Object.keys(TABLES) as Table[];

/** A valid new row for each table (so a refusal is about who asks, not about the row), and its marker. */
function newRow(table: Table, marker: string, t: Tenant, ownerId: string): Record<string, unknown> {
  switch (table) {
    case 'bots': return { owner_id: ownerId, name: marker };
    case 'bot_fields': return { bot_id: t.botId, key: 'marker_field', type: 'text', label: marker };
    case 'bot_steps': return { bot_id: t.botId, position: 99, field: 'name', prompt: marker };
    case 'plan_rules': return { bot_id: t.botId, position: 99, plan_code: 'Shred-Gladiator', conditions: [], why: marker };
    case 'bot_texts': return { bot_id: t.botId, key: 'marker', lang: 'en', text: marker };
    case 'plans': return { bot_id: t.botId, code: 'X-Y', family: 'X', variant: 'Y', title: marker, price_cents: 1, cta_label: 'Buy', cta_url: 'https://x.example.test' };
    case 'visitors': return { bot_id: t.botId, client_key: marker };
    case 'user_profiles': return { visitor_id: marker, bot_id: t.botId, name: 'Mallory' };
    case 'conversations': return { bot_id: t.botId, visitor_id: t.visitorId, handoff_reason: marker, status: 'completed' };
    case 'messages': return { conversation_id: t.conversationId, sender_type: 'client', content: marker, client_message_id: marker };
    case 'events': return { bot_id: t.botId, visitor_id: t.visitorId, type: 'cta_clicked', client_event_id: marker };
    case 'rate_limits': return { key: marker, window_start: new Date().toISOString(), count: 1 };
    case 'function_calls': return { id: marker, bot_id: t.botId, function_name: 'chat', status: 200, duration_ms: 1 };
  }
}
/** Where the marker of newRow() would land. */
const MARKER_COLUMN: Record<Table, string> = {
  bots: 'name', bot_fields: 'label', bot_steps: 'prompt', plan_rules: 'why', bot_texts: 'text', plans: 'title', visitors: 'client_key', user_profiles: 'visitor_id',
  conversations: 'handoff_reason', messages: 'content', events: 'client_event_id', rate_limits: 'key',
  function_calls: 'id',
};

async function snapshot(table: Table, t: Tenant) {
  const { key, of } = TABLES[table];
  const { data, error } = await service.from(table).select('*').eq(key, of(t)).maybeSingle();
  if (error) throw new Error(error.message);
  return data;
}

function expectRefused(result: { error: any; status: number }, status: number, message: RegExp) {
  expect(result.status).toBe(status);
  expect(result.error).not.toBeNull();
  expect(result.error.code).toBe('42501');
  expect(result.error.message).toMatch(message);
}

describe('with only the anon key', () => {
  it.each([...TABLE_NAMES, 'customers'])('reads nothing from %s', async (table) => {
    const result = await anon.from(table).select('*');
    expectRefused(result, 401, /permission denied/);
    expect(result.data).toBeNull();
  });

  it.each(TABLE_NAMES)('cannot insert into %s, and nothing is written', async (table) => {
    const marker = randomUUID();
    const result = await anon.from(table).insert(newRow(table, marker, a, DEMO_OWNER_ID));
    expectRefused(result, 401, /permission denied/);
    expect(await count(table, MARKER_COLUMN[table], marker)).toBe(0);
  });

  it.each(TABLE_NAMES)('cannot update or delete rows of %s, and they stay as they were', async (table) => {
    const { key, of, change } = TABLES[table];
    const before = await snapshot(table, a);
    expect(before).not.toBeNull();
    const updated = await anon.from(table).update({ [change ?? 'last_seen_at']: change ? randomUUID() : '2000-01-01T00:00:00Z' }).eq(key, of(a));
    expectRefused(updated, 401, /permission denied/);
    const deleted = await anon.from(table).delete().eq(key, of(a));
    expectRefused(deleted, 401, /permission denied/);
    expect(await snapshot(table, a)).toEqual(before);
  });

  it('can execute exactly the public allow-list of functions', async () => {
    expect(await rpc('api_callable_functions', { p_role: 'anon' })).toEqual(['ping']);
    // Owners manage and test their own bots' knowledge, and coach in the console, through these (RLS
    // decides which bots and conversations); the report views price model usage with model_price.
    expect(await rpc('api_callable_functions', { p_role: 'authenticated' })).toEqual([
      'close_conversation', 'conversation_summary', 'delete_rag_source', 'hand_back_conversation', 'model_price', 'ping', 'rag_sample', 'rag_search',
      'rag_sources', 'replace_knowledge_synonyms', 'reply_as_coach', 'set_rag_embeddings', 'upsert_rag_chunks',
    ]);
    // The service role can run the chat's RPCs (a sanity check that the audit sees them at all).
    expect(await rpc('api_callable_functions', { p_role: 'service_role' })).toEqual(expect.arrayContaining([
      'append_session_message', 'bot_appearance', 'chat_context', 'commit_turn', 'conversation_history', 'create_visitor',
      'customer_view', 'hit_rate_limit', 'recommend_plan', 'record_event', 'start_conversation', 'turn_replies',
      'upsert_profile',
    ]));
  });

  it('is refused by every chat RPC, and nothing is written', async () => {
    const clientKey = randomUUID();
    const marker = randomUUID();
    const calls: [string, Record<string, unknown>][] = [
      ['chat_context', { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID }],
      ['bot_appearance', { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID }],
      ['create_visitor', { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID, p_client_key: clientKey }],
      ['start_conversation', { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID, p_visitor_id: a.visitorId }],
      ['append_session_message', { p_conversation_id: a.conversationId, p_sender_type: 'ai', p_content: marker, p_client_message_id: marker }],
      ['commit_turn', { p_conversation_id: a.conversationId, p_expected_turn: 1, p_reply_to: marker, p_profile: {}, p_conversation: {}, p_messages: [{ content: marker }], p_events: [] }],
      ['turn_replies', { p_conversation_id: a.conversationId, p_reply_to: marker }],
      ['conversation_history', { p_conversation_id: a.conversationId }],
      ['upsert_profile', { p_profile: { visitor_id: a.visitorId, name: 'Mallory' } }],
      ['recommend_plan', { p_profile: { primary_goal: 'fat_loss', support_level: 1, cooking_preference: true } }],
      ['hit_rate_limit', { p_key: marker, p_limit: 1, p_window_seconds: 60 }],
      ['record_event', { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID, p_visitor_id: a.visitorId, p_conversation_id: null, p_type: 'cta_clicked', p_data: {}, p_client_event_id: marker }],
      ['customer_view', { p_visitor_id: a.visitorId }],
      ['api_callable_functions', { p_role: 'anon' }],
    ];
    for (const client of [anon, ownerA]) {
      for (const [name, args] of calls) {
        const result = await client.rpc(name, args);
        expect({ name, status: result.status, code: result.error?.code }).toEqual({
          name,
          status: client === anon ? 401 : 403,
          code: '42501',
        });
        expect(result.error!.message).toBe(`permission denied for function ${name}`);
      }
    }
    expect(await count('visitors', 'client_key', clientKey)).toBe(0);
    expect(await count('messages', 'client_message_id', marker)).toBe(0);
    expect(await count('rate_limits', 'key', marker)).toBe(0);
    expect(await count('events', 'client_event_id', marker)).toBe(0);
    expect((await snapshot('user_profiles', a))!.name).toBe('Ann');
    expect((await snapshot('conversations', a))!.turn).toBe(1);
  });
});

describe.each([
  { who: 'owner A', client: () => ownerA, owner: DEMO_OWNER_ID, mine: () => a, theirs: () => b },
  { who: 'owner B', client: () => ownerB, owner: OTHER_OWNER_ID, mine: () => b, theirs: () => a },
])('$who', ({ client, owner, mine, theirs }) => {
  it.each(TABLE_NAMES.filter((t) => t !== 'rate_limits'))('reads only their own bots\' rows of %s', async (table) => {
    const { data, error } = await client().from(table).select('*');
    expect(error).toBeNull();
    const { key, of } = TABLES[table];
    // Asked for by key, so a table past the API's 1,000-row page (after a long fuzz run) still answers.
    const own = await client().from(table).select(key).eq(key, of(mine()));
    expect(own.data).toHaveLength(1);
    const other = await client().from(table).select(key).eq(key, of(theirs()));
    expect(other.data).toEqual([]);
    // Every row they see belongs to a bot they own.
    const botIds = [...new Set(data!.map((row) => (table === 'bots' ? row.id : row.bot_id)))];
    const { data: bots } = await service.from('bots').select('id, owner_id').in('id', botIds);
    expect(bots!.length).toBe(botIds.length);
    expect(bots!.every((bot) => bot.owner_id === owner)).toBe(true);
  });

  it('reads only their own leads in the customers view', async () => {
    const { data, error } = await client().from('customers').select('visitor_id, bot_id, name, message_count');
    expect(error).toBeNull();
    const ids = data!.map((row) => row.visitor_id);
    expect(ids).toContain(mine().visitorId);
    expect(ids).not.toContain(theirs().visitorId);
    const lead = data!.find((row) => row.visitor_id === mine().visitorId)!;
    expect(lead.name).toBe('Ann');
    expect(lead.message_count).toBeGreaterThanOrEqual(2);
  });

  it('cannot touch rate_limits at all', async () => {
    expectRefused(await client().from('rate_limits').select('*'), 403, /permission denied/);
    const marker = randomUUID();
    expectRefused(await client().from('rate_limits').insert(newRow('rate_limits', marker, mine(), owner)), 403, /permission denied/);
    expect(await count('rate_limits', 'key', marker)).toBe(0);
  });

  it.each(['visitors', 'user_profiles', 'events'] as const)(
    'cannot insert, update or delete %s, not even their own bots\' rows',
    async (table) => {
      const marker = table === 'visitors' || table === 'user_profiles' ? randomUUID() : `m-${randomUUID()}`;
      const inserted = await client().from(table).insert(newRow(table, marker, mine(), owner));
      expectRefused(inserted, 403, /row-level security/);
      expect(await count(table, MARKER_COLUMN[table], marker)).toBe(0);

      const { key, of, change } = TABLES[table];
      const before = await snapshot(table, mine());
      const updated = await client().from(table)
        .update({ [change ?? 'last_seen_at']: change ? `m-${randomUUID()}` : '2000-01-01T00:00:00Z' })
        .eq(key, of(mine())).select();
      expect(updated.error).toBeNull();
      expect(updated.data).toEqual([]);
      const deleted = await client().from(table).delete().eq(key, of(mine())).select();
      expect(deleted.error).toBeNull();
      expect(deleted.data).toEqual([]);
      expect(await snapshot(table, mine())).toEqual(before);
    },
  );

  // Owners may take over or hand back their own conversations (status and handoff_reason only: see
  // handoff.test.ts), but never create or delete one.
  it('cannot insert or delete conversations, not even their own bots\' rows', async () => {
    const marker = `m-${randomUUID()}`;
    expectRefused(await client().from('conversations').insert(newRow('conversations', marker, mine(), owner)), 403, /row-level security/);
    expect(await count('conversations', MARKER_COLUMN.conversations, marker)).toBe(0);
    const before = await snapshot('conversations', mine());
    const deleted = await client().from('conversations').delete().eq('id', mine().conversationId).select();
    expect(deleted.data ?? []).toEqual([]);
    expect(await snapshot('conversations', mine())).toEqual(before);
  });

  it.each(['bots', 'bot_steps', 'plans', 'messages', 'conversations'] as const)(
    'cannot update or delete the other owner\'s %s',
    async (table) => {
      const { key, of, change } = TABLES[table];
      const before = await snapshot(table, theirs());
      const updated = await client().from(table).update({ [change]: `m-${randomUUID()}` }).eq(key, of(theirs())).select();
      expect(updated.error).toBeNull();
      expect(updated.data).toEqual([]);
      const deleted = await client().from(table).delete().eq(key, of(theirs())).select();
      expect(deleted.error).toBeNull();
      expect(deleted.data).toEqual([]);
      expect(await snapshot(table, theirs())).toEqual(before);
    },
  );

  it('cannot read the other owner\'s messages, even by conversation id', async () => {
    const { data, error } = await client().from('messages').select('*').eq('conversation_id', theirs().conversationId);
    expect(error).toBeNull();
    expect(data).toEqual([]);
  });
});

describe('owner A writing', () => {
  it('cannot create a bot for owner B, nor hand their own bot to B', async () => {
    const marker = `m-${randomUUID()}`;
    const created = await ownerA.from('bots').insert({ owner_id: OTHER_OWNER_ID, name: marker });
    expectRefused(created, 403, /row-level security/);
    expect(await count('bots', 'name', marker)).toBe(0);

    const moved = await ownerA.from('bots').update({ owner_id: OTHER_OWNER_ID }).eq('id', scratchBotId);
    expectRefused(moved, 403, /row-level security/);
    const { data } = await service.from('bots').select('owner_id').eq('id', scratchBotId).single();
    expect(data!.owner_id).toBe(DEMO_OWNER_ID);
  });

  it('creates, updates and deletes their own bot', async () => {
    const { data: bot, error } = await ownerA.from('bots')
      .insert({ owner_id: DEMO_OWNER_ID, name: 'Temp bot', allowed_origins: ['https://temp.example.test'] })
      .select('id, name, llm_temperature, daily_llm_budget, is_active').single();
    expect(error).toBeNull();
    expect(bot).toMatchObject({ name: 'Temp bot', llm_temperature: 0.4, daily_llm_budget: 200, is_active: true });
    const renamed = await ownerA.from('bots').update({ name: 'Temp bot 2' }).eq('id', bot!.id).select('name');
    expect(renamed.data).toEqual([{ name: 'Temp bot 2' }]);
    const deleted = await ownerA.from('bots').delete().eq('id', bot!.id).select('id');
    expect(deleted.data).toEqual([{ id: bot!.id }]);
    expect(await count('bots', 'id', bot!.id)).toBe(0);
  });

  it('adds, edits and removes fields, steps and plans of their own bot', async () => {
    const field = await ownerA.from('bot_fields')
      .insert({ bot_id: scratchBotId, key: 'name', type: 'text', label: 'name', entity: 'person_name' })
      .select('id, options, max_length').single();
    expect(field.error).toBeNull();
    expect(field.data).toMatchObject({ options: [], max_length: 60 });
    const step = await ownerA.from('bot_steps')
      .insert({ bot_id: scratchBotId, position: 1, field: 'name', prompt: 'Your name?' })
      .select('id, condition').single();
    expect(step.error).toBeNull();
    expect(step.data).toMatchObject({ condition: null });
    const edited = await ownerA.from('bot_steps').update({ prompt: 'What should I call you?' }).eq('id', step.data!.id).select('prompt');
    expect(edited.data).toEqual([{ prompt: 'What should I call you?' }]);

    const plan = await ownerA.from('plans').insert({
      bot_id: scratchBotId, code: 'Shred-Spartan', family: 'Shred', variant: 'Spartan', title: 'Plan',
      price_cents: 4900, cta_label: 'Buy', cta_url: 'https://scratch.example.test/buy',
    }).select('id, currency, billing_period, is_active').single();
    expect(plan.error).toBeNull();
    expect(plan.data).toMatchObject({ currency: 'USD', billing_period: 'month', is_active: true });
    const repriced = await ownerA.from('plans').update({ price_cents: 3900 }).eq('id', plan.data!.id).select('price_cents');
    expect(repriced.data).toEqual([{ price_cents: 3900 }]);

    expect((await ownerA.from('bot_steps').delete().eq('id', step.data!.id).select('id')).data).toHaveLength(1);
    expect((await ownerA.from('plans').delete().eq('id', plan.data!.id).select('id')).data).toHaveLength(1);
  });

  it('cannot add steps or plans to owner B\'s bot', async () => {
    const marker = `m-${randomUUID()}`;
    expectRefused(await ownerA.from('bot_steps').insert(newRow('bot_steps', marker, b, DEMO_OWNER_ID)), 403, /row-level security/);
    expectRefused(await ownerA.from('plans').insert(newRow('plans', marker, b, DEMO_OWNER_ID)), 403, /row-level security/);
    expect(await count('bot_steps', 'prompt', marker)).toBe(0);
    expect(await count('plans', 'title', marker)).toBe(0);
  });

  it('cannot move their step to owner B\'s bot', async () => {
    const step = await service.from('bot_steps')
      .insert({ bot_id: scratchBotId, position: 2, field: 'name', prompt: 'Name?' })
      .select('id').single();
    const moved = await ownerA.from('bot_steps').update({ bot_id: OTHER_BOT_ID }).eq('id', step.data!.id);
    expectRefused(moved, 403, /row-level security/);
    const { data } = await service.from('bot_steps').select('bot_id').eq('id', step.data!.id).single();
    expect(data!.bot_id).toBe(scratchBotId);
  });

  it.each(['ai', 'client'])('cannot post a message as %s', async (senderType) => {
    const marker = `m-${randomUUID()}`;
    const result = await ownerA.from('messages')
      .insert({ conversation_id: a.conversationId, sender_type: senderType, content: marker, client_message_id: marker });
    expectRefused(result, 403, /row-level security/);
    expect(await count('messages', 'content', marker)).toBe(0);
  });

  it('replies as a human coach in their own conversation; bot and visitor come from the conversation', async () => {
    const { data, error, status } = await ownerA.from('messages')
      .insert({ conversation_id: a.conversationId, sender_type: 'human_coach', content: 'Hi Ann, Sam from the team here.' })
      .select('id, bot_id, visitor_id, sender_type, client_message_id').single();
    expect(error).toBeNull();
    expect(status).toBe(201);
    expect(data).toMatchObject({ bot_id: a.botId, visitor_id: a.visitorId, sender_type: 'human_coach' });
    expect(data!.client_message_id).toMatch(/^[0-9a-f-]{36}$/);
    const history = await rpc('conversation_history', { p_conversation_id: a.conversationId });
    expect(history.at(-1)).toMatchObject({ id: data!.id, sender_type: 'human_coach' });
  });

  it('cannot reply in owner B\'s conversation, even naming their own bot and visitor', async () => {
    const marker = `m-${randomUUID()}`;
    const result = await ownerA.from('messages').insert({
      conversation_id: b.conversationId, bot_id: a.botId, visitor_id: a.visitorId,
      sender_type: 'human_coach', content: marker,
    });
    expectRefused(result, 403, /not name one of your conversations/);
    expect(await count('messages', 'content', marker)).toBe(0);
  });
});

describe('the service role', () => {
  it.each([...TABLE_NAMES, 'customers'] as const)('sees both tenants\' rows of %s', async (table) => {
    const { key, of } = table === 'customers' ? { key: 'visitor_id', of: (t: Tenant) => t.visitorId } : TABLES[table];
    const { data, error } = await service.from(table).select(key).in(key, [of(a), of(b)]);
    expect(error).toBeNull();
    expect(data).toHaveLength(2);
  });
});

describe('writes the Data API refuses answer 4xx, never 5xx', () => {
  const VIEWS = ['customers', 'funnel_daily', 'step_dropoff', 'objections_summary', 'plan_conversions', 'inbox', 'funnel_summary', 'plan_conversions_daily', 'llm_usage_daily', 'function_latency_daily', 'llm_cost_daily', 'bot_metrics_daily', 'bot_config_problems'];

  it.each(VIEWS)('refuses writes to the read-only view %s: 401 for anon, 403 for an owner and the service role', async (view) => {
    const row = { bot_id: NUTRITION_SOLUTIONS_BOT_ID };
    for (const [client, status] of [[anon, 401], [ownerA, 403], [service, 403]] as const) {
      const inserted = await client.from(view).insert(row);
      expect(inserted.status, `${view} insert`).toBe(status);
      expect(inserted.error?.code).toBe('42501');
      const updated = await client.from(view).update(row).eq('bot_id', NUTRITION_SOLUTIONS_BOT_ID);
      expect(updated.status, `${view} update`).toBeLessThan(500);
      const deleted = await client.from(view).delete().eq('bot_id', NUTRITION_SOLUTIONS_BOT_ID);
      expect(deleted.status, `${view} delete`).toBeLessThan(500);
    }
  });

  it("answers 404 when an owner writes knowledge into another owner's bot, and writes nothing", async () => {
    const write = await ownerB.rpc('upsert_rag_chunks', {
      p_bot_id: NUTRITION_SOLUTIONS_BOT_ID,
      p_source: 'not-mine.md',
      p_chunks: [{ content: 'x', content_hash: 'h'.repeat(64), category: 'faq' }],
    });
    expect(write.status).toBe(404);
    expect(write.error).toMatchObject({ code: 'P0002', message: expect.stringContaining('not found') });
    const { count } = await service.from('rag_documents').select('*', { count: 'exact', head: true }).eq('source', 'not-mine.md');
    expect(count).toBe(0);
  });
});
