/**
 * How long a visitor waits for the first question after pressing the launcher: early (before the page went
 * idle, so before the idle-time preload fetched the chat: requestIdleCallback is held back, as on a page still
 * busy loading) and late (the page idle, the chat loaded), against the live local stack, in one run on one
 * machine, RUNS times each, alternating. Measured in the page from the press's pointerdown to the first coach
 * message in the widget. Every run is a new visitor (a fresh browser context). The press is a real one: the
 * pointer arrives on the launcher and goes down at once (the worst case for an early press: no hover time to
 * load in), and comes up 80 ms later, as a person's does.
 *
 *   npm run build && npm run bench:first-question
 */
import { chromium, type Page } from 'playwright-core';
import { allowDemoOrigins } from '../supabase/local/demo.ts';
import { NUTRITION_SOLUTIONS_BOT_ID } from '../supabase/local/seed-ids.ts';
import { startStack } from '../supabase/local/stack.ts';
import { CHROMIUM } from '../tests/e2e/browser.ts';
import { startDemoServer } from '../tests/e2e/demo-server.ts';
import { machine, percentile, table, writeSection } from './report.ts';

const RUNS = Number(process.env.RUNS ?? 15);

/** Installed before the page's scripts: records the press and the first coach message it brings. */
const PROBE = `(() => {
  const w = window;
  addEventListener('pointerdown', () => { w.pressedAt ??= performance.now(); }, true);
  const look = () => {
    const root = document.querySelector('signpost-widget')?.shadowRoot;
    if (w.pressedAt && root?.querySelector('.msg.ai .bubble')) w.questionAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

async function press(page: Page) {
  const box = (await page.locator('button.launcher').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
  await page.waitForFunction('window.questionAt', undefined, { timeout: 20_000 });
  return (await page.evaluate('window.questionAt - window.pressedAt')) as number;
}

const stack = await startStack();
const demo = await startDemoServer({ url: stack.url, anonKey: stack.anonKey, botId: NUTRITION_SOLUTIONS_BOT_ID });
await allowDemoOrigins(`${stack.url}/rest/v1`, stack.serviceRoleKey, Number(new URL(demo.origin).port));
// Every run is a new visitor from this one address: lift the bot's new-chats-per-address limit on this stack.
await fetch(`${stack.url}/rest/v1/bots?id=eq.${NUTRITION_SOLUTIONS_BOT_ID}`, {
  method: 'PATCH',
  headers: { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/json' },
  body: JSON.stringify({ address_new_visitors_per_hour: 100_000 }),
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const samples = { early: [] as number[], late: [] as number[] };
try {
  for (let run = 0; run < RUNS + 1; run++) {
    for (const when of run % 2 ? (['late', 'early'] as const) : (['early', 'late'] as const)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      if (when === 'early') await page.addInitScript('window.requestIdleCallback = () => 0');
      await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
      await page.locator('button.launcher').waitFor();
      if (when === 'late') {
        await page.waitForFunction(() => (window as unknown as Record<symbol, Record<string, { start?: unknown }>>)[Symbol.for('signpost.app')]?.['app-en']?.start, undefined, { timeout: 15_000 });
        await page.waitForTimeout(1500); // idle: the appearance request is done too
      }
      const ms = await press(page);
      if (run > 0) samples[when].push(ms); // the first round warms the stack's caches and JITs
      await context.close();
      await new Promise((resolve) => setTimeout(resolve, 500)); // the visitor's last requests settle before the next
    }
  }
} finally {
  await browser.close();
  await demo.close();
  await stack.stop();
}

const rows = (['early', 'late'] as const).map((when) => {
  const sorted = [...samples[when]].sort((a, b) => a - b);
  return [
    when === 'early' ? 'early: before the page went idle' : 'late: the page idle, the chat loaded',
    Math.round(percentile(sorted, 50)),
    Math.round(percentile(sorted, 90)),
    sorted.length,
  ];
});
const result = table(['press on the launcher', 'to the first question, median (ms)', 'p90 (ms)', 'runs'], rows);
console.log(`\n${result}`);
writeSection('widget-first-question', `## The first question after an early or a late press

\`npm run build && npm run bench:first-question\` — ${machine()}, Chromium headless, the live local stack (no model),
a new visitor per run, early and late alternating, after one warm-up round. From the press's pointerdown to
the first coach message in the widget; the pointer goes down as soon as it arrives and comes up 80 ms later.
Early: before the page went idle (the idle-time preload held back), so the chat is fetched on the pointer's
arrival and press. Late: the page idle, the chat already loaded.

${result}`);
