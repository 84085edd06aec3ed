/**
 * What the browser tests of a visitor's conversation share: service-role REST for checking rows, letting a
 * test page's origin embed the seed bot, reading the widget through its open shadow root, and answering.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../../supabase/local/seed-ids.ts';

const stack = inject('stack');

export async function rest(path: string, init: RequestInit = {}) {
  const response = await fetch(`${stack.url}/rest/v1/${path}`, {
    ...init,
    headers: {
      apikey: stack.serviceRoleKey,
      authorization: `Bearer ${stack.serviceRoleKey}`,
      'content-type': 'application/json',
      ...(init.headers as Record<string, string>),
    },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /rest/v1/${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Lets a test page's origin embed the seed bot (its allowed_origins lists only the dev port). */
export async function allowOrigin(origin: string, botId = BOT_ID) {
  const [bot] = await rest(`bots?id=eq.${botId}&select=allowed_origins`);
  if (bot.allowed_origins.includes(origin)) return;
  await rest(`bots?id=eq.${botId}`, { method: 'PATCH', body: JSON.stringify({ allowed_origins: [...bot.allowed_origins, origin] }) });
}

/** Widget state read through its open shadow root. */
export const widget = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('signpost-widget')?.shadowRoot;
    const all = (selector: string) => [...(root?.querySelectorAll(selector) ?? [])];
    return {
      bubbles: all('.msg').map((m) => [m.classList.contains('client') ? 'me' : 'coach', m.querySelector('.bubble')?.textContent ?? '']),
      assistant: all('.msg:not(.client):not(.typing-row)').length,
      busy: all('.typing, .msg.pending').length > 0,
      alert: root?.querySelector('[role=alert]')?.textContent ?? null,
    };
  });

/** Does something that sends a message, then waits until the coach has answered it. */
export async function answer(page: Page, act: () => Promise<void>) {
  const before = (await widget(page)).assistant;
  await act();
  await page.waitForFunction((count) => {
    const root = document.querySelector('signpost-widget')!.shadowRoot!;
    if (root.querySelector('[role=alert]')) return true; // fail fast below with the message
    return !root.querySelector('.typing, .msg.pending') && root.querySelectorAll('.msg:not(.client):not(.typing-row)').length > count;
  }, before);
  const state = await widget(page);
  if (state.alert) throw new Error(`The widget shows an error: ${state.alert}`);
}

export const type = (page: Page, text: string) => answer(page, async () => {
  await page.locator('.form input').fill(text);
  await page.locator('.form input').press('Enter');
});

export const pick = (page: Page, label: string) => answer(page, () =>
  page.locator('.replies button').filter({ hasText: new RegExp(`^${label}$`) }).click());
