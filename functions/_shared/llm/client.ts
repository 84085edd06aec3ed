/**
 * The only code that talks to OpenAI: a small client over the `openai` package with our own retries,
 * deadlines and one error type, so a caller can always fall back to its no-model answer.
 *
 * - No API key: `createLlm()` returns null and the coach runs without a model.
 * - Every call has an overall deadline (20 s by default) and each attempt must start answering within 8 s;
 *   a stream that goes quiet for 8 s is aborted. All far under the platform's 150 s wall clock.
 * - At most 2 retries, with exponential backoff and jitter, only on 429, 5xx, network errors and attempt
 *   timeouts, honouring Retry-After up to a cap — and only before the first piece of text was yielded: once
 *   the visitor has seen text, a failure is final.
 * - Every failure is an `LlmError` with a `kind`.
 * - Every prompt leaves without the visitor's personal data (personal-data.ts): the one place all prompts pass.
 *
 * Pure TypeScript with the `openai` package and web APIs only (no Deno globals, no env): it runs in the Edge
 * Functions and under vitest in Node alike. Config is passed in.
 */
/// <reference path="../deno-std.d.ts" />
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import { retry, RetryError } from 'deno-std/async/retry.js';
import { delay } from 'deno-std/async/delay.js';
import { keepPersonalDataOut } from './personal-data.ts';

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest {
  model: string;
  temperature: number;
  maxTokens: number;
  messages: LlmMessage[];
  /** Structured output: the answer must be JSON following this JSON schema (OpenAI's strict mode). */
  responseFormat?: { name: string; schema: Record<string, unknown> };
  /** The caller's own cancellation (e.g. the visitor went away), or its own deadline. */
  signal?: AbortSignal;
}

export interface LlmUsage {
  prompt_tokens: number;
  completion_tokens: number;
  /** The model that answered, as the API names it (e.g. `gpt-4o-mini-2024-07-18`). */
  model: string;
  /** The API reported no usage: counted as ~4 characters per token. */
  estimated?: true;
}

/** Text deltas as they arrive; `usage` is known once the iteration has finished without error. */
export interface LlmStream extends AsyncIterable<string> {
  readonly usage: LlmUsage | null;
}

export interface Llm {
  stream(request: LlmRequest): LlmStream;
  complete(request: LlmRequest): Promise<{ text: string; usage: LlmUsage }>;
}

export type LlmErrorKind =
  | 'timeout' // the deadline, the first-token limit or the stall limit passed
  | 'rate_limited' // 429
  | 'server' // 5xx, or an error event inside a stream
  | 'malformed' // a body or chunk that is not what the API documents
  | 'refused' // the API refused the request (other 4xx, e.g. bad key or model) or the model refused to answer
  | 'network' // connection refused, reset, cut mid-stream
  | 'aborted'; // the caller's own signal

export class LlmError extends Error {
  override readonly name = 'LlmError';
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; attempts?: number } = {},
  ) {
    super(message);
  }
  get status() {
    return this.details.status;
  }
  get retryAfterMs() {
    return this.details.retryAfterMs;
  }
  /** How many requests were made before giving up (set when the call fails). */
  get attempts() {
    return this.details.attempts;
  }
}

export interface LlmTimeouts {
  /** The whole call, retries and streaming included. */
  totalMs: number;
  /** Per attempt: until the first piece of text (streaming) or the whole answer (`complete`). */
  firstTokenMs: number;
  /** Streaming: the longest quiet gap between two pieces. */
  stallMs: number;
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff: min * 2^attempt, capped at max, with up to 50 % jitter off. */
  minDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the caller falls back instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_TIMEOUTS: LlmTimeouts = { totalMs: 20_000, firstTokenMs: 8_000, stallMs: 8_000 };
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 2, minDelayMs: 250, maxDelayMs: 2_000, maxRetryAfterMs: 4_000 };

export interface LlmOptions {
  apiKey?: string;
  /** An OpenAI-compatible endpoint ending in `/v1` (the tests' stub); default OpenAI's. */
  baseUrl?: string;
  timeouts?: Partial<LlmTimeouts>;
  retry?: Partial<RetryPolicy>;
}

const RETRIABLE: ReadonlySet<LlmErrorKind> = new Set(['rate_limited', 'server', 'network', 'timeout']);

