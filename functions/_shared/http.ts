/**
 * One error funnel for every handler: thrown HttpErrors become their status with
 * `{ error: { code, message, details } }`; anything else is logged with its context and answered with a
 * generic 500. Every response, errors included, carries the CORS headers the handler decided on, and each
 * call a handler made for a bot (`ctx.forBot`) is reported with its status and duration (`onCall`).
 */
import type { z } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: HeadersInit = {},
  ) {
    super(message);
  }
}

/** The caller sent something wrong: 400, with the offending fields in `details`. */
export class UserError extends HttpError {
  constructor(code: string, message: string, details?: unknown) {
    super(400, code, message, details);
  }
}

export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

export const CORS_HEADERS = {
  'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type, x-visitor-token',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-max-age': '86400',
} as const;

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { ...init, headers });
}

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body and validates it against the endpoint's schema; every failure is a 400 naming why. */
export async function readBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new UserError('unsupported_content_type', 'Send the body as JSON with `content-type: application/json`.');
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new UserError('body_too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError('invalid_json', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(body)',
      message: issue.message,
    }));
    const fields = [...new Set(details.map((d) => d.field))].join(', ');
    throw new UserError('invalid_body', `The body is invalid: check ${fields}.`, details);
  }
  return parsed.data;
}

export type Handler = (request: Request) => Promise<Response>;

/** Lets a handler grant the browser's CORS allowance once it has checked the request's Origin. */
export interface RequestContext {
  allowOrigin(origin: string): void;
  /** Says which bot the call is for, so it counts in that bot's metrics (call-log.ts). */
  forBot(botId: string): void;
}

/** One call, as the metrics record it. */
export interface CallReport {
  function_name: string;
  bot_id: string;
  status: number;
  duration_ms: number;
  at: string;
}

export type HandlerOptions = CorsOptions & {
  /** Told of every call made for a bot, once its response is ready. */
  onCall?: (call: CallReport) => void;
};

type CorsOptions =
  /** Every origin may call (owner tools, health). */
  | { cors: 'any' }
  | {
    /**
     * The handler decides per request with `ctx.allowOrigin()` (a bot's allowed origins); responses it did
     * not allow carry no CORS allowance. A preflight has no body: `preflight` decides it from the URL and
     * returns the origin to allow (or null: no allowance), or throws an HttpError to refuse it.
     */
    cors: 'checked';
    preflight(request: Request): Promise<string | null>;
  };

/** Wraps a handler with the error funnel and the CORS headers; answers preflight requests itself. */
export function withErrors(
  name: string,
  handler: (request: Request, ctx: RequestContext) => Promise<Response>,
  options: HandlerOptions = { cors: 'any' },
): Handler {
  return async (request) => {
    const started = performance.now();
    const at = new Date().toISOString();
    let allowed: string | null = options.cors === 'any' ? '*' : null;
    let botId: string | null = null;
    const ctx: RequestContext = { allowOrigin: (origin) => (allowed = origin), forBot: (id) => (botId = id) };
    let response: Response;
    if (request.method === 'OPTIONS') {
      try {
        if (options.cors === 'checked') allowed = await options.preflight(request);
        response = new Response(null, { status: 204 });
      } catch (error) {
        allowed = null;
        response = errorResponse(name, request, error);
      }
    } else {
      try {
        response = await handler(request, ctx);
      } catch (error) {
        response = errorResponse(name, request, error);
      }
    }
    const headers = new Headers(response.headers);
    for (const [key, value] of Object.entries(CORS_HEADERS)) headers.set(key, value);
    if (allowed) headers.set('access-control-allow-origin', allowed);
    headers.append('vary', 'origin');
    if (botId && options.onCall) {
      options.onCall({ function_name: name, bot_id: botId, status: response.status, duration_ms: Math.round(performance.now() - started), at });
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

function errorResponse(name: string, request: Request, error: unknown): Response {
  if (error instanceof HttpError) {
    return json(
      { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
      { status: error.status, headers: error.headers },
    );
  }
  // Logged with its context, never the body: visitor text stays out of logs.
  console.error(`[${name}] ${request.method} ${new URL(request.url).pathname} failed:`, error);
  return json({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }, {
    status: 500,
  });
}

export function requireMethod(request: Request, ...methods: string[]): void {
  if (!methods.includes(request.method)) {
    throw new HttpError(405, 'method_not_allowed', `Use ${methods.join(' or ')} for this endpoint.`, undefined, {
      allow: [...methods, 'OPTIONS'].join(', '),
    });
  }
}
