/**
 * The widget's model without any DOM: the state machine of a conversation, driven through its actions against
 * a scripted API (the HTTP client itself is tested against a real server in widget-api.test.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatRequest, ChatResponse, EventRequest } from '../../functions/_shared/contracts.ts';
import type { Api, ApiResult } from '../../widget/src/api.ts';
import { en } from '../../widget/src/i18n.ts';
import { createModel as create, type ModelDeps } from '../../widget/src/model.ts';
import type { BotStorage } from '../../widget/src/storage.ts';

/** The model with the English words unless a test gives others. */
const createModel = (c: typeof config, deps: Omit<ModelDeps, 'strings'>) => create(c, { strings: en, ...deps });

const config = { botId: '5e1f0a57-0000-4000-8000-000000000001', url: 'http://127.0.0.1:1', anonKey: 'a.b.c' };

const ai = (id: string, content: string) => ({ id, sender_type: 'ai' as const, content, created_at: '2026-01-01T00:00:00Z' });
const reply = (over: Partial<ChatResponse> = {}): ChatResponse => ({
  visitor_token: 'token-1',
  bot: { name: 'Coach', theme: {} },
  conversation_id: 'conversation-1',
  messages: [],
  prompt: { field: 'name', kind: 'text', options: [], min: null, max: null, placeholder: null },
  plan: null,
  status: 'active',
  ...over,
});
const fail = (status: number, code = 'x'): ApiResult<never> => ({
  error: { status, method: 'POST', path: '/functions/v1/chat', code, message: `POST /functions/v1/chat failed with ${status}: ${code}` },
});

/** An API whose chat answers come from a queue; each call waits until the test releases it, if asked to. */
function scripted(...answers: ApiResult<ChatResponse>[]) {
  const chats: ChatRequest[] = [];
  const events: EventRequest[] = [];
  const api: Api = {
    chat: vi.fn(async (body) => {
      chats.push(structuredClone(body));
      return answers.shift() ?? fail(500);
    }),
    event: vi.fn(async (body) => {
      events.push(body);
      return { data: { ok: true as const } };
    }),
    contact: vi.fn(async () => fail(500)),
  };
  return { api, chats, events };
}

function memoryStorage(initial: Record<string, string> = {}): BotStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, get: (k) => data[k] ?? null, set: (k, v) => void (data[k] = v), remove: (k) => void delete data[k] };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// Failures are logged for developers (import.meta.env.DEV is true under vitest); keep them out of the output.
let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => logged.mockRestore();
});