/**
 * Whether a failed attempt deserves another, given the time left before the overall deadline. The attempt
 * count is deno-std `retry`'s business (`maxAttempts`).
 */
export function shouldRetry(error: LlmError, remainingMs: number, policy: RetryPolicy = DEFAULT_RETRY): boolean {
  if (!RETRIABLE.has(error.kind)) return false;
  const wait = error.retryAfterMs ?? policy.minDelayMs;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) return false;
  // Waiting would use up the deadline: better to fall back now.
  return wait < remainingMs;
}

/** Retry-After as milliseconds: OpenAI's `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(headers: Headers | undefined | null, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The client, or null without an API key: the no-LLM mode. */
export function createLlm(options: LlmOptions): Llm | null {
  const apiKey = options.apiKey?.trim();
  if (!apiKey) return null;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const openai = new OpenAI({
    apiKey,
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    maxRetries: 0,
    timeout: timeouts.totalMs,
    // The SDK logs unparseable chunks verbatim: model output stays out of our logs.
    logLevel: 'off',
  });
  return {
    stream: (request) => streamReply(openai, request, timeouts, policy),
    complete: (request) => completeReply(openai, request, timeouts, policy),
  };
}

// --- Deadlines ----------------------------------------------------------------------------------------------

/** The call's overall deadline joined with the caller's signal; says which of them fired. */
class Deadline {
  readonly signal: AbortSignal;
  private readonly timer: AbortSignal;
  private readonly started = Date.now();

  constructor(private readonly totalMs: number, private readonly caller?: AbortSignal) {
    this.timer = AbortSignal.timeout(totalMs);
    this.signal = caller ? AbortSignal.any([this.timer, caller]) : this.timer;
  }

  remainingMs() {
    return this.totalMs - (Date.now() - this.started);
  }

  /** The error to report once the signal has fired. */
  error(): LlmError {
    if (this.caller?.aborted) return new LlmError('aborted', 'The caller cancelled the model call.');
    return new LlmError('timeout', `The model did not finish within ${this.totalMs} ms.`);
  }
}

/** One request: aborted by the deadline or by its own watchdog (first token, stall). */
class Attempt {
  private readonly controller = new AbortController();
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private readonly onDeadline = () => this.controller.abort(this.deadline.error());

  constructor(private readonly deadline: Deadline) {
    if (deadline.signal.aborted) this.onDeadline();
    else deadline.signal.addEventListener('abort', this.onDeadline, { once: true });
  }

  get signal() {
    return this.controller.signal;
  }

  /** Aborts the attempt unless `disarm()` or another `arm()` comes within `ms`. */
  arm(ms: number, message: string) {
    this.disarm();
    this.watchdog = setTimeout(() => this.controller.abort(new LlmError('timeout', message)), ms);
  }

