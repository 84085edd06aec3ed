/**
 * The widget's API client against a real HTTP server on loopback (real headers, real bodies, a real refused
 * connection); only the waiting between retries is recorded instead of slept.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApi, parseRetryAfter } from '../../widget/src/api.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: any;
}
type Reply = (response: ServerResponse) => void;

const seen: Seen[] = [];
let replies: Reply[] = [];
let server: Server;
let url: string;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (response) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};
const chatBody = {
  bot_id: '5e1f0a57-0000-4000-8000-000000000001',
  client_message_id: '6f1c0b9e-8d0a-4f5e-9c51-1c7d0a0e2f10',
  input: { type: 'text', text: 'hello' },
} as const;
const answer = { visitor_token: 'v1.t', conversation_id: 'c', messages: [], prompt: null, plan: null, status: 'active' };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body: JSON.parse(body) });
      (replies.shift() ?? json(500, { error: { code: 'internal', message: 'no reply scripted' } }))(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  replies = [];
});

function client(options: { retries?: number; maxWaitMs?: number; timeoutMs?: number } = {}) {
  const waits: number[] = [];
  const api = createApi({ url, anonKey: 'anon.key.sig', sleep: async (ms) => void waits.push(ms), ...options });
  return { api, waits };
}

describe('the widget API client', () => {
  it('posts JSON with the anon key as apikey and bearer token', async () => {
    replies = [json(200, answer)];
    const { api } = client();
    expect(await api.chat(chatBody)).toEqual({ data: answer });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      // The bot id in the query as well, for the server's CORS preflight answer.
      url: `/functions/v1/chat?bot_id=${chatBody.bot_id}`,
      headers: { 'content-type': 'application/json', apikey: 'anon.key.sig', authorization: 'Bearer anon.key.sig' },
      body: chatBody,
    });
  });

  it('retries a 5xx with the same body, so the same client_message_id, and backs off between attempts', async () => {
    replies = [json(503, { error: { code: 'internal', message: 'busy' } }), json(502, {}), json(200, answer)];
    const { api, waits } = client();
    expect(await api.chat(chatBody)).toEqual({ data: answer });
    expect(seen.map((s) => s.body.client_message_id)).toEqual(Array(3).fill(chatBody.client_message_id));
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
  });

  it('waits out Retry-After on a 429 before retrying', async () => {
    replies = [json(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '2' }), json(200, answer)];
    const { api, waits } = client();
    expect(await api.chat(chatBody)).toEqual({ data: answer });
    expect(waits).toEqual([2000]);
  });

  it('gives a Retry-After longer than it will wait back to the caller instead of hanging', async () => {
    replies = [json(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '120' })];
    const { api, waits } = client({ maxWaitMs: 30_000 });
    const result = await api.chat(chatBody);
    expect(result.error).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(waits).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('does not retry a 4xx, and names status, method and path in the error', async () => {
    replies = [json(400, { error: { code: 'invalid_body', message: 'The body is invalid: check input.text.' } })];
    const { api } = client();
    const result = await api.chat(chatBody);
    expect(seen).toHaveLength(1);
    expect(result.error).toEqual({
      status: 400,
      method: 'POST',
      path: '/functions/v1/chat',
      code: 'invalid_body',
      message: 'POST /functions/v1/chat failed with 400: The body is invalid: check input.text.',
    });
  });

  it('stops after its retries and reports the last failure', async () => {
    replies = Array(5).fill(json(500, { error: { code: 'internal', message: 'down' } }));
    const { api, waits } = client({ retries: 2 });
    const result = await api.chat(chatBody);
    expect(seen).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(result.error).toMatchObject({ status: 500, code: 'internal' });
  });

  it('resolves, never throws, when nothing answers (connection refused)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const waits: number[] = [];
    const api = createApi({ url: `http://127.0.0.1:${port}`, anonKey: 'k', retries: 1, sleep: async (ms) => void waits.push(ms) });
    const result = await api.event({ bot_id: chatBody.bot_id, visitor_token: 't', client_event_id: chatBody.client_message_id, type: 'widget_opened', data: {} });
    expect(result.error).toMatchObject({ status: 0, code: 'network', method: 'POST', path: '/functions/v1/events' });
    expect(result.error!.message).toMatch(/^POST \/functions\/v1\/events got no response: /);
    expect(waits).toHaveLength(1);
  });

  it('turns a body that is not JSON into an error rather than an exception', async () => {
    replies = [(response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')];
    const { api } = client({ retries: 0 });
    expect((await api.chat(chatBody)).error).toMatchObject({ status: 502, code: 'http_error' });
  });

  it('gives up on a request that hangs after its timeout, as a network failure', async () => {
    replies = [() => undefined]; // never answers
    const { api } = client({ retries: 0, timeoutMs: 100 });
    expect((await api.chat(chatBody)).error).toMatchObject({ status: 0, code: 'timeout' });
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('the widget API client, streaming', () => {
  const sse = (events: [string, unknown][], cut = false): Reply => (response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    // Split across writes (and a CRLF event) so the parser must join pieces.
    const text = events.map(([event, data], i) => `event: ${event}${i === 1 ? '\r\n' : '\n'}data: ${JSON.stringify(data)}\n\n`).join('');
    const half = Math.floor(text.length / 2);
    response.write(text.slice(0, half));
    setTimeout(() => (cut ? response.destroy() : response.end(text.slice(half))), 5);
  };

  it('asks for a stream, hands every delta over as the text so far, and resolves with the done event', async () => {
    replies = [sse([['delta', { text: 'Protein ' }], ['delta', { text: 'keeps you ' }], ['delta', { text: 'full.' }], ['done', answer]])];
    const { api } = client();
    const seenText: string[] = [];
    expect(await api.chat(chatBody, { onDelta: (t) => seenText.push(t) })).toEqual({ data: answer });
    expect(seen[0]!.headers.accept).toBe('text/event-stream, application/json');
    expect(seenText).toEqual(['Protein ', 'Protein keeps you ', 'Protein keeps you full.']);
  });

  it('turns an error event into an error naming its code', async () => {
    replies = [sse([['delta', { text: 'Hi' }], ['error', { error: { code: 'bad_request', message: 'nope' } }]])];
    const { api } = client({ retries: 0 });
    const result = await api.chat(chatBody, { onDelta: () => undefined });
    expect(result.error).toMatchObject({ code: 'bad_request' });
  });

  it('retries a stream cut before done with the same client_message_id', async () => {
    replies = [sse([['delta', { text: 'Hi' }], ['delta', { text: ' there' }]], true), json(200, answer)];
    const { api } = client();
    expect(await api.chat(chatBody, { onDelta: () => undefined })).toEqual({ data: answer });
    expect(seen.map((s) => s.body.client_message_id)).toEqual([chatBody.client_message_id, chatBody.client_message_id]);
  });

  it('still takes a plain JSON answer to a request that accepted a stream', async () => {
    replies = [json(200, answer)];
    const { api } = client();
    expect(await api.chat(chatBody, { onDelta: () => undefined })).toEqual({ data: answer });
  });
});
