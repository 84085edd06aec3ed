/**
 * Server-sent events for the chat function: `sseResponse(run)` answers at once with a `text/event-stream`
 * and writes each `ChatStreamEvent` that `run` sends as
 *
 *   event:delta
 *   data:{"text":"..."}
 *
 * (deno-std's ServerSentEventStream; JSON never contains a raw newline, so each event's data is one line).
 * The stream closes when `run` resolves; if it throws, the client gets one `error` event with the generic
 * ErrorBody (the cause is logged, never sent) and the stream closes. If the client goes away, `send` becomes
 * a no-op and `signal` fires so `run` can stop the model.
 *
 * Pure web APIs: no Deno globals, no env.
 */
/// <reference path="./deno-std.d.ts" />
import { type ServerSentEventMessage, ServerSentEventStream } from 'deno-std/http/server_sent_event_stream.js';
import type { ChatStreamEvent, ErrorBody } from './contracts.ts';

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  // Proxies (nginx) must not buffer the stream.
  'x-accel-buffering': 'no',
} as const;

const GENERIC_ERROR: ErrorBody = { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } };

export type SendEvent = (event: ChatStreamEvent) => void;

export function sseResponse(
  run: (send: SendEvent, signal: AbortSignal) => Promise<void>,
  headers: HeadersInit = {},
  name = 'sse',
): Response {
  const cancelled = new AbortController();
  let controller!: ReadableStreamDefaultController<ServerSentEventMessage>;
  let open = true;
  const events = new ReadableStream<ServerSentEventMessage>({
    start: (c) => void (controller = c),
    cancel: () => {
      open = false;
      cancelled.abort(new Error('The client closed the event stream.'));
    },
  });
  const send: SendEvent = (event) => {
    if (!open) return;
    controller.enqueue({ event: event.event, data: JSON.stringify(event.data) });
  };
  const close = () => {
    if (!open) return;
    open = false;
    controller.close();
  };

  // After the current tick, so the Response is returned (and its headers sent) before any work.
  queueMicrotask(async () => {
    try {
      await run(send, cancelled.signal);
    } catch (error) {
      if (!cancelled.signal.aborted) console.error(`[${name}] failed while streaming:`, error);
      send({ event: 'error', data: GENERIC_ERROR });
    } finally {
      close();
    }
  });

  const merged = new Headers(headers);
  for (const [key, value] of Object.entries(SSE_HEADERS)) merged.set(key, value);
  return new Response(events.pipeThrough(new ServerSentEventStream()), { status: 200, headers: merged });
}

/** The events of an SSE body (`event:`/`data:` lines), for the functions' own tests and tools. */
export function parseSse(text: string): ChatStreamEvent[] {
  const events: ChatStreamEvent[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split('\n\n')) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) events.push({ event, data: JSON.parse(data.join('\n')) } as ChatStreamEvent);
  }
  return events;
}

/** Reads a whole SSE response into its events. */
export async function readSse(response: Response): Promise<ChatStreamEvent[]> {
  return parseSse(await response.text());
}
