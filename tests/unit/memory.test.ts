/**
 * Memory in layers, in-process: insights and the tone that works for a visitor kept up to date by their
 * turns (the runner on the in-memory store with commit_turn's semantics), a returning visitor greeted from
 * their last conversation's summary, the tone in the model's prompt, and the model's rewrite of a summary
 * against the local OpenAI stub. The stack tests (tests/integration/memory.test.ts) cover the SQL half.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInput } from '../../functions/_shared/contracts.ts';
import { botOf } from '../../functions/_shared/conversation/bot.ts';
import { recalledWelcome } from '../../functions/_shared/conversation/replies.ts';
import type { SummaryRow } from '../../functions/_shared/conversation/rows.ts';
import { runTurn, type TurnServices } from '../../functions/_shared/conversation/runner.ts';
import { createLlm } from '../../functions/_shared/llm/client.ts';
import { groundedAnswerPrompt } from '../../functions/_shared/llm/prompts.ts';
import { rewriteSummary, type SummaryStore } from '../../functions/_shared/memory/jobs.ts';
import { relationshipAfter, toneGuide } from '../../functions/_shared/memory/relationship.ts';
import { type OpenAiStub, startOpenAiStub } from '../support/openai-stub.ts';
import { BOT, FIELDS, PLANS, QUESTIONS, RULES, TEXTS } from './engine-fixture.ts';
import { MemoryStore } from './memory-store.ts';

const definition = { bot: BOT.config, fields: FIELDS, steps: QUESTIONS, plans: PLANS, rules: RULES, texts: TEXTS };

function setUp() {
  const store = new MemoryStore(definition);
  const services: TurnServices = { store, knowledge: { search: async () => [] } };
  let visitorId: string | null = null;
  const send = async (input: ChatInput) => {
    const outcome = await runTurn(services, { botId: BOT.config.id, visitorId, clientMessageId: crypto.randomUUID(), input, addressKey: 'test', origin: null });
    visitorId = outcome.visitorId;
    return outcome;
  };
  const say = (text: string) => send({ type: 'text', text });
  const pick = (value: string) => send({ type: 'choice', value });
  return { store, send, say, pick, visitor: () => visitorId! };
}

const texts = (outcome: { replies: { content: string }[] }) => outcome.replies.map((r) => r.content);

function summary(fields: Partial<SummaryRow>): SummaryRow {
  return {
    conversation_id: 'conversation-1', topics: [], answers: {}, objections: [], plan_shown: null, plan_alternative: null,
    plan_chosen: null, open_questions: [], summary: 'Answered: name.', written_by: 'rules', through_seq: 3,
    updated_at: new Date(0).toISOString(), ...fields,
  };
}

describe('insights, kept up to date by the turns', () => {
  it('records the goal from the answer the plan rules read first, each objection raised, and the breakthrough past it', async () => {
    const { store, send, say, pick, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    await say('34');
    await pick('female');
    await pick('fat_loss');
    expect(store.insights.get(visitor())).toEqual([{ kind: 'goal', key: 'primary_goal', value: 'Lose fat', active: true }]);

    await say('Takeaway most nights');
    await say('I want to keep up with my kids');
    await say("that's too expensive for me");
    expect(store.insights.get(visitor())).toContainEqual({ kind: 'objection', key: 'price', value: "that's too expensive for me", active: true });
    await pick('2');
    const last = await pick('yes');
    expect(last.conversation.status).toBe('completed');
    const insights = store.insights.get(visitor())!;
    expect(insights).toContainEqual({ kind: 'objection', key: 'price', value: "that's too expensive for me", active: false });
    expect(insights).toContainEqual({ kind: 'breakthrough', key: 'past_price', value: 'Shred-Spartan', active: true });
  });

  it('writes nothing for a turn that taught nothing (a greeting, a name)', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    expect(store.insights.get(visitor()) ?? []).toEqual([]);
    expect(store.relationships.get(visitor())).toBeUndefined();
  });
});

describe('the tone that works for a visitor', () => {
  it('is brief after two short replies where they had room to write, and then they get the brief acknowledgement', async () => {
    const { store, send, say, pick, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    await say('34');
    await pick('female');
    await pick('fat_loss');
    await say('takeaway mostly');
    await say('for my kids');
    expect(store.relationships.get(visitor())).toMatchObject({ detail: 'brief', tone: null });
    const scale = await pick('2');
    expect(texts(scale)[0]).toBe('Got it. Last one: do you enjoy cooking your own meals?');
  });

  it('is detailed after a long message, direct when they ask for straight answers, gentle when they sound worried', () => {
    const long = 'I have tried so many diets over the years and none of them stuck because I work late, I travel a lot for my job and I end up eating whatever the airport has, so I need something realistic';
    expect(relationshipAfter(null, { text: long, open: true })).toMatchObject({ detail: 'detailed', tone: null });
    expect(relationshipAfter(null, { text: 'Just tell me the price', open: true })).toMatchObject({ tone: 'direct' });
    expect(relationshipAfter(null, { text: "I'm a bit nervous, I always fail at these", open: true })).toMatchObject({ tone: 'gentle' });
    // A button or a name says nothing about how they write.
    expect(relationshipAfter(null, { text: 'Sam', open: false })).toBeNull();
  });

  it('adds up over turns: a direct request outweighs nothing, until worries outnumber it', () => {
    let row = relationshipAfter(null, { text: 'no fluff please', open: true })!;
    expect(row.tone).toBe('direct');
    row = relationshipAfter(row, { text: "I'm worried", open: true })!;
    expect(row.tone).toBeNull();
    row = relationshipAfter(row, { text: 'and scared it will not work', open: true })!;
    expect(row.tone).toBe('gentle');
  });

  it('is one instruction in the model prompt, and none until it shows', () => {
    const guide = toneGuide({ tone: 'direct', detail: 'brief' });
    expect(guide).toBe('This visitor wants straight answers: give the point first, plainly, without cushioning. They write briefly: one or two short sentences.');
    expect(toneGuide({ tone: null, detail: null })).toBeNull();
    const input = { botName: 'Coach', brandVoice: null, passages: [{ content: 'We ship to Canada.', source: 'faq' }], history: [], question: 'Do you ship?' };
    expect(groundedAnswerPrompt({ ...input, tone: guide })[0]!.content).toContain(`- ${guide}\n`);
    expect(groundedAnswerPrompt(input)[0]!.content).not.toContain('This visitor');
  });
});

describe('a returning visitor', () => {
  it('is greeted by what mattered last time: the two plans they were choosing between', async () => {
    const { store, send, say, visitor } = setUp();
    await send({ type: 'start' });
    await say('Sam');
    store.summaries.set(visitor(), summary({ plan_shown: 'Shred-Spartan', plan_alternative: 'Shred-Gladiator' }));
    const again = await send({ type: 'restart' });
    expect(texts(again)[0]).toBe("Welcome back, Sam: last time you were choosing between Shred Spartan and Shred Gladiator. Let's pick up where we left off.");
  });

  it('hears of a plan they went for, a question left open, a worry, or the topics, in that order; otherwise the usual welcome back', () => {
    const bot = botOf(definition);
    const greet = (s: Partial<SummaryRow> | null) => recalledWelcome(bot.words, bot, { name: 'Sam' }, s ? summary(s) : null, 'resuming');
    expect(greet({ plan_chosen: 'Beast-Gladiator', plan_shown: 'Shred-Spartan', plan_alternative: 'Shred-Gladiator' }))
      .toBe("Welcome back, Sam: last time you went for Beast Gladiator. Let's pick up where we left off.");
    expect(greet({ open_questions: ['do you deliver on sundays'], objections: ['price'] }))
      .toBe('Welcome back, Sam: last time you asked "do you deliver on sundays?". Let\'s pick up where we left off.');
    expect(greet({ objections: ['price'] })).toBe("Welcome back, Sam: last time you were thinking about the price. Let's pick up where we left off.");
    expect(greet({ topics: ['delivery', 'recipes'] })).toBe("Welcome back, Sam: last time you asked about delivery and recipes. Let's pick up where we left off.");
    expect(greet({})).toBe('');
    expect(greet(null)).toBe('');
  });

  it('is greeted in the bot\u2019s language, and by the owner\u2019s own words when the bot has them', () => {
    const spanish = botOf({ ...definition, bot: { ...definition.bot, language: 'es' } });
    expect(recalledWelcome(spanish.words, spanish, { name: 'Ana' }, summary({ objections: ['time'] }), 'fresh'))
      .toBe('¡Hola de nuevo, Ana! La última vez te preocupaba el tiempo que lleva. Empecemos.');
    const owned = botOf({ ...definition, texts: { ...TEXTS, 'welcome_back.choosing': 'Hey {name}, still torn between {plans}?' } });
    expect(recalledWelcome(owned.words, owned, { name: 'Sam' }, summary({ plan_shown: 'Shred-Spartan', plan_alternative: 'Shred-Gladiator' }), 'fresh'))
      .toBe("Hey Sam, still torn between Shred Spartan and Shred Gladiator? Let's get started.");
  });
});

describe('a summary rewritten by the model', () => {
  let stub: OpenAiStub;
  beforeAll(async () => {
    stub = await startOpenAiStub();
  });
  afterAll(async () => await stub.close());

  const bot = botOf({ ...definition, bot: { ...definition.bot, llm_model: 'stub-normal' } });
  const budget = { take: async () => ({ allowed: true, used: 1 }) };

  function summaryStore(messages: { sender_type: 'client' | 'ai'; content: string }[]) {
    const saved: Parameters<SummaryStore['saveConversationSummary']>[0][] = [];
    const store: SummaryStore = {
      conversationForSummary: async () => ({ summary: summary({ summary: 'Answered: name. Raised price.' }), messages }),
      saveConversationSummary: async (args) => (saved.push(args), true),
    };
    return { store, saved };
  }

  it('stores the model\u2019s note with its usage, and the model never sees the visitor\u2019s email', async () => {
    const { store, saved } = summaryStore([
      { sender_type: 'ai', content: 'What should I call you?' },
      { sender_type: 'client', content: "Sam, write to me at sam.lee@example.com, it's too pricey" },
    ]);
    const llm = createLlm({ apiKey: 'sk-test-not-a-real-key', baseUrl: stub.url });
    const before = stub.requests.length;
    expect(await rewriteSummary({ llm, budget, store, later: () => {} }, bot, 'conversation-1')).toBe(true);
    const sent = JSON.stringify(stub.requests.slice(before).map((r) => r.body));
    expect(sent).toContain('Raised price.');
    expect(sent).toContain('[email]');
    expect(sent).not.toContain('sam.lee@example.com');
    expect(saved).toEqual([expect.objectContaining({ conversationId: 'conversation-1', throughSeq: 3, model: 'stub-normal', summary: expect.any(String) })]);
    expect(saved[0]!.promptTokens).toBeGreaterThan(0);
  });

  it('leaves the rules\u2019 summary in place without a key, over budget, or when the model fails', async () => {
    const { store, saved } = summaryStore([{ sender_type: 'client', content: 'Sam' }]);
    const llm = createLlm({ apiKey: 'sk-test-not-a-real-key', baseUrl: stub.url, retry: { maxRetries: 0 } });
    expect(await rewriteSummary({ llm: null, budget, store, later: () => {} }, bot, 'conversation-1')).toBe(false);
    expect(await rewriteSummary({ llm, budget: { take: async () => ({ allowed: false, used: 9 }) }, store, later: () => {} }, bot, 'conversation-1')).toBe(false);
    const failing = botOf({ ...definition, bot: { ...definition.bot, llm_model: 'stub-500' } });
    expect(await rewriteSummary({ llm, budget, store, later: () => {} }, failing, 'conversation-1')).toBe(false);
    expect(saved).toEqual([]);
  });
});
