/**
 * The personal coach prompt and the coaches' style with a model: a stack of its own whose functions talk to
 * the local OpenAI stub (never the real API). The model writes the prompt from the answers and reads the
 * style from a coach's replies; the stub records what it was sent, so the test finds both in the prompt of a
 * later model-written reply, and the version's cost priced by llm_prices.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../functions/_shared/contracts.ts';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type Stack, startStack } from '../../supabase/local/stack.ts';
import { type OpenAiStub, startOpenAiStub } from '../support/openai-stub.ts';
import { answerDemoQuestions } from '../support/demo-walk.ts';

const MODEL = 'stub-coaching-model';
let stub: OpenAiStub;
let stack: Stack;
let admin: SupabaseClient;
let botId: string;

beforeAll(async () => {
  stub = await startOpenAiStub();
  stack = await startStack({ functionsEnv: { OPENAI_API_KEY: 'sk-test-not-a-real-key', OPENAI_BASE_URL: stub.url } });
  admin = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
  const { data: bot } = await admin.from('bots').select('*').eq('id', NUTRITION_SOLUTIONS_BOT_ID).single();
  const { id: _, created_at: __, updated_at: ___, ...config } = bot as Record<string, unknown>;
  const { data, error } = await admin.from('bots').insert({
    ...config, name: 'Coach with a model', llm_model: MODEL, coach_prompt_min_interval_seconds: 0, coach_style_refresh_every: 2,
  }).select('id').single();
  if (error) throw new Error(error.message);
  botId = (data as { id: string }).id;
  for (const table of ['bot_fields', 'bot_steps', 'plans', 'plan_rules', 'bot_texts', 'rag_documents']) {
    const { data: rows } = await admin.from(table).select('*').eq('bot_id', NUTRITION_SOLUTIONS_BOT_ID);
    const copies = (rows as Record<string, unknown>[]).map(({ id: _id, created_at: _c, updated_at: _u, fts: _f, ...row }) => ({ ...row, bot_id: botId }));
    const { error: copyError } = await admin.from(table).insert(copies);
    if (copyError) throw new Error(`${table}: ${copyError.message}`);
  }
  const priced = await admin.from('llm_prices').insert({ model: MODEL, prompt_usd_per_million: 1, completion_usd_per_million: 2 });
  if (priced.error) throw new Error(priced.error.message);
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  await stub?.close();
});

async function post(body: Record<string, unknown>): Promise<ChatResponse> {
  const response = await fetch(`${stack.url}/functions/v1/chat`, {
    method: 'POST',
    headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ bot_id: botId, client_message_id: crypto.randomUUID(), ...body }),
  });
  expect(response.status).toBe(200);
  return await response.json() as ChatResponse;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const systemPrompts = () =>
  stub.requests.filter((r) => r.model === MODEL && r.body?.stream === true)
    .map((r) => (r.body.messages as { role: string; content: string }[]).find((m) => m.role === 'system')!.content);

describe('coaching with a model', () => {
  it('writes the personal prompt with the model, prices it, reads the coaches\' style, and answers in both', async () => {
    const opened = await post({ input: { type: 'start' } });
    const token = opened.visitor_token;
    const say = (text: string) => post({ visitor_token: token, input: { type: 'text', text } });
    const pick = (value: string) => post({ visitor_token: token, input: { type: 'choice', value } });
    const last = await answerDemoQuestions({ say, pick });
    expect(last.status).toBe('completed');
    const { data: conversation } = await admin.from('conversations').select('visitor_id').eq('id', last.conversation_id).single();
    const visitorId = (conversation as { visitor_id: string }).visitor_id;

    const owner = signJwt({ sub: DEMO_OWNER_ID, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 600 }, stack.jwtSecret);
    const dana = createClient(stack.url, stack.anonKey, { accessToken: async () => owner, auth: { persistSession: false } });
    const { data: versions } = await eventually(
      async () => await dana.from('coach_prompt_versions').select('*').eq('visitor_id', visitorId),
      (result) => (result.data ?? []).length > 0,
    );
    const [version] = versions as Record<string, any>[];
    expect(version).toMatchObject({ version: 1, written_by: 'model', model: MODEL, reason: 'the guided questions were done' });
    expect(version!.prompt_tokens).toBeGreaterThan(0);
    expect(Number(version!.cost_usd)).toBeCloseTo((version!.prompt_tokens * 1 + version!.completion_tokens * 2) / 1_000_000, 9);
    // The owner's own price for the model wins over the default for their bots.
    expect((await dana.from('llm_prices').insert({ model: MODEL, prompt_usd_per_million: 10, completion_usd_per_million: 20 })).error).toBeNull();
    const { data: repriced } = await dana.from('coach_prompt_versions').select('cost_usd').eq('visitor_id', visitorId).single();
    expect(Number((repriced as { cost_usd: number }).cost_usd)).toBeCloseTo((version!.prompt_tokens * 10 + version!.completion_tokens * 20) / 1_000_000, 9);
    const { data: written } = await admin.from('coach_prompts').select('prompt').eq('visitor_id', visitorId).single();
    const personal = (written as { prompt: string }).prompt;
    expect(personal).toMatch(/^This visitor told you: .*goal: Lose fat/);

    // A coach answers twice during a handoff; the next turn after the hand-back has the style made.
    const asked = await say('Can I talk to a real person?');
    expect(asked.status).toBe('handoff');
    for (const content of ['Hey Sam! Totally get it, starting is the hardest part. Talk soon!', 'Hey, good question. We keep it simple. Talk soon!']) {
      expect((await dana.rpc('reply_as_coach', { p_conversation_id: asked.conversation_id, p_content: content, p_client_message_id: crypto.randomUUID() })).error).toBeNull();
    }
    expect((await dana.rpc('hand_back_conversation', { p_conversation_id: asked.conversation_id })).error).toBeNull();
    await say('Do you ship to Canada?');
    // That answer was written with the personal prompt already, before the style existed.
    expect(systemPrompts().at(-1)).toContain(`<visitor_notes>\n${personal}\n</visitor_notes>`);
    expect(systemPrompts().at(-1)).not.toContain('<coach_style>');
    const { data: style } = await eventually(
      async () => await dana.from('coach_styles').select('*').eq('bot_id', botId).single(),
      (result) => !!(result.data as { profile: unknown } | null)?.profile,
    );
    expect(style).toMatchObject({ written_by: 'model', model: MODEL, replies_analysed: 2, profile: { tone: 'warm and direct', greetings: ['Hey'], sign_offs: ['Talk soon!'] } });

    // The next model-written reply is shaped by the style: the stub received it in the system prompt.
    await say('Can I freeze the meals?');
    const system = systemPrompts().at(-1)!;
    expect(system).toMatch(/<coach_style>\n[\s\S]*Tone: warm and direct\.[\s\S]*They sign off with "Talk soon!"\.[\s\S]*<\/coach_style>/);
    expect(system).toContain('<visitor_notes>');
    const { data: replies } = await admin.from('messages').select('metadata').eq('conversation_id', last.conversation_id).eq('sender_type', 'ai').order('seq');
    expect((replies as { metadata: Record<string, unknown> }[]).at(-1)!.metadata).toMatchObject({ written_by: 'model', coach_prompt_version: 1 });
    // Each call is counted in the reports by what it was for.
    const { data: usage } = await dana.from('llm_usage_by_model').select('purpose, calls').eq('bot_id', botId);
    expect((usage as { purpose: string }[]).map((u) => u.purpose)).toEqual(expect.arrayContaining(['answer', 'coach_prompt', 'coach_style']));
  });
});
