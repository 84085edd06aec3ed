import { EventRequestSchema } from '../_shared/contracts.ts';
import { json, readBody, requireMethod, withErrors } from '../_shared/http.ts';
import { recordCall } from '../_shared/metrics.ts';
import { rpcs } from '../_shared/rpcs.ts';
import { requireVisitor, VISITOR_CORS } from '../_shared/gate.ts';

/** Funnel events the widget reports (opened, CTA clicked); idempotent on the client event id. */
export const handler = withErrors('events', async (request, ctx) => {
  requireMethod(request, 'POST');
  const body = await readBody(request, EventRequestSchema);
  ctx.forBot(body.bot_id);
  const context = await requireVisitor({ botId: body.bot_id, token: body.visitor_token, request, allowOrigin: ctx.allowOrigin, action: 'event' });
  const { inserted } = await rpcs.recordEvent({
    botId: body.bot_id,
    visitorId: context.visitor.id,
    conversationId: context.conversation?.id ?? null,
    type: body.type,
    data: body.data,
    clientEventId: body.client_event_id,
  });
  return json({ ok: true, recorded: inserted });
}, { ...VISITOR_CORS, onCall: recordCall });
