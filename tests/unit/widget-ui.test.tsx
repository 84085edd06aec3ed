// @vitest-environment happy-dom
/**
 * The mounted widget in a DOM: `mount()` into a scratch page, driven the way a visitor drives it (clicks,
 * typing, keys), with the API answered by a scripted fetch. Every test unmounts and leaves an empty body.
 */
import { options, type VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BotAppearance, ChatRequest, ChatResponse, PlanCard, Prompt } from '../../functions/_shared/contracts.ts';
import { Panel } from '../../widget/src/components/Panel.tsx';
import { mount } from '../../widget/src/index.ts';
import { memoryStorage } from './memory-storage.ts';

const BOT = '5e1f0a57-0000-4000-8000-000000000001';
const config = { botId: BOT, url: 'http://api.test', anonKey: 'a.b.c' };

const ai = (id: string, content: string, plan?: PlanCard) => ({
  id, sender_type: 'ai' as const, content, created_at: '2026-01-01T00:00:00Z', ...(plan ? { plan } : {}),
});
const prompt = (over: Partial<Prompt> = {}): Prompt => ({ field: 'name', kind: 'text', options: [], min: null, max: null, placeholder: null, ...over });
const reply = (over: Partial<ChatResponse> = {}): ChatResponse => ({
  visitor_token: 'token-1', bot: { name: 'Coach', theme: {} }, conversation_id: 'c1', messages: [], prompt: prompt(), plan: null, status: 'active', ...over,
});
const card: PlanCard = {
  code: 'Shred-Spartan', title: 'Shred Spartan', description: 'Recipes you cook.', why: 'You want to lose fat and feel strong again.',
  price_cents: 14900, currency: 'USD', billing_period: 'month', cta_label: 'Start Shred Spartan', cta_url: 'https://shop.example.com/shred-spartan',
};

interface Call { path: string; body: any }

/**
 * A fetch that answers from a list of scripted chat replies; `hold()` keeps the next answer back until released.
 * The configuration GET answers `config` (404 while it is null) and is recorded in `configs`.
 */
function fakeApi(...chatReplies: (ChatResponse | { status: number; body: unknown })[]) {
  const calls: Call[] = [];
  const configs: string[] = [];
  let held: Promise<void> | null = null;
  let release = () => {};
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    if (!init?.method) {
      configs.push(String(input));
      return api.config ? Response.json({ bot: api.config }) : Response.json({ error: { code: 'not_found' } }, { status: 404 });
    }
    const body = JSON.parse(String(init?.body));
    calls.push({ path, body });
    if (path.endsWith('/events')) return Response.json({ ok: true });
    if (held) await held;
    const next = chatReplies.shift() ?? reply();
    return 'status' in next && 'body' in next ? Response.json(next.body, { status: next.status }) : Response.json(next);
  }) as typeof globalThis.fetch;
  const api = {
    config: null as BotAppearance | null,
    configs,
    fetch,
    calls,
    chats: () => calls.filter((c) => c.path.endsWith('/chat')).map((c) => c.body as ChatRequest),
    hold() {
      held = new Promise((resolve) => (release = () => { held = null; resolve(); }));
    },
    release: () => release(),
  };
  return api;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Up to about a second (the app asks for the bot's appearance 250 ms after it starts). */
async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let destroy: (() => void) | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  destroy?.();
  destroy = undefined;
  expect(document.body.children).toHaveLength(0);
});

function start(api: ReturnType<typeof fakeApi>, storage?: () => Storage, botId = BOT) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // developer logs of failures (DEV under vitest)
  const backing = memoryStorage();
  destroy = mount({ ...config, botId }, { fetch: api.fetch, storage: storage ?? (() => backing) });
  const host = document.querySelector('signpost-widget')!;
  const root = host.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T & HTMLElement>(selector);
  const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const bubbles = () => $$('.msg').map((m) => m.querySelector('.bubble')?.textContent ?? '').filter(Boolean);
  const type = (text: string) => {
    const input = $<HTMLInputElement>('.form input')!;
    input.value = text;
    $<HTMLButtonElement>('.send')!.click();
  };
  return { host, root, $, $$, bubbles, type, backing };
}

