/**
 * A conversation a coach closed, in Chromium with two pages: the coach closes it in the console; the
 * visitor, whose widget still shows it, writes again and goes on in a new conversation, greeted back with
 * their answers kept; nothing they sent is lost, and the closed conversation stays in the coach's inbox.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInLink } from '../../supabase/local/local-auth.ts';
import { DEMO_OWNERS, NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { allowOrigin, rest, type, widget } from './visitor.ts';

const stack = inject('stack');

describe('a conversation a coach closed', () => {
  let demo: DemoServer;
  let session: BrowserSession;
  let contexts: BrowserContext[];
  let visitor: Page;
  let coach: Page;

  beforeAll(async () => {
    demo = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    await allowOrigin(demo.origin);
    session = await launchBrowser();
    contexts = await Promise.all([1, 2].map(() => session.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })));
    visitor = await contexts[0]!.newPage();
    coach = await contexts[1]!.newPage();
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it("goes on in a new conversation when the visitor writes again, greeting them back with their answers kept", { timeout: 90_000 }, async () => {
    await visitor.goto(demo.url);
    await visitor.locator('button.launcher').click();
    await visitor.locator('.form input[placeholder="Your first name"]').waitFor();
    const name = `Quinn${Date.now() % 100000}`;
    await type(visitor, name);
    await type(visitor, 'Can I talk to a real person please?');
    const [closed] = await rest(`customers?bot_id=eq.${BOT_ID}&name=eq.${name}&select=conversation_id,visitor_id`);

    await coach.goto(signInLink(`${demo.origin}/console/`, DEMO_OWNERS[0], stack.jwtSecret));
    await coach.locator('h1', { hasText: 'Inbox' }).waitFor();
    await coach.evaluate((id) => (location.hash = `#c/${id}`), closed.conversation_id);
    await coach.locator('#conversation-title', { hasText: name }).waitFor();
    await coach.locator('button', { hasText: /^Close$/ }).click();
    await coach.locator('#conversation-title + .status .badge', { hasText: 'closed' }).waitFor();
    await coach.locator('.row', { hasText: name }).locator('.badge', { hasText: 'closed' }).waitFor();

    // The visitor's widget still shows the conversation; their next message starts a new one.
    const before = (await widget(visitor)).bubbles;
    await type(visitor, '34');
    const after = (await widget(visitor)).bubbles;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([['me', '34'], ['coach', `Welcome back, ${name}! Got it, thanks. Which best describes you?`]]);
    await visitor.locator('.replies button', { hasText: /^Male$/ }).waitFor();

    const conversations = await rest(`conversations?visitor_id=eq.${closed.visitor_id}&select=id,status,closed_at&order=created_at`);
    expect(conversations.map((c: { status: string }) => c.status)).toEqual(['closed', 'active']);
    expect(conversations[0].closed_at).not.toBeNull();
    const stored = await rest(`messages?visitor_id=eq.${closed.visitor_id}&sender_type=eq.client&select=content,conversation_id&order=seq`);
    expect(stored).toEqual([
      { content: name, conversation_id: closed.conversation_id },
      { content: 'Can I talk to a real person please?', conversation_id: closed.conversation_id },
      { content: '34', conversation_id: conversations[1].id },
    ]);
    const [profile] = await rest(`user_profiles?visitor_id=eq.${closed.visitor_id}&select=name,age`);
    expect(profile).toEqual({ name, age: 34 });
  });
});
