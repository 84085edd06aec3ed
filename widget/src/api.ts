/**
 * The client for the bot's Edge Functions. It never throws: every call resolves to `{ data }` or `{ error }`,
 * and an error names the status, method and path (like ky's HTTPError) so a developer can act on it; the UI
 * turns it into one plain sentence (see `describeError` in model.ts).
 *
 * Transient failures (network, timeouts, 5xx, 429) are retried with exponential backoff, honouring
 * Retry-After. The caller's body is sent unchanged on every attempt, so a chat turn keeps its
 * client_message_id and the server answers a retry with the turn it already stored.
 */
import type { ChatRequest, ChatResponse, ErrorBody, EventRequest } from '../../functions/_shared/contracts.ts';

export interface ApiError {
  /** The HTTP status, or 0 when no response arrived (network down, timeout, CORS refusal). */
  status: number;
  method: string;
  path: string;
  /** The server's error code (`rate_limited`, `unauthorized`, ...), or `network` / `http_error`. */
  code: string;
  message: string;
}

export type ApiResult<T> = { data: T; error?: never } | { data?: never; error: ApiError };

export interface ApiOptions {
  url: string;
  anonKey: string;
  fetch?: typeof fetch;
  /** Retries after the first attempt. */
  retries?: number;
  /** Milliseconds before the first retry; doubled for each further one. */
  backoffMs?: number;
  /** A longer Retry-After than this is not waited out: the error goes to the visitor, who can try later. */
  maxWaitMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Api {
  chat(body: ChatRequest): Promise<ApiResult<ChatResponse>>;
  event(body: EventRequest): Promise<ApiResult<{ ok: true }>>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const isTransient = (error: ApiError) => error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createApi(options: ApiOptions): Api {
  const {
    url,
    anonKey,
    retries = 3,
    backoffMs = 500,
    maxWaitMs = 30_000,
    timeoutMs = 30_000,
    sleep = wait,
  } = options;
  // Looked up per call rather than captured, so a page (or test) that wraps window.fetch later is honoured.
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? fetch)(input, init);

  async function attempt<T>(path: string, body: unknown): Promise<ApiResult<T> & { retryAfterMs?: number }> {
    const fail = (status: number, code: string, message: string, retryAfterMs?: number) => ({
      error: { status, method: 'POST', path, code, message: `POST ${path} ${status ? `failed with ${status}` : 'got no response'}: ${message}` },
      retryAfterMs,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', apikey: anonKey, authorization: `Bearer ${anonKey}` },
        body: JSON.stringify(body),
        signal: controller.signal,
        // Lets a funnel event finish even if the visitor leaves the page right after the click.
        keepalive: path.endsWith('/events'),
      });
      const payload: unknown = await response.json().catch(() => undefined);
      if (response.ok && payload !== undefined) return { data: payload as T };
      const error = (payload as Partial<ErrorBody> | undefined)?.error;
      return fail(
        response.status,
        error?.code ?? 'http_error',
        error?.message ?? (response.ok ? 'the body is not JSON' : response.statusText || 'no details'),
        parseRetryAfter(response.headers.get('retry-after')),
      );
    } catch (cause) {
      const timedOut = controller.signal.aborted;
      return fail(0, timedOut ? 'timeout' : 'network', timedOut ? `no answer within ${timeoutMs} ms` : String((cause as Error)?.message ?? cause));
    } finally {
      clearTimeout(timer);
    }
  }

  async function post<T>(path: string, body: unknown): Promise<ApiResult<T>> {
    for (let retry = 0; ; retry++) {
      const { retryAfterMs, ...result } = await attempt<T>(path, body);
      if (!result.error || !isTransient(result.error) || retry >= retries) return result as ApiResult<T>;
      // Jitter spreads out the retries of many visitors after a shared outage.
      const delay = retryAfterMs ?? backoffMs * 2 ** retry * (0.75 + Math.random() / 2);
      if (delay > maxWaitMs) return result as ApiResult<T>;
      await sleep(delay);
    }
  }

  return {
    chat: (body) => post('/functions/v1/chat', body),
    event: (body) => post('/functions/v1/events', body),
  };
}