describe('the mounted widget', () => {
  it('renders only a labelled launcher button inside an open shadow root, and unmounts cleanly', () => {
    const { host, root, $, $$ } = start(fakeApi());
    expect(document.body.children).toHaveLength(1);
    expect(host.shadowRoot).toBe(root);
    const launcher = $('button.launcher')!;
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect($('[role=dialog]')).toBeNull(); // the panel mounts on first open
    // The CSS goes in as constructable stylesheets (which CSP's style-src does not govern), or <style> where missing.
    expect(root.adoptedStyleSheets.length + $$('style').length).toBeGreaterThanOrEqual(2);
  });

  it('opens a labelled dialog, starts the conversation and shows the welcome, focusing the message box', async () => {
    const api = fakeApi(reply({ messages: [ai('m1', "Hi! I'm Coach Max."), ai('m2', "What's your first name?")] }));
    const { root, $, bubbles } = start(api);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 2, 'the welcome');
    const dialog = $('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Coach'); // bot.name
    expect($('[aria-live=polite]')).not.toBeNull();
    expect(bubbles()).toEqual(["Hi! I'm Coach Max.", "What's your first name?"]);
    expect(api.chats()[0]!.input).toEqual({ type: 'start' });
    expect(root.activeElement).toBe($('.form input'));
  });

  it('shows a sent message immediately as pending with the typing indicator, then the answer', async () => {
    const api = fakeApi(reply({ messages: [ai('m1', "What's your name?")] }), reply({ messages: [ai('m2', 'Nice to meet you, Sam!')] }));
    const { $, $$, bubbles, type } = start(api);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the question');
    api.hold();
    type('Sam');
    await tick();
    const mine = $$('.msg.client').at(-1)!;
    expect(mine.querySelector('.bubble')!.textContent).toBe('Sam');
    expect(mine.classList.contains('pending')).toBe(true);
    expect(mine.querySelector('.meta')!.textContent).toBe('Sending…');
    expect($('.typing')).not.toBeNull();
    expect($<HTMLInputElement>('.form input')!.value).toBe('');
    api.release();
    await until(() => bubbles().length === 3, 'the answer');
    expect($('.msg.client.pending')).toBeNull();
    expect($('.typing')).toBeNull();
    expect(bubbles()).toEqual(["What's your name?", 'Sam', 'Nice to meet you, Sam!']);
  });

  it('keeps a message typed while the coach is answering, and sends it after, in order', async () => {
    const api = fakeApi(
      reply({ messages: [ai('m1', "What's your name?")] }),
      reply({ messages: [ai('m2', 'Nice to meet you, Sam!')] }),
      reply({ messages: [ai('m3', 'Yes, we ship to Canada.')] }),
    );
    const { $, $$, bubbles, type } = start(api);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the question');
    api.hold();
    type('Sam');
    await tick();
    expect($<HTMLButtonElement>('.send')!.disabled).toBe(false);
    type('Do you ship to Canada?');
    await tick();
    expect($$('.msg.client.pending').map((m) => m.querySelector('.bubble')!.textContent)).toEqual(['Sam', 'Do you ship to Canada?']);
    api.release();
    await until(() => $$('.msg.client.pending').length === 0 && !$('.typing'), 'both answers');
    const sent = api.chats().filter((r) => r.input.type === 'text').map((r) => (r.input as { text: string }).text);
    expect(sent).toEqual(['Sam', 'Do you ship to Canada?']);
    expect(bubbles().indexOf('Sam')).toBeLessThan(bubbles().indexOf('Do you ship to Canada?'));
  });

  it('sending a message does not re-render the panel around the conversation', async () => {
    const api = fakeApi(reply({ messages: [ai('m1', "What's your name?")] }), reply({ messages: [ai('m2', 'Hi Sam!')] }));
    const { $, bubbles, type } = start(api);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the question');
    let panelRenders = 0;
    const previous = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === Panel) panelRenders++;
      previous?.(vnode);
    };
    try {
      const header = $('.head');
      api.hold();
      type('Sam');
      await tick();
      expect($<HTMLButtonElement>('.head button')!.disabled).toBe(true); // Start over waits for the answer
      api.release();
      await until(() => bubbles().length === 3, 'the answer');
      expect($<HTMLButtonElement>('.head button')!.disabled).toBe(false);
      expect(panelRenders).toBe(0);
      expect($('.head')).toBe(header);
    } finally {
      options.diffed = previous;
    }
  });

  it('renders HTML from the server and from the visitor as literal text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=2</script>';
    const api = fakeApi(reply({ messages: [ai('m1', hostile)] }), reply({ messages: [] }));
    const { root, $, bubbles, type } = start(api);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the message');
    type('<i>me</i>');
    await until(() => bubbles().length === 2, 'the echo');
    expect(bubbles()).toEqual([hostile, '<i>me</i>']);
    expect(root.querySelector('.log img, .log b, .log script, .log i')).toBeNull();
    expect((window as any).__pwned).toBeUndefined();
  });

  it('keeps working when localStorage throws on every access', async () => {
    const api = fakeApi(reply({ messages: [ai('m1', 'Hi!')] }), reply({ messages: [ai('m2', 'Got it.')] }));
    const throwing = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    const { $, bubbles, type } = start(api, throwing as () => Storage);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the welcome');
    type('Sam');
    await until(() => bubbles().length === 3, 'the answer');
    expect(api.chats().every((c) => c.visitor_token === undefined)).toBe(true);
  });

  it('offers the right control for each kind of question', async () => {
    const api = fakeApi(reply({ prompt: prompt({ field: 'primary_goal', kind: 'single_choice', options: [{ value: 'fat_loss', label: 'Lose fat' }, { value: 'muscle_gain', label: 'Build muscle' }] }) }));
    const { $, $$ } = start(api);
    $('button.launcher')!.click();
    await until(() => $$('.replies button').length, 'the quick replies');
    expect($('.replies')!.getAttribute('role')).toBe('group');
    expect($$('.replies button').map((b) => [b.tagName, b.getAttribute('type'), b.textContent])).toEqual([
      ['BUTTON', 'button', 'Lose fat'],
      ['BUTTON', 'button', 'Build muscle'],
    ]);
    expect($<HTMLInputElement>('.form input')!.type).toBe('text'); // typing stays possible

    api.hold();
    $$('.replies button')[0]!.click();
    await tick();
    expect(api.chats().at(-1)!.input).toEqual({ type: 'choice', value: 'fat_loss', label: 'Lose fat' });
    expect($$('.replies button')).toHaveLength(0); // no second answer while the first is on its way
    api.release();
  });

  it.each([
    ['scale', prompt({ kind: 'scale', min: 1, max: 10 }), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']],
    ['yes_no', prompt({ kind: 'yes_no' }), ['Yes', 'No']],
    ['text', prompt({ kind: 'text', placeholder: 'Your first name' }), []],
  ])('renders %s questions as the right buttons', async (_kind, p, labels) => {
    const { $, $$ } = start(fakeApi(reply({ prompt: p })));
    $('button.launcher')!.click();
    await until(() => $('.form'), 'the composer');
    await tick();
    expect($$('.replies button').map((b) => b.textContent)).toEqual(labels);
  });

  it('asks for a number with a text field that brings up the numeric keyboard, so a side question can still be typed', async () => {
    const { $ } = start(fakeApi(reply({ prompt: prompt({ field: 'age', kind: 'number', min: 13, max: 100, placeholder: 'Age in years' }) })));
    $('button.launcher')!.click();
    await until(() => $<HTMLInputElement>('.form input')?.getAttribute('inputmode') === 'numeric', 'the numeric input');
    const input = $<HTMLInputElement>('.form input')!;
    expect([input.type, input.placeholder, input.style.fontSize]).toEqual(['text', 'Age in years', '']);
  });

  it('shows the plan card with price and a CTA that opens safely in a new tab and is recorded', async () => {
    const api = fakeApi(reply({ messages: [ai('m9', 'Here is your plan.', card)], plan: card, prompt: null, status: 'completed' }));
    const { $ } = start(api);
    $('button.launcher')!.click();
    await until(() => $('.card'), 'the plan card');
    expect($('.card h3')!.textContent).toBe('Shred Spartan');
    expect($('.card h3 + p')!.textContent).toBe(card.why);
    expect($('article.card')!.getAttribute('aria-labelledby')).toBe($('.card h3')!.id);
    expect($('.price')!.textContent).toMatch(/^\$149\s*per month$/);
    const cta = $<HTMLAnchorElement>('.card a.cta')!;
    expect([cta.textContent, cta.getAttribute('href'), cta.target, cta.rel]).toEqual([
      'Start Shred Spartan', 'https://shop.example.com/shred-spartan', '_blank', 'noopener noreferrer',
    ]);
    cta.addEventListener('click', (event) => event.preventDefault()); // stay on the test page
    cta.click();
    await until(() => api.calls.some((c) => c.body.type === 'cta_clicked'), 'the event');
    expect(api.calls.find((c) => c.body.type === 'cta_clicked')!.body).toMatchObject({ data: { plan: 'Shred-Spartan' }, visitor_token: 'token-1' });
  });

  it('sells the plan honestly: what it includes, price and billing, the guarantee by the button, one alternative with its own link', async () => {
    const full: PlanCard = {
      ...card,
      why: 'You want to lose fat because "I\'m tired of feeling tired". That\'s why I recommend Shred Spartan. You like to cook.',
      includes: ['28 recipes a month', 'A shopping list every week'],
      guarantee: '30-day money-back guarantee',
      alternative: { code: 'Shred-Gladiator', title: 'Shred Gladiator', line: 'Prefer meals delivered?', price_cents: 24900, currency: 'USD', billing_period: 'month', cta_label: 'See Shred Gladiator', cta_url: 'https://shop.example.com/shred-gladiator' },
    };
    const { $, $$ } = start(fakeApi(reply({ messages: [ai('m9', 'Here is your plan.', full)], plan: full, prompt: null, status: 'completed' })));
    $('button.launcher')!.click();
    await until(() => $('.card'), 'the plan card');
    expect($('.card .why')!.textContent).toBe('You want to lose fat because “I’m tired of feeling tired”. You like to cook.');
    expect($$('.card .includes li').map((li) => li.textContent)).toEqual(['28 recipes a month', 'A shopping list every week']);
    expect($('.card .includes')!.getAttribute('aria-label')).toBe('What you get');
    expect($('.price')!.textContent).toMatch(/^\$149\s*per month$/);
    expect($('.cta + .guarantee')!.textContent).toBe('30-day money-back guarantee');
    const alternative = $<HTMLAnchorElement>('.card .alt a')!;
    expect([$('.card .alt')!.textContent, alternative.href, alternative.rel]).toEqual([
      'Prefer meals delivered? See Shred Gladiator', 'https://shop.example.com/shred-gladiator', 'noopener noreferrer',
    ]);
  });

  it('shows the bot’s name on one line with the whole name as a tooltip, and its picture or its initials', async () => {
    const long = 'Coach Maximilian of the Nutrition Solutions Performance Team';
    const api = fakeApi(reply({ bot: { name: long, theme: { avatar_url: 'https://cdn.example.com/max.png' } } }));
    const { root, $ } = start(api);
    $('button.launcher')!.click();
    await until(() => root.getElementById('signpost-title')?.textContent === long, 'the name');
    expect(root.getElementById('signpost-title')!.title).toBe(long);
    expect($<HTMLImageElement>('.head .pic img')!.src).toBe('https://cdn.example.com/max.png');
    expect($('.head .pic')!.textContent).toBe('CM'); // under the picture, shown if it fails to load
    $('.head .pic img')!.dispatchEvent(new Event('error'));
    expect($<HTMLImageElement>('.head .pic img')!.hidden).toBe(true);
  });

  it('labels a human coach’s message with their name and picture', async () => {
    const human = { ...ai('h1', 'Hi, I am Dana.'), sender_type: 'human_coach' as const, author: { name: 'Dana Reyes', avatar_url: 'https://cdn.example.com/dana.jpg' } };
    const anonymous = { ...ai('h2', 'Back soon.'), sender_type: 'human_coach' as const };
    const { $$ } = start(fakeApi(reply({ status: 'handoff', messages: [human, anonymous] })));
    $$('button.launcher')[0]!.click();
    await until(() => $$('.msg.human_coach').length === 2, 'the coach’s messages');
    const [named, unnamed] = $$('.msg.human_coach .who');
    expect([named!.textContent, named!.querySelector('img')!.getAttribute('src')]).toEqual(['DRDana Reyes', 'https://cdn.example.com/dana.jpg']);
    expect(unnamed!.textContent).toBe('Our team');
  });

  it('shows a friendly state with Try again and the owner’s contact when the chat cannot start, never an empty panel', async () => {
    // A 404 (an unknown bot) fails at once; a dead backend (retried first) is the browser test's.
    const api = fakeApi({ status: 404, body: { error: { code: 'not_found', message: 'no such bot' } } }, reply({ messages: [ai('m1', 'Hi!')] }));
    const backing = memoryStorage();
    backing.setItem(`signpost:${BOT}:theme`, JSON.stringify({ name: 'Coach', theme: {}, fallback_contact: 'hello@nutrition.example' }));
    const { $, bubbles } = start(api, () => backing);
    $('button.launcher')!.click();
    await until(() => $('.down'), 'the unavailable state');
    expect($('.down .down-title')!.textContent).toBe('This chat is not available right now.');
    expect($<HTMLAnchorElement>('.down .reach a')!.href).toBe('mailto:hello@nutrition.example');
    expect($('.alert')).toBeNull(); // said once, in the conversation's place
    $<HTMLButtonElement>('.down .retry')!.click();
    await until(() => bubbles().length === 1, 'the welcome');
    expect($('.down')).toBeNull();
  });

  it('shows no CTA link at all for a javascript: URL', async () => {
    const evil = { ...card, cta_url: 'javascript:alert(1)' };
    const { $ } = start(fakeApi(reply({ messages: [ai('m9', 'Plan', evil)], plan: evil, prompt: null })));
    $('button.launcher')!.click();
    await until(() => $('.card'), 'the plan card');
    expect($('.card a')).toBeNull();
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const { root, $ } = start(fakeApi());
    $('button.launcher')!.click();
    await until(() => $('.form input') && root.activeElement === $('.form input'), 'focus in the composer');
    $('.form input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect($('[role=dialog]')!.hidden).toBe(true);
    expect(root.activeElement).toBe($('button.launcher'));
    expect($('button.launcher')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('a 401 drops the stored token and starts again once', async () => {
    const api = fakeApi({ status: 401, body: { error: { code: 'unauthorized', message: 'bad token' } } }, reply({ visitor_token: 'fresh', messages: [ai('m1', 'Hi!')] }));
    const { $, bubbles, backing } = start(api);
    backing.setItem(`signpost:${BOT}:visitor_token`, 'stale');
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the fresh start');
    expect(api.chats().map((c) => c.visitor_token)).toEqual(['stale', undefined]);
    expect(backing.getItem(`signpost:${BOT}:visitor_token`)).toBe('fresh');
  });

  it('says what went wrong in one sentence and retries with the same client_message_id', async () => {
    const api = fakeApi(reply(), { status: 400, body: { error: { code: 'invalid_body', message: 'check input.text' } } }, reply({ messages: [ai('m2', 'Thanks!')] }));
    const { $, bubbles, type } = start(api);
    $('button.launcher')!.click();
    await until(() => $('.form'), 'the composer');
    await tick();
    type('Sam');
    await until(() => $('[role=alert]'), 'the error');
    expect($('[role=alert] span')!.textContent).toBe('That message could not be sent. Please try rewording it.');
    expect($('.msg.client.failed .meta')!.textContent).toBe('Not sent');
    expect(console.error).toHaveBeenCalledWith('[signpost] POST /functions/v1/chat failed with 400: check input.text');
    $<HTMLButtonElement>('[role=alert] button')!.click();
    await until(() => bubbles().includes('Thanks!'), 'the answer');
    const [, first, second] = api.chats();
    expect(second!.client_message_id).toBe(first!.client_message_id);
    expect($('[role=alert]')).toBeNull();
  });
});

describe('the configuration fetch in the mounted widget', () => {
  /** The theme CSS in the shadow root (constructable sheets, or <style> where missing). */
  const themeText = (root: ShadowRoot) =>
    [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('') +
    [...root.querySelectorAll('style')].map((s) => s.textContent).join('');
  /** What the page's idle time does (too late for a unit test): the app chunk starts without the panel opening. */
  const preload = (root: ShadowRoot) => root.querySelector('.launcher')!.dispatchEvent(new Event('pointerenter'));

  it("gives a first-time visitor the bot's colours, name and proactive opening from one request, without moving focus", async () => {
    const botId = '5e1f0a57-0000-4000-8000-00000000c0f1'; // the app remembers per page which bots it asked about
    const api = fakeApi(reply({ messages: [ai('m1', 'Hi!')] }));
    api.config = { name: 'Coach Ada', theme: { accent: '#e4572e', proactive: { after_seconds: 0 } } };
    api.hold();
    const { root, $, backing } = start(api, undefined, botId);
    expect(themeText(root)).not.toContain('#e4572e');
    preload(root);
    await until(() => $('button.launcher')!.getAttribute('aria-expanded') === 'true', 'the proactive opening');
    expect(api.configs).toEqual([`http://api.test/functions/v1/chat/appearance?bot_id=${botId}`]);
    expect(themeText(root)).toContain('#e4572e');
    expect(root.getElementById('signpost-title')!.textContent).toBe('Coach Ada');
    expect(root.activeElement).toBeNull(); // opened for the visitor, not by them: focus stays on the page
    expect(JSON.parse(backing.getItem(`signpost:${botId}:theme`)!)).toEqual({ ...api.config, fallback_contact: null });
    expect(Number(backing.getItem(`signpost:${botId}:theme_at`))).toBeGreaterThan(0);
    expect(api.chats().map((c) => c.input.type)).toEqual(['start']); // the opening's own start, nothing before
    api.release();
    await until(() => root.querySelectorAll('.msg .bubble').length === 1, 'the welcome');
  });

  it('changes nothing when the request fails, and does not ask again on the same page', async () => {
    const botId = '5e1f0a57-0000-4000-8000-00000000c0f2';
    const api = fakeApi();
    const first = start(api, undefined, botId);
    preload(first.root);
    await until(() => api.configs.length === 1, 'the configuration request');
    await tick();
    const css = themeText(first.root);
    expect(css).toContain('#0f766e'); // the default accent
    expect(first.backing.length).toBe(0);
    expect(first.$('button.launcher')!.getAttribute('aria-expanded')).toBe('false');
    destroy!();
    destroy = undefined;
    api.config = { name: 'Coach Ada', theme: { accent: '#e4572e' } };
    preload(start(api, undefined, botId).root);
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the app's 250 ms before it asks
    expect(api.configs).toHaveLength(1);
  });

  it('asks nothing when the visitor opens the chat first: the answer brings the appearance', async () => {
    const botId = '5e1f0a57-0000-4000-8000-00000000c0f3';
    const api = fakeApi(reply({ messages: [ai('m1', 'Hi!')] }));
    api.config = { name: 'Coach Ada', theme: { accent: '#e4572e' } };
    const { $, bubbles, backing } = start(api, undefined, botId);
    $('button.launcher')!.click();
    await until(() => bubbles().length === 1, 'the welcome');
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the app's 250 ms before it asks
    expect(api.configs).toEqual([]);
    expect(Number(backing.getItem(`signpost:${botId}:theme_at`))).toBeGreaterThan(0); // an answer refreshes the cache too
  });
});