describe('the widget model', () => {
  it('starts the conversation on first open and stores the visitor token it is given', async () => {
    const { api, chats } = scripted({ data: reply({ messages: [ai('m1', 'Hi! What is your name?')] }) });
    const storage = memoryStorage();
    const model = createModel(config, { api, storage });
    expect(model.phase.value).toBe('idle');
    model.openPanel();
    expect(model.phase.value).toBe('starting');
    expect(model.waiting.value).toBe(true);
    await settle();
    expect(chats[0]).toMatchObject({ bot_id: config.botId, input: { type: 'start' } });
    expect(chats[0]).not.toHaveProperty('visitor_token');
    expect(storage.data.visitor_token).toBe('token-1');
    expect(model.phase.value).toBe('ready');
    expect(model.messages.value.map((m) => m.text)).toEqual(['Hi! What is your name?']);
  });

  it('restores the conversation from history, showing each message once', async () => {
    const history = [ai('m1', 'Hi!'), { ...ai('m2', 'Sam'), sender_type: 'client' as const }, ai('m3', 'How old are you?')];
    const { api, chats } = scripted({ data: reply({ history, messages: [ai('m3', 'How old are you?')] }) });
    const model = createModel(config, { api, storage: memoryStorage({ visitor_token: 'old' }) });
    model.openPanel();
    await settle();
    expect(chats[0]!.visitor_token).toBe('old');
    expect(model.messages.value.map((m) => [m.sender, m.text])).toEqual([['ai', 'Hi!'], ['client', 'Sam'], ['ai', 'How old are you?']]);
  });

  it('shows a sent message at once as pending, queues typed text meanwhile (not quick replies), then sends it in order', async () => {
    const { api, chats } = scripted(
      { data: reply() },
      { data: reply({ messages: [ai('m2', 'Nice to meet you, Sam.')] }) },
      { data: reply({ messages: [ai('m3', 'Yes, we ship to Canada.')] }) },
    );
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel();
    await settle();
    expect(model.sendText('  Sam ')).toBe(true);
    expect(model.messages.value.at(-1)).toMatchObject({ sender: 'client', text: 'Sam', delivery: 'pending' });
    expect(model.phase.value).toBe('sending');
    // A quick reply answers the question on screen, which may change with the answer in flight.
    expect(model.sendChoice('fat_loss', 'Lose fat')).toBe(false);
    expect(model.sendText('Do you ship to Canada?')).toBe(true);
    await settle();
    await settle();
    expect(chats.map((c) => c.input)).toEqual([
      { type: 'start' },
      { type: 'text', text: 'Sam' },
      { type: 'text', text: 'Do you ship to Canada?' },
    ]);
    expect(model.messages.value.map((m) => [m.text, m.delivery])).toEqual([
      ['Sam', undefined],
      ['Nice to meet you, Sam.', undefined],
      ['Do you ship to Canada?', undefined],
      ['Yes, we ship to Canada.', undefined],
    ]);
  });

  it('sends a quick reply as a choice and shows its label', async () => {
    const { api, chats } = scripted({ data: reply() }, { data: reply() });
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel();
    await settle();
    model.sendChoice('fat_loss', 'Lose fat');
    expect(model.messages.value.at(-1)!.text).toBe('Lose fat');
    await settle();
    expect(chats[1]!.input).toEqual({ type: 'choice', value: 'fat_loss', label: 'Lose fat' });
  });

  it('does not send empty or whitespace-only text', async () => {
    const { api, chats } = scripted({ data: reply() });
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel();
    await settle();
    expect(model.sendText('   ')).toBe(false);
    expect(chats).toHaveLength(1);
  });

  it('a retry after a failure resends the same client_message_id', async () => {
    const { api, chats } = scripted({ data: reply() }, fail(503), { data: reply({ messages: [ai('m2', 'Got it.')] }) });
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel();
    await settle();
    model.sendText('Sam');
    await settle();
    expect(model.phase.value).toBe('failed');
    expect(model.error.value).toBe('We can’t reach the coach right now. Please try again in a moment.');
    expect(model.messages.value.at(-1)!.delivery).toBe('failed');
    expect(logged).toHaveBeenCalledWith('[signpost] POST /functions/v1/chat failed with 503: x');
    model.retry();
    expect(model.messages.value.at(-1)!.delivery).toBe('pending');
    await settle();
    expect(chats[2]!.client_message_id).toBe(chats[1]!.client_message_id);
    expect(chats[2]!.input).toEqual(chats[1]!.input);
    expect(model.error.value).toBeNull();
    expect(model.messages.value.map((m) => m.text)).toEqual(['Sam', 'Got it.']);
  });

  it('a 401 drops the stored token and starts again once, without a token', async () => {
    const { api, chats } = scripted(fail(401, 'unauthorized'), { data: reply({ visitor_token: 'fresh', messages: [ai('m1', 'Hi!')] }) });
    const storage = memoryStorage({ visitor_token: 'stale' });
    const model = createModel(config, { api, storage });
    model.openPanel();
    await settle();
    expect(chats.map((c) => c.visitor_token)).toEqual(['stale', undefined]);
    expect(chats[1]!.input).toEqual({ type: 'start' });
    expect(storage.data.visitor_token).toBe('fresh');
    expect(model.phase.value).toBe('ready');
  });

  it('a second 401 in a row is shown, not retried in a loop', async () => {
    const { api, chats } = scripted(fail(401), fail(401), fail(401));
    const model = createModel(config, { api, storage: memoryStorage({ visitor_token: 'stale' }) });
    model.openPanel();
    await settle();
    expect(chats).toHaveLength(2);
    expect(model.phase.value).toBe('failed');
    expect(model.error.value).toBe('This chat is not available right now.');
  });

  it('retries when the browser comes back online, but only after a network failure', async () => {
    const { api, chats } = scripted(fail(0, 'network'), { data: reply() });
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel();
    await settle();
    expect(model.phase.value).toBe('failed');
    model.reconnected();
    await settle();
    expect(chats.map((c) => c.client_message_id)).toEqual([chats[0]!.client_message_id, chats[0]!.client_message_id]);
    expect(model.phase.value).toBe('ready');

    const other = scripted(fail(400, 'invalid_body'));
    const refused = createModel(config, { api: other.api, storage: memoryStorage() });
    refused.openPanel();
    await settle();
    refused.reconnected();
    await settle();
    expect(other.chats).toHaveLength(1);
  });

  it('replaces the conversation on restart', async () => {
    const { api, chats } = scripted(
      { data: reply({ messages: [ai('m1', 'Hi!')] }) },
      { data: reply({ messages: [ai('m2', 'Sure.')] }) },
      { data: reply({ history: [ai('n1', 'Fresh start! What is your name?')], messages: [ai('n1', 'Fresh start! What is your name?')] }) },
    );
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel();
    await settle();
    model.sendText('hello');
    await settle();
    model.restart();
    await settle();
    expect(chats[2]!.input).toEqual({ type: 'restart' });
    expect(model.messages.value.map((m) => m.text)).toEqual(['Fresh start! What is your name?']);
  });

  it('reports widget_opened once per page load, and only once there is a visitor token', async () => {
    const { api, events } = scripted({ data: reply() });
    const model = createModel(config, { api, storage: memoryStorage() });
    model.openPanel(); // no token yet: reported after start answers
    expect(events).toHaveLength(0);
    await settle();
    model.closePanel();
    model.openPanel();
    await settle();
    expect(events.map((e) => [e.type, e.visitor_token])).toEqual([['widget_opened', 'token-1']]);
  });

  it('records a CTA click with the plan code', async () => {
    const { api, events } = scripted();
    const model = createModel(config, { api, storage: memoryStorage({ visitor_token: 't' }) });
    model.ctaClicked({ code: 'Shred-Spartan' } as never);
    expect(events[0]).toMatchObject({ bot_id: config.botId, visitor_token: 't', type: 'cta_clicked', data: { plan: 'Shred-Spartan' } });
    expect(events[0]!.client_event_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  describe('a message whose answer never came', () => {
    const client = (id: string, content: string) => ({ ...ai(id, content), sender_type: 'client' as const });

    async function dropped() {
      const storage = memoryStorage();
      const first = scripted({ data: reply({ messages: [ai('m1', 'Your name?')] }) }, fail(0, 'network'));
      const before = createModel(config, { api: first.api, storage });
      before.openPanel();
      await settle();
      before.sendText('Sam');
      await settle();
      expect(before.messages.value.at(-1)!.delivery).toBe('failed');
      return { storage, sent: first.chats[1]! };
    }

    it('is sent again after a reload, with the same client_message_id, shown as pending meanwhile', async () => {
      const { storage, sent } = await dropped();
      const { api, chats } = scripted(
        { data: reply({ history: [ai('m1', 'Your name?')], messages: [] }) },
        { data: reply({ messages: [ai('m2', 'Hi Sam!')] }) },
      );
      const model = createModel(config, { api, storage });
      model.openPanel();
      await settle();
      expect(chats[1]).toMatchObject({ client_message_id: sent.client_message_id, input: { type: 'text', text: 'Sam' } });
      expect(model.messages.value.map((m) => [m.text, m.delivery])).toEqual([['Your name?', undefined], ['Sam', undefined], ['Hi Sam!', undefined]]);
      expect(storage.data.unsent).toBeUndefined();
    });

    it('is shown once when the server had stored it (and even answered it) before the connection dropped', async () => {
      const { storage } = await dropped();
      const history = [ai('m1', 'Your name?'), client('c1', 'Sam'), ai('m2', 'Hi Sam!')];
      const { api } = scripted({ data: reply({ history, messages: [] }) }, { data: reply({ messages: [ai('m2', 'Hi Sam!')] }) });
      const model = createModel(config, { api, storage });
      model.openPanel();
      await settle();
      expect(model.messages.value.map((m) => m.text)).toEqual(['Your name?', 'Sam', 'Hi Sam!']);

      const { storage: storage2 } = await dropped();
      const unanswered = scripted({ data: reply({ history: history.slice(0, 2), messages: [] }) }, { data: reply({ messages: [ai('m2', 'Hi Sam!')] }) });
      const model2 = createModel(config, { api: unanswered.api, storage: storage2 });
      model2.openPanel();
      await settle();
      expect(model2.messages.value.map((m) => m.text)).toEqual(['Your name?', 'Sam', 'Hi Sam!']);
    });

    it('is forgotten when the server refuses it for good', async () => {
      const storage = memoryStorage();
      const { api } = scripted({ data: reply() }, fail(400, 'invalid_body'));
      const model = createModel(config, { api, storage });
      model.openPanel();
      await settle();
      model.sendText('Sam');
      expect(storage.data.unsent).toBeDefined();
      await settle();
      expect(storage.data.unsent).toBeUndefined();
    });

    it('ignores anything else stored under its key', async () => {
      const { api, chats } = scripted({ data: reply() });
      const model = createModel(config, { api, storage: memoryStorage({ unsent: '{"id":1,"input":{"type":"restart"}}' }) });
      model.openPanel();
      await settle();
      expect(chats).toHaveLength(1);
      expect(model.phase.value).toBe('ready');
    });
  });

  describe('offline, streaming, handoff and the host page', () => {
    it('keeps messages sent offline as pending, in order, across a reload, and sends each once when back online', async () => {
      let offline = false;
      const storage = memoryStorage();
      const { api, chats } = scripted({ data: reply() }, fail(0, 'network'));
      const model = createModel(config, { api, storage, offline: () => offline });
      model.openPanel();
      await settle();
      offline = true;
      model.sendText('one');
      await settle();
      expect(model.phase.value).toBe('offline');
      expect(model.error.value).toBeNull();
      expect(model.sendText('two')).toBe(true);
      expect(model.messages.value.map((m) => [m.text, m.delivery])).toEqual([['one', 'pending'], ['two', 'pending']]);
      expect(JSON.parse(storage.data.unsent!).map((m: { shown: string }) => m.shown)).toEqual(['one', 'two']);

      // A reload while still offline, then the network returns.
      offline = false;
      const after = scripted({ data: reply({ history: [], messages: [] }) }, { data: reply({ messages: [ai('a1', 'Got one.')] }) }, { data: reply({ messages: [ai('a2', 'Got two.')] }) });
      const reloaded = createModel(config, { api: after.api, storage });
      reloaded.openPanel();
      await settle();
      await settle();
      expect(after.chats.slice(1).map((c) => c.input)).toEqual([{ type: 'text', text: 'one' }, { type: 'text', text: 'two' }]);
      expect(after.chats[1]!.client_message_id).toBe(chats[1]!.client_message_id);
      expect(reloaded.messages.value.map((m) => [m.text, m.delivery])).toEqual([['one', undefined], ['Got one.', undefined], ['two', undefined], ['Got two.', undefined]]);
      expect(storage.data.unsent).toBeUndefined();
    });

    it('sends the queue when the browser says it is back online', async () => {
      let offline = true;
      const { api, chats } = scripted({ data: reply() }, fail(0, 'network'), { data: reply({ messages: [ai('a1', 'Hi!')] }) });
      const model = createModel(config, { api, storage: memoryStorage(), offline: () => offline });
      model.openPanel();
      await settle();
      model.sendText('hello');
      await settle();
      offline = false;
      model.reconnected();
      await settle();
      expect(chats.map((c) => c.input.type)).toEqual(['start', 'text', 'text']);
      expect(chats[2]!.client_message_id).toBe(chats[1]!.client_message_id);
      expect(model.phase.value).toBe('ready');
    });

    it('shows a streamed reply as a growing draft, then the stored message', async () => {
      const chats: ChatRequest[] = [];
      let finish: (value: ApiResult<ChatResponse>) => void = () => undefined;
      let delta: (text: string) => void = () => undefined;
      const api: Api = {
        chat: vi.fn(async (body: ChatRequest, options?: { onDelta?: (text: string) => void }): Promise<ApiResult<ChatResponse>> => {
          chats.push(body);
          if (body.input.type === 'start') return { data: reply() };
          delta = options!.onDelta!;
          return new Promise<ApiResult<ChatResponse>>((resolve) => (finish = resolve));
        }),
        event: vi.fn(async () => ({ data: { ok: true as const } })),
        contact: vi.fn(async () => fail(500)),
      };
      const model = createModel(config, { api, storage: memoryStorage() });
      model.openPanel();
      await settle();
      model.sendText('why?');
      await settle();
      delta('Because');
      expect(model.draft.value).toBe('Because');
      delta('Because protein.');
      expect(model.draft.value).toBe('Because protein.');
      finish({ data: reply({ messages: [ai('a1', 'Because protein.')] }) });
      await settle();
      expect(model.draft.value).toBeNull();
      expect(model.messages.value.at(-1)!.text).toBe('Because protein.');
    });

    it('tells the host page what happened without what was said', async () => {
      const plan = { code: 'Shred-Spartan', title: 'Shred Spartan', why: 'w', description: 'd', price_cents: 4900, currency: 'USD', billing_period: 'month', cta_label: 'Go', cta_url: 'https://x.example' };
      const emitted: [string, unknown][] = [];
      const { api } = scripted({ data: reply({ messages: [ai('m1', 'Hi')] }) }, { data: reply({ messages: [ai('m2', 'Plan!')], plan, prompt: null }) });
      const model = createModel(config, { api, storage: memoryStorage(), emit: (event, detail) => emitted.push([event, detail]) });
      model.openPanel();
      await settle();
      model.sendText('my secret answer');
      await settle();
      model.ctaClicked(plan);
      expect(emitted.map(([e]) => e)).toEqual(['message', 'step', 'message', 'message', 'plan', 'cta']);
      expect(JSON.stringify(emitted)).not.toContain('secret');
      expect(emitted.find(([e]) => e === 'plan')![1]).toEqual({ code: 'Shred-Spartan', title: 'Shred Spartan', price_cents: 4900, currency: 'USD' });
    });

    it('reset forgets the visitor and starts afresh if open', async () => {
      const storage = memoryStorage({ visitor_token: 'old', unsent: '[]' });
      const { api, chats } = scripted({ data: reply({ messages: [ai('m1', 'Hi')] }) }, { data: reply({ visitor_token: 'new', messages: [ai('m2', 'Hello again')] }) });
      const model = createModel(config, { api, storage });
      model.openPanel();
      await settle();
      model.reset();
      await settle();
      expect(chats[1]).not.toHaveProperty('visitor_token');
      expect(model.messages.value.map((m) => m.text)).toEqual(['Hello again']);
      expect(storage.data.visitor_token).toBe('new');
    });
  });
});
