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
    // As many passages as asked for, three by default, as the functions' search returns them.
    knowledge: { search: async (_bot, search) => (searches.push(`${search.category ?? search.preferCategory}:${search.query}`), passages.slice(0, search.topK ?? 3)) },
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

  it('names the passage it quotes first among the answer\'s sources', async () => {
    const { send, say } = setUp([
      { content: 'Our story began in 2010 with two boats.', source: 'about.md', chunk_index: 0, score: 0.9 },
      { content: 'A kayak costs €40 for a day.', source: 'prices.md', chunk_index: 3, score: 0.85 },
    ]);
    await send({ type: 'start' });
    const turn = await say('How much is a kayak for a day?');
    expect(turn.replies[0]!.content).toContain('€40');
    expect(turn.replies[0]!.metadata.sources).toEqual([{ source: 'prices.md', chunk_index: 3, score: 0.85 }, { source: 'about.md', chunk_index: 0, score: 0.9 }]);
  });

  it('answers a question put without a question\'s shape when the knowledge clearly holds it, then asks again', async () => {
    const { searches, send, say } = setUp([{ content: 'The workshop is open 09:30 to 16:00 on Saturdays.', source: 'faq.md', chunk_index: 0, score: 0.9 }]);
    await send({ type: 'start' });
    const turn = await say('workshop hours on saturday');
    expect(turn.replies.map((r) => r.content)).toEqual([
      'The workshop is open 09:30 to 16:00 on Saturdays.\n\nNow, back to you: First things first: what should I call you?',
    ]);
    expect(turn.replies[0]!.metadata).toMatchObject({ intent: 'question', sources: [{ source: 'faq.md' }] });
    expect(searches).toEqual(['null:workshop hours on saturday']);
    expect(turn.conversation.pending_field).toBe('name');
  });

  it('answers such a message from a fair match only when the quote holds most of its words', async () => {
    const { send, say } = setUp([{ content: 'The workshop is open 09:30 to 16:00 on Saturdays.', source: 'faq.md', chunk_index: 0, score: 0.6 }]);
    await send({ type: 'start' });
    const turn = await say('workshop hours on saturday');
    expect(turn.replies[0]!.content).toContain('09:30 to 16:00');
    expect(turn.replies[0]!.content).toMatch(/what should I call you\?$/);
  });

  it('keeps the re-ask, with no "I don\'t know", when such a message finds only a weak match or nothing', async () => {
    const weak = [{ content: 'The workshop is open every weekday.', source: 'faq.md', chunk_index: 0, score: 0.7 }];
    const fair = [{ content: 'The workshop is open 09:30 to 16:00 on Saturdays.', source: 'faq.md', chunk_index: 0, score: 0.6 }];
    for (const [message, passages] of [['workshop hours on saturday', weak], ['my workshop is in my garage at home', fair], ['workshop hours on saturday', []]] as const) {
      const { send, say } = setUp([...passages]);
      await send({ type: 'start' });
      const turn = await say(message);
      expect(turn.replies).toHaveLength(1);
      expect(turn.replies[0]!.content).not.toContain(TEXTS.no_answer);
      expect(turn.replies[0]!.content).not.toMatch(/weekday|09:30/);
      expect(turn.replies[0]!.content).toMatch(/what should I call you\?$/);
      expect(turn.replies[0]!.metadata).toMatchObject({ intent: 'invalid', step: 'name' });
    }
  });

  it('answers a question of fact from the page below the customers\' stories the search ranked above it', async () => {
    const story = (n: number): Passage => ({ content: `"We rented e-bikes for a whole day." — Rider ${n}`, category: 'testimonials', source: 'reviews.md', chunk_index: n, score: 0.85 });
    const passages: Passage[] = [story(1), story(2), story(3), { content: 'An e-bike costs €39 for a full day.', source: 'prices.md', chunk_index: 0, score: 0.8 }];
    const { send, say } = setUp(passages);
    await send({ type: 'start' });
    const turn = await say('how much is an e-bike for a whole day?');
    expect(turn.replies[0]!.content).toMatch(/^An e-bike costs €39 for a full day\./u);
    expect(turn.replies[0]!.metadata).toMatchObject({ sources: [{ source: 'prices.md' }] });
  });

  it('takes a message shaped as a question for one, even where it was read as an answer', async () => {
    const { send, say } = setUp([{ content: 'You pay nothing when you order: we charge your card the day the box ships.', source: 'faq.md', chunk_index: 0, score: 0.66 }]);
    await send({ type: 'start' });
    const turn = await say('if i order today do i have to pay right away');
    expect(turn.replies[0]!.content).toContain('we charge your card the day the box ships');
    expect(turn.replies[0]!.content).toMatch(/what should I call you\?$/);
  });

  it('never searches for a word or two that is no answer', async () => {
    const { searches, send, say } = setUp([{ content: 'The workshop is open 09:30 to 16:00 on Saturdays.', source: 'faq.md', chunk_index: 0, score: 0.9 }]);
    await send({ type: 'start' });
    const turn = await say('hmm ok');
    expect(searches).toEqual([]);
    expect(turn.replies[0]!.content).not.toContain('09:30');
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
  const CANADA: Passage = { content: 'We ship to Canada within five working days.', source: 'faq.md', chunk_index: 0, score: 0.9 };

  /** A visitor named Sam who asked for a person, and the coach who answered them. */
  async function withCoach(passages: Passage[] = []) {
    const setup = setUp(passages);
    await setup.send({ type: 'start' });
    await setup.say('Sam');
    await setup.say('Can I talk to a real person please?');
    setup.store.coachReplies(setup.visitor(), 'Hi Sam, Dana here. How can I help?');
    const poll = () => setup.send({ type: 'poll' });
    const botSince = (count: number) => setup.store.transcript(setup.visitor()).slice(count).filter(([who]) => who === 'ai');
    return { ...setup, poll, botSince };
  }

  it('comes back at the next poll, with no message from the visitor, and asks the pending question in brief', async () => {
    const { store, poll, visitor } = await withCoach();
    expect((await poll()).replies).toEqual([]); // a person still holds the conversation
    store.handBack(visitor());
    const back = await poll();
    expect(back.replies.map((r) => r.content)).toEqual(["Thanks for waiting — I'm back to help. So, where were we? How old are you?"]);
    expect(back.replies[0]!.metadata).toMatchObject({ intent: 'handed_back', step: 'age', handed_back_at: store.latest(visitor()).handed_back_at });
    expect(back.conversation).toMatchObject({ status: 'active', pending_field: 'age' });
    expect(back.history!.at(-1)!.id).toBe(back.replies[0]!.id);
  });

  it('comes back when the chat is opened again after a reload, before any poll, in one begin and one commit', async () => {
    const { store, send, visitor } = await withCoach();
    store.handBack(visitor());
    store.calls = { begin: 0, commit: 0 };
    const opened = await send({ type: 'start' });
    expect(opened.replies.map((r) => r.content)).toEqual(["Thanks for waiting — I'm back to help. So, where were we? How old are you?"]);
    expect(store.calls).toEqual({ begin: 1, commit: 1 });
    expect((await send({ type: 'start' })).replies).toEqual([]);
  });

  it('reads the next message as the answer to the question it asked again', async () => {
    const { store, poll, say, visitor } = await withCoach();
    store.handBack(visitor());
    await poll();
    const next = await say('34');
    expect(store.profiles.get(visitor())!.answers).toMatchObject({ name: 'Sam', age: 34 });
    expect(next.conversation.pending_field).toBe('gender');
    expect(next.replies.map((r) => r.content).join(' ')).not.toContain("I'm back");
  });

  it('answers from the knowledge base what the visitor asked meanwhile, and takes their answer to the pending question', async () => {
    const { store, poll, say, visitor, searches } = await withCoach([CANADA]);
    await say('Do you ship to Canada?');
    await say('34');
    store.handBack(visitor());
    const back = await poll();
    expect(back.replies.map((r) => r.content)).toEqual([
      "Thanks for waiting — I'm back to help. We ship to Canada within five working days.\n\nGot it, thanks. Which best describes you?",
    ]);
    expect(searches).toEqual(['faq:Do you ship to Canada?']);
    expect(store.profiles.get(visitor())!.answers).toMatchObject({ age: 34 });
    expect(back.conversation.pending_field).toBe('gender');
  });

  it('deals only with what nobody answered: messages before the coach\'s last reply were theirs to answer', async () => {
    const { store, poll, say, visitor, searches } = await withCoach([CANADA]);
    await say('Do you ship to Canada?');
    store.coachReplies(visitor(), 'Yes, we ship to Canada!');
    store.handBack(visitor());
    const back = await poll();
    expect(back.replies.map((r) => r.content)).toEqual(["Thanks for waiting — I'm back to help. So, where were we? How old are you?"]);
    expect(searches).toEqual([]);
  });

  it('comes back exactly once, however many polls arrive together or after', async () => {
    const { store, poll, visitor, botSince } = await withCoach([CANADA]);
    const before = store.transcript(visitor()).length;
    store.handBack(visitor());
    const polls = await Promise.all([poll(), poll(), poll()]);
    expect(botSince(before)).toHaveLength(1);
    // Every concurrent poll sees the return (as its reply or in the history it reads).
    for (const answer of polls) expect(answer.history!.some((m) => m.metadata.intent === 'handed_back')).toBe(true);
    expect((await poll()).replies).toEqual([]);
    expect(botSince(before)).toHaveLength(1);
  });

  it('comes back with the visitor\'s next message when it arrives before any poll, dealing with it in the same reply', async () => {
    const { store, say, poll, visitor, botSince } = await withCoach();
    const before = store.transcript(visitor()).length;
    store.handBack(visitor());
    const [turn] = await Promise.all([say('34'), poll()]);
    expect(botSince(before)).toHaveLength(1);
    const [reply] = botSince(before);
    expect(reply![1]).toBe("Thanks for waiting — I'm back to help. Got it, thanks. Which best describes you?");
    expect(turn.conversation.pending_field ?? store.latest(visitor()).pending_field).toBe('gender');
  });

  it('asks a free-text question again rather than taking words meant for the person as its answer', async () => {
    const { store, say, poll, visitor } = await withCoach();
    const profile = store.profiles.get(visitor())!;
    profile.answers = { ...profile.answers, age: 34, gender: 'male', primary_goal: 'fat_loss', eating_habits: 'big dinners' };
    store.latest(visitor()).pending_field = 'emotional_why';
    await say('ok thanks, that helps');
    store.handBack(visitor());
    const back = await poll();
    expect(back.replies.map((r) => r.content)).toEqual(["Thanks for waiting — I'm back to help. So, where were we? What's the real reason this matters to you right now?"]);
    expect(store.profiles.get(visitor())!.answers.emotional_why).toBeUndefined();
  });

  it('comes back after each hand-back, once each', async () => {
    const { store, poll, say, visitor, botSince } = await withCoach();
    store.handBack(visitor());
    await poll();
    await say('Can I talk to a real person please?');
    store.coachReplies(visitor(), 'Back again, Sam?');
    const before = store.transcript(visitor()).length;
    store.handBack(visitor());
    await poll();
    await poll();
    expect(botSince(before).map(([, text]) => text)).toEqual(["Thanks for waiting — I'm back to help. So, where were we? How old are you?"]);
  });
});

