/** The model client's decisions that need no server: no key means no client; when to retry and how long to wait. */
import { describe, expect, it } from 'vitest';
import { createLlm, DEFAULT_RETRY, DEFAULT_TIMEOUTS, LlmError, parseRetryAfter, shouldRetry } from '../../functions/_shared/llm/client.ts';

describe('createLlm', () => {
  it('is the no-model mode (null) without an API key', () => {
    expect(createLlm({})).toBeNull();
    expect(createLlm({ apiKey: '   ' })).toBeNull();
    expect(createLlm({ apiKey: 'sk-test', baseUrl: 'http://127.0.0.1:9/v1' })).not.toBeNull();
  });

  it('keeps every deadline far under the platform wall clock of 150 s', () => {
    expect(DEFAULT_TIMEOUTS).toEqual({ totalMs: 20_000, firstTokenMs: 8_000, stallMs: 8_000 });
    expect(DEFAULT_RETRY.maxRetries).toBe(2);
    expect(DEFAULT_RETRY.maxRetryAfterMs).toBeLessThan(DEFAULT_TIMEOUTS.totalMs);
  });
});

describe('shouldRetry', () => {
  const error = (kind: LlmError['kind'], retryAfterMs?: number) =>
    new LlmError(kind, kind, retryAfterMs === undefined ? {} : { retryAfterMs });

  it.each(['rate_limited', 'server', 'network', 'timeout'] as const)('retries %s while time is left', (kind) => {
    expect(shouldRetry(error(kind), 10_000)).toBe(true);
  });

  it.each(['malformed', 'refused', 'aborted'] as const)('never retries %s', (kind) => {
    expect(shouldRetry(error(kind), 10_000)).toBe(false);
  });

  it('honours a Retry-After up to the cap, and falls back beyond it', () => {
    expect(shouldRetry(error('rate_limited', 1_000), 10_000)).toBe(true);
    expect(shouldRetry(error('rate_limited', DEFAULT_RETRY.maxRetryAfterMs), 10_000)).toBe(true);
    expect(shouldRetry(error('rate_limited', DEFAULT_RETRY.maxRetryAfterMs + 1), 10_000)).toBe(false);
  });

  it('does not retry when the wait would reach the deadline', () => {
    expect(shouldRetry(error('rate_limited', 3_000), 2_000)).toBe(false);
    expect(shouldRetry(error('server'), DEFAULT_RETRY.minDelayMs)).toBe(false);
    expect(shouldRetry(error('timeout'), 0)).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '1' }))).toBe(1_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '0.25' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '120', 'retry-after': '9' }))).toBe(120);
    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Sat, 21 Nov 2026 10:00:03 GMT' }), now)).toBe(3_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Sat, 21 Nov 2026 09:00:00 GMT' }), now)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(parseRetryAfter(new Headers())).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });
});
