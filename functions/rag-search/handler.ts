import { z } from 'zod';
import { MAX_MESSAGE_CHARS, visitorText } from '../_shared/contracts.ts';
import { json, readBody, requireMethod, withErrors } from '../_shared/http.ts';
import { recordCall } from '../_shared/metrics.ts';
import { rpcs } from '../_shared/rpcs.ts';
import { enforceLimits, limitsOf, requireVisitor, VISITOR_CORS } from '../_shared/gate.ts';

const SearchSchema = z.object({
  bot_id: z.uuid(),
  visitor_token: z.string().min(1).max(500),
  query: visitorText(MAX_MESSAGE_CHARS),
  category: z.enum(['faq', 'meal_plans', 'testimonials']).optional(),
  top_k: z.number().int().min(1).max(10).default(5),
}).strict();

/**
 * Searches the knowledge of the visitor's own bot (never another bot's, never the brand-voice guide), the
 * way the coach does for a side question. Counts against the visitor's message rate limit.
 */
export const handler = withErrors('rag-search', async (request, ctx) => {
  requireMethod(request, 'POST');
  const body = await readBody(request, SearchSchema);
  ctx.forBot(body.bot_id);
  const context = await requireVisitor({ botId: body.bot_id, token: body.visitor_token, request, allowOrigin: ctx.allowOrigin });
  await enforceLimits([[`${body.bot_id}:messages:visitor:${context.visitor.id}`, limitsOf(context.bot).messagesPerVisitor]]);
  // The category is a hint, as for the coach: it ranks that category first and hides nothing.
  const found = await rpcs.ragSearch({ botId: body.bot_id, query: body.query, preferCategory: body.category, topK: body.top_k + 2 });
  const results = found
    .filter((result) => result.category !== 'brand_voice')
    .slice(0, body.top_k)
    .map(({ content, headings, score, category, metadata }) => ({ content, headings, score, category, metadata }));
  return json({ results });
}, { ...VISITOR_CORS, onCall: recordCall });