describe('after a coach closes the conversation', () => {
  it('starts a new conversation with the visitor\'s next message, their answers kept, greeting them back and answering it', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    await say('Can I talk to a real person please?');
    store.coachReplies(visitor(), 'Hi Sam! All sorted, closing this one.');
    const closed = store.latest(visitor());
    store.close(visitor());
    const turn = await say('34');
    expect(turn.conversation.id).not.toBe(closed.id);
    expect(turn.replies.map((r) => r.content)).toEqual(['Welcome back, Sam! Got it, thanks. Which best describes you?']);
    expect(store.transcript(visitor())).toEqual([['client', '34'], ['ai', 'Welcome back, Sam! Got it, thanks. Which best describes you?']]);
    expect(store.profiles.get(visitor())!.answers).toEqual({ name: 'Sam', age: 34 });
    // The closed conversation keeps everything that was said in it.
    expect(store.messages.filter((m) => m.conversation_id === closed.id).map((m) => m.content)).toContain('Hi Sam! All sorted, closing this one.');
  });

  it('asks the pending question rather than reproaching a message that answers nothing', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    store.close(visitor());
    const turn = await say('hello again');
    expect(turn.replies.map((r) => r.content)).toEqual(['Welcome back, Sam! How old are you?']);
  });

  it('answers a side question in the new conversation after the greeting', async () => {
    const { store, send, say, visitor } = setUp([{ content: 'We ship to Canada within five working days.', source: 'faq.md', chunk_index: 0, score: 0.9 }]);
    await send({ type: 'start' });
    await say('Sam');
    store.close(visitor());
    const turn = await say('Do you ship to Canada?');
    expect(turn.replies.map((r) => r.content)).toEqual(['Welcome back, Sam! We ship to Canada within five working days.\n\nNow, back to you: How old are you?']);
  });

  it('stores a retried first message once, in the new conversation', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    store.close(visitor());
    const first = await say('34', 'after-close');
    const retry = await say('34', 'after-close');
    expect(retry.replies.map((r) => r.id)).toEqual(first.replies.map((r) => r.id));
    expect(store.conversations.filter((c) => c.visitor_id === visitor())).toHaveLength(2);
    expect(store.transcript(visitor()).filter(([who]) => who === 'client')).toEqual([['client', '34']]);
  });
});
