/**
 * The visitor's view in real Chromium, where layout and input are the point: the question stays in view when
 * quick replies appear or the viewport shrinks (as it does under an on-screen keyboard), the bot's name stays
 * on one line, the launcher sits above a page's bottom bar and stays small on a phone, a press on the
 * launcher survives the bot's appearance arriving under it, the chat starts loading on the first sign of
 * intent, the plan card and the unavailable state, and a site the bot does not allow. Pages with scripted
 * answers use the fake API (fake-api.ts); the refused origin runs against the real stack. Leaves
 * docs/screenshots/plan-card.png and unavailable.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChatRequest, PlanCard, Prompt } from '../../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser, screenshot } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { ai, answer, defaultConfig, type FakeApi, type FakeReply, startFakeApi } from './fake-api.ts';

const stack = inject('stack');
const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };

const goal: Prompt = {
  field: 'primary_goal', kind: 'single_choice', min: null, max: null, placeholder: null,
  options: [
    { value: 'fat_loss', label: 'Lose fat' }, { value: 'muscle_gain', label: 'Build muscle' },
    { value: 'recomp', label: 'Both: lose fat and build muscle' }, { value: 'unsure', label: 'I am not sure yet' },
  ],
};
const welcome = 'Hey, I’m Coach from Nutrition Solutions. Give me two minutes and a few honest answers, and I’ll point you to the plan that fits your goal, your schedule and the way you like to eat.';
const question = 'Nice to meet you, Sam! What’s your main goal right now?';

/** Runs in the page: `check(root)` on the widget's shadow root. */
const inWidget = <T,>(page: Page, check: string) => page.evaluate(`(${check})(document.querySelector('signpost-widget').shadowRoot)`) as Promise<T>;
const waitInWidget = (page: Page, check: string, timeout = 10_000) =>
  page.waitForFunction(`(() => { const root = document.querySelector('signpost-widget')?.shadowRoot; return !!root && (${check})(root); })()`, undefined, { timeout });

/** How much of the last coach message is inside the visible part of the conversation (1 = all of it). */
const lastQuestionInView = (page: Page) => inWidget<number>(page, `(root) => {
  const log = root.querySelector('.log').getBoundingClientRect();
  const last = [...root.querySelectorAll('.msg:not(.client)')].at(-1).getBoundingClientRect();
  return Math.max(0, Math.min(last.bottom, log.bottom) - Math.max(last.top, log.top)) / last.height;
}`);

