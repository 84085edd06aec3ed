/** The chat function's server-sent events: headers, one event per send, a generic error event on failure. */
import { describe, expect, it, vi } from 'vitest';
import type { ChatResponse } from '../../functions/_shared/contracts.ts';
import { parseSse, readSse, sseResponse } from '../../functions/_shared/sse.ts';

const done = { conversation_id: 'c1', messages: [], prompt: null, plan: null, status: 'active' } as unknown as ChatResponse;

describe('sseResponse', () => {
  it('answers at once with an event stream and writes each event as event/data lines', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const response = sseResponse(async (send) => {
      send({ event: 'delta', data: { text: 'Hello\nthere ' } });
      await gate;
      send({ event: 'delta', data: { text: 'friend' } });
      send({ event: 'done', data: done });
    }, { 'x-extra': '1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('x-extra')).toBe('1');

    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('event:delta\ndata:{"text":"Hello\\nthere "}\n\n');
    release();
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(parseSse(first + rest)).toEqual([
      { event: 'delta', data: { text: 'Hello\nthere ' } },
      { event: 'delta', data: { text: 'friend' } },
      { event: 'done', data: done },
    ]);
  });

  it('sends one generic error event and closes when the run throws, without leaking the cause', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = sseResponse(async (send) => {
      send({ event: 'delta', data: { text: 'Half' } });
      throw new Error('secret database detail');
    }, {}, 'chat');
    const text = await response.text();
    expect(text).not.toContain('secret');
    expect(parseSse(text)).toEqual([
      { event: 'delta', data: { text: 'Half' } },
      { event: 'error', data: { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } } },
    ]);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toContain('[chat]');
    log.mockRestore();
  });

  it('tells the run when the client goes away, and ignores later sends', async () => {
    let seen: AbortSignal | undefined;
    let finished!: () => void;
    const ended = new Promise<void>((r) => (finished = r));
    const response = sseResponse(async (send, signal) => {
      seen = signal;
      await new Promise((r) => signal.addEventListener('abort', r));
      send({ event: 'delta', data: { text: 'too late' } });
      finished();
    });
    await new Promise((r) => setTimeout(r, 0));
    await response.body!.cancel();
    await ended;
    expect(seen!.aborted).toBe(true);
  });
});

describe('parseSse', () => {
  it('reads spec-shaped streams: spaces after colons, comments, CRLF, multi-line data', async () => {
    const text = ': keep-alive\r\nevent: delta\r\ndata: {"text":\r\ndata: "a"}\r\n\r\nevent:done\ndata:{"x":1}\n\n';
    expect(parseSse(text)).toEqual([{ event: 'delta', data: { text: 'a' } }, { event: 'done', data: { x: 1 } }]);
    expect(await readSse(new Response('event: delta\ndata: {"text":"b"}\n\n'))).toEqual([{ event: 'delta', data: { text: 'b' } }]);
  });
});
