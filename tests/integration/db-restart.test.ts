/**
 * The database restarts in the middle of conversations: clients retry with the same client message id (as
 * the widget does), and every message is stored exactly once with exactly one set of replies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInput, ChatResponse } from '../../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type Stack, startStack } from '../../supabase/local/stack.ts';

let stack: Stack;
let dataDir: string;

beforeAll(async () => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'signpost-restart-')), 'data');
  // The embedded database, whatever SIGNPOST_DATABASE_URL says: this test stops and starts it.
  stack = await startStack({ dataDir, databaseUrl: false });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Sends one message until it gets an answer, always with the same client message id. */
async function send(token: string | undefined, input: ChatInput, attempts: { count: number }): Promise<ChatResponse> {
  const body = JSON.stringify({ bot_id: BOT_ID, visitor_token: token, client_message_id: crypto.randomUUID(), input });
  for (let attempt = 1; attempt <= 60; attempt++) {
    attempts.count++;
    const response = await fetch(`${stack.url}/functions/v1/chat`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
      body,
    }).catch(() => null);
    if (response?.ok) return await response.json() as ChatResponse;
    await response?.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no answer after 60 attempts');
}

describe('a database restart mid-conversation', () => {
  it('loses no message and stores none twice', { timeout: 120_000 }, async () => {
    const answers: ChatInput[] = ["I'm Sam, 34", 'female', 'lose fat', 'Takeaway', 'For my kids', '2', 'yes']
      .map((text) => ({ type: 'text', text }));
    const attempts = { count: 0 };
    const visitor = async () => {
      const opened = await send(undefined, { type: 'start' }, attempts);
      let last = opened;
      for (const input of answers) last = await send(opened.visitor_token, input, attempts);
      return last;
    };
    const conversations = Promise.all(Array.from({ length: 6 }, visitor));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await stack.restartDb();
    const finished = await conversations;

    expect(finished.every((c) => c.plan?.code === 'Shred-Spartan')).toBe(true);
    const admin = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
    const { data: messages } = await admin.from('messages').select('conversation_id, sender_type, client_message_id, metadata')
      .in('conversation_id', finished.map((c) => c.conversation_id));
    const sent = finished.length * answers.length;
    const stored = messages!.filter((m) => m.sender_type === 'client');
    expect(stored).toHaveLength(sent);
    expect(new Set(stored.map((m) => `${m.conversation_id}/${m.client_message_id}`)).size).toBe(sent);
    // One set of replies per visitor message: no reply id is stored twice for the same message.
    const replies = messages!.filter((m) => m.sender_type === 'ai');
    expect(new Set(replies.map((m) => `${m.conversation_id}/${m.client_message_id}`)).size).toBe(replies.length);
    console.log(`visitor messages sent ${sent}, stored ${stored.length}; requests ${attempts.count} (retries ${attempts.count - sent - finished.length})`);
  });
});
