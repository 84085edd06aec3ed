/**
 * The client for the bot's Edge Functions. It never throws: every call resolves to `{ data }` or `{ error }`,
 * and an error names the status, method and path (like ky's HTTPError) so a developer can act on it; the UI
 * turns it into one plain sentence (see `problemOf` in model/state.ts).
 *
 * Transient failures (network, timeouts, 5xx, 429) are retried with exponential backoff, honouring
 * Retry-After. The caller's body is sent unchanged on every attempt, so a chat turn keeps its
 * client_message_id and the server answers a retry with the turn it already stored.
 *
 * A chat turn asks for `text/event-stream, application/json`: a server that streams answers with `delta`
 * events (the reply as it is written, handed to `onDelta` as the text so far) and a final `done` carrying the
 * ChatResponse; an `error` event is an ErrorBody. A stream that ends without `done` counts as a network
 * failure and is retried like one (same client_message_id: the server returns the turn it stored).
 */
import type { ChatRequest, ChatResponse, ContactRequest, ErrorBody, EventRequest } from '../../functions/_shared/contracts.ts';

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
  /** True when the browser knows it has no network: retrying now would only delay the offline state. */
  offline?: () => boolean;
}

export interface ChatOptions {
  /** The reply streamed so far (the whole text, not the piece), on every `delta` event. */
  onDelta?: (text: string) => void;
}

export interface Api {
  chat(body: ChatRequest, options?: ChatOptions): Promise<ApiResult<ChatResponse>>;
  event(body: EventRequest): Promise<ApiResult<{ ok: true }>>;
  /** The email or phone number a visitor leaves for the team, with the consent sentence they were shown. */
  contact(body: ContactRequest): Promise<ApiResult<{ contact: Record<string, string | null> }>>;
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
    offline = () => typeof navigator !== 'undefined' && navigator.onLine === false,
  } = options;
  // Looked up per call rather than captured, so a page (or test) that wraps window.fetch later is honoured.
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? fetch)(input, init);

  async function attempt<T>(path: string, body: unknown, onDelta?: (text: string) => void): Promise<ApiResult<T> & { retryAfterMs?: number }> {
    const fail = (status: number, code: string, message: string, retryAfterMs?: number) => ({
      error: { status, method: 'POST', path, code, message: `POST ${path} ${status ? `failed with ${status}` : 'got no response'}: ${message}` },
      retryAfterMs,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // The bot id in the query too: a CORS preflight has no body, and the server allows only the bot's origins.
      const botId = (body as { bot_id?: unknown }).bot_id;
      const response = await doFetch(url + path + (typeof botId === 'string' ? `?bot_id=${encodeURIComponent(botId)}` : ''), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          apikey: anonKey,
          authorization: `Bearer ${anonKey}`,
          ...(onDelta ? { accept: 'text/event-stream, application/json' } : {}),
        },
        body: JSON.stringify(body),
        signal: controller.signal,
        // Lets a funnel event finish even if the visitor leaves the page right after the click.
        keepalive: path.endsWith('/events'),
      });
      if (response.ok && onDelta && response.body && /^text\/event-stream/i.test(response.headers.get('content-type') ?? '')) {
        const outcome = await readStream(response.body, onDelta);
        if ('data' in outcome) return { data: outcome.data as T };
        if ('error' in outcome) {
          const e = (outcome.error as Partial<ErrorBody> | undefined)?.error;
          return fail(e?.code === 'rate_limited' ? 429 : 500, e?.code ?? 'stream_error', e?.message ?? 'the stream reported an error');
        }
        return fail(0, 'network', 'the stream ended before the reply was complete');
      }
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

  async function post<T>(path: string, body: unknown, onDelta?: (text: string) => void): Promise<ApiResult<T>> {
    for (let retry = 0; ; retry++) {
      const { retryAfterMs, ...result } = await attempt<T>(path, body, onDelta);
      if (!result.error || !isTransient(result.error) || retry >= retries) return result as ApiResult<T>;
      if (result.error.status === 0 && offline()) return result as ApiResult<T>;
      // Jitter spreads out the retries of many visitors after a shared outage.
      const delay = retryAfterMs ?? backoffMs * 2 ** retry * (0.75 + Math.random() / 2);
      if (delay > maxWaitMs) return result as ApiResult<T>;
      await sleep(delay);
    }
  }

  return {
    chat: (body, chatOptions) => post('/functions/v1/chat', body, chatOptions?.onDelta),
    event: (body) => post('/functions/v1/events', body),
    contact: (body) => post('/functions/v1/profile/contact', body),
  };
}

/**
 * Reads a server-sent event stream to its `done` (the data), `error` (the error body) or its end (neither).
 * Only the fields this protocol uses are parsed: `event:` and (possibly several) `data:` lines.
 */
export async function readStream(stream: ReadableStream<Uint8Array>, onDelta: (text: string) => void): Promise<{ data: unknown } | { error: unknown } | { ended: true }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += decoder.decode(value, { stream: !done });
      let gap: RegExpExecArray | null;
      while ((gap = /\r?\n\r?\n/.exec(buffer))) {
        const block = buffer.slice(0, gap.index);
        buffer = buffer.slice(gap.index + gap[0].length);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (!data.length) continue;
        let payload: unknown;
        try {
          payload = JSON.parse(data.join('\n'));
        } catch {
          continue; // a malformed event is skipped; `done` decides the outcome
        }
        if (event === 'delta' && typeof (payload as { text?: unknown })?.text === 'string') {
          text += (payload as { text: string }).text;
          onDelta(text);
        } else if (event === 'done') {
          return { data: payload };
        } else if (event === 'error') {
          return { error: payload };
        }
      }
      if (done) return { ended: true };
    }
  } catch {
    return { ended: true };
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