describe('the visitor’s view in Chromium', () => {
  let session: BrowserSession;
  let fake: FakeApi;
  let demo: DemoServer;
  let refused: DemoServer;
  let reply: ((body: ChatRequest) => FakeReply) | undefined;

  beforeAll(async () => {
    fake = await startFakeApi((body) => (reply ?? (() => answer({ messages: [ai('Welcome! What is your name?')] })))(body));
    demo = await startDemoServer({ url: fake.url, anonKey: stack.anonKey, botId: BOT_ID });
    // A page the seed bot does not allow: its origin is never added to allowed_origins.
    refused = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
    await Promise.all([fake?.close(), demo?.close(), refused?.close()]);
  });

  async function open(url: string, viewport = DESKTOP) {
    const context = await session.browser.newContext({ viewport, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('button.launcher').waitFor();
    return { context, page };
  }

  it.each([['a desktop', DESKTOP], ['a phone', PHONE]])('keeps the question in view on %s when quick replies appear and when the viewport shrinks', async (_name, viewport) => {
    reply = (body) => body.input.type === 'start'
      ? answer({ messages: [ai(welcome), ai('First things first: what should I call you?')] })
      : answer({ messages: [ai(question)], prompt: goal });
    const { context, page } = await open(demo.url, viewport);
    try {
      await page.locator('button.launcher').click();
      await page.locator('.form input').fill('Sam');
      await page.locator('.form input').press('Enter');
      await page.locator('.replies button').first().waitFor();
      await page.waitForTimeout(100); // the list follows on the next frame
      expect(await lastQuestionInView(page)).toBe(1);
      // Half the height gone, as under an on-screen keyboard: the panel follows the visual viewport, the question stays.
      await page.setViewportSize({ width: viewport.width, height: Math.round(viewport.height * 0.6) });
      await page.waitForTimeout(150);
      expect(await lastQuestionInView(page)).toBeGreaterThan(0.99);
      if (viewport === PHONE) {
        const panel = await page.locator('[role=dialog]').boundingBox();
        expect(panel!.height).toBe(Math.round(viewport.height * 0.6));
      }
    } finally {
      reply = undefined;
      await context.close();
    }
  });

  it('keeps the bot’s name on one line, cut with an ellipsis, the whole name in its tooltip', async () => {
    const name = 'Nutrition Solutions Performance Coaching Team';
    fake.config = () => ({ bot: { name, theme: {} } });
    reply = () => answer({ bot: { name, theme: {} }, messages: [ai('Hi!')] });
    const { context, page } = await open(demo.url, PHONE);
    try {
      await page.locator('button.launcher').click();
      await waitInWidget(page, `(root) => root.getElementById('signpost-title')?.textContent === ${JSON.stringify(name)}`);
      const title = await page.locator('#signpost-title').evaluate((h) => ({
        lines: Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)),
        cut: h.scrollWidth > h.clientWidth,
        tooltip: h.getAttribute('title'),
      }));
      expect(title).toEqual({ lines: 1, cut: true, tooltip: name });
      const restart = await page.locator('.head .restart').boundingBox();
      expect(restart!.height).toBeLessThan(40); // "Start over" on one line too
    } finally {
      fake.config = defaultConfig;
      reply = undefined;
      await context.close();
    }
  });

  it('sits above a page’s bottom bar with data-offset, and takes little room on a phone', async () => {
    for (const [viewport, size, gap] of [[DESKTOP, 60, 20], [PHONE, 48, 12]] as const) {
      const { context, page } = await open(`${demo.url}bottom-bar.html`, viewport);
      const launcher = (await page.locator('button.launcher').boundingBox())!;
      const bar = (await page.locator('#bar').boundingBox())!;
      expect(launcher).toMatchObject({ width: size, height: size, x: viewport.width - gap - size });
      expect(launcher.y + launcher.height).toBe(bar.y - gap); // above the bar, never on its button
      await context.close();
    }
    const { context, page } = await open(demo.url, PHONE);
    expect(await page.locator('button.launcher').boundingBox()).toMatchObject({ width: 48, height: 48, x: 375 - 12 - 48, y: 667 - 12 - 48 });
    await context.close();
  });

  it.each(['pointerdown', 'pointerenter', 'focus', 'touchstart'])('starts loading the chat on %s, before any click', async (intent) => {
    const context = await session.browser.newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => void (window.requestIdleCallback = () => 0)); // no idle preload: intent only
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(demo.url);
      await page.locator('button.launcher').waitFor();
      await page.waitForTimeout(300);
      expect(requests).not.toContain('/signpost-app-en.js');
      await page.locator('button.launcher').dispatchEvent(intent);
      await expect.poll(() => requests.includes('/signpost-app-en.js')).toBe(true);
      expect(await page.locator('[role=dialog]').count()).toBe(0); // loaded, not opened
    } finally {
      await context.close();
    }
  });

  it('opens on a press held while the bot’s appearance arrives and repaints the launcher under it', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    fake.config = async () => (await arrived, { bot: { name: 'Coach Ada', theme: { accent: '#e4572e', icon: 'help' } } });
    const before = fake.log.length;
    const { context, page } = await open(demo.url);
    try {
      const box = (await page.locator('button.launcher').boundingBox())!;
      const icon = await page.locator('button.launcher svg').elementHandle();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await expect.poll(() => fake.log.slice(before)).toEqual(['config']);
      release();
      // The bot's icon (help) and colours arrive while the button is held down (hovered: the accent's hover shade).
      await expect.poll(() => icon!.evaluate((svg) => svg.querySelector('path')!.getAttribute('d')!.slice(0, 6))).toBe('M12 21');
      expect(await page.locator('button.launcher').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(201, 77, 40)');
      // Changed in place: the element under the pointer is still the one the press began on.
      expect(await icon!.evaluate((svg) => svg.isConnected)).toBe(true);
      await page.mouse.up();
      await page.locator('[role=dialog]').waitFor();
      expect(await page.locator('button.launcher').getAttribute('aria-expanded')).toBe('true');
    } finally {
      fake.config = defaultConfig;
      await context.close();
    }
  });

  it('shows the plan card with what the plan includes, its price, the guarantee by the button and one alternative', async () => {
    const card: PlanCard = {
      code: 'Shred-Spartan', title: 'Shred Spartan', description: 'Recipes and a weekly plan you cook yourself.',
      why: 'You want to lose fat because "I want to keep up with my kids". You like to cook, so you get the recipes and the plan.',
      price_cents: 4900, currency: 'USD', billing_period: 'month', cta_label: 'Start Shred Spartan', cta_url: 'https://shop.example.com/shred-spartan',
      includes: ['28 high-protein recipes a month', 'A shopping list every week', 'A check-in with your coach'],
      guarantee: '30-day money-back guarantee. Cancel anytime.',
      alternative: { code: 'Shred-Gladiator', title: 'Shred Gladiator', line: 'Prefer your meals cooked for you?', price_cents: 24900, currency: 'USD', billing_period: 'month', cta_label: 'See Shred Gladiator', cta_url: 'https://shop.example.com/shred-gladiator' },
    };
    reply = (body) => body.input.type === 'start'
      ? answer({ history: [ai('What matters most to you?'), ai('I want to keep up with my kids', 'client'), { ...ai('Here is the plan I recommend.'), plan: card }], messages: [], plan: card, prompt: null, status: 'completed' })
      : answer({});
    const { context, page } = await open(demo.url);
    try {
      await page.locator('button.launcher').click();
      const shown = page.locator('.card');
      await shown.waitFor();
      expect(await shown.locator('.why').textContent()).toBe('You want to lose fat because “I want to keep up with my kids”. You like to cook, so you get the recipes and the plan.');
      expect(await shown.locator('.includes li').allTextContents()).toEqual(card.includes);
      expect(await shown.locator('.cta + .guarantee').textContent()).toBe(card.guarantee);
      expect(await shown.locator('.alt a').getAttribute('href')).toBe(card.alternative!.cta_url);
      await page.waitForTimeout(200);
      await screenshot(page, 'plan-card');
    } finally {
      reply = undefined;
      await context.close();
    }
  });

  it('shows the owner’s fallback contact with Try again when the chat cannot reach the coach', async () => {
    fake.config = () => ({ bot: { name: 'Nutrition Solutions', theme: {}, fallback_contact: 'hello@nutrition-solutions.example' } });
    reply = () => ({ status: 503, body: { error: { code: 'unavailable', message: 'down' } } });
    const { context, page } = await open(demo.url, PHONE);
    try {
      // The appearance (with the contact) arrives at idle; then the visitor opens the chat and it cannot start.
      await expect.poll(() => page.evaluate((bot) => localStorage.getItem(`signpost:${bot}:theme`), BOT_ID), { timeout: 15_000 }).toContain('hello@');
      await page.locator('button.launcher').click();
      const down = page.locator('.down');
      await down.waitFor({ timeout: 20_000 });
      expect(await down.locator('.reach a').getAttribute('href')).toBe('mailto:hello@nutrition-solutions.example');
      expect(await down.locator('button.retry').textContent()).toBe('Try again');
      await screenshot(page, 'unavailable');
    } finally {
      fake.config = defaultConfig;
      reply = undefined;
      await context.close();
    }
  });

  it('tells a site the bot does not allow that it is not set up, and the developer how to fix it, once', async () => {
    const { context, page } = await open(refused.url);
    try {
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') warnings.push(`${message.type()}: ${message.text()}`);
      });
      await page.locator('button.launcher').click();
      const down = page.locator('.down');
      await down.waitFor();
      expect(await down.locator('.down-title').textContent()).toBe('This site is not set up for this chat yet.');
      expect(await down.locator('button').count()).toBe(0); // trying again would only fail again
      expect(warnings.filter((w) => w.startsWith('warning:'))).toEqual([
        `warning: [signpost] Add ${refused.origin} to the allowed_origins of bot ${BOT_ID}: this site is not allowed to use it yet.`,
      ]);
    } finally {
      await context.close();
    }
  });
});
