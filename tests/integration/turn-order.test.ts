/**
 * Concurrent messages of one conversation are stored and answered in the order they arrive, each once, and
 * never with a 5xx: commit_turn makes a later message wait for an earlier one's turn, and the runner decides
 * it again on fresh state. Each message answers the question pending when its turn comes.
 */
import { describe, expect, it } from 'vitest';
import { BOT_ID, callFunction, newVisitor, profileOf, service } from './helpers.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(token: string, text: string) {
  return callFunction('chat', { bot_id: BOT_ID, visitor_token: token, client_message_id: crypto.randomUUID(), input: { type: 'text', text } });
}

/** The conversation's messages in stored order. */
async function transcript(conversationId: string) {
  const { data, error } = await service.from('messages').select('sender_type, content, metadata, client_message_id')
    .eq('conversation_id', conversationId).order('seq');
  if (error) throw new Error(error.message);
  return data!;
}

describe('turns of one conversation, at once', () => {
  it.each([10, 16])('stores and answers %i messages sent at once, in arrival order, with no 5xx', async (count) => {
    const visitor = await newVisitor();
    // A whole conversation typed at once: each answer fits the question pending at its own turn.
    const answers = ['Sam', '34', 'female', 'lose fat', 'I skip breakfast and snack at night', 'to keep up with my kids', '8', 'no'];
    const texts = Array.from({ length: count }, (_, i) => answers[i] ?? `thanks ${i + 1}`);
    // The answers leave 40 ms apart, so they arrive in order even on a busy machine (5 ms was not always
    // enough under load); the rest leave together, and arrive in whatever order the network gives them.
    const results = await Promise.all(texts.map(async (text, i) => {
      await sleep(Math.min(i, answers.length) * 40);
      return send(visitor.token, text);
    }));
    expect(results.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
    expect(results.filter((r) => r.status !== 200).map((r) => r.text)).toEqual([]);

    const rows = await transcript(visitor.opened.conversation_id);
    const visitorRows = rows.filter((r) => r.sender_type === 'client');
    expect(visitorRows).toHaveLength(count);
    // Every message stored once, the answers in the order sent; each message answered, once, before the next
    // one's turn.
    const stored = visitorRows.map((r) => r.content);
    expect(stored.slice(0, answers.length)).toEqual(answers.slice(0, count));
    expect([...stored].sort()).toEqual([...texts].sort());
    const answeredIn = rows.filter((r) => r.sender_type === 'ai').map((r) => r.metadata.reply_to);
    const order = [...new Set(answeredIn)].slice(1); // the first replies are the greeting's
    expect(order).toEqual(visitorRows.map((r) => r.client_message_id));
    expect(await profileOf(visitor.opened.conversation_id)).toMatchObject({
      name: 'Sam', age: 34, gender: 'female', primary_goal: 'fat_loss', support_level: 8, cooking_preference: false,
      recommended_plan: 'Shred-Gladiator',
    });
  }, 120_000);

  it('keeps two messages sent 5 ms apart in order, each answering the question pending at its turn (20 trials)', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const visitor = await newVisitor();
      const first = send(visitor.token, 'Sam');
      await sleep(5);
      const second = send(visitor.token, '34');
      const [a, b] = await Promise.all([first, second]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const rows = await transcript(visitor.opened.conversation_id);
      expect(rows.filter((r) => r.sender_type === 'client').map((r) => r.content)).toEqual(['Sam', '34']);
      const profile = await profileOf(visitor.opened.conversation_id);
      expect({ name: profile.name, age: profile.age }).toEqual({ name: 'Sam', age: 34 });
    }
  }, 180_000);
});