  disarm() {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  abort() {
    this.controller.abort(new LlmError('aborted', 'The reply was no longer needed.'));
  }

  /** Throws the reason if the attempt was aborted (the SDK ends an aborted stream quietly). */
  check() {
    if (this.signal.aborted) throw this.reason();
  }

  reason(): LlmError {
    const reason: unknown = this.signal.reason;
    return reason instanceof LlmError ? reason : this.deadline.error();
  }

  dispose() {
    this.disarm();
    this.deadline.signal.removeEventListener('abort', this.onDeadline);
  }
}

// --- Errors -------------------------------------------------------------------------------------------------

/** Any failure of an attempt as an LlmError. Messages never carry request or response text. */
function classify(error: unknown, attempt?: Attempt): LlmError {
  if (error instanceof LlmError) return error;
  if (attempt?.signal.aborted) return attempt.reason();
  if (error instanceof APIConnectionTimeoutError) return new LlmError('timeout', 'The model API did not answer in time.');
  if (error instanceof APIUserAbortError) return new LlmError('aborted', 'The model call was aborted.');
  if (error instanceof APIConnectionError) return new LlmError('network', 'Could not reach the model API.');
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(error.headers);
      return new LlmError('rate_limited', 'The model API is rate limiting us (429).', { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    }
    if (status === 408) return new LlmError('timeout', 'The model API timed out (408).', { status });
    if (status === undefined || status >= 500) {
      return new LlmError('server', `The model API failed${status ? ` (${status})` : ' inside the stream'}.`, status ? { status } : {});
    }
    return new LlmError('refused', `The model API refused the request (${status}${error.code ? ` ${error.code}` : ''}).`, { status });
  }
  if (error instanceof SyntaxError) return new LlmError('malformed', 'The model API sent something that is not valid JSON.');
  if (error instanceof TypeError) return new LlmError('network', 'The connection to the model API failed.');
  return new LlmError('server', 'The model call failed.');
}

/**
 * Runs `attempt` with bounded retries: backoff from deno-std `retry`, plus Retry-After honoured by waiting
 * until the server's time before the next attempt. Never waits past the deadline.
 */
async function withRetries<T>(
  deadline: Deadline,
  policy: RetryPolicy,
  attempt: () => Promise<T>,
  counter: { attempts: number } = { attempts: 0 },
): Promise<T> {
  let attempts = 0;
  let notBefore = 0;
  try {
    return await retry(async () => {
      const wait = notBefore - Date.now();
      if (wait > 0) await delay(wait, { signal: deadline.signal });
      counter.attempts = ++attempts;
      try {
        return await attempt();
      } catch (error) {
        const failure = classify(error);
        if (failure.retryAfterMs !== undefined) notBefore = Date.now() + failure.retryAfterMs;
        throw failure;
      }
    }, {
      maxAttempts: policy.maxRetries + 1,
      minTimeout: policy.minDelayMs,
      maxTimeout: policy.maxDelayMs,
      multiplier: 2,
      jitter: 0.5,
      signal: deadline.signal,
      isRetriable: (error) => error instanceof LlmError && shouldRetry(error, deadline.remainingMs(), policy),
    });
  } catch (error) {
    const cause = error instanceof RetryError ? error.cause : error;
    // A raw abort reason comes from deno-std's own delay or its check between attempts.
    const failure = cause instanceof LlmError ? cause : deadline.signal.aborted ? deadline.error() : classify(cause);
    throw new LlmError(failure.kind, failure.message, { ...failure.details, attempts });
  }
}

// --- Calls --------------------------------------------------------------------------------------------------

function body(request: LlmRequest) {
  return {
    model: request.model,
    temperature: request.temperature,
    max_completion_tokens: request.maxTokens,
    messages: keepPersonalDataOut(request.messages).map(({ role, content }) => ({ role, content })),
    ...(request.responseFormat
      ? { response_format: { type: 'json_schema' as const, json_schema: { name: request.responseFormat.name, schema: request.responseFormat.schema, strict: true } } }
      : {}),
  };
}

const estimate = (chars: number) => Math.ceil(chars / 4);

function estimatedUsage(request: LlmRequest, text: string, model: string): LlmUsage {
  const promptChars = request.messages.reduce((sum, m) => sum + m.content.length, 0);
  return { prompt_tokens: estimate(promptChars), completion_tokens: estimate(text.length), model, estimated: true };
}

/** What one streamed chunk adds; refusals and content filters end the call. */
function absorb(chunk: ChatCompletionChunk, state: { usage: LlmUsage | null; model: string }): string {
  if (!chunk || typeof chunk !== 'object' || !Array.isArray(chunk.choices)) {
    throw new LlmError('malformed', 'A stream chunk has no choices.');
  }
  if (typeof chunk.model === 'string' && chunk.model) state.model = chunk.model;
  if (chunk.usage) {
    state.usage = {
      prompt_tokens: chunk.usage.prompt_tokens ?? 0,
      completion_tokens: chunk.usage.completion_tokens ?? 0,
      model: state.model,
    };
  }
  const choice = chunk.choices[0];
  if (!choice) return '';
  if (choice.delta?.refusal) throw new LlmError('refused', 'The model refused to answer.');
  if (choice.finish_reason === 'content_filter') throw new LlmError('refused', 'The answer was filtered.');
  const content = choice.delta?.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    throw new LlmError('malformed', 'A stream chunk carries non-text content.');
  }
  return content ?? '';
}

interface OpenedStream {
  chunks: AsyncIterator<ChatCompletionChunk>;
  attempt: Attempt;
  first: string | null;
  state: { usage: LlmUsage | null; model: string };
}

