import { z } from 'zod';
import { answersPatchSchema, ContactRequestSchema, FieldSchema } from '../_shared/contracts.ts';
import { json, readBody, requireMethod, UserError, withErrors } from '../_shared/http.ts';
import { recordCall } from '../_shared/metrics.ts';
import { rpcs } from '../_shared/rpcs.ts';
import { userFacing } from '../_shared/supabase.ts';
import { requireVisitor, VISITOR_CORS } from '../_shared/gate.ts';

/** The body's shape; the profile's fields are the bot's, so they are checked once the bot is known. */
const UpsertSchema = z.object({
  bot_id: z.uuid(),
  visitor_token: z.string().min(1).max(500),
  profile: z.record(z.string().max(100), z.unknown())
    .refine((patch) => Object.keys(patch).length > 0, 'must set at least one field'),
}).strict();

/**
 * The visitor's own data (token in `x-visitor-token` for GET and DELETE, bot in `?bot_id=`):
 *   GET /profile          the merged customer view (profile plus the latest conversation's state)
 *   GET /profile/export   everything stored about them, as one JSON document
 *   DELETE /profile       erase everything stored about them
 *   POST /profile         update some fields; the others are kept
 *   POST /profile/contact the email and/or phone number they left for a coach, with their consent sentence
 */
export const handler = withErrors('profile', async (request, ctx) => {
  requireMethod(request, 'GET', 'POST', 'DELETE');
  if (request.method !== 'POST') {
    const url = new URL(request.url);
    const botId = url.searchParams.get('bot_id') ?? '';
    if (!z.uuid().safeParse(botId).success) {
      throw new UserError('invalid_query', 'Pass the bot id as ?bot_id=<uuid>.', [{ field: 'bot_id', message: 'must be a uuid' }]);
    }
    const token = request.headers.get('x-visitor-token') ?? undefined;
    ctx.forBot(botId);
    const { visitor } = await requireVisitor({ botId, token, request, allowOrigin: ctx.allowOrigin });
    if (request.method === 'DELETE') return json(await rpcs.eraseVisitor(visitor.id));
    if (url.pathname.endsWith('/export')) {
      return json(await rpcs.exportVisitor(visitor.id), {
        headers: { 'content-disposition': 'attachment; filename="my-signpost-data.json"' },
      });
    }
    return json({ customer: await rpcs.customer(visitor.id) });
  }
  if (new URL(request.url).pathname.endsWith('/contact')) {
    const body = await readBody(request, ContactRequestSchema);
    ctx.forBot(body.bot_id);
    const { visitor } = await requireVisitor({ botId: body.bot_id, token: body.visitor_token, request, allowOrigin: ctx.allowOrigin });
    return json({ contact: await userFacing(rpcs.saveContact(visitor.id, body)) });
  }
  const body = await readBody(request, UpsertSchema);
  ctx.forBot(body.bot_id);
  const context = await requireVisitor({ botId: body.bot_id, token: body.visitor_token, request, allowOrigin: ctx.allowOrigin, action: 'profile' });
  const patch = parseOrRefuse(answersPatchSchema(context.fields.map((field) => FieldSchema.parse(field))), body.profile);
  const profile = await userFacing(rpcs.upsertProfile({ ...patch, visitor_id: context.visitor.id, bot_id: body.bot_id }));
  return json({ profile });
}, { ...VISITOR_CORS, onCall: recordCall });

function parseOrRefuse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ field: ['profile', ...issue.path].join('.'), message: issue.message }));
  throw new UserError('invalid_body', `The body is invalid: check ${[...new Set(details.map((d) => d.field))].join(', ')}.`, details);
}
