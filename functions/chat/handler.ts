import { ChatRequestSchema, type ChatResponse } from '../_shared/contracts.ts';
import { json, readBody, requireMethod, withErrors } from '../_shared/http.ts';
import { sseResponse } from '../_shared/sse.ts';
import { chatTurn } from './turn.ts';

export const handler = withErrors('chat', async (request, ctx) => {
  requireMethod(request, 'POST');
  const body = await readBody(request, ChatRequestSchema);
  const run = (onDelta?: (text: string) => void) => chatTurn({ body, request, allowOrigin: ctx.allowOrigin, onDelta });
  const streamable = (request.headers.get('accept') ?? '').includes('text/event-stream');
  return streamable ? await streamWhenWritten(run) : json(await run());
}, { cors: 'checked' });

/**
 * Answers as server-sent events only once a model starts writing: a turn that needs no model, and every
 * refusal before the first piece (400, 401, 429...), is a plain JSON response with its real status.
 */
async function streamWhenWritten(run: (onDelta: (text: string) => void) => Promise<ChatResponse>): Promise<Response> {
  const early: string[] = [];
  let forward: ((text: string) => void) | null = null;
  let firstPiece!: () => void;
  const writing = new Promise<'writing'>((resolve) => (firstPiece = () => resolve('writing')));
  const turn = run((text) => {
    if (forward) return forward(text);
    early.push(text);
    firstPiece();
  });
  const first = await Promise.race([turn, writing]);
  if (first !== 'writing') return json(first);
  return sseResponse(async (send) => {
    forward = (text) => send({ event: 'delta', data: { text } });
    for (const text of early.splice(0)) forward(text);
    send({ event: 'done', data: await turn });
  }, {}, 'chat');
}
