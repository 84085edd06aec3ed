import { z } from 'zod';
import { type BotAppearance, type ChatRequest, ChatRequestSchema, type ChatResponse } from '../_shared/contracts.ts';
import { inArrivalOrder } from '../_shared/conversation/arrival.ts';
import { metered } from '../_shared/conversation/metered.ts';
import { runTurn, type TurnServices } from '../_shared/conversation/runner.ts';
import { services } from '../_shared/conversation/services.ts';
import { env } from '../_shared/env.ts';
import { json, notFound, readBody, type RequestContext, requireMethod, UserError, withErrors } from '../_shared/http.ts';
import { recordCall } from '../_shared/metrics.ts';
import { sseResponse } from '../_shared/sse.ts';
import { rpcs } from '../_shared/rpcs.ts';
import { signVisitorToken } from '../_shared/visitor-token.ts';
import { checkOrigin, clientAddressKey, VISITOR_CORS, visitorIdFromToken } from '../_shared/gate.ts';
import { chatResponse } from './response.ts';

export const handler = withErrors('chat', async (request, ctx) => {
  if (new URL(request.url).pathname.endsWith('/appearance')) {
    requireMethod(request, 'GET');
    return await appearance(request, ctx);
  }
  requireMethod(request, 'POST');
  const body = await readBody(request, ChatRequestSchema);
  ctx.forBot(body.bot_id);
  const meter = metered(services);
  const turn = (onDelta?: (text: string) => void) => chatTurn(meter.services, body, request, ctx.allowOrigin, onDelta);
  // A visitor's messages take their turns in the order they arrived (start and poll need not wait).
  const isMessage = body.input.type === 'text' || body.input.type === 'choice';
  const run = (onDelta?: (text: string) => void) =>
    isMessage && body.visitor_token ? inArrivalOrder(body.visitor_token, () => turn(onDelta)) : turn(onDelta);
  const streamable = (request.headers.get('accept') ?? '').includes('text/event-stream');
  if (streamable) return await streamWhenWritten(run);
  const answer = await run();
  return json(answer, { headers: { 'server-timing': meter.header() } });
}, { ...VISITOR_CORS, onCall: recordCall });

/** One visitor input, through the conversation runner: two database round trips for a guided answer. */
async function chatTurn(
  services: TurnServices,
  body: ChatRequest,
  request: Request,
  allowOrigin: (origin: string) => void,
  onDelta?: (text: string) => void,
): Promise<ChatResponse> {
  const visitorId = body.visitor_token ? await visitorIdFromToken(body.visitor_token, body.bot_id) : null;
  const outcome = await runTurn(services, {
    botId: body.bot_id,
    visitorId,
    clientMessageId: body.client_message_id,
    input: body.input,
    addressKey: await clientAddressKey(request),
    origin: request.headers.get('origin'),
    onDelta,
    allowOrigin,
  });
  const token = await signVisitorToken(outcome.visitorId, body.bot_id, env.visitorTokenSecret);
  return chatResponse(outcome, token, body.input.type !== 'text' && body.input.type !== 'choice');
}

/**
 * `GET /chat/appearance?bot_id=`: what the widget shows of the bot before any conversation (name and theme, with its
 * proactive opening rule, when a human answers a handoff, and the owner's fallback contact) — the one small
 * request the widget may make before the visitor interacts.
 */
async function appearance(request: Request, ctx: RequestContext): Promise<Response> {
  const botId = new URL(request.url).searchParams.get('bot_id') ?? '';
  if (!z.uuid().safeParse(botId).success) {
    throw new UserError('invalid_query', 'Pass the bot id as ?bot_id=<uuid>.', [{ field: 'bot_id', message: 'must be a uuid' }]);
  }
  ctx.forBot(botId);
  const bot = await rpcs.botAppearance(botId);
  if (!bot) throw notFound('No active bot has this id. Check data-bot in the embed snippet.');
  checkOrigin(request, bot.allowed_origins, ctx.allowOrigin);
  const handoff = await rpcs.handoffSettings(botId);
  const body: { bot: BotAppearance } = {
    bot: { name: bot.name, theme: bot.theme, fallback_contact: bot.fallback_contact, ...(handoff ? { handoff } : {}) },
  };
  return json(body, { headers: { 'cache-control': 'public, max-age=300' } });
}

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
