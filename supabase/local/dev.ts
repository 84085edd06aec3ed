/**
 * `npm run dev`: the local Supabase stack (data kept in .data/), the widget rebuilt on change, and the demo
 * landing page that embeds it — all on loopback. Ctrl-C stops every process and keeps the data.
 *
 *   npm run dev               start (reusing .data/ when present)
 *   npm run dev -- --reset    delete .data/ first: a fresh database, fresh secrets, the seed again
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';
import { build, createServer, type ViteDevServer } from 'vite';
import { createDemo } from './demo.ts';
import { PORT_ENV, type Service, startStack } from './stack.ts';
import { ensurePortFree } from './ports.ts';
import { signInLink } from './local-auth.ts';
import { DEMO_OWNERS, NUTRITION_SOLUTIONS_BOT_ID } from './seed-ids.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = join(root, '.data');
const colours = { db: 'blue', rest: 'magenta', functions: 'green', widget: 'cyan', demo: 'yellow', console: 'red' } as const;
type Source = Service | 'widget' | 'demo' | 'console';
const log = (source: Source, line: string) => console.log(`${styleText(colours[source], `[${source}]`.padEnd(12))}${line}`);

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name}=${process.env[name]} is not a port number (1-65535).`);
    process.exit(1);
  }
  return value;
};

async function main() {
  if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));
  if (process.argv.includes('--reset')) {
    rmSync(dataDir, { recursive: true, force: true });
    console.log('Deleted .data/: starting from a fresh database and fresh keys.');
  }
  const ports = { gateway: port(PORT_ENV.gateway, 54321), db: port(PORT_ENV.db, 54322), rest: port(PORT_ENV.rest, 54323) };
  const demoPort = port('SIGNPOST_DEMO_PORT', 5173);
  await ensurePortFree(demoPort, 'demo site', 'SIGNPOST_DEMO_PORT');

  const started = performance.now();
  const stack = await startStack({
    dataDir,
    ports,
    log,
    functionsEnv: { OPENAI_API_KEY: process.env.OPENAI_API_KEY, OPENAI_BASE_URL: process.env.OPENAI_BASE_URL },
  });

  // The widget, rebuilt into dist/ on every change; the demo serves dist/ as the customer's CDN would.
  const watcher = await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { watch: {} } });
  // The demo's server lists dist/ when it starts and serves a file it did not list as a module (404 to a
  // <script>): it starts once the first build has written every chunk.
  let built = () => {};
  const firstBuild = new Promise<void>((resolve) => (built = resolve));
  if ('on' in watcher) {
    watcher.on('event', (event) => {
      if (event.code === 'END') log('widget', 'built dist/signpost.js');
      if (event.code === 'END' || event.code === 'ERROR') built();
      if (event.code === 'ERROR') log('widget', `build failed: ${event.error.message}`);
    });
  } else built();
  await firstBuild;
  // The owner console, from source, at /console/ of the demo site: its own Vite server in middleware mode,
  // registered before the demo's middlewares (so the demo's page fallback never answers /console/), with its
  // hot-reload socket on the demo's port under its own path.
  let ownerConsole: ViteDevServer | undefined;
  // The demo site (supabase/local/demo.ts): the seed bots are told its origin, csp.html is served strictly.
  const demo: ViteDevServer = await createDemo({
    root,
    port: demoPort,
    values: { VITE_SIGNPOST_URL: stack.url, VITE_SIGNPOST_ANON_KEY: stack.anonKey, VITE_SIGNPOST_BOT_ID: NUTRITION_SOLUTIONS_BOT_ID },
    // PostgREST itself rather than the gateway, whose request log would show these start-up writes.
    restUrl: `http://127.0.0.1:${stack.ports.rest}`,
    serviceRoleKey: stack.serviceRoleKey,
    log: (line) => log('demo', line),
    plugins: [{
      name: 'signpost-console',
      configureServer: (server) => void server.middlewares.use((req, res, next) =>
        req.url?.startsWith('/console') && ownerConsole ? ownerConsole.middlewares(req, res, next) : next()),
    }],
  });
  ownerConsole = await createServer({
    configFile: join(root, 'console/vite.config.ts'),
    base: '/console/',
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: { server: demo.httpServer!, path: '/__hmr' } },
  });
  await demo.listen();
  log('demo', `ready on http://127.0.0.1:${demoPort}`);
  const consoleUrl = `http://127.0.0.1:${demoPort}/console/`;
  log('console', `ready on ${consoleUrl}`);
  const signIns = DEMO_OWNERS.map((owner) => `  Sign in as ${owner.user_metadata.name} (${owner.bots}):\n  ${styleText('cyan', signInLink(consoleUrl, { ...owner, user_metadata: { ...owner.user_metadata } }, stack.jwtSecret))}`);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`
${styleText('bold', `Signpost is running`)} (started in ${seconds} s; Ctrl-C stops everything, data stays in .data/)

  Demo landing page   ${styleText('cyan', `http://127.0.0.1:${demoPort}/`)}
  Owner console       ${consoleUrl}   (one-click sign-in links below, valid 12 hours)
  API URL             ${stack.url}   (/rest/v1/..., /functions/v1/<name>)
  Postgres            ${stack.dbUrl}
  Demo bot id         ${NUTRITION_SOLUTIONS_BOT_ID}
  anon key            ${stack.anonKey}
  service_role key    ${stack.serviceRoleKey}
  LLM                 ${process.env.OPENAI_API_KEY ? 'OpenAI (OPENAI_API_KEY is set)' : 'none: deterministic replies (set OPENAI_API_KEY in .env to use OpenAI)'}

${signIns.join('\n\n')}
`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    if ('close' in watcher) await watcher.close();
    await demo.close();
    await ownerConsole?.close();
    await stack.stop();
    console.log('Stopped. Data kept in .data/ (npm run dev -- --reset starts fresh).');
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(styleText('red', `\nnpm run dev failed: ${error instanceof Error ? error.message : String(error)}`));
  process.exit(1);
});
