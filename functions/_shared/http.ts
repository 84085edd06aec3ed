/**
 * One error funnel for every handler: thrown HttpErrors become their status with
 * `{ error: { code, message, details } }`; anything else is logged with its context and answered with a
 * generic 500. Every response, errors included, carries the CORS headers the handler decided on.
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
export const tooManyRequests = (retryAfterSeconds: number, message: string) =>
  new HttpError(429, 'rate_limited', message, { retry_after_seconds: retryAfterSeconds }, {
    'retry-after': String(retryAfterSeconds),
  });

export const CORS_HEADERS = {
  'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type, x-visitor-token',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
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

/**
 * Wraps a handler with the error funnel. `cors(request)` returns the headers to add to every response
 * (an empty object refuses the browser's CORS allowance).
 */
export function withErrors(
  name: string,
  handler: Handler,
  cors: (request: Request) => HeadersInit | Promise<HeadersInit> = () => ({ 'access-control-allow-origin': '*' }),
): Handler {
  return async (request) => {
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      if (error instanceof HttpError) {
        response = json(
          { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
          { status: error.status, headers: error.headers },
        );
      } else {
        console.error(`[${name}] ${request.method} ${new URL(request.url).pathname} failed:`, error);
        response = json({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }, {
          status: 500,
        });
      }
    }
    const headers = new Headers(response.headers);
    for (const [key, value] of Object.entries({ ...CORS_HEADERS, ...(await safeCors(cors, request)) })) headers.set(key, value);
    headers.append('vary', 'origin');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

async function safeCors(cors: (request: Request) => HeadersInit | Promise<HeadersInit>, request: Request) {
  try {
    return Object.fromEntries(new Headers(await cors(request)));
  } catch {
    return {};
  }
}
