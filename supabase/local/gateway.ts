/**
 * The local API gateway (Deno): one port with a hosted Supabase project's URL layout.
 *
 *   /rest/v1/*            -> PostgREST (API key checked, body streamed)
 *   /functions/v1/<name>  -> the Edge Function, loaded in this process: its `Deno.serve(handler)` is
 *                            captured, as Supabase's edge runtime does, and the handler sees the path
 *                            `/<name>...`. FUNCTIONS_SOURCE=source (default) loads functions/<name>/index.ts;
 *                            `bundled` loads the entrypoint config.toml names (the deployed bundle).
 *   /auth/v1/*            -> the local stand-in for Supabase Auth (local-auth.ts): the user of a session,
 *                            refreshing it and signing out; no sign-up, password or email locally.
 *
 * Env: GATEWAY_PORT, POSTGREST_URL, JWT_SECRET, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY, FUNCTIONS_SOURCE,
 * plus whatever the functions read (SUPABASE_URL, VISITOR_TOKEN_SECRET, OPENAI_API_KEY ...).
 */
import { parse as parseToml } from 'deno-std/toml/parse.js';
import { refreshSession, userObject, verifyToken } from './local-auth.ts';

type Handler = (request: Request, info: Deno.ServeHandlerInfo) => Response | Promise<Response>;

const env = (name: string): string => {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};

const port = Number(env('GATEWAY_PORT'));
const postgrestUrl = env('POSTGREST_URL');
// A fresh connection to PostgREST for every request (a local one costs well under a millisecond): a pooled
// connection reused just as PostgREST closed it, or after a response it ended early (an error, a HEAD), failed
// the next request with "connection closed before message completed" or "connection reset by peer".
const postgrest = Deno.createHttpClient({ poolMaxIdlePerHost: 0 });
const jwtSecret = env('JWT_SECRET');
const apiKeys = new Set([env('SUPABASE_ANON_KEY'), env('SUPABASE_SERVICE_ROLE_KEY')]);
const root = new URL('../../', import.meta.url);
const bundled = Deno.env.get('FUNCTIONS_SOURCE') === 'bundled';

const json = (status: number, body: unknown, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { 'access-control-allow-origin': '*', ...headers } });

// --- Edge Functions -------------------------------------------------------------------------------------

interface FunctionConfig {
  verify_jwt?: boolean;
  entrypoint?: string;
}

async function loadFunctions(): Promise<Map<string, { handler: Handler; verifyJwt: boolean }>> {
  const config = parseToml(await Deno.readTextFile(new URL('supabase/config.toml', root))) as {
    functions?: Record<string, FunctionConfig>;
  };
  const loaded = new Map<string, { handler: Handler; verifyJwt: boolean }>();
  const realServe = Deno.serve;
  for await (const entry of Deno.readDir(new URL('functions/', root))) {
    if (!entry.isDirectory || entry.name.startsWith('_')) continue;
    const settings = config.functions?.[entry.name] ?? {};
    // Entrypoints in config.toml are relative to supabase/, as the CLI reads them.
    const entrypoint = bundled
      ? new URL(settings.entrypoint ?? `functions/${entry.name}/index.ts`, new URL('supabase/', root))
      : new URL(`functions/${entry.name}/index.ts`, root);
    let captured: Handler | undefined;
    // deno-lint-ignore no-explicit-any
    (Deno as any).serve = (...args: any[]) => {
      const last = args.at(-1);
      captured = typeof last === 'function' ? last : last?.handler;
      return { finished: Promise.resolve(), shutdown: async () => {}, ref() {}, unref() {}, addr: {} };
    };
    try {
      await import(entrypoint.href);
    } finally {
      // deno-lint-ignore no-explicit-any
      (Deno as any).serve = realServe;
    }
    if (!captured) throw new Error(`${entrypoint.pathname} did not call Deno.serve(handler)`);
    loaded.set(entry.name, { handler: captured, verifyJwt: settings.verify_jwt ?? true });
  }
  return loaded;
}

const hmacKey = await crypto.subtle.importKey(
  'raw',
  new TextEncoder().encode(jwtSecret),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['verify'],
);

const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** What Supabase's gateway does for functions with `verify_jwt = true`: a valid, unexpired HS256 JWT. */
async function isValidJwt(token: string | undefined): Promise<boolean> {
  const [header, payload, signature] = token?.split('.') ?? [];
  if (!header || !payload || !signature) return false;
  try {
    const ok = await crypto.subtle.verify('HMAC', hmacKey, fromBase64Url(signature), new TextEncoder().encode(`${header}.${payload}`));
    const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload)));
    return ok && (typeof claims.exp !== 'number' || claims.exp * 1000 > Date.now());
  } catch {
    return false;
  }
}

const bearer = (request: Request) => request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');

// --- Routing --------------------------------------------------------------------------------------------

const functions = await loadFunctions();

