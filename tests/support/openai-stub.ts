/**
 * A local OpenAI-compatible server for tests (never the real API): POST /v1/chat/completions (streaming
 * and not, with usage) and POST /v1/embeddings. It listens on 127.0.0.1 on a free port and records every
 * request. What a chat completion does is chosen by the request's `model`:
 *
 *   stub-normal (and any other name)  a grounded-looking answer quoting the first passage's first sentence
 *   stub-slow                         the same, one piece every 150 ms
 *   stub-500 / stub-429 / stub-401    that status (429 with Retry-After: 1)
 *   stub-flaky                        503 on this model's 1st, 3rd, ... request; the normal answer otherwise
 *   stub-malformed                    a JSON body cut short, or a stream whose first chunk is broken
 *   stub-hang                         never answers (until the client aborts)
 *   stub-stall                        streams one piece, then goes silent
 *   stub-cut                          streams two pieces, then drops the connection
 *   stub-canary                       echoes the system prompt (where the canary is)
 *   stub-echo-passages                echoes the user message (passages and visitor text as delimited)
 *   stub-link                         an answer with a markdown image and links, to test reply cleaning
 *   stub-empty                        an answer with no text
 *
 * Whatever the model, a request whose user message holds an <answers> block (a personal coach prompt) is
 * answered with a brief naming those answers, and one holding a <coach_replies> block (the coaches' style)
 * with a JSON style quoting the first reply's first word as its greeting and its last sentence as sign-off.
 *
 * A request for structured output (`response_format` json_schema, as the message reading sends) gets JSON
 * made from its schema: "nothing found" (null where the schema allows it, the first of an enum), with the
 * reading a test scripted for that visitor message laid over it (`stub.readings.set(text, {...})`). The
 * failure models above fail it the same way; `stub-not-json` answers text, `stub-off-schema` JSON that
 * does not follow the schema.
 *
 * Embeddings are deterministic: words hashed into 1536 dimensions (so texts sharing words are close),
 * normalised; `encoding_format: "base64"` (the SDK's default) is honoured.
 *
 * Standalone: `npx tsx tests/support/openai-stub.ts` prints a base URL for OPENAI_BASE_URL.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

export const EMBEDDING_DIMENSIONS = 1536;

export interface StubRequest {
  path: string;
  /** The parsed JSON body (undefined if it was not JSON). */
  body: any;
  /** `model` of the body, for counting calls per behaviour. */
  model: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface OpenAiStub {
  /** Base URL ending in /v1, for `baseURL` / OPENAI_BASE_URL. */
  url: string;
  requests: StubRequest[];
  /** Chat completion requests made with this model. */
  calls(model: string): number;
  /** Structured readings to answer, by the visitor message (the last user message), laid over "nothing found". */
  readings: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

interface ChatMessage {
  role: string;
  content: string;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tokens = (chars: number) => Math.max(1, Math.ceil(chars / 4));

/** The first sentence of the first `<passage>` block of the user message, as a grounded answer would quote it. */
export function stubAnswer(messages: ChatMessage[]): string {
  const user = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const passage = /<passage\b[^>]*>\s*([\s\S]*?)\s*<\/passage>/.exec(user)?.[1];
  if (!passage) return "I don't have that information here, but one of our coaches can help you with it.";
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(passage.trim())?.[0] ?? passage.trim();
  return `Good question! ${sentence} Happy to help with anything else.`;
}

/** A brief from an <answers> block, or a JSON style from a <coach_replies> block; null for any other prompt. */
export function stubCoaching(messages: ChatMessage[]): string | null {
  const user = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const answers = /<answers>\n([\s\S]*?)\n<\/answers>/.exec(user)?.[1];
  if (answers !== undefined) return `This visitor told you: ${answers.split('\n').join('; ')}. Lean on what matters to them.`;
  const replies = /<coach_replies>\n([\s\S]*?)\n<\/coach_replies>/.exec(user)?.[1];
  if (replies === undefined) return null;
  const first = /<message>([\s\S]*?)<\/message>/.exec(replies)?.[1]?.trim() ?? '';
  const sentences = first.match(/[^.!?]+[.!?]*/g)?.map((x) => x.trim()).filter(Boolean) ?? [];
  return JSON.stringify({
    summary: 'Short, warm replies that get to the point.',
    tone: 'warm and direct',
    greetings: first ? [first.split(/[\s,!]+/)[0]] : [],
    sign_offs: sentences.length > 1 ? [sentences.at(-1)] : [],
    phrases: [],
  });
}

function replyFor(model: string, messages: ChatMessage[]): string {
  const coaching = ['stub-canary', 'stub-echo-passages', 'stub-empty', 'stub-link'].includes(model) ? null : stubCoaching(messages);
  if (coaching !== null) return coaching;
  switch (model) {
    case 'stub-canary':
      return messages.find((m) => m.role === 'system')?.content ?? '';
    case 'stub-echo-passages':
      return [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    case 'stub-empty':
      return '';
    case 'stub-link':
      return 'See ![chart](https://evil.example/pixel.png) our [FAQ](https://shop.example/faq) or http://evil.example/x and javascript:alert(1).';
    default:
      return stubAnswer(messages);
  }
}

/** Pieces of a few words each, as a model streams them. */
function pieces(text: string): string[] {
  const words = text.match(/\S+\s*/g) ?? [text];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 3) out.push(words.slice(i, i + 3).join(''));
  return out.length ? out : [''];
}

/** A deterministic unit vector: each word adds ±1 at a hashed dimension, plus a little of the whole text. */
export function stubEmbedding(text: string): number[] {
  const vector = new Float64Array(EMBEDDING_DIMENSIONS);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    const h = fnv1a(word);
    vector[h % EMBEDDING_DIMENSIONS]! += (h >>> 31) & 1 ? 1 : -1;
  }
  let seed = fnv1a(text);
  for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    vector[i]! += ((seed / 2 ** 32) - 0.5) * 0.02;
  }
  const norm = Math.hypot(...vector) || 1;
  return Array.from(vector, (v) => v / norm);
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const apiError = (message: string, type: string, code: string | null = null) => ({ error: { message, type, param: null, code } });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON a schema's "nothing found" is: null where allowed, the first of an enum, objects filled in. */
export function emptyOf(schema: any): unknown {
  if (!schema || typeof schema !== 'object') return null;
  if (Array.isArray(schema.anyOf)) return schema.anyOf.some((s: any) => s.type === 'null') ? null : emptyOf(schema.anyOf[0]);
  if (Array.isArray(schema.type)) return schema.type.includes('null') ? null : emptyOf({ ...schema, type: schema.type[0] });
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, emptyOf(value)]));
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return 0;
    case 'string':
      return '';
    default:
      return null;
  }
}

