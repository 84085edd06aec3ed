/**
 * A tiny stand-in for the chat function, for browser tests that need answers the real stack would never give
 * (XSS payloads, a stream written slowly, a human coach's reply): node:http on a free loopback port, CORS
 * open, every request recorded. Each chat request is answered by the test's `reply` function, as JSON or,
 * when it returns `{ stream }`, as server-sent events (`delta` pieces then `done`). The configuration request
 * (`GET /functions/v1/chat/appearance?bot_id=`) is answered by `config` (a test may replace it, or make it wait), with
 * `no-store` so that every request the widget makes reaches this server.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotAppearance, ChatRequest, ChatResponse } from '../../functions/_shared/contracts.ts';

export type FakeReply = ChatResponse | { stream: string[]; delayMs: number; done: ChatResponse } | { status: number; body: unknown };

export type FakeConfig = { bot: BotAppearance } | { status: number; body: unknown };

export interface FakeApi {
  url: string;
  chats: ChatRequest[];
  headers: Record<string, string | string[] | undefined>[];
  /** The configuration requests: their URL and headers. */
  configs: { url: string; headers: Record<string, string | string[] | undefined> }[];
  /** Every chat-function request in order of arrival: `config`, or the chat input's type (`start`, `text`…). */
  log: string[];
  /** Answers the configuration request. */
  config: () => FakeConfig | Promise<FakeConfig>;
  close(): Promise<void>;
}

let ids = 0;
export const ai = (content: string, sender: 'ai' | 'human_coach' | 'client' = 'ai') => ({
  id: `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  sender_type: sender,
  content,
  created_at: new Date().toISOString(),
});

export const answer = (over: Partial<ChatResponse> = {}): ChatResponse => ({
  visitor_token: 'v1.fake',
  bot: { name: 'Fake Coach', theme: {} },
  conversation_id: 'c-1',
  messages: [],
  prompt: { field: 'name', kind: 'text', options: [], min: null, max: null, placeholder: null },
  plan: null,
  status: 'active',
  ...over,
});

/** Answers `start` with a welcome and anything else with an echo, unless told otherwise. */
export const echo = (body: ChatRequest): FakeReply =>
  body.input.type === 'start' || body.input.type === 'poll'
    ? answer({ messages: body.input.type === 'start' ? [ai('Welcome! What is your name?')] : [], history: [] })
    : answer({ messages: [ai(`You said ${body.input.type === 'text' ? body.input.text : body.input.type}`)] });

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'content-type, apikey, authorization, accept',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

export async function startFakeApi(reply: (body: ChatRequest, index: number) => FakeReply = echo): Promise<FakeApi> {
  const chats: ChatRequest[] = [];
  const headers: FakeApi['headers'] = [];
  const configs: FakeApi['configs'] = [];
  const log: string[] = [];
  const server = createServer(async (request, response: ServerResponse) => {
    if (request.method === 'OPTIONS') return void response.writeHead(204, CORS).end();
    if (request.method === 'GET' && request.url?.startsWith('/functions/v1/chat/appearance?')) {
      configs.push({ url: request.url, headers: request.headers });
      log.push('config');
      const out = await api.config();
      const [status, payload] = 'bot' in out ? [200, out] : [out.status, out.body];
      return void response.writeHead(status, { ...CORS, 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(payload));
    }
    let raw = '';
    for await (const chunk of request) raw += chunk;
    if (request.url?.split('?')[0]!.endsWith('/events')) return void response.writeHead(200, { ...CORS, 'content-type': 'application/json' }).end('{"ok":true}');
    const body = JSON.parse(raw) as ChatRequest;
    chats.push(body);
    headers.push(request.headers);
    log.push(body.input.type);
    const out = reply(body, chats.length - 1);
    if ('stream' in out) {
      response.writeHead(200, { ...CORS, 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      for (const piece of out.stream) {
        response.write(`event: delta\ndata: ${JSON.stringify({ text: piece })}\n\n`);
        await new Promise((resolve) => setTimeout(resolve, out.delayMs));
      }
      response.end(`event: done\ndata: ${JSON.stringify(out.done)}\n\n`);
      return;
    }
    const [status, payload] = 'status' in out && 'body' in out ? [out.status, out.body] : [200, out];
    response.writeHead(status, { ...CORS, 'content-type': 'application/json' }).end(JSON.stringify(payload));
  });
  const api: FakeApi = {
    url: '',
    chats,
    headers,
    configs,
    log,
    config: defaultConfig,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}

/** What the fake answers a configuration request with unless a test says otherwise. */
export const defaultConfig = (): FakeConfig => ({ bot: { name: 'Fake Coach', theme: {} } });
