/**
 * The model client against the local OpenAI stub, one failure mode at a time: what it yields, what it
 * reports, how many requests it made and how long it took. Deadlines are shortened through the options.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlm, type Llm, LlmError, type LlmOptions, type LlmRequest } from '../../functions/_shared/llm/client.ts';
import { groundedAnswerPrompt } from '../../functions/_shared/llm/prompts.ts';
import { type OpenAiStub, startOpenAiStub, stubAnswer } from '../support/openai-stub.ts';

let stub: OpenAiStub;
beforeAll(async () => {
  stub = await startOpenAiStub();
});
afterAll(() => stub.close());

const messages = groundedAnswerPrompt({
  botName: 'Coach Nova',
  brandVoice: 'Upbeat.',
  passages: [{ content: 'We ship to Canada in 5-7 days. Shipping is free over $100.', source: 'faq/shipping.md' }],
  history: [],
  question: 'Do you ship to Canada?',
});
const expected = stubAnswer(messages);
const request = (model: string, extra: Partial<LlmRequest> = {}): LlmRequest => ({ model, temperature: 0.4, maxTokens: 300, messages, ...extra });
const fastRetries = { minDelayMs: 10, maxDelayMs: 20 };
const client = (options: Partial<LlmOptions> = {}): Llm => createLlm({ apiKey: 'sk-stub', baseUrl: stub.url, retry: fastRetries, ...options })!;

async function collect(llm: Llm, req: LlmRequest) {
  const pieces: string[] = [];
  const stream = llm.stream(req);
  let error: unknown;
  try {
    for await (const piece of stream) pieces.push(piece);
  } catch (e) {
    error = e;
  }
  return { pieces, text: pieces.join(''), usage: stream.usage, error: error as LlmError | undefined };
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected an LlmError');
}

describe('a normal answer', () => {
  it('streams pieces of text and then reports the API\'s usage', async () => {
    const { pieces, text, usage, error } = await collect(client(), request('stub-normal'));
    expect(error).toBeUndefined();
    expect(pieces.length).toBeGreaterThan(3);
    expect(text).toBe(expected);
    expect(text).toContain('We ship to Canada in 5-7 days.');
    expect(usage).toEqual({ prompt_tokens: expect.any(Number), completion_tokens: Math.ceil(expected.length / 4), model: 'stub-normal' });
    expect(usage!.prompt_tokens).toBeGreaterThan(50);
    const sent = stub.requests.at(-1)!.body;
    expect(sent).toMatchObject({ model: 'stub-normal', temperature: 0.4, max_completion_tokens: 300, stream: true, stream_options: { include_usage: true } });
    expect(sent.messages).toEqual(messages);
  });

  it('streams a slow answer to the end when pieces keep coming', async () => {
    const { text, error } = await collect(client({ timeouts: { stallMs: 1_000 } }), request('stub-slow'));
    expect(error).toBeUndefined();
    expect(text).toBe(expected);
  });

  it('completes without streaming, with usage', async () => {
    const result = await client().complete(request('stub-normal'));
    expect(result.text).toBe(expected);
    expect(result.usage).toMatchObject({ completion_tokens: Math.ceil(expected.length / 4), model: 'stub-normal' });
    expect(result.usage.estimated).toBeUndefined();
    expect(stub.requests.at(-1)!.body.stream).toBe(false);
  });

  it('succeeds on a retry after one 503', async () => {
    const before = stub.calls('stub-flaky');
    const { text, error } = await collect(client(), request('stub-flaky'));
    expect(error).toBeUndefined();
    expect(text).toBe(expected);
    expect(stub.calls('stub-flaky') - before).toBe(2);
  });
});

describe('failures', () => {
  it.each(['stream', 'complete'] as const)('%s: a 500 is retried twice, then fails as "server"', async (mode) => {
    const before = stub.calls('stub-500');
    const llm = client();
    const error = mode === 'stream' ? (await collect(llm, request('stub-500'))).error! : await failure(llm.complete(request('stub-500')));
    expect(error).toBeInstanceOf(LlmError);
    expect({ kind: error.kind, status: error.status, attempts: error.attempts }).toEqual({ kind: 'server', status: 500, attempts: 3 });
    expect(stub.calls('stub-500') - before).toBe(3);
  });

  it('a 429 is retried after its Retry-After (1 s), twice, then fails as "rate_limited"', async () => {
    const before = stub.calls('stub-429');
    const started = Date.now();
    const { error, pieces } = await collect(client(), request('stub-429'));
    const elapsed = Date.now() - started;
    expect(pieces).toEqual([]);
    expect({ kind: error!.kind, status: error!.status, retryAfterMs: error!.retryAfterMs, attempts: error!.attempts }).toEqual({
      kind: 'rate_limited', status: 429, retryAfterMs: 1_000, attempts: 3,
    });
    expect(stub.calls('stub-429') - before).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(1_950);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('a 429 asking for longer than the cap is not waited for', async () => {
    const before = stub.calls('stub-429');
    const error = await failure(client({ retry: { ...fastRetries, maxRetryAfterMs: 500 } }).complete(request('stub-429')));
    expect(error.kind).toBe('rate_limited');
    expect(stub.calls('stub-429') - before).toBe(1);
  });

  it.each(['stream', 'complete'] as const)('%s: malformed JSON fails as "malformed", without a retry', async (mode) => {
    const before = stub.calls('stub-malformed');
    const llm = client();
    const error = mode === 'stream' ? (await collect(llm, request('stub-malformed'))).error! : await failure(llm.complete(request('stub-malformed')));
    expect(error.kind).toBe('malformed');
    expect(stub.calls('stub-malformed') - before).toBe(1);
  });

  it('a refused request (401) fails as "refused", without a retry', async () => {
    const before = stub.calls('stub-401');
    const { error } = await collect(client(), request('stub-401'));
    expect({ kind: error!.kind, status: error!.status }).toEqual({ kind: 'refused', status: 401 });
    expect(stub.calls('stub-401') - before).toBe(1);
  });

  it.each(['stream', 'complete'] as const)('%s: a hanging API fails as "timeout" within the overall deadline', async (mode) => {
    const before = stub.calls('stub-hang');
    const llm = client({ timeouts: { totalMs: 1_500, firstTokenMs: 400, stallMs: 400 } });
    const started = Date.now();
    const error = mode === 'stream' ? (await collect(llm, request('stub-hang'))).error! : await failure(llm.complete(request('stub-hang')));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
    // The deadline is 1.5 s; the margin is for a busy machine's timers.
    expect(elapsed).toBeLessThan(2_800);
    // Each attempt gave up after 400 ms without a token, and was retried while time was left.
    expect(stub.calls('stub-hang') - before).toBe(3);
  });

  it('a stream that stalls after its first piece fails as "timeout" and is not retried', async () => {
    const before = stub.calls('stub-stall');
    const started = Date.now();
    const { pieces, error } = await collect(client({ timeouts: { stallMs: 300 } }), request('stub-stall'));
    expect(pieces).toHaveLength(1);
    expect(error!.kind).toBe('timeout');
    expect(error!.message).toMatch(/stalled/);
    expect(error!.attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(stub.calls('stub-stall') - before).toBe(1);
  });

  it('a connection dropped after the first pieces fails as "network" and is not retried', async () => {
    const before = stub.calls('stub-cut');
    const { pieces, error } = await collect(client(), request('stub-cut'));
    expect(pieces).toHaveLength(2);
    expect(error!.kind).toBe('network');
    expect(stub.calls('stub-cut') - before).toBe(1);
  });

  it('an unreachable API fails as "network" after two retries', async () => {
    const llm = createLlm({ apiKey: 'sk-stub', baseUrl: 'http://127.0.0.1:9/v1', retry: fastRetries })!;
    const error = await failure(llm.complete(request('stub-normal')));
    expect({ kind: error.kind, attempts: error.attempts }).toEqual({ kind: 'network', attempts: 3 });
  });

  it('the caller\'s signal stops the call as "aborted", without a retry', async () => {
    const before = stub.calls('stub-hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const { error } = await collect(client(), request('stub-hang', { signal: controller.signal }));
    expect(error!.kind).toBe('aborted');
    expect(stub.calls('stub-hang') - before).toBe(1);
  });

  it('a consumer that stops reading early closes the request', async () => {
    const stream = client().stream(request('stub-slow'));
    for await (const piece of stream) {
      expect(piece).toBeTruthy();
      break;
    }
    expect(stream.usage).toBeNull();
  });
});
