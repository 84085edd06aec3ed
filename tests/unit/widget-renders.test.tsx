// @vitest-environment happy-dom
/**
 * What renders when. @preact/signals re-renders a component only when a signal it read changes, and a signal
 * bound as text (`{signal}`) changes its text node without rendering anything: these tests count renders to
 * hold the widget to that (a streamed reply renders no message and not the list; a new message renders its own
 * bubble only), and run the same conversation on a page that polluted Object.prototype.
 */
import { options, type VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatResponse } from '../../functions/_shared/contracts.ts';
import { mount } from '../../widget/src/index.ts';
import { memoryStorage } from './memory-storage.ts';

const config = { botId: '5e1f0a57-0000-4000-8000-0000000000d1', url: 'http://api.test', anonKey: 'a.b.c' };
const ai = (id: string, content: string) => ({ id, sender_type: 'ai' as const, content, created_at: '2026-01-01T00:00:00Z' });
const answer = (over: Partial<ChatResponse>): ChatResponse => ({
  visitor_token: 't', bot: { name: 'Coach', theme: {} }, conversation_id: 'c', messages: [], status: 'active', plan: null,
  prompt: { field: 'name', kind: 'text', options: [], min: null, max: null, placeholder: null }, ...over,
});

/** A chat API whose every turn after the start streams pieces the test pushes, then the answer it ends with. */
function streamingApi(start: ChatResponse) {
  let push: (event: string, data: unknown) => void = () => undefined;
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    if (!init?.method) return Response.json({ error: { code: 'not_found' } }, { status: 404 });
    const body = JSON.parse(String(init.body));
    if (body.input?.type === 'start') return Response.json(start);
    if (!body.input) return Response.json({ ok: true });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (event, data) => {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
          if (event === 'done') controller.close();
        };
      },
    });
    return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
  }) as typeof globalThis.fetch;
  return { fetch, push: (event: string, data: unknown) => push(event, data) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Counts renders per component name (and, for a message, per message id) until `stop()`. Preact calls its
 * `__r` option hook (`_render`, the one @preact/signals itself hooks) just before a component renders; `diffed`
 * would also count the components that shouldComponentUpdate skipped.
 */
function countRenders() {
  const counts: Record<string, number> = {};
  const hooks = options as unknown as { __r?: (vnode: VNode) => void };
  const previous = hooks.__r;
  hooks.__r = (vnode: VNode) => {
    if (typeof vnode.type === 'function') {
      const name = vnode.type.name;
      counts[name] = (counts[name] ?? 0) + 1;
      const id = (vnode.props as { message?: { id: string } }).message?.id;
      if (name === 'Item' && id) counts[`Item ${id}`] = (counts[`Item ${id}`] ?? 0) + 1;
    }
    previous?.(vnode);
  };
  return { counts, stop: () => void (hooks.__r = previous) };
}

let destroy: (() => void) | undefined;
afterEach(() => {
  destroy?.();
  destroy = undefined;
  vi.restoreAllMocks();
});

async function conversation(api: ReturnType<typeof streamingApi>) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const backing = memoryStorage();
  destroy = mount(config, { fetch: api.fetch, storage: () => backing });
  const root = document.querySelector('signpost-widget')!.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  root.querySelector<HTMLButtonElement>('.launcher')!.click();
  await until(() => root.querySelectorAll('.msg .bubble').length === 3, 'the conversation so far');
  const send = (text: string) => {
    $<HTMLInputElement>('.form input')!.value = text;
    $<HTMLButtonElement>('.send')!.click();
  };
  return { root, $, send };
}

const history = [ai('m1', 'Hi!'), { ...ai('m2', 'Sam'), sender_type: 'client' as const }, ai('m3', 'What is your goal?')];

describe('what renders', () => {
  it('a streamed reply renders no message and not the list: each piece only changes one text node', async () => {
    const api = streamingApi(answer({ history, messages: [] }));
    const { root, $, send } = await conversation(api);
    send('Why protein?');
    await until(() => root.querySelector('.typing'), 'the typing indicator');
    api.push('delta', { text: 'Protein ' });
    await until(() => $('.msg.streaming .bubble')?.textContent === 'Protein ', 'the first piece');
    const textNode = $('.msg.streaming .bubble')!.firstChild;
    expect($('[role=log]')!.getAttribute('aria-busy')).toBe('true');

    const renders = countRenders();
    try {
      for (const piece of ['keeps you ', 'full.']) api.push('delta', { text: piece });
      await until(() => $('.msg.streaming .bubble')?.textContent === 'Protein keeps you full.', 'every piece');
      expect(renders.counts).toEqual({});
      expect($('.msg.streaming .bubble')!.firstChild).toBe(textNode);

      api.push('done', answer({ messages: [ai('m5', 'Protein keeps you full.')] }));
      await until(() => !$('.msg.streaming'), 'the stored message');
      // The list once, the visitor's message (now delivered) and the new answer: the three before it, never.
      expect(renders.counts).toMatchObject({ MessageList: 1, Item: 2 });
      for (const id of ['m1', 'm2', 'm3']) expect(renders.counts[`Item ${id}`]).toBeUndefined();
      expect(renders.counts.Panel).toBeUndefined();
      expect(renders.counts.Header).toBeUndefined();
    } finally {
      renders.stop();
    }
    expect([...root.querySelectorAll('.msg .bubble')].map((b) => b.textContent)).toEqual(['Hi!', 'Sam', 'What is your goal?', 'Why protein?', 'Protein keeps you full.']);
    expect($('[role=log]')!.getAttribute('aria-busy')).toBe('false');
  });

  it('keeps working on a page that polluted Object.prototype, streamed replies and plan card included', async () => {
    const polluted = Object.prototype as Record<string, unknown>;
    Object.assign(polluted, { polluted: 'yes', isAdmin: true, bot: 'not-a-bot' });
    try {
      const api = streamingApi(answer({ history, messages: [] }));
      const { root, $, send } = await conversation(api);
      send('Show me the plan');
      api.push('delta', { text: 'Here it ' });
      await until(() => $('.msg.streaming'), 'the stream');
      const card = { code: 'Shred-Spartan', title: 'Shred Spartan', description: 'd', why: 'You said "I want energy".', price_cents: 14900, currency: 'USD', billing_period: 'month', cta_label: 'Start', cta_url: 'https://shop.example/s' };
      api.push('done', answer({ messages: [ai('m6', 'Here it is.', )], plan: card, prompt: null, status: 'completed' }));
      await until(() => $('.card'), 'the plan card');
      expect($('.card .why')!.textContent).toBe('You said “I want energy”.');
      expect($<HTMLButtonElement>('.send')!.disabled).toBe(false);
      expect(root.getElementById('signpost-title')!.textContent).toBe('Coach');
    } finally {
      for (const key of ['polluted', 'isAdmin', 'bot']) delete polluted[key];
    }
  });
});
