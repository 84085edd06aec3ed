/**
 * The demo site of `npm run dev`: Vite serving demo/ with the built widget from dist/ (the customer's CDN),
 * on any port.
 *
 * - The seed's two bots are told the demo's actual origin (their `allowed_origins`, through the service-role
 *   API), so the demo pages work on whatever SIGNPOST_DEMO_PORT says, the second bot of two-bots.html too.
 * - The strict-CSP page is served by a small middleware instead of Vite's HTML pipeline (whose injected client
 *   script a strict policy would refuse): a fresh nonce per request and the Content-Security-Policy header,
 *   exactly as tests/e2e/demo-server.ts serves it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { CSP_PAGES, type DemoValues, fillPage } from './demo-pages.ts';
import { NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID } from './seed-ids.ts';

export interface DemoOptions {
  root: string;
  port: number;
  values: DemoValues;
  /** The Data API the seed bots are updated through. */
  restUrl: string;
  serviceRoleKey: string;
  log(line: string): void;
  /** More of the site (the owner console at /console/). */
  plugins?: Plugin[];
}

/**
 * The demo origins (127.0.0.1 and localhost) added to each seed bot that does not list them yet; returns the
 * bots changed. `restUrl` is the Data API (PostgREST itself, or `<project>/rest/v1`).
 */
export async function allowDemoOrigins(restUrl: string, serviceRoleKey: string, port: number): Promise<string[]> {
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const headers = { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' };
  const changed: string[] = [];
  for (const id of [NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID]) {
    const response = await fetch(`${restUrl}/bots?id=eq.${id}&select=name,allowed_origins`, { headers });
    if (!response.ok) throw new Error(`GET ${restUrl}/bots answered ${response.status}: ${await response.text()}`);
    const [bot] = (await response.json()) as { name: string; allowed_origins: string[] }[];
    const missing = origins.filter((origin) => bot && !bot.allowed_origins.includes(origin));
    if (!bot || !missing.length) continue;
    const update = await fetch(`${restUrl}/bots?id=eq.${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ allowed_origins: [...bot.allowed_origins, ...missing] }),
    });
    if (!update.ok) throw new Error(`PATCH ${restUrl}/bots answered ${update.status}: ${await update.text()}`);
    changed.push(bot.name);
  }
  return changed;
}

/** Serves the strict-CSP pages with their header and a fresh nonce, before Vite's own HTML handling. */
function strictPages(demoRoot: string, values: DemoValues): Plugin {
  return {
    name: 'signpost-demo-strict-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const page = new URL(request.url ?? '/', 'http://demo').pathname.slice(1);
        if (!CSP_PAGES.includes(page)) return next();
        const { html, csp } = fillPage(readFileSync(join(demoRoot, page), 'utf8'), page, values);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': csp! });
        response.end(html);
      });
    },
  };
}

/** The seed bots allow the demo's origin, and the demo site is made, ready to `listen()`. */
export async function createDemo(options: DemoOptions): Promise<ViteDevServer> {
  const { port, restUrl, serviceRoleKey, log } = options;
  const changed = await allowDemoOrigins(restUrl, serviceRoleKey, port);
  if (changed.length) log(`allowed http://127.0.0.1:${port} and http://localhost:${port} for the bots ${changed.join(' and ')}`);
  return await createDemoServer(options);
}

/** The demo site alone, with every page's placeholders filled and the strict pages served strictly; not listening yet. */
export async function createDemoServer({ root, port, values, plugins = [] }: Pick<DemoOptions, 'root' | 'port' | 'values' | 'plugins'>): Promise<ViteDevServer> {
  Object.assign(process.env, values); // Vite fills %VITE_SIGNPOST_*% in the other pages from the environment
  const demoRoot = join(root, 'demo');
  return await createServer({
    configFile: false,
    root: demoRoot,
    publicDir: join(root, 'dist'),
    envDir: demoRoot,
    logLevel: 'warn',
    plugins: [strictPages(demoRoot, values), ...plugins],
    server: { host: '127.0.0.1', port, strictPort: true },
  });
}
