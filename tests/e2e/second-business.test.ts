/**
 * The second demo business, a yoga studio configured only by rows in the seed (fields, questions, plans,
 * rules, words and knowledge), working end to end in real Chromium on its own page: a side question answered
 * from its own knowledge, the guided questions with its own options, and its own plan card.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOTUS_ROOM_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { allowOrigin, pick, rest, type, widget } from './visitor.ts';

const stack = inject('stack');

describe('a visitor on the yoga studio page', () => {
  let demo: DemoServer;
  let session: BrowserSession;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    demo = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    await allowOrigin(demo.origin, BOT_ID);
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

  it('asks its own questions, answers from its own knowledge, and recommends its own membership', { timeout: 90_000 }, async () => {
    await page.goto(`${demo.url}lotus-room.html`);
    await page.locator('button.launcher').click();
    await page.locator('[role=dialog]').waitFor();
    await page.waitForFunction(() => document.querySelector('signpost-widget')!.shadowRoot!.querySelector('.form input[placeholder="Your first name"]'));
    expect(await page.locator('#signpost-title').textContent()).toBe('Lotus Room Yoga');

    await type(page, 'Maya');
    await pick(page, "I've done some");
    // A side question mid-flow: answered from the studio's FAQ, then back to the pending question.
    await type(page, 'What should I bring to class?');
    const afterQuestion = (await widget(page)).bubbles.filter(([who]) => who === 'coach').map(([, text]) => text);
    expect(afterQuestion.join(' ')).toMatch(/Comfortable clothes/);
    expect(afterQuestion.at(-1)).toContain('What would you most like yoga to do for you?');

    await pick(page, 'Strength and balance');
    await type(page, '4');
    await pick(page, 'Mornings');

    const card = page.locator('.card');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toContain('Early Bird Membership');
    expect(await card.locator('a.cta').textContent()).toBe('Become an early bird');
    const coach = (await widget(page)).bubbles.filter(([who]) => who === 'coach').map(([, text]) => text).join(' ');
    expect(coach).toContain('Strength and balance — vinyasa and power classes are for you.');
    // The widget sets the pitch in typographic quotes and apostrophes.
    expect(await card.textContent()).toContain('You’d like to come 4 times a week and you prefer mornings');

    const [profile] = await rest(`user_profiles?bot_id=eq.${BOT_ID}&name=eq.Maya&select=name,answers,recommended_plan`);
    expect(profile).toEqual({
      name: 'Maya',
      answers: { experience: 'some', focus: 'strength', classes_per_week: 4, time_of_day: 'mornings' },
      recommended_plan: 'early-bird',
    });
    expect(problems).toEqual([]);
  });
});