async function proxyToPostgrest(request: Request, path: string): Promise<Response> {
  const apiKey = request.headers.get('apikey') ?? bearer(request);
  if (request.method !== 'OPTIONS') {
    if (!apiKey) return json(401, { message: 'No API key found in request', hint: 'Send the anon key in an `apikey` header.' });
    if (!apiKeys.has(apiKey)) return json(401, { message: 'Invalid API key', hint: 'Use the anon or service-role key that `npm run dev` printed.' });
  }
  const headers = new Headers(request.headers);
  headers.delete('host');
  if (apiKey && !headers.has('authorization')) headers.set('authorization', `Bearer ${apiKey}`);
  const url = new URL(request.url);
  const upstream = await fetch(`${postgrestUrl}${path}${url.search}`, {
    method: request.method,
    headers,
    body: request.body,
    redirect: 'manual',
    client: postgrest,
  });
  return new Response(upstream.body, { status: upstream.status, headers: upstream.headers });
}

async function invokeFunction(request: Request, info: Deno.ServeHandlerInfo, name: string, rest: string) {
  const fn = functions.get(name);
  if (!fn) return json(404, { code: 'NOT_FOUND', message: `Function not found: ${name}` });
  if (fn.verifyJwt && request.method !== 'OPTIONS' && !(await isValidJwt(bearer(request)))) {
    return json(401, { code: 401, message: 'Invalid JWT' });
  }
  const url = new URL(request.url);
  url.pathname = `/${name}${rest}`;
  // The edge reports the client address as Supabase's does (behind Cloudflare): cf-connecting-ip set to the
  // connecting address whatever the client sent, and that address appended to x-forwarded-for.
  const headers = new Headers(request.headers);
  if (info.remoteAddr.transport === 'tcp') {
    const address = info.remoteAddr.hostname;
    headers.set('cf-connecting-ip', address);
    const forwarded = headers.get('x-forwarded-for');
    headers.set('x-forwarded-for', forwarded ? `${forwarded}, ${address}` : address);
  }
  return await fn.handler(new Request(url, { method: request.method, headers, body: request.body, signal: request.signal }), info);
}

// --- Auth (local stand-in) -------------------------------------------------------------------------------

const AUTH_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, apikey, content-type, x-client-info, x-supabase-api-version',
};
const authError = (status: number, errorCode: string, msg: string) =>
  Response.json({ code: status, error_code: errorCode, msg }, { status, headers: AUTH_CORS });
const NO_AUTH_SERVER = 'The local stack has no auth server: open a sign-in link that `npm run dev` prints (docs/console.md).';

/** The part of Supabase Auth's API that supabase-js uses with an existing session. */
async function auth(request: Request, path: string): Promise<Response> {
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: AUTH_CORS });
  const apiKey = request.headers.get('apikey');
  if (!apiKey || !apiKeys.has(apiKey)) return authError(401, 'no_api_key', 'Send the anon key in an `apikey` header.');
  if (path === '/user' && request.method === 'GET') {
    const claims = verifyToken(bearer(request), jwtSecret);
    if (!claims || claims.role !== 'authenticated' || typeof claims.sub !== 'string') {
      return authError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature, token is expired or not a user token');
    }
    return Response.json(userObject(claims), { headers: AUTH_CORS });
  }
  if (path === '/token' && request.method === 'POST') {
    const grant = new URL(request.url).searchParams.get('grant_type');
    if (grant !== 'refresh_token') return authError(400, 'unsupported_grant_type', NO_AUTH_SERVER);
    const body = await request.json().catch(() => null) as { refresh_token?: unknown } | null;
    const session = typeof body?.refresh_token === 'string' ? refreshSession(body.refresh_token, jwtSecret) : null;
    if (!session) return authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    return Response.json(session, { headers: AUTH_CORS });
  }
  // Sessions are stateless locally: signing out is the client forgetting its tokens.
  if (path === '/logout' && request.method === 'POST') return new Response(null, { status: 204, headers: AUTH_CORS });
  return authError(501, 'not_available_locally', NO_AUTH_SERVER);
}

async function route(request: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const { pathname } = new URL(request.url);
  const authPath = pathname.match(/^\/auth\/v1(\/.*)?$/);
  if (authPath) return await auth(request, authPath[1] ?? '/');
  const rest = pathname.match(/^\/rest\/v1(\/.*)?$/);
  if (rest) return await proxyToPostgrest(request, rest[1] ?? '/');
  const fn = pathname.match(/^\/functions\/v1\/([a-z0-9_-]+)(\/.*)?$/i);
  if (fn) return await invokeFunction(request, info, fn[1]!, fn[2] ?? '');
  if (pathname === '/health') {
    return json(200, { ok: true, functions: [...functions.keys()], functions_source: bundled ? 'bundled' : 'source' });
  }
  return json(404, { message: `No route for ${pathname}`, hint: 'Try /rest/v1/ or /functions/v1/<name>.' });
}

Deno.serve({
  hostname: '127.0.0.1',
  port,
  onListen: () =>
    console.log(`ready on http://127.0.0.1:${port} (${bundled ? 'bundled ' : ''}functions: ${[...functions.keys()].join(', ')})`),
}, async (request, info) => {
  const started = performance.now();
  let response: Response;
  try {
    response = await route(request, info);
  } catch (error) {
    console.error(`${request.method} ${new URL(request.url).pathname} crashed:`, error);
    response = json(500, { code: 'INTERNAL', message: 'The server hit an unexpected error.' });
  }
  console.log(`${request.method} ${new URL(request.url).pathname} ${response.status} ${Math.round(performance.now() - started)}ms`);
  return response;
});
