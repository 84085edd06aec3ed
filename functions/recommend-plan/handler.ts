import { z } from 'zod';
import { json, readBody, requireMethod, withErrors } from '../_shared/http.ts';
import { recordCall } from '../_shared/metrics.ts';
import { rpcs } from '../_shared/rpcs.ts';
import { userFacing } from '../_shared/supabase.ts';
import { requireVisitor, VISITOR_CORS } from '../_shared/gate.ts';

const RecommendSchema = z.object({ bot_id: z.uuid(), visitor_token: z.string().min(1).max(500) }).strict();

/** The plan the bot's rules give for the visitor's stored profile (400 naming what is still missing). */
export const handler = withErrors('recommend-plan', async (request, ctx) => {
  requireMethod(request, 'POST');
  const body = await readBody(request, RecommendSchema);
  ctx.forBot(body.bot_id);
  const context = await requireVisitor({ botId: body.bot_id, token: body.visitor_token, request, allowOrigin: ctx.allowOrigin });
  const recommendation = await userFacing(rpcs.recommendPlan({ ...context.profile, bot_id: body.bot_id }));
  return json(recommendation);
}, { ...VISITOR_CORS, onCall: recordCall });