/** Deep merge of a scripted reading over the empty one (objects merged, everything else replaced). */
function laidOver(base: unknown, top: unknown): unknown {
  if (top && typeof top === 'object' && !Array.isArray(top) && base && typeof base === 'object') {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(top)) out[key] = laidOver(out[key], value);
    return out;
  }
  return top;
}

export async function startOpenAiStub(options: { port?: number } = {}): Promise<OpenAiStub> {
  const requests: StubRequest[] = [];
  const readings = new Map<string, Record<string, unknown>>();
  const perModel = new Map<string, number>();

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://stub').pathname;
    const raw = await readBody(req);
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const model = typeof body?.model === 'string' ? body.model : undefined;
    requests.push({ path, body, model, headers: req.headers });

    if (req.method !== 'POST') return sendJson(res, 405, apiError('Use POST.', 'invalid_request_error'));
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      return sendJson(res, 401, apiError('Missing API key.', 'invalid_request_error', 'invalid_api_key'));
    }
    if (body === undefined) return sendJson(res, 400, apiError('The body is not valid JSON.', 'invalid_request_error'));
    if (path === '/v1/embeddings') return embeddings(res, body);
    if (path === '/v1/chat/completions') {
      const n = (perModel.get(model ?? '') ?? 0) + 1;
      perModel.set(model ?? '', n);
      return chat(req, res, body, n, readings);
    }
    return sendJson(res, 404, apiError(`No route ${path}.`, 'invalid_request_error'));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    calls: (model) => requests.filter((r) => r.path === '/v1/chat/completions' && r.model === model).length,
    readings,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function embeddings(res: ServerResponse, body: any) {
  const inputs: unknown[] = Array.isArray(body.input) ? body.input : [body.input];
  if (inputs.length === 0 || inputs.some((i) => typeof i !== 'string')) {
    return sendJson(res, 400, apiError('input must be a string or an array of strings.', 'invalid_request_error'));
  }
  const base64 = body.encoding_format === 'base64';
  const data = (inputs as string[]).map((text, index) => {
    const vector = stubEmbedding(text);
    return {
      object: 'embedding',
      index,
      embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector,
    };
  });
  const promptTokens = (inputs as string[]).reduce((sum, t) => sum + tokens(t.length), 0);
  sendJson(res, 200, { object: 'list', data, model: body.model ?? 'text-embedding-3-small', usage: { prompt_tokens: promptTokens, total_tokens: promptTokens } });
}

