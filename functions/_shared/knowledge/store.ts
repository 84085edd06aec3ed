/**
 * Writing prepared documents through the Data API, with whichever client the caller has: the service role
 * (the CLI) or an owner's JWT (the `ingest` function, where RLS decides). Only chunks whose hash changed are
 * embedded and written; `upsert_rag_chunks` does one document atomically and idempotently.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { type EmbedderOptions, embeddingInput, embedTexts, toPgVector } from './embeddings.ts';
import type { PreparedChunk } from './prepare.ts';
import type { SynonymPair } from './synonyms.ts';

export interface WriteSummary {
  added: number;
  updated: number;
  skipped: number;
  removed: number;
  /** Chunks sent to the embeddings API (0 without a key), and their estimated tokens. */
  embedded: number;
  embedded_tokens: number;
}

export class KnowledgeStoreError extends Error {
  constructor(message: string, readonly code: 'bot_not_found' | 'invalid' | 'database', readonly status?: number) {
    super(message);
  }
}

function fail(what: string, error: { code?: string; message: string; status?: number } | null): never {
  const code = error?.code === 'P0002' ? 'bot_not_found' : error?.code === '22023' || error?.code === '23514' ? 'invalid' : 'database';
  throw new KnowledgeStoreError(`${what}: ${error?.message ?? 'no answer'}`, code, error?.status);
}

export async function writeDocument(
  db: SupabaseClient,
  botId: string,
  source: string,
  chunks: PreparedChunk[],
  embedder: EmbedderOptions = {},
): Promise<WriteSummary> {
  const existing = await db.from('rag_documents').select('chunk_index, content_hash').eq('bot_id', botId).eq('source', source)
    .order('chunk_index').limit(5000);
  if (existing.error) fail('reading the current chunks', existing.error);
  const hashes = new Map((existing.data ?? []).map((row) => [row.chunk_index as number, row.content_hash as string]));
  const changed = chunks.map((chunk, i) => hashes.get(i) !== chunk.content_hash);

  const payload: (PreparedChunk & { embedding?: string })[] = chunks.map((chunk) => ({ ...chunk }));
  let embedded = 0;
  let embeddedTokens = 0;
  if (embedder.apiKey && changed.some(Boolean)) {
    const indexes = changed.flatMap((c, i) => (c ? [i] : []));
    const vectors = await embedTexts(indexes.map((i) => embeddingInput(chunks[i]!)), embedder);
    indexes.forEach((index, j) => {
      const vector = vectors[j];
      if (vector) payload[index]!.embedding = toPgVector(vector);
    });
    embedded = indexes.length;
    embeddedTokens = indexes.reduce((n, i) => n + chunks[i]!.token_count, 0);
  }
  const { data, error } = await db.rpc('upsert_rag_chunks', { p_bot_id: botId, p_source: source, p_chunks: payload });
  if (error) fail(`storing ${source}`, error);
  return { ...(data as Omit<WriteSummary, 'embedded' | 'embedded_tokens'>), embedded, embedded_tokens: embeddedTokens };
}

/** Replaces the synonyms one file gave a bot (rows added by hand stay). */
export async function replaceSynonyms(db: SupabaseClient, botId: string, source: string, pairs: SynonymPair[]): Promise<{ added: number; removed: number }> {
  const { data, error } = await db.rpc('replace_knowledge_synonyms', { p_bot_id: botId, p_source: source, p_pairs: pairs });
  if (error) fail(`storing the synonyms of ${source}`, error);
  return data as { added: number; removed: number };
}

export async function listSources(db: SupabaseClient, botId: string): Promise<{ source: string; chunks: number; unembedded: number }[]> {
  const { data, error } = await db.rpc('rag_sources', { p_bot_id: botId });
  if (error) fail('listing sources', error);
  return data as { source: string; chunks: number; unembedded: number }[];
}

export async function deleteSource(db: SupabaseClient, botId: string, source: string): Promise<number> {
  const { data, error } = await db.rpc('delete_rag_source', { p_bot_id: botId, p_source: source });
  if (error) fail(`deleting ${source}`, error);
  return (data as { removed: number }).removed;
}

/** Embeds every chunk of the bot that has none yet, a page at a time. Returns how many were stored. */
export async function embedMissing(db: SupabaseClient, botId: string, embedder: EmbedderOptions, onProgress?: (done: number) => void): Promise<number> {
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await db.from('rag_documents').select('id, content, headings, content_hash').eq('bot_id', botId).is('embedding', null)
      .gt('id', after).order('id').limit(100);
    if (page.error) fail('reading chunks without embeddings', page.error);
    const rows = (page.data ?? []) as { id: string; content: string; headings: string[]; content_hash: string }[];
    if (!rows.length) return done;
    const vectors = await embedTexts(rows.map(embeddingInput), embedder);
    const items = rows.flatMap((row, i) => (vectors[i] ? [{ id: row.id, content_hash: row.content_hash, embedding: toPgVector(vectors[i]!) }] : []));
    const { data, error } = await db.rpc('set_rag_embeddings', { p_bot_id: botId, p_embeddings: items });
    if (error) fail('storing embeddings', error);
    done += (data as { updated: number }).updated;
    onProgress?.(done);
    after = rows.at(-1)!.id;
  }
}
