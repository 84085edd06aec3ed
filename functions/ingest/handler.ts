import { createClient } from '@supabase/supabase-js';
import { z } from 'zod';
import { FORMATS } from '../_shared/knowledge/document.ts';
import { CATEGORIES, KnowledgeError, MetadataSchema } from '../_shared/knowledge/metadata.ts';
import { prepareDocument } from '../_shared/knowledge/prepare.ts';
import { KnowledgeStoreError, writeDocument } from '../_shared/knowledge/store.ts';
import { env } from '../_shared/env.ts';
import { HttpError, json, notFound, readBody, requireMethod, unauthorized, UserError, withErrors } from '../_shared/http.ts';
import { recordCall } from '../_shared/metrics.ts';

export const IngestSchema = z.object({
  bot_id: z.uuid(),
  source: z.string().trim().min(1).max(500).refine((s) => !s.includes('\u0000'), 'must not contain NUL bytes')
    .refine((s) => s.isWellFormed(), 'must be valid Unicode (no lone surrogates)'),
  content: z.string().min(1).max(60_000).refine((s) => !s.includes('\u0000'), 'must not contain NUL bytes')
    .refine((s) => s.isWellFormed(), 'must be valid Unicode (no lone surrogates)')
    .refine((s) => s.trim().length > 0, 'must not be empty'),
  format: z.enum(FORMATS),
  category: z.enum(CATEGORIES).optional(),
  metadata: MetadataSchema.optional(),
  redact: z.boolean().optional(),
}).strict();
export type IngestRequest = z.infer<typeof IngestSchema>;

/** The role claimed by a JWT the gateway has already verified (verify_jwt = true). */
function role(authorization: string): string | undefined {
  try {
    const payload = authorization.replace(/^Bearer\s+/i, '').split('.')[1] ?? '';
    return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))).role;
  } catch {
    return undefined;
  }
}

/**
 * An owner's document into their bot's knowledge: POST with the owner's access token. The database client
 * acts as the caller, so RLS decides: another owner's bot is "not found" and nothing is written. Personal
 * data: 422 with a report (or redacted with `redact: true`). Unchanged chunks are skipped.
 */
export const handler = withErrors('ingest', async (request, ctx) => {
  requireMethod(request, 'POST');
  const authorization = request.headers.get('authorization') ?? '';
  if (role(authorization) !== 'authenticated') throw unauthorized('Send your own access token (a signed-in owner) as Authorization: Bearer <token>.');
  const body = await readBody(request, IngestSchema);

  const db = createClient(env.supabaseUrl, env.anonKey, {
    global: { headers: { Authorization: authorization } },
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const bot = await db.from('bots').select('id').eq('id', body.bot_id).maybeSingle();
  if (bot.error) throw new Error(`reading the bot: ${bot.error.message}`);
  if (!bot.data) throw notFound(`No bot ${body.bot_id} among your bots.`);
  // Counted for the bot only once it is known to be the caller's.
  ctx.forBot(body.bot_id);

  let doc;
  try {
    doc = await prepareDocument({ ...body, text: body.content });
  } catch (error) {
    if (error instanceof KnowledgeError) throw new UserError('invalid_document', error.message);
    throw error;
  }
  if (doc.refused) {
    throw new HttpError(422, 'personal_data', 'The document contains personal data; remove it or send redact: true.', {
      findings: doc.pii,
    });
  }
  try {
    const result = await writeDocument(db, body.bot_id, body.source, doc.chunks, { apiKey: env.openaiApiKey, baseUrl: env.openaiBaseUrl });
    return json({
      source: body.source,
      category: doc.category,
      chunks: doc.chunks.length,
      tokens: doc.tokens,
      ...result,
      redacted: doc.redacted,
    });
  } catch (error) {
    if (error instanceof KnowledgeStoreError && error.code === 'bot_not_found') throw notFound(`No bot ${body.bot_id} among your bots.`);
    if (error instanceof KnowledgeStoreError && error.code === 'invalid') throw new UserError('invalid_document', error.message);
    throw error;
  }
}, { cors: 'any', onCall: recordCall });
