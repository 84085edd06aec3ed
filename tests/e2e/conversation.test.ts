/**
 * A visitor's whole conversation in real Chromium, on the demo page that embeds the built dist/signpost.js
 * exactly as a customer's page does, against the real local stack: answer every question (buttons and
 * typing), get the Shred-Spartan plan card, click its CTA (recorded as a funnel event), reload and find the
 * conversation still there. Leaves docs/screenshots/conversation.png behind.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser, screenshot } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { allowOrigin, pick, rest, type, widget } from './visitor.ts';

const stack = inject('stack');

describe('a visitor on the demo page', () => {
  let demo: DemoServer;
  let session: BrowserSession;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    demo = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    await allowOrigin(demo.origin);
    session = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    page = await session.context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it('answers every question, gets the Shred-Spartan plan, clicks its CTA, and finds it all again after a reload', { timeout: 90_000 }, async () => {
    await page.goto(demo.url);
    const launcher = page.locator('button.launcher');
    await launcher.click();
    const dialog = page.locator('[role=dialog]');
    await dialog.waitFor();
    await page.waitForFunction(() => document.querySelector('signpost-widget')!.shadowRoot!.querySelector('.replies, .form input[placeholder="Your first name"]'));
    expect(await page.locator('#signpost-title').textContent()).toBe('Nutrition Solutions'); // the dialog's name, from bot.name

    await type(page, 'Sam');
    expect(await page.locator('.form input').getAttribute('inputmode')).toBe('numeric');
    await type(page, '34');
    await pick(page, 'Male');
    await pick(page, 'Lose fat');
    await type(page, 'I skip breakfast, grab a sandwich at lunch and snack a lot at night');
    await type(page, 'I want to keep up with my kids and feel good in my clothes again');
    await pick(page, '2');
    await pick(page, 'Yes');

    const card = page.locator('.card');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toContain('Shred Spartan');
    expect(await card.locator('.price').textContent()).toMatch(/\$49\s*per month/);
    const cta = card.locator('a.cta');
    expect(await cta.textContent()).toBe('Start Shred Spartan');
    expect(await cta.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await cta.getAttribute('target')).toBe('_blank');

    const conversation = (await widget(page)).bubbles;
    expect(conversation.filter(([who]) => who === 'me').map(([, text]) => text)).toEqual([
      'Sam', '34', 'Male', 'Lose fat',
      'I skip breakfast, grab a sandwich at lunch and snack a lot at night',
      'I want to keep up with my kids and feel good in my clothes again',
      '2', 'Yes',
    ]);

    await screenshot(page, 'conversation');

    const [popup] = await Promise.all([session.context.waitForEvent('page'), cta.click()]);
    expect(popup).toBeTruthy();
    await popup.close();
    await expect.poll(async () => rest(`events?type=eq.cta_clicked&bot_id=eq.${BOT_ID}&select=type,data`), { timeout: 10_000 })
      .toContainEqual({ type: 'cta_clicked', data: { plan: 'Shred-Spartan' } });
    expect(await rest(`events?type=eq.widget_opened&bot_id=eq.${BOT_ID}&select=type`)).not.toHaveLength(0);

    await page.reload();
    await page.locator('button.launcher').click();
    await card.waitFor();
    const restored = (await widget(page)).bubbles;
    expect(restored).toEqual(conversation);
    expect(await card.locator('h3').textContent()).toContain('Shred Spartan');
    expect(problems).toEqual([]);
  });
});
