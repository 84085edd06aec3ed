/**
 * The demo site as `npm run dev` serves it, for the browser tests: demo/ with dist/ as the public folder (the
 * customer's CDN), on a free loopback port, with every page filled in the way the dev server fills it
 * (supabase/local/demo-pages.ts: the test stack's URL and anon key and the seed bot's id, a fresh nonce per
 * response, and the strict CSP on csp.html). A plain node:http static server: nothing to transform.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fillPage } from '../../supabase/local/demo-pages.ts';

const root = resolve(import.meta.dirname, '../..');
const folders = [join(root, 'demo'), join(root, 'dist')];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface DemoServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function startDemoServer(env: { url: string; anonKey: string; botId: string }): Promise<DemoServer> {
  if (!existsSync(join(root, 'dist/signpost.js'))) throw new Error('dist/signpost.js is missing: run `npm run build` first.');
  const values = { VITE_SIGNPOST_URL: env.url, VITE_SIGNPOST_ANON_KEY: env.anonKey, VITE_SIGNPOST_BOT_ID: env.botId };

  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    // resolve() collapses any `..`; a path that ends up outside its folder is simply not found.
    const file = folders
      .map((folder) => resolve(folder, `.${relative}`))
      .find((path, i) => path.startsWith(folders[i]! + sep) && existsSync(path) && statSync(path).isFile());
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html')) {
      const page = fillPage(body.toString('utf8'), file.split(sep).join('/'), values);
      body = page.html;
      if (page.csp) headers['content-security-policy'] = page.csp;
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