/** One attempt at a streamed reply, up to its first piece of text (or its end, if it has none). */
async function openStream(openai: OpenAI, request: LlmRequest, deadline: Deadline, timeouts: LlmTimeouts): Promise<OpenedStream> {
  const attempt = new Attempt(deadline);
  attempt.arm(timeouts.firstTokenMs, `The model sent no text within ${timeouts.firstTokenMs} ms.`);
  try {
    const stream = await openai.chat.completions.create(
      { ...body(request), stream: true, stream_options: { include_usage: true } },
      { signal: attempt.signal, maxRetries: 0 },
    );
    const chunks = stream[Symbol.asyncIterator]();
    const state = { usage: null as LlmUsage | null, model: request.model };
    while (true) {
      const next = await chunks.next();
      attempt.check();
      if (next.done) return { chunks, attempt, first: null, state };
      const piece = absorb(next.value, state);
      if (piece) return { chunks, attempt, first: piece, state };
    }
  } catch (error) {
    const failure = classify(error, attempt);
    attempt.abort();
    attempt.dispose();
    throw failure;
  }
}

function streamReply(openai: OpenAI, request: LlmRequest, timeouts: LlmTimeouts, policy: RetryPolicy): LlmStream {
  let usage: LlmUsage | null = null;
  async function* pieces(): AsyncGenerator<string> {
    const deadline = new Deadline(timeouts.totalMs, request.signal);
    const counter = { attempts: 0 };
    // Retries end here: after the first piece is shown, a failure is final.
    const { chunks, attempt, first, state } = await withRetries(deadline, policy, () => openStream(openai, request, deadline, timeouts), counter);
    let text = first ?? '';
    let finished = false;
    try {
      if (first !== null) {
        attempt.disarm();
        yield first;
        while (true) {
          attempt.arm(timeouts.stallMs, `The model stream stalled for ${timeouts.stallMs} ms.`);
          const next = await chunks.next();
          attempt.check();
          if (next.done) break;
          const piece = absorb(next.value, state);
          if (!piece) continue;
          attempt.disarm();
          text += piece;
          yield piece;
        }
      }
      finished = true;
      usage = state.usage ?? estimatedUsage(request, text, state.model);
    } catch (error) {
      const failure = classify(error, attempt);
      throw new LlmError(failure.kind, failure.message, { ...failure.details, attempts: counter.attempts });
    } finally {
      // A consumer that stops early (or a failure) must not leave the request open.
      if (!finished) {
        attempt.abort();
        await chunks.return?.().catch(() => {});
      }
      attempt.dispose();
    }
  }
  return {
    get usage() {
      return usage;
    },
    [Symbol.asyncIterator]: () => pieces(),
  };
}

async function completeReply(openai: OpenAI, request: LlmRequest, timeouts: LlmTimeouts, policy: RetryPolicy) {
  const deadline = new Deadline(timeouts.totalMs, request.signal);
  return await withRetries(deadline, policy, async () => {
    const attempt = new Attempt(deadline);
    attempt.arm(timeouts.firstTokenMs, `The model did not answer within ${timeouts.firstTokenMs} ms.`);
    try {
      const completion: ChatCompletion = await openai.chat.completions.create({ ...body(request), stream: false }, {
        signal: attempt.signal,
        maxRetries: 0,
      });
      attempt.check();
      const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
      if (!choice || !choice.message) throw new LlmError('malformed', 'The completion has no message.');
      if (choice.message.refusal) throw new LlmError('refused', 'The model refused to answer.');
      if (choice.finish_reason === 'content_filter') throw new LlmError('refused', 'The answer was filtered.');
      const text = choice.message.content;
      if (typeof text !== 'string') throw new LlmError('malformed', 'The completion has no text.');
      const model = typeof completion.model === 'string' && completion.model ? completion.model : request.model;
      const usage: LlmUsage = completion.usage
        ? { prompt_tokens: completion.usage.prompt_tokens ?? 0, completion_tokens: completion.usage.completion_tokens ?? 0, model }
        : estimatedUsage(request, text, model);
      return { text, usage };
    } catch (error) {
      throw classify(error, attempt);
    } finally {
      attempt.dispose();
    }
  });
}
