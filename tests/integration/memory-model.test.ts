/**
 * Memory with a model configured: its own stack whose functions talk to the local OpenAI stub (never the real
 * API). The rules' summary of a conversation that ended is rewritten by the model after the visitor has their
 * answer, its tokens counted as a summary's; the model never sees the visitor's personal data; and the tone
 * that works for a visitor reaches the prompt of a model-written answer.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type Stack, startStack } from '../../supabase/local/stack.ts';
import { type OpenAiStub, startOpenAiStub } from '../support/openai-stub.ts';
import { answerDemoQuestions } from '../support/demo-walk.ts';

let stub: OpenAiStub;
let stack: Stack;
let admin: SupabaseClient;

beforeAll(async () => {
  stub = await startOpenAiStub();
  stack = await startStack({ functionsEnv: { OPENAI_API_KEY: 'sk-test-not-a-real-key', OPENAI_BASE_URL: stub.url } });
  admin = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await stub?.close();
});

/** A copy of the demo bot answering with the stub, with its own budget and the demo's knowledge. */
async function botWithModel(model: string): Promise<string> {
  const { data: bot } = await admin.from('bots').select('*').eq('id', NUTRITION_SOLUTIONS_BOT_ID).single();
  const { id: _, created_at: __, updated_at: ___, ...config } = bot as Record<string, unknown>;
  const { data, error } = await admin.from('bots').insert({ ...config, name: `Memory (${model})`, llm_model: model, daily_llm_budget: 100, address_new_visitors_per_hour: 10_000, address_messages_per_minute: 10_000 }).select('id').single();
  if (error) throw new Error(error.message);
  const botId = (data as { id: string }).id;
  for (const table of ['bot_fields', 'bot_steps', 'plans', 'plan_rules', 'bot_texts', 'rag_documents']) {
    const { data: rows } = await admin.from(table).select('*').eq('bot_id', NUTRITION_SOLUTIONS_BOT_ID);
    const copies = (rows as Record<string, unknown>[]).map(({ id: _id, created_at: _c, updated_at: _u, fts: _f, ...row }) => ({ ...row, bot_id: botId }));
    const { error: copyError } = await admin.from(table).insert(copies);
    if (copyError) throw new Error(`${table}: ${copyError.message}`);
  }
  return botId;
}

async function visitorOf(botId: string) {
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(`${stack.url}/functions/v1/chat`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ bot_id: botId, client_message_id: crypto.randomUUID(), ...body }),
    });
    if (response.status !== 200) throw new Error(`chat answered ${response.status}: ${await response.text()}`);
    return await response.json() as ChatResponse;
  };
  const opened = await post({ input: { type: 'start' } });
  const say = (text: string) => post({ visitor_token: opened.visitor_token, input: { type: 'text', text } });
  const pick = (value: string) => post({ visitor_token: opened.visitor_token, input: { type: 'choice', value } });
  return { opened, say, pick };
}

/** The stub's chat requests since `from` whose system prompt contains `marker`. */
const sentWith = (from: number, marker: string) =>
  stub.requests.slice(from).filter((r) => r.path.endsWith('/chat/completions') && JSON.stringify(r.body.messages[0]).includes(marker));

async function until<T>(read: () => Promise<T | null>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('memory with a model', () => {
  it('has the model rewrite the summary of a conversation that ended, without the visitor\u2019s personal data', async () => {
    const botId = await botWithModel('stub-echo-passages');
    const visitor = await visitorOf(botId);
    const from = stub.requests.length;
    const last = await answerDemoQuestions(visitor, { why: 'To keep up with my kids, mail me at sam.lee@example.com' });
    expect(last.status).toBe('completed');

    const summary = await until(async () => {
      const { data } = await admin.from('conversation_summaries').select('*').eq('conversation_id', last.conversation_id).maybeSingle();
      return data?.written_by === 'model' ? data : null;
    });
    expect(summary).toMatchObject({ plan_shown: 'Shred-Spartan', model: 'stub-echo-passages', prompt_tokens: expect.any(Number) });
    // The echoing stub writes back what it read: the rules' notes and the transcript, personal data replaced.
    expect(summary.summary).toContain('Was recommended Shred Spartan');
    const sent = sentWith(from, 'note for the human coach');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body)).toContain('[email]');
    expect(JSON.stringify(sent[0]!.body)).not.toContain('sam.lee@example.com');

    const { data: usage } = await admin.from('llm_usage_by_model').select('purpose, calls').eq('bot_id', botId).eq('purpose', 'summary');
    expect(usage).toEqual([expect.objectContaining({ purpose: 'summary', calls: 1 })]);
  });

  it('tells the model the tone that works for the visitor once it has shown', async () => {
    const botId = await botWithModel('stub-normal');
    const visitor = await visitorOf(botId);
    await answerDemoQuestions(visitor, { steps: 4 });
    const before = stub.requests.length;
    await visitor.say('Do you ship to Canada?');
    expect(sentWith(before, 'friendly sales coach')).toHaveLength(1);
    expect(sentWith(before, 'This visitor')).toEqual([]);

    await visitor.say('Just tell me what to eat, no fluff');
    const after = stub.requests.length;
    await visitor.say('Do you ship to Canada?');
    const answered = sentWith(after, 'friendly sales coach');
    expect(answered).toHaveLength(1);
    expect(answered[0]!.body.messages[0].content).toContain('This visitor wants straight answers');
  });
});