/** The answer to a structured-output request: its schema's "nothing found" with the scripted reading over it. */
function structuredReply(model: string, body: any, messages: ChatMessage[], readings: Map<string, Record<string, unknown>>): string {
  if (model === 'stub-not-json') return stubAnswer(messages);
  if (model === 'stub-off-schema') return JSON.stringify({ answers: { age: 'thirty' }, kind: 'chat' });
  const visitor = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  return JSON.stringify(laidOver(emptyOf(body.response_format?.json_schema?.schema), readings.get(visitor) ?? {}));
}

async function chat(req: IncomingMessage, res: ServerResponse, body: any, nth: number, readings: Map<string, Record<string, unknown>>) {
  const model: string = body.model ?? 'stub-normal';
  const messages: ChatMessage[] = Array.isArray(body.messages) ? body.messages : [];
  const stream = body.stream === true;

  switch (model) {
    case 'stub-500':
      return sendJson(res, 500, apiError('The stub failed on purpose.', 'server_error'));
    case 'stub-429':
      return sendJson(res, 429, apiError('Rate limit reached (stub).', 'requests', 'rate_limit_exceeded'), { 'retry-after': '1' });
    case 'stub-401':
      return sendJson(res, 401, apiError('Incorrect API key provided (stub).', 'invalid_request_error', 'invalid_api_key'));
    case 'stub-flaky':
      if (nth % 2 === 1) return sendJson(res, 503, apiError('Overloaded (stub).', 'server_error'));
      break;
    case 'stub-hang':
      // Keep the request open until the client gives up (or the stub closes).
      return;
    case 'stub-malformed':
      if (stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end('data: {"id":"chatcmpl-stub","choices":[{"index":0,"delta":{"content":"Hel\n\ndata: [DONE]\n\n');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"chatcmpl-stub","object":"chat.completion","choices":[{"index":0,"message":{"role":"assis');
      }
      return;
  }

  const text = body.response_format?.type === 'json_schema' ? structuredReply(model, body, messages, readings) : replyFor(model, messages);
  const promptChars = messages.reduce((sum, m) => sum + String(m.content ?? '').length, 0);
  const usage = { prompt_tokens: tokens(promptChars), completion_tokens: tokens(text.length), total_tokens: tokens(promptChars) + tokens(text.length) };
  const id = `chatcmpl-stub-${nth}`;
  const created = Math.floor(Date.now() / 1000);

  if (!stream) {
    return sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage,
    });
  }

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  let closed = false;
  req.on('close', () => (closed = true));
  res.on('close', () => (closed = true));

  res.write(chunk({ role: 'assistant', content: '' }));
  const parts = pieces(text);
  for (const [i, part] of parts.entries()) {
    if (closed) return;
    if (model === 'stub-slow') await delay(150);
    res.write(chunk({ content: part }));
    if (model === 'stub-stall') return; // silence, connection left open
    if (model === 'stub-cut' && i === 1) {
      // Let the pieces reach the client first, as when a connection drops mid-answer.
      await delay(50);
      res.socket?.destroy();
      return;
    }
  }
  res.write(chunk({}, 'stop'));
  if (body.stream_options?.include_usage) {
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stub = await startOpenAiStub({ port: Number(process.env.PORT) || 0 });
  console.log(`OpenAI stub listening: OPENAI_BASE_URL=${stub.url} (any OPENAI_API_KEY)`);
}
