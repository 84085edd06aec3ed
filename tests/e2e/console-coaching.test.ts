/**
 * The console in real Chromium shows what the bot made of a visitor: once they have answered the guided
 * questions (through the chat API, as the widget would), their conversation shows the personal coach prompt
 * with its version and the list of versions with why and what each cost, beside how the bot writes like the
 * owner's coaches. axe-core finds nothing on it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChatResponse } from '../../functions/_shared/contracts.ts';
import { signInLink } from '../../supabase/local/local-auth.ts';
import { DEMO_OWNERS, NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';
import { type BrowserSession, launchBrowser } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { allowOrigin, rest } from './visitor.ts';

const stack = inject('stack');
const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the console on what the bot knows of a visitor', () => {
  let demo: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    demo = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: BOT_ID });
    await allowOrigin(demo.origin);
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it('shows the visitor\'s personal coach prompt, its version and what writing it cost', { timeout: 90_000 }, async () => {
    const post = async (body: Record<string, unknown>) => {
      const response = await fetch(`${stack.url}/functions/v1/chat`, {
        method: 'POST',
        headers: { apikey: stack.anonKey, 'content-type': 'application/json', origin: demo.origin },
        body: JSON.stringify({ bot_id: BOT_ID, client_message_id: crypto.randomUUID(), ...body }),
      });
      expect(response.status).toBe(200);
      return await response.json() as ChatResponse;
    };
    const { visitor_token: token } = await post({ input: { type: 'start' } });
    const name = `Noor${Date.now() % 100000}`;
    let last: ChatResponse | undefined;
    for (const input of [
      { type: 'text', text: name }, { type: 'text', text: '29' }, { type: 'choice', value: 'female' }, { type: 'choice', value: 'muscle_gain' },
      { type: 'text', text: 'Mostly home cooking' }, { type: 'text', text: 'To feel strong' }, { type: 'choice', value: '4' }, { type: 'choice', value: 'no' },
    ]) last = await post({ visitor_token: token, input });
    expect(last!.status).toBe('completed');
    const conversationId = last!.conversation_id;
    await expect.poll(async () => (await rest(`coach_prompts?select=version&prompt=ilike.*${name}*`)).length, { timeout: 15_000 }).toBe(1);

    const page = await session.browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
    await page.goto(signInLink(`${demo.origin}/console/`, DEMO_OWNERS[0], stack.jwtSecret));
    await page.locator('h1', { hasText: 'Inbox' }).waitFor();
    await page.evaluate((id) => (location.hash = `#c/${id}`), conversationId);
    await page.locator('#conversation-title', { hasText: name }).waitFor();
    await page.locator('#coach-prompt-title', { hasText: 'version 1' }).waitFor();
    expect(await page.locator('.coach-prompt').textContent()).toContain(`You are coaching ${name} personally.`);
    await page.locator('details summary', { hasText: 'Versions' }).click();
    expect(await page.locator('.versions li').allTextContents()).toEqual([expect.stringMatching(/^v1 .*: the guided questions were done \(from the answers; template, no cost\)$/)]);
    await page.locator('#coach-style-title').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
