/**
 * A visitor who asks a side question and raises an objection in the middle of the guided questions, in real
 * Chromium against the real stack (no model): the coach answers from the knowledge, asks the pending
 * question again, and the visitor still finishes with a plan card.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { allowOrigin, pick, type, widget } from './visitor.ts';

const stack = inject('stack');

describe('a visitor who goes off the guided route', () => {
  let demo: DemoServer;
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    await allowOrigin(demo.origin);
    session = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it('gets side questions answered, is asked the pending question again, and still reaches a plan', { timeout: 90_000 }, async () => {
    await page.goto(demo.url);
    await page.locator('button.launcher').click();
    await page.waitForFunction(() => document.querySelector('signpost-widget')!.shadowRoot!.querySelector('.form input[placeholder="Your first name"]'));

    await type(page, "I'm Alex, 41");
    await pick(page, 'Female');

    await type(page, 'Do you ship to Canada?');
    let coach = (await widget(page)).bubbles.filter(([who]) => who === 'coach').map(([, text]) => text);
    // One bubble: the answer, then the pending question in brief.
    expect(coach.at(-1)).toMatch(/Canada[^]*\n\nNow, back to you: What's your main goal right now\?$/);
    // The goal question is still the one asked: its quick replies are back.
    expect(await page.locator('.replies button').filter({ hasText: /^Lose fat$/ }).count()).toBe(1);

    await type(page, 'Honestly it sounds too expensive');
    coach = (await widget(page)).bubbles.filter(([who]) => who === 'coach').map(([, text]) => text);
    expect(coach.at(-1)).toMatch(/cost|\$49|money-back/i);

    await pick(page, 'Build muscle');
    await type(page, 'Eggs, rice and chicken, mostly');
    await type(page, 'I want to feel strong again');
    await pick(page, '8');
    await pick(page, 'No');

    const card = page.locator('.card');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toContain('Beast Gladiator');
  });
});
