/**
 * The personal coach prompt and the coaches' style on the stack, without a model (the suite's stack has no
 * key): version 1 from the template once the guided questions are done, a new version only on a significant
 * change and not within the bot's minimum interval, every reply naming the version it was written with, the
 * versions listed with their cost, the style made by rules from a coach's replies, and who may read all that.
 */
import { createClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { BOT_ID, chat, ownerClient, service, stack } from './helpers.ts';
import { answerDemoQuestions } from '../support/demo-walk.ts';

/** A copy of the demo bot with its own coaching settings, so these tests never disturb the seed bot. */
async function botWith(settings: Record<string, unknown>): Promise<string> {
  const { data: bot } = await service.from('bots').select('*').eq('id', BOT_ID).single();
  const { id: _, created_at: __, updated_at: ___, ...config } = bot as Record<string, unknown>;
  const { data, error } = await service.from('bots')
    .insert({ ...config, name: 'Coaching scratch bot', address_new_visitors_per_hour: 10_000, address_messages_per_minute: 10_000, ...settings })
    .select('id').single();
  if (error) throw new Error(error.message);
  const botId = (data as { id: string }).id;
  for (const table of ['bot_fields', 'bot_steps', 'plans', 'plan_rules', 'bot_texts']) {
    const { data: rows } = await service.from(table).select('*').eq('bot_id', BOT_ID);
    const copies = (rows as Record<string, unknown>[]).map(({ id: _id, created_at: _c, updated_at: _u, ...row }) => ({ ...row, bot_id: botId }));
    const { error: copyError } = await service.from(table).insert(copies);
    if (copyError) throw new Error(`${table}: ${copyError.message}`);
  }
  return botId;
}

async function visitorOf(botId: string) {
  const opened = await chat({ bot_id: botId, input: { type: 'start' } });
  const say = (text: string) => chat({ bot_id: botId, visitor_token: opened.visitor_token, input: { type: 'text', text } });
  const pick = (value: string) => chat({ bot_id: botId, visitor_token: opened.visitor_token, input: { type: 'choice', value } });
  return { opened, say, pick };
}

/** Through every guided question to the plan card. */
async function complete(botId: string) {
  const visitor = await visitorOf(botId);
  const last = await answerDemoQuestions(visitor);
  expect(last.status).toBe('completed');
  const { data } = await service.from('conversations').select('visitor_id').eq('id', last.conversation_id).single();
  return { ...visitor, last, visitorId: (data as { visitor_id: string }).visitor_id };
}

async function versionsOf(visitorId: string) {
  const { data, error } = await service.from('coach_prompts').select('*').eq('visitor_id', visitorId).order('version');
  if (error) throw new Error(error.message);
  return data as Record<string, any>[];
}

/** Waits for work done after a response. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function aiMetadata(conversationId: string) {
  const { data } = await service.from('messages').select('metadata').eq('conversation_id', conversationId).eq('sender_type', 'ai').order('seq');
  return (data as { metadata: Record<string, unknown> }[]).map((m) => m.metadata);
}

let eager: string;
let patient: string;

beforeAll(async () => {
  [eager, patient] = await Promise.all([
    botWith({ coach_prompt_min_interval_seconds: 0, coach_style_refresh_every: 2 }),
    botWith({}),
  ]);
});

describe('the personal coach prompt without a model', () => {
  it('is written from the template once the guided questions are done, and the replies after it name its version', async () => {
    const visitor = await complete(eager);
    const [first] = await eventually(() => versionsOf(visitor.visitorId), (rows) => rows.length > 0);
    expect(first).toMatchObject({ version: 1, written_by: 'template', reason: 'the guided questions were done', bot_id: eager, prompt_tokens: 0 });
    expect(first!.prompt).toContain('You are coaching Sam personally.');
    expect(first!.prompt).toMatch(/Lose fat|Fat loss/i);
    expect(first!.answers).toMatchObject({ name: 'Sam', age: 34, primary_goal: 'fat_loss', support_level: 2 });
    // Every reply so far was written with the generic prompt.
    expect((await aiMetadata(visitor.last.conversation_id)).every((m) => m.coach_prompt_version === 0)).toBe(true);

    await visitor.say('Do you ship to Canada?');
    expect((await aiMetadata(visitor.last.conversation_id)).at(-1)).toMatchObject({ coach_prompt_version: 1 });
  });

  it('is written again on a new objection, but not for a detail, and says why', async () => {
    const visitor = await complete(eager);
    await eventually(() => versionsOf(visitor.visitorId), (rows) => rows.length > 0);
    await visitor.say('Do you ship to Canada?');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await versionsOf(visitor.visitorId)).toHaveLength(1);

    await visitor.say('Honestly this sounds too expensive for me');
    const rows = await eventually(() => versionsOf(visitor.visitorId), (r) => r.length > 1);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(rows[1]).toMatchObject({ reason: 'a new objection (price)', objection: 'price', written_by: 'template' });
    expect(rows[1]!.prompt).toContain('Their worry: the price.');
  });

  it('is not written again within the bot\'s minimum interval (15 minutes by default)', async () => {
    const visitor = await complete(patient);
    await eventually(() => versionsOf(visitor.visitorId), (rows) => rows.length > 0);
    await visitor.say('Honestly this sounds too expensive for me');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await versionsOf(visitor.visitorId)).map((r) => r.version)).toEqual([1]);
  });

  it('writes a version once even when asked twice for it, and refuses a visitor of another bot', async () => {
    const visitor = await complete(patient);
    await eventually(() => versionsOf(visitor.visitorId), (rows) => rows.length > 0);
    const args = { p_bot_id: patient, p_visitor_id: visitor.visitorId, p_based_on: 1, p_prompt: 'Again', p_written_by: 'template', p_reason: 'test', p_answers: {} };
    const [one, two] = await Promise.all([service.rpc('write_coach_prompt', args), service.rpc('write_coach_prompt', args)]);
    expect([one.data, two.data]).toEqual(expect.arrayContaining([{ written: true, version: 2 }, { written: false, version: 2 }]));
    expect(await versionsOf(visitor.visitorId)).toHaveLength(2);
    const stranger = await service.rpc('write_coach_prompt', { ...args, p_bot_id: eager, p_based_on: 2 });
    expect(stranger.error?.message).toMatch(/no such visitor of this bot/);
  });
});

describe('the visitor\'s own data', () => {
  it('exports their personal coach prompts with the rest, and erasing them leaves none', async () => {
    const visitor = await complete(eager);
    await eventually(() => versionsOf(visitor.visitorId), (rows) => rows.length > 0);
    const exported = await service.rpc('export_visitor', { p_visitor_id: visitor.visitorId });
    expect(exported.data.coach_prompts).toEqual([expect.objectContaining({ version: 1, reason: 'the guided questions were done', prompt: expect.stringContaining('Sam') })]);
    expect((await service.rpc('erase_visitor', { p_visitor_id: visitor.visitorId })).data).toMatchObject({ erased: true });
    expect(await versionsOf(visitor.visitorId)).toEqual([]);
  });
});

describe('the versions and the style, as owners see them', () => {
  it('lists each version with its tokens and cost to the bot\'s owner only; the anon key reads nothing', async () => {
    const visitor = await complete(eager);
    await eventually(() => versionsOf(visitor.visitorId), (rows) => rows.length > 0);
    const dana = ownerClient(DEMO_OWNER_ID);
    const { data, error } = await dana.from('coach_prompt_versions').select('*').eq('visitor_id', visitor.visitorId);
    expect(error).toBeNull();
    expect(data).toEqual([expect.objectContaining({ version: 1, written_by: 'template', prompt_tokens: 0, completion_tokens: 0, cost_usd: 0 })]);
    expect((await dana.from('coach_prompts').select('prompt').eq('visitor_id', visitor.visitorId)).data).toHaveLength(1);

    const other = ownerClient(OTHER_OWNER_ID);
    for (const table of ['coach_prompts', 'coach_prompt_versions']) {
      expect((await other.from(table).select('*').eq('visitor_id', visitor.visitorId)).data).toEqual([]);
    }
    expect((await other.from('coach_styles').select('*').eq('bot_id', eager)).data).toEqual([]);
    const anon = createClient(stack.url, stack.anonKey, { auth: { persistSession: false } });
    for (const table of ['coach_prompts', 'coach_prompt_versions', 'coach_styles']) {
      const result = await anon.from(table).select('*');
      expect(result.status).toBe(401);
      expect(result.data).toBeNull();
    }
    // Owners read; they do not write (the functions do).
    const written = await dana.from('coach_prompts').insert({ bot_id: eager, visitor_id: visitor.visitorId, version: 9, prompt: 'x', written_by: 'template', reason: 'x' });
    expect(written.error?.code).toBe('42501');
    const viaView = await dana.from('coach_prompt_versions').delete().eq('visitor_id', visitor.visitorId);
    expect(viaView.error?.code).toBe('42501');
    expect(await versionsOf(visitor.visitorId)).toHaveLength(1);
    for (const fn of ['write_coach_prompt', 'write_coach_style', 'coach_replies']) {
      const called = await dana.rpc(fn, { p_bot_id: eager });
      expect(called.error, fn).not.toBeNull();
    }
  });

  it('makes the coaches\' style by rules after enough replies, on the next turn, for the owner to read', async () => {
    const visitor = await visitorOf(eager);
    const asked = await visitor.say('Can I talk to a real person?');
    expect(asked.status).toBe('handoff');
    const dana = ownerClient(DEMO_OWNER_ID);
    for (const content of ['Hey Sam! Totally get it, starting is the hardest part. Talk soon!', 'Hey, good question. We keep it simple. Talk soon!']) {
      const { error } = await dana.rpc('reply_as_coach', { p_conversation_id: asked.conversation_id, p_content: content, p_client_message_id: crypto.randomUUID() });
      expect(error).toBeNull();
    }
    const counted = await dana.from('coach_styles').select('replies_total, profile').eq('bot_id', eager).single();
    expect(counted.data).toMatchObject({ replies_total: 2, profile: null });
    expect((await dana.rpc('hand_back_conversation', { p_conversation_id: asked.conversation_id })).error).toBeNull();
    await visitor.say('Sam');
    const { data } = await eventually(
      async () => await dana.from('coach_styles').select('*').eq('bot_id', eager).single(),
      (result) => !!(result.data as { profile: unknown } | null)?.profile,
    );
    expect(data).toMatchObject({ written_by: 'rules', replies_analysed: 2, profile: { greetings: ['Hey'], sign_offs: ['Talk soon'], median_words: expect.any(Number) } });
  });
});
