/**
 * The widget as owners and visitors meet it, in real Chromium, always through the built dist/ files loaded
 * the way a customer's page loads them: weight and loading, the host API, keyboard paths, axe, a phone,
 * the hostile pages, two bots, a strict CSP, the offline queue, a dead backend, XSS from the server, a
 * streamed reply and a human coach's reply. Pages whose API answers must be scripted point at a fake API
 * (fake-api.ts); the rest run against the real local stack. Leaves docs/screenshots/{mobile,dark,rtl}.png.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID, OTHER_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser, screenshot } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { ai, answer, defaultConfig, type FakeApi, startFakeApi } from './fake-api.ts';
import { allowOrigin, rest } from './visitor.ts';

const stack = inject('stack');
const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
/** Runs in the page: the widget's shadow root (the first, or the one of a bot). */
const inWidget = <T,>(page: Page, fn: string) => page.evaluate(`(() => { const root = document.querySelector('signpost-widget')?.shadowRoot; return (${fn})(root); })()`) as Promise<T>;
const bubbles = (page: Page) => inWidget<string[]>(page, `(root) => [...root.querySelectorAll('.msg .bubble')].map((b) => b.textContent)`);
const waitInWidget = (page: Page, check: string, timeout = 10_000) =>
  page.waitForFunction(`(() => { const root = document.querySelector('signpost-widget')?.shadowRoot; return !!root && (${check})(root); })()`, undefined, { timeout });

