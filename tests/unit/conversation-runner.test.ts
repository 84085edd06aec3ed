/**
 * The conversation's policy, in-process: the runner with an in-memory store (same semantics as begin_turn
 * and commit_turn), a fixed knowledge base and no model. The stack tests cover the same paths for real.
 */
import { describe, expect, it } from 'vitest';
import type { ChatInput } from '../../functions/_shared/contracts.ts';
import type { Passage } from '../../functions/_shared/conversation/compose.ts';
import { runTurn, type TurnServices } from '../../functions/_shared/conversation/runner.ts';
import { BOT, FIELDS, PLANS, QUESTIONS, RULES, TEXTS } from './engine-fixture.ts';
import { MemoryStore } from './memory-store.ts';

const definition = { bot: BOT.config, fields: FIELDS, steps: QUESTIONS, plans: PLANS, rules: RULES, texts: TEXTS };

function setUp(passages: Passage[] = []) {
  const store = new MemoryStore(definition);
  const searches: string[] = [];
  const services: TurnServices = {
    store,
    knowledge: { search: async (_bot, search) => (searches.push(`${search.category ?? search.preferCategory}:${search.query}`), passages) },
  };
  let visitorId: string | null = null;
  const send = async (input: ChatInput, clientMessageId: string = crypto.randomUUID()) => {
    const outcome = await runTurn(services, { botId: BOT.config.id, visitorId, clientMessageId, input, addressKey: 'test', origin: null });
    visitorId = outcome.visitorId;
    return outcome;
  };
  const say = (text: string, id?: string) => send({ type: 'text', text }, id ?? crypto.randomUUID());
  return { store, searches, send, say, visitor: () => visitorId! };
}

describe('the conversation runner', () => {
  it('greets a new visitor and asks the first question, in one begin and one commit', async () => {
    const { store, send } = setUp();
    const opened = await send({ type: 'start' });
    expect(opened.replies.map((r) => r.content)).toEqual([BOT.config.welcome_message, 'First things first: what should I call you?']);
    expect(opened.conversation.pending_field).toBe('name');
    expect(store.calls).toEqual({ begin: 1, commit: 1 });
  });

  it('answers a guided question in two round trips, storing the answer', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    store.calls = { begin: 0, commit: 0 };
    const turn = await say("I'm Sam, 34");
    expect(turn.replies.map((r) => r.content)).toEqual(['Got it — Sam and age 34. Which best describes you?']);
    expect(store.calls).toEqual({ begin: 1, commit: 1 });
    expect(store.profiles.get(visitor())!.answers).toEqual({ name: 'Sam', age: 34 });
  });

  it('answers a retried message with its first replies and stores it once', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    const first = await say('Sam', 'same-id');
    const retry = await say('Sam', 'same-id');
    expect(retry.replies.map((r) => r.id)).toEqual(first.replies.map((r) => r.id));
    expect(store.transcript(visitor()).filter(([who]) => who === 'client')).toHaveLength(1);
  });

  it('answers a side question from the knowledge base, then asks the pending question again, briefly, in the same bubble', async () => {
    const { searches, send, say } = setUp([{ content: 'We ship to Canada within five working days.', source: 'faq.md', chunk_index: 0, score: 0.9 }]);
    await send({ type: 'start' });
    const turn = await say('Do you ship to Canada?');
    expect(turn.replies.map((r) => r.content)).toEqual([
      'We ship to Canada within five working days.\n\nNow, back to you: First things first: what should I call you?',
    ]);
    expect(turn.replies[0]!.metadata).toMatchObject({ intent: 'question', written_by: 'extract', sources: [{ source: 'faq.md' }] });
    expect(searches).toEqual(['faq:Do you ship to Canada?']);
  });

  it('says so, and offers a person, when the knowledge base has nothing', async () => {
    const { send, say } = setUp([]);
    await send({ type: 'start' });
    const turn = await say('Do you ship to Canada?');
    expect(turn.replies.map((r) => r.content)).toEqual([`${TEXTS.no_answer}\n\nNow, back to you: First things first: what should I call you?`]);
  });

  it('hands off to a person and then stays silent, storing what the visitor writes for them', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    const handoff = await say('Can I talk to a real person please?');
    expect(handoff.conversation.status).toBe('handoff');
    const meanwhile = await say('Hello? Anyone there?');
    expect(meanwhile.replies).toEqual([]);
    expect(store.transcript(visitor()).at(-1)).toEqual(['client', 'Hello? Anyone there?']);
  });

  it('answers a later message only after the earlier one, on fresh state', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    store.beforeCommit = (replyTo) => (replyTo === 'first' ? firstHeld : Promise.resolve());
    const first = say('Sam', 'first');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = say('34', 'second');
    // The second message's turn waits for the first one's, which is held.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(store.transcript(visitor()).filter(([who]) => who === 'ai')).toHaveLength(2); // the greeting only
    releaseFirst();
    await Promise.all([first, second]);
    expect(store.profiles.get(visitor())!.answers).toEqual({ name: 'Sam', age: 34 });
    const transcript = store.transcript(visitor()).map(([, text]) => text);
    const greeted = transcript.indexOf('Great to have you here, Sam! How old are you?');
    expect(transcript.indexOf('Sam')).toBeLessThan(greeted);
    expect(greeted).toBeLessThan(transcript.findIndex((text) => text.startsWith('Got it, thanks.')));
  });

  it('starts over keeping the name, and greets the visitor back', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    await say('34');
    const restarted = await send({ type: 'restart' });
    expect(restarted.replies.map((r) => r.content)).toEqual(["Welcome back, Sam! Let's pick up where we left off.", 'How old are you?']);
    expect(store.profiles.get(visitor())!.answers).toEqual({ name: 'Sam' });
  });
});

describe('after a person hands the conversation back', () => {
  it('says the bot is back, deals with the message, and asks the pending question', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Can I talk to a real person please?');
    // The person replies and hands back (as the console does: a human_coach message, status active).
    const conversation = store.latest(visitor());
    store.messages.push({
      conversation_id: conversation.id, id: 'coach-1', seq: 999, sender_type: 'human_coach', content: 'Hi, I am here to help.',
      metadata: {}, client_message_id: 'coach-1', created_at: new Date().toISOString(),
    });
    conversation.status = 'active';
    const turn = await say('Sam');
    expect(turn.replies.map((r) => r.content)).toEqual(["Thanks for waiting — I'm back to help. Great to have you here, Sam! How old are you?"]);
  });
});
