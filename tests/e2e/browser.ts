/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (never a downloaded
 * browser), headless, with everything that would phone home switched off, and a fresh context per launch.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'en-US' });
  return {
    browser,
    context,
    async close() {
      await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/**
 * The pictures in docs/screenshots come from these tests, but only `npm run screenshots` writes them there:
 * a plain test run keeps them in a temporary folder, so running the tests never changes tracked files.
 */
const SHOTS = process.env.SIGNPOST_SCREENSHOTS === '1'
  ? resolve(import.meta.dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'signpost-screenshots-'));

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300); // let the last scroll and hover transitions finish
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