describe('the widget in Chromium', () => {
  let session: BrowserSession;
  let real: DemoServer;
  let fake: FakeApi;
  let fakeDemo: DemoServer;
  let fakeReply: Parameters<typeof startFakeApi>[0] | undefined;

  beforeAll(async () => {
    real = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    await allowOrigin(real.origin, BOT_ID);
    await allowOrigin(real.origin, OTHER_BOT_ID);
    fake = await startFakeApi((body, i) => (fakeReply ?? ((b) => (b.input.type === 'start' ? answer({ messages: [ai('Welcome! What is your name?')] }) : answer({ messages: [ai('Noted.')] }))))(body, i));
    fakeDemo = await startDemoServer({ url: fake.url, anonKey: stack.anonKey, botId: BOT_ID });
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
    await Promise.all([real?.close(), fake?.close(), fakeDemo?.close()]);
  });

  async function open(url: string, options: { viewport?: { width: number; height: number }; offline?: boolean } = {}) {
    const context = await session.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url);
    await page.locator('button.launcher').first().waitFor();
    return { context, page, problems };
  }

  it('loads as a customer page loads it: a launcher at once, no API call but the one configuration request, no layout shift', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    const apiCalls = () => requests.filter((r) => r.includes(' /functions/'));
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number; launcherWith?: string[]; ranAt: number };
      w.shift = 0;
      // The loader installs window.Signpost first thing: the moment the script runs.
      let value: unknown;
      Object.defineProperty(window, 'Signpost', {
        configurable: true,
        get: () => value,
        set: (next: { version?: string }) => {
          if (next?.version && !w.ranAt) w.ranAt = performance.now();
          value = next;
        },
      });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        if (!w.launcherWith && document.querySelector('signpost-widget')?.shadowRoot?.querySelector('.launcher')) {
          w.launcherWith = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(real.url);
    await page.locator('button.launcher').waitFor();
    const seen = await page.evaluate(() => {
      const { launcherWith, ranAt } = window as unknown as { launcherWith: string[]; ranAt: number };
      return { launcherWith, ranAt };
    });
    // The loader draws the launcher by itself: nothing else was fetched for it (its time is bench:first-question's).
    expect(seen.ranAt).toBeGreaterThan(0);
    expect(seen.launcherWith.filter((path) => path.startsWith('/signpost-app') || path.startsWith('/functions/'))).toEqual([]);
    // Before the visitor does anything, at most the configuration request (when the page went idle already).
    expect(['[]', '["GET /functions/v1/chat/appearance"]']).toContain(JSON.stringify(apiCalls()));
    await page.locator('button.launcher').hover();
    await page.waitForFunction(() => (window as unknown as Record<symbol, Record<string, { start?: unknown }>>)[Symbol.for('signpost.app')]?.['app-en']?.start);
    expect(requests).toContain('GET /signpost-app-en.js');
    // The app asks for the bot's appearance once (a first-time visitor has none cached), and nothing else.
    await expect.poll(apiCalls).toEqual(['GET /functions/v1/chat/appearance']);
    await page.waitForTimeout(300);
    expect(apiCalls()).toEqual(['GET /functions/v1/chat/appearance']);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await context.close();
  });

  it("gives a first-time visitor the bot's proactive opening and colours from one configuration request at idle; the next page view asks nothing", async () => {
    const bot = { name: 'Proactive Coach', theme: { accent: '#e4572e', proactive: { after_seconds: 1 } } };
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    fake.config = async () => (await released, { bot });
    fakeReply = () => answer({ bot, messages: [ai('Hi! Can I help you choose?')] });
    const before = fake.log.length;
    const asked = () => fake.log.slice(before);
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(fakeDemo.url);
      const launcher = page.locator('button.launcher');
      await launcher.waitFor();
      const colour = () => launcher.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await colour()).toBe('rgb(15, 118, 110)'); // nothing cached: the default accent

      // Nobody touches the page: at idle the app asks for the configuration, once, with the anon key.
      await expect.poll(asked, { timeout: 15_000 }).toEqual(['config']);
      expect(fake.configs.at(-1)!.url).toBe(`/functions/v1/chat/appearance?bot_id=${BOT_ID}`);
      expect(fake.configs.at(-1)!.headers).toMatchObject({ apikey: stack.anonKey, authorization: `Bearer ${stack.anonKey}` });
      // While its answer is on the way (past the rule's second), nothing opens and nothing else is asked.
      await page.waitForTimeout(1200);
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
      expect(asked()).toEqual(['config']);

      release();
      await waitInWidget(page, `(root) => root.querySelector('.launcher').getAttribute('aria-expanded') === 'true'`);
      expect(await colour()).toBe('rgb(228, 87, 46)');
      expect(await page.locator('#signpost-title').textContent()).toBe('Proactive Coach');
      expect(await inWidget<boolean>(page, `(root) => root.activeElement === null`)).toBe(true); // focus not stolen
      await waitInWidget(page, `(root) => [...root.querySelectorAll('.bubble')].some((b) => b.textContent === 'Hi! Can I help you choose?')`);
      // The one configuration request came before anything else; the only chat request is the proactive opening's own start.
      expect(asked()).toEqual(['config', 'start']);

      // A second page view within five minutes: on-brand at once, no configuration request, no second opening.
      await page.reload();
      await launcher.waitFor();
      expect(await colour()).toBe('rgb(228, 87, 46)');
      await page.waitForFunction(() => (window as unknown as Record<symbol, Record<string, { start?: unknown }>>)[Symbol.for('signpost.app')]?.['app-en']?.start, undefined, { timeout: 15_000 });
      await page.waitForTimeout(1500);
      expect(asked()).toEqual(['config', 'start']);
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    } finally {
      fake.config = defaultConfig;
      fakeReply = undefined;
      await context.close();
    }
  });

  it('runs commands queued before the script, speaks through on() and DOM events, and destroy() leaves no trace', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { heard: string[]; Signpost: ((...args: unknown[]) => void) & { q?: unknown[] } };
      w.heard = [];
      // The snippet, and commands issued before the widget script has even been fetched.
      w.Signpost = w.Signpost || function (...args: unknown[]) { (w.Signpost.q = w.Signpost.q || []).push(args); };
      w.Signpost('on', 'open', (d: { bot: string }) => w.heard.push(`on:open:${d.bot}`));
      w.Signpost('open');
      for (const name of ['open', 'close', 'message', 'step']) document.addEventListener(`signpost:${name}`, (e) => w.heard.push(`dom:${name}`));
    });
    await page.goto(fakeDemo.url);
    await waitInWidget(page, `(root) => root.querySelectorAll('.msg:not(.typing-row)').length > 0`);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(await heard()).toEqual(expect.arrayContaining([`on:open:${BOT_ID}`, 'dom:open', 'dom:message', 'dom:step']));
    expect(await page.locator('button.launcher').getAttribute('aria-expanded')).toBe('true');

    await page.evaluate(() => (window as unknown as { Signpost: { close(): void } }).Signpost.close());
    expect(await page.locator('button.launcher').getAttribute('aria-expanded')).toBe('false');
    expect(await heard()).toContain('dom:close');
    // A second embed of the same bot is harmless.
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      for (const a of document.querySelector('script[data-bot]')!.attributes) if (a.name.startsWith('data-')) s.setAttribute(a.name, a.value);
      document.body.append(s);
    }, `${fakeDemo.origin}/signpost.js`);
    await page.waitForTimeout(200);
    expect(await page.locator('signpost-widget').count()).toBe(1);

    const before = await page.evaluate(() => document.documentElement.style.cssText);
    await page.evaluate(() => (window as unknown as { Signpost: { destroy(): void } }).Signpost.destroy());
    expect(await page.evaluate(() => [document.querySelectorAll('signpost-widget').length, 'Signpost' in window, document.documentElement.style.cssText])).toEqual([0, false, before]);
    await context.close();
  });

  it('is operable by keyboard: Enter and Space open, focus moves in and stays in, Esc closes and returns focus', async () => {
    const { context, page } = await open(fakeDemo.url);
    const launcher = page.locator('button.launcher');
    await launcher.focus();
    await page.keyboard.press('Enter');
    await waitInWidget(page, `(root) => root.activeElement?.matches('.form input')`);
    expect(await page.locator('[role=dialog]').getAttribute('aria-modal')).toBe('true');
    // Tab around the whole panel: focus never leaves it.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await inWidget<boolean>(page, `(root) => !!root.activeElement && root.getElementById('signpost-panel').contains(root.activeElement)`)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await inWidget<boolean>(page, `(root) => root.getElementById('signpost-panel').contains(root.activeElement)`)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await inWidget<boolean>(page, `(root) => root.activeElement?.classList.contains('launcher')`)).toBe(true);
    await page.keyboard.press('Space');
    await waitInWidget(page, `(root) => root.activeElement?.matches('.form input')`);
    await context.close();
  });

  it('quick replies are reachable by Tab and operable with Enter', async () => {
    fakeReply = (body) => body.input.type === 'start'
      ? answer({ messages: [ai('Your goal?')], prompt: { field: 'primary_goal', kind: 'single_choice', options: [{ value: 'fat_loss', label: 'Lose fat' }, { value: 'muscle_gain', label: 'Build muscle' }], min: null, max: null, placeholder: null } })
      : answer({ messages: [ai('Got it.')] });
    const { context, page } = await open(fakeDemo.url);
    await page.locator('button.launcher').click();
    await page.locator('.replies button').first().waitFor();
    await page.locator('.replies button').first().focus();
    await page.keyboard.press('Enter');
    await waitInWidget(page, `(root) => [...root.querySelectorAll('.bubble')].some((b) => b.textContent === 'Got it.')`);
    expect(fake.chats.at(-1)!.input).toEqual({ type: 'choice', value: 'fat_loss', label: 'Lose fat' });
    fakeReply = undefined;
    await context.close();
  });

  it('has no axe-core violations (WCAG 2.2 A and AA) on the demo page with the widget open, shadow root included', async () => {
    const { context, page } = await open(real.url);
    await page.locator('button.launcher').click();
    await page.locator('.replies button, .form input[placeholder="Your first name"]').first().waitFor();
    await page.locator('.form input').fill('Sam');
    await page.locator('.form input').press('Enter');
    await waitInWidget(page, `(root) => !root.querySelector('.typing, .msg.pending')`);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('on a 375×667 phone the panel is full screen with no horizontal scroll and 16 px inputs', async () => {
    const { context, page } = await open(real.url, { viewport: { width: 375, height: 667 } });
    await page.locator('button.launcher').click();
    await page.locator('.form input').waitFor();
    await waitInWidget(page, `(root) => root.querySelectorAll('.msg:not(.typing-row)').length > 0`);
    const box = await page.locator('[role=dialog]').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 667 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator('.form input').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await screenshot(page, 'mobile');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
    await context.close();
  });

  it('shows the dark theme and a right-to-left page in Spanish', async () => {
    const dark = await open(`${real.url}dark.html`);
    await dark.page.locator('button.launcher').click();
    await waitInWidget(dark.page, `(root) => root.querySelectorAll('.msg:not(.typing-row)').length > 0 && !root.querySelector('.typing')`);
    const surface = await dark.page.locator('.foot').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(surface).toBe('rgb(23, 32, 29)');
    await screenshot(dark.page, 'dark');
    await dark.context.close();

    const rtl = await open(`${real.url}rtl.html`);
    expect(await rtl.page.locator('button.launcher').getAttribute('aria-label')).toBe('Abrir chat');
    await rtl.page.locator('button.launcher').click();
    await waitInWidget(rtl.page, `(root) => root.querySelectorAll('.msg:not(.typing-row)').length > 0 && !root.querySelector('.typing')`);
    expect(await rtl.page.locator('.panel').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect((await rtl.page.locator('.panel').boundingBox())!.x).toBe(20); // data-position="left"
    expect(await rtl.page.locator('.head button').first().textContent()).toBe('Empezar de nuevo');
    await screenshot(rtl.page, 'rtl');
    await rtl.context.close();
  });

  it('survives a page of hostile CSS, and leaves the page’s own styles exactly as they were', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    // The page's computed styles without the widget (its script blocked), then with it mounted and open.
    await page.route('**/signpost.js', (route) => route.abort());
    await page.goto(`${fakeDemo.url}hostile-css.html`);
    const probe = () => page.evaluate(() => ['html', 'body', '#probe', '#title', 'header.site', 'main'].map((s) => {
      const cs = getComputedStyle(document.querySelector(s)!);
      return [s, cs.fontSize, cs.color, cs.margin, cs.padding, cs.boxSizing, cs.fontFamily, cs.overflow, cs.position, cs.display, document.documentElement.scrollHeight].join('|');
    }));
    const before = await probe();
    await page.unroute('**/signpost.js');
    await page.reload();
    const launcher = page.locator('button.launcher');
    await launcher.waitFor();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(await launcher.boundingBox()).toMatchObject({ width: 60, height: 60, x: width - 20 - 60 });
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)'); // not #ff00ff
    // On top of the page's z-index 2147483647 header: the launcher is what a click there hits.
    await launcher.click();
    await waitInWidget(page, `(root) => [...root.querySelectorAll('.bubble')].some((b) => b.textContent.startsWith('Welcome'))`);
    const input = page.locator('.form input');
    expect(await input.evaluate((el) => [getComputedStyle(el).height, getComputedStyle(el).fontSize, getComputedStyle(el).textTransform])).toEqual(['44px', '16px', 'none']);
    expect(await probe()).toEqual(before);
    await context.close();
  });

  it('works on a page that replaced fetch and Array methods and polluted Object.prototype', async () => {
    const { context, page, problems } = await open(`${fakeDemo.url}hostile-js.html`);
    const calls = fake.chats.length;
    await page.locator('button.launcher').click();
    await waitInWidget(page, `(root) => [...root.querySelectorAll('.bubble')].some((b) => b.textContent.startsWith('Welcome'))`);
    await page.locator('.form input').fill('Sam');
    await page.locator('.form input').press('Enter');
    await waitInWidget(page, `(root) => [...root.querySelectorAll('.bubble')].some((b) => b.textContent === 'Noted.')`);
    // The requests went out with their headers: the widget used an untouched fetch, not the page's wrapper.
    expect(fake.headers.slice(calls).every((h) => h.apikey === stack.anonKey)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __wrappedFetchCalls?: number }).__wrappedFetchCalls ?? 0)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs two bots on one page independently', async () => {
    const { context, page } = await open(`${real.url}two-bots.html`);
    await page.waitForFunction(() => document.querySelectorAll('signpost-widget').length === 2);
    const root = (bot: string) => `document.querySelector('signpost-widget[data-bot="${bot}"]').shadowRoot`;
    await page.evaluate((bot) => (window as unknown as { Signpost(c: string, o: unknown): void }).Signpost('open', { bot }), OTHER_BOT_ID);
    await page.waitForFunction(`${root(OTHER_BOT_ID)}.querySelectorAll('.msg:not(.typing-row)').length > 0`);
    const state = await page.evaluate(`[${root(BOT_ID)}.querySelector('.launcher').getAttribute('aria-expanded'), ${root(OTHER_BOT_ID)}.querySelector('.launcher').getAttribute('aria-expanded'), ${root(BOT_ID)}.querySelector('.panel')]`);
    expect(state).toEqual(['false', 'true', null]);
    await page.evaluate(`${root(BOT_ID)}.querySelector('.launcher').click()`);
    await page.waitForFunction(`${root(BOT_ID)}.querySelectorAll('.msg:not(.typing-row)').length > 0`);
    const tokens = await page.evaluate((bots) => bots.map((b) => localStorage.getItem(`signpost:${b}:visitor_token`)), [BOT_ID, OTHER_BOT_ID]);
    expect(tokens[0]).toBeTruthy();
    expect(tokens[1]).toBeTruthy();
    expect(tokens[0]).not.toBe(tokens[1]);
    await context.close();
  });

  it('works under a strict nonce-based CSP with no violation reported', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${real.url}csp.html`);
    expect(response!.headers()['content-security-policy']).toContain("'strict-dynamic'");
    await page.locator('button.launcher').click();
    // Function-form waits: Playwright's string expressions would need 'unsafe-eval', which this page forbids.
    await page.waitForFunction(() => {
      const root = document.querySelector('signpost-widget')!.shadowRoot!;
      return root.querySelectorAll('.msg:not(.typing-row)').length > 0 && !root.querySelector('.typing');
    });
    expect(await page.locator('.launcher').evaluate((el) => getComputedStyle(el).borderRadius)).toBe('50%');
    expect(await page.locator('.form input').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px'); // the app's styles applied
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });

  it('keeps a message sent offline as pending and sends it once when the network returns', async () => {
    const { context, page } = await open(real.url);
    await page.locator('button.launcher').click();
    await page.locator('.form input[placeholder="Your first name"]').waitFor();
    await context.setOffline(true);
    await page.locator('.form input').fill('Offline Olga');
    await page.locator('.form input').press('Enter');
    await waitInWidget(page, `(root) => root.querySelector('.msg.client.pending .meta')?.textContent === 'Waiting for the network…'`);
    expect(await inWidget<string | null>(page, `(root) => root.querySelector('[role=alert]')?.textContent ?? null`)).toBeNull();
    const token = await page.evaluate((bot) => localStorage.getItem(`signpost:${bot}:unsent`), BOT_ID);
    expect(JSON.parse(token!)).toHaveLength(1); // survives a reload
    await context.setOffline(false);
    await waitInWidget(page, `(root) => !root.querySelector('.msg.pending') && root.querySelectorAll('.msg:not(.client)').length >= 2`, 20_000);
    const rows = await rest(`messages?content=eq.Offline%20Olga&sender_type=eq.client&select=id,client_message_id`);
    expect(rows).toHaveLength(1);
    await context.close();
  });

  it('says the backend is unreachable in a friendly state with Try again, never a blank panel or an endless spinner', async () => {
    const { context, page } = await open(`${real.url}backend-down.html`);
    await page.locator('button.launcher').click();
    const down = page.locator('.down[role=alert]');
    await down.waitFor({ timeout: 15_000 });
    expect(await down.locator('.down-title').textContent()).toBe('We can’t reach the coach right now. Please try again in a moment.');
    expect(await down.locator('button').textContent()).toBe('Try again');
    // The appearance request failed too (the same dead API), so no fallback contact is known: none is shown.
    expect(await down.locator('.reach').count()).toBe(0);
    expect(await inWidget<number>(page, `(root) => root.querySelectorAll('.typing, .alert').length`)).toBe(0);
    await screenshot(page, 'backend-down');
    await down.locator('button').click();
    await down.waitFor({ timeout: 15_000 });
    await context.close();
  });

  it('renders XSS payloads from the server as text: no dialog, no request to a foreign host', async () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(2)</script>',
      '[click me](javascript:alert(3)) javascript:alert(4)',
      '![tracker](https://evil.example/pixel.png) <img src="https://evil.example/x.png">',
      'Read https://example.org/guide, then <a href="javascript:alert(5)">this</a>',
    ];
    fakeReply = (body) => answer({ messages: payloads.map((p) => ai(p)), bot: { name: '<img src=x onerror=alert(6)>', theme: { accent: 'red;}</style><script>alert(7)</script>', font: '"x";background:url(https://evil.example/f)' } } });
    const { context, page } = await open(fakeDemo.url);
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    page.on('request', (r) => {
      const host = new URL(r.url()).hostname;
      if (host !== '127.0.0.1') foreign.push(r.url());
    });
    await page.locator('button.launcher').click();
    await waitInWidget(page, `(root) => root.querySelectorAll('.msg .bubble').length >= ${payloads.length}`);
    await page.waitForTimeout(300);
    expect(await bubbles(page)).toEqual(payloads);
    expect(await inWidget<number>(page, `(root) => root.querySelectorAll('img, script, iframe').length`)).toBe(0);
    const links = await inWidget<string[][]>(page, `(root) => [...root.querySelectorAll('.bubble a')].map((a) => [a.getAttribute('href'), a.rel, a.target])`);
    expect(links).toEqual([
      ['https://evil.example/pixel.png', 'noopener noreferrer', '_blank'],
      ['https://evil.example/x.png', 'noopener noreferrer', '_blank'],
      ['https://example.org/guide', 'noopener noreferrer', '_blank'],
    ]);
    expect(await page.locator('#signpost-title').textContent()).toBe('<img src=x onerror=alert(6)>');
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    fakeReply = undefined;
    await context.close();
  });

  it('renders a streamed reply progressively, then replaces it with the stored message', async () => {
    const final = ai('Protein keeps you full and protects muscle while you lose fat.');
    fakeReply = (body) => body.input.type === 'start'
      ? answer({ messages: [ai('Ask me anything.')] })
      : { stream: ['Protein keeps ', 'you full and ', 'protects muscle ', 'while you lose fat.'], delayMs: 250, done: answer({ messages: [final] }) };
    const { context, page } = await open(fakeDemo.url);
    await page.locator('button.launcher').click();
    await waitInWidget(page, `(root) => root.querySelectorAll('.msg .bubble').length > 0`);
    await page.locator('.form input').fill('Why protein?');
    await page.locator('.form input').press('Enter');
    await waitInWidget(page, `(root) => root.querySelector('.msg.streaming .bubble')?.textContent.startsWith('Protein keeps')`);
    const partial = await inWidget<string>(page, `(root) => root.querySelector('.msg.streaming .bubble').textContent`);
    expect(partial.length).toBeLessThan(final.content.length);
    expect(await page.locator('[role=log]').getAttribute('aria-busy')).toBe('true');
    await waitInWidget(page, `(root) => !root.querySelector('.msg.streaming')`);
    expect((await bubbles(page)).at(-1)).toBe(final.content);
    expect(fake.headers.at(-1)!.accept).toBe('text/event-stream, application/json');
    fakeReply = undefined;
    await context.close();
  });

  it('polls while a human coach holds the conversation and shows their name on their replies', async () => {
    const human = { ...ai('Hi, I am Dana from the coaching team.', 'human_coach'), author: { name: 'Dana Reyes', avatar_url: null } };
    let polls = 0;
    fakeReply = (body) => {
      if (body.input.type === 'poll') polls++;
      return answer({ status: 'handoff', history: [ai('A coach will join you here.'), ...(polls >= 1 ? [human] : [])], messages: body.input.type === 'start' ? [ai('A coach will join you here.')] : [] });
    };
    const { context, page } = await open(fakeDemo.url);
    await page.locator('button.launcher').click();
    await waitInWidget(page, `(root) => root.querySelector('.msg.human_coach .who')?.textContent === 'DRDana Reyes'`, 10_000);
    expect(await inWidget<string>(page, `(root) => root.querySelector('.msg.human_coach .who .pic').textContent`)).toBe('DR');
    expect(fake.chats.some((c) => c.input.type === 'poll')).toBe(true);
    fakeReply = undefined;
    await context.close();
  });
});
