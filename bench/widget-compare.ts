/**
 * Signpost next to the published bundles of three open-source chat widgets, in one run on one machine: a page
 * per widget (each embedded the way its docs say, pointing at a dead local API), loaded in headless Chromium
 * RUNS times, and per widget the median of
 *   - gzip bytes of every script and stylesheet the page loaded (gzip -9 of each body; after load + idle),
 *   - time to launcher visible (ms from navigation start until the widget's first visible control),
 *   - main-thread blocking time (sum over long tasks of the part above 50 ms, PerformanceObserver 'longtask'),
 *   - JS heap used after a forced GC (CDP), minus the same page without a widget.
 *
 *   npm run build && npm run bench:widgets
 *
 * Peers come from node_modules (devDependencies, exact versions in package.json). Never pass/fail on time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/browser.ts';
import { machine, table, writeSection } from './report.ts';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 5);
const DEAD = 'http://127.0.0.1:9';
const version = (pkg: string) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

interface Widget {
  name: string;
  /** The custom element that hosts the widget (its shadow root holds the launcher). */
  tag: string;
  body: string;
  file?: string;
}

const widgets: Widget[] = [
  { name: 'none (blank page)', tag: '', body: '' },
  {
    name: 'Signpost',
    tag: 'signpost-widget',
    file: 'dist/signpost.js',
    body: `<script src="/dist/signpost.js" data-bot="5e1f0a57-0000-4000-8000-000000000001" data-url="${DEAD}" data-anon-key="a.b.c" async></script>`,
  },
  {
    name: `flowise-embed ${version('flowise-embed')}`,
    tag: 'flowise-chatbot',
    file: 'node_modules/flowise-embed/dist/web.js',
    body: `<script type="module">import Chatbot from '/node_modules/flowise-embed/dist/web.js';
Chatbot.init({ chatflowid: '00000000-0000-0000-0000-000000000000', apiHost: '${DEAD}' });</script>`,
  },
  {
    name: `@typebot.io/js ${version('@typebot.io/js')}`,
    tag: 'typebot-bubble',
    file: 'node_modules/@typebot.io/js/dist/web.js',
    body: `<script type="module">import Typebot from '/node_modules/@typebot.io/js/dist/web.js';
Typebot.initBubble({ typebot: 'demo', apiHost: '${DEAD}' });</script>`,
  },
  {
    name: `deep-chat ${version('deep-chat')}`,
    tag: 'deep-chat',
    file: 'node_modules/deep-chat/dist/deepChat.bundle.js',
    body: `<script type="module" src="/node_modules/deep-chat/dist/deepChat.bundle.js"></script>
<deep-chat connect='{"url":"${DEAD}/chat"}'></deep-chat>`,
  },
];

const page = (w: Widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.name}</title></head><body><main><h1>A landing page</h1><p>${'Some text. '.repeat(200)}</p></main>${w.body}</body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

async function main() {
  for (const w of widgets) if (w.file && !existsSync(join(root, w.file))) throw new Error(`${w.file} is missing (npm install; npm run build).`);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const index = Number(/^\/page\/(\d+)$/.exec(path)?.[1] ?? NaN);
    if (Number.isInteger(index) && widgets[index]) {
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(widgets[index]!));
    }
    const file = resolve(root, `.${path}`);
    if (!(file.startsWith(join(root, 'dist')) || file.startsWith(join(root, 'node_modules'))) || !existsSync(file)) {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const results: { name: string; gzip: number; launcher: number; tbt: number; heap: number }[] = [];
  for (const [index, w] of widgets.entries()) {
    const samples = { gzip: [] as number[], launcher: [] as number[], tbt: [] as number[], heap: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const bodies: Promise<number>[] = [];
      tab.on('response', (r) => {
        const type = r.headers()['content-type'] ?? '';
        if (/javascript|css/.test(type)) bodies.push(r.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
      });
      // A string, not a function: tsx would wrap named functions in a helper the page does not have.
      await tab.addInitScript(`(() => {
        const w = window, tag = ${JSON.stringify(w.tag)};
        w.blocking = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.blocking += Math.max(0, e.duration - 50)))).observe({ type: 'longtask', buffered: true });
        if (!tag) return;
        const visible = (el) => {
          const r = el.getBoundingClientRect();
          return r.width >= 24 && r.height >= 24 && r.bottom > 0 && r.right > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        const look = () => {
          const host = document.querySelector(tag);
          const inner = host && host.shadowRoot ? [...host.shadowRoot.querySelectorAll('button, [part], div')] : [];
          if (inner.some(visible)) w.launcherAt = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      })()`);
      await tab.goto(`${origin}/page/${index}`, { waitUntil: "load" });
      if (w.tag) await tab.waitForFunction('window.launcherAt', undefined, { timeout: 10_000 }).catch(() => undefined);
      await tab.waitForTimeout(3000); // idle: lazy chunks (Signpost's app) and settling work
      const cdp = await context.newCDPSession(tab);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const m = (await tab.evaluate('({ blocking: window.blocking, launcherAt: window.launcherAt ?? NaN })')) as { blocking: number; launcherAt: number };
      samples.gzip.push((await Promise.all(bodies)).reduce((a, b) => a + b, 0));
      samples.launcher.push(m.launcherAt);
      samples.tbt.push(m.blocking);
      samples.heap.push(usedSize);
      await context.close();
    }
    results.push({ name: w.name, gzip: median(samples.gzip), launcher: median(samples.launcher), tbt: median(samples.tbt), heap: median(samples.heap) });
    console.log(`${w.name}: done`);
  }
  await browser.close();
  server.close();

  const baseline = results[0]!.heap;
  const rows = results.map((r) => [
    r.name,
    (r.gzip / 1024).toFixed(1),
    Number.isNaN(r.launcher) ? '—' : Math.round(r.launcher),
    Math.round(r.tbt),
    r === results[0] ? `${(r.heap / 2 ** 20).toFixed(2)} (baseline)` : `+${((r.heap - baseline) / 2 ** 20).toFixed(2)}`,
  ]);
  const result = table(['widget', 'gzip KB loaded', 'launcher visible (ms)', 'blocking time (ms)', 'JS heap (MB)'], rows);
  console.log(`\n${result}`);
  writeSection('widget-compare', `## Signpost next to other chat widgets

\`npm run build && npm run bench:widgets\` — ${machine()}, Chromium headless, median of ${RUNS} cold loads each.
Each page embeds one widget as its docs say, pointed at a dead local API (no answers), and is measured after
load plus 3 s of idle (so Signpost's lazily loaded chat chunk is counted too). gzip KB: every script and
stylesheet the page loaded, gzip -9. Launcher visible: from navigation start to the widget's first visible
control (deep-chat has no launcher: its inline chat box). Blocking time: sum of long tasks beyond 50 ms.
JS heap: used heap after a forced GC, above the blank page's.

${result}`);
}

await main();
