/**
 * rag_search over the seeded demo knowledge, through the gateway and PostgREST as the functions call it:
 * the right passage for a visitor's question, nothing for an unrelated one, filters, scores, bot isolation,
 * and who may call it at all.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { isExpected } from '../../bench/corpus.ts';
import { BOT_ID, OTHER_BOT_ID, service, stack } from './helpers.ts';

interface Hit { id: string; content: string; headings: string[]; score: number; category: string; metadata: Record<string, string>; source: string; chunk_index: number }

const options = { auth: { persistSession: false, autoRefreshToken: false } };
const anon = createClient(stack.url, stack.anonKey, options);
function ownerClient(sub: string): SupabaseClient {
  const jwt = signJwt({ sub, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 }, stack.jwtSecret);
  return createClient(stack.url, stack.anonKey, { ...options, accessToken: async () => jwt });
}

async function search(args: Record<string, unknown>, client: SupabaseClient = service): Promise<Hit[]> {
  const { data, error } = await client.rpc('rag_search', { p_bot_id: BOT_ID, ...args });
  if (error) throw new Error(`rag_search: ${error.code} ${error.message}`);
  return data as Hit[];
}

const heading = (hit: Hit | undefined) => hit?.headings.at(-1) ?? '';
const OTHER_SOURCE = 'rag-test/zanzibar.md';
const hash = (n: number) => n.toString(16).padStart(64, '0');

beforeAll(async () => {
  // The second tenant's only knowledge: a word the demo bot's knowledge never uses.
  const { error } = await service.rpc('upsert_rag_chunks', {
    p_bot_id: OTHER_BOT_ID,
    p_source: OTHER_SOURCE,
    p_chunks: [{ content: 'Other FAQ › Zanzibar\n\nWe ship spice boxes to Zanzibar and Canada every Monday.', content_hash: hash(1), category: 'faq' }],
  });
  if (error) throw new Error(error.message);
});

describe('rag_search, full-text path (no embeddings)', () => {
  it('answers "do you ship to Canada?" with the shipping FAQ first', async () => {
    const hits = await search({ p_query: 'do you ship to Canada?', p_category: 'faq' });
    expect(heading(hits[0])).toContain('Do you ship to Canada?');
    expect(hits[0]).toMatchObject({ category: 'faq', source: 'faq.md' });
    expect(hits[0]!.score).toBeGreaterThanOrEqual(0.75);
    expect(hits[0]!.score).toBeLessThanOrEqual(1);
    // Best first.
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((x, y) => y - x));
  });

  it('returns nothing for unrelated questions at the default min score', async () => {
    for (const question of ["what's the capital of France", 'tell me a joke', 'how do I renew my passport']) {
      expect(await search({ p_query: question })).toEqual([]);
    }
  });

  it('finds the right passage for a natural question with filler words', async () => {
    const hits = await search({ p_query: "I'm vegetarian, does that work?", p_category: 'faq' });
    expect(heading(hits[0])).toContain('vegetarian or vegan');
  });

  it('keeps to the category asked for', async () => {
    const hits = await search({ p_query: 'vegan meals', p_category: 'meal_plans', p_min_score: 0 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.category))).toEqual(new Set(['meal_plans']));
  });

  it('filters testimonials by metadata (goal, gender, age bracket)', async () => {
    const filters = { goal: 'fat_loss', gender: 'female' };
    const hits = await search({ p_query: 'lost weight results', p_category: 'testimonials', p_filters: filters, p_min_score: 0, p_top_k: 10 });
    expect(hits.length).toBeGreaterThanOrEqual(2);
    for (const hit of hits) expect(hit.metadata).toMatchObject(filters);
    const older = await search({ p_query: 'lost weight', p_category: 'testimonials', p_filters: { goal: 'fat_loss', age_bracket: '55+' }, p_min_score: 0 });
    expect(older.map((h) => h.source)).toEqual(['testimonials/06-linda.md']);
  });

  it('honours top_k and min_score', async () => {
    expect(await search({ p_query: 'plan meals delivery coach', p_top_k: 2, p_min_score: 0 })).toHaveLength(2);
    const all = await search({ p_query: 'plan meals delivery coach', p_top_k: 50, p_min_score: 0 });
    const strict = await search({ p_query: 'plan meals delivery coach', p_top_k: 50, p_min_score: 0.9 });
    expect(strict.length).toBeLessThan(all.length);
    for (const hit of strict) expect(hit.score).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 85% of the labelled questions in its top 3', async () => {
    const { questions } = JSON.parse(readFileSync(new URL('../fixtures/rag-questions.json', import.meta.url), 'utf8')) as {
      questions: { question: string; category: string; filters?: Record<string, string>; expected: [string, string] }[];
    };
    let found = 0;
    for (const q of questions) {
      const hits = await search({ p_query: q.question, p_category: q.category, p_filters: q.filters ?? null, p_top_k: 3, p_min_score: 0 });
      if (hits.some((h) => isExpected(h, q.expected))) found++;
    }
    expect(found / questions.length).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    [{ p_top_k: 0 }, /top_k/],
    [{ p_top_k: 51 }, /top_k/],
    [{ p_min_score: 1.5 }, /min_score/],
    [{ p_query: '   ' }, /query/],
    [{ p_query: 'x'.repeat(2001) }, /query/],
    [{ p_prefer_category: 'recipes' }, /prefer_category/],
    [{ p_category: 'recipes' }, /category/],
    [{ p_filters: ['goal'] }, /filters/],
  ])('refuses bad arguments with 22023 naming the argument: %j', async (args, name) => {
    const { error } = await service.rpc('rag_search', { p_bot_id: BOT_ID, p_query: 'shipping', ...args });
    expect(error?.code).toBe('22023');
    expect(error?.message).toMatch(name);
  });
});

describe('rag_search, vector and hybrid paths', () => {
  it('ranks the chunk whose embedding matches the query first, with a calibrated score', async () => {
    const target = (await search({ p_query: 'refund money back guarantee', p_category: 'faq' }))[0]!;
    const other = (await search({ p_query: 'halal kosher', p_category: 'faq' }))[0]!;
    const vector = Array.from({ length: 1536 }, (_, i) => (i % 7) / 7 - 0.4);
    const orthogonal = vector.map((x, i) => (i % 2 ? x : -x));
    const toPg = (v: number[]) => `[${v.join(',')}]`;
    const rows = await service.from('rag_documents').select('id, content_hash').in('id', [target.id, other.id]);
    const hashes = new Map(rows.data!.map((r) => [r.id, r.content_hash]));
    const set = await service.rpc('set_rag_embeddings', {
      p_bot_id: BOT_ID,
      p_embeddings: [
        { id: target.id, content_hash: hashes.get(target.id), embedding: toPg(vector) },
        { id: other.id, content_hash: hashes.get(other.id), embedding: toPg(orthogonal) },
      ],
    });
    expect(set.data).toEqual({ updated: 2 });
    try {
      // A question with no word in common with the chunk: only the vector path can find it.
      const hits = await search({ p_query: 'can I change my mind later', p_category: 'faq', p_query_embedding: toPg(vector) });
      expect(hits[0]?.id).toBe(target.id);
      expect(hits[0]?.score).toBe(1);
      expect(hits.map((h) => h.id)).not.toContain(other.id);
    } finally {
      await service.from('rag_documents').update({ embedding: null }).in('id', [target.id, other.id]);
    }
  });
});

describe('who may search and read knowledge', () => {
  it('never shows one bot another bot\'s documents', async () => {
    expect(await search({ p_query: 'zanzibar', p_min_score: 0 })).toEqual([]);
    const theirs = await search({ p_bot_id: OTHER_BOT_ID, p_query: 'zanzibar spice boxes' });
    expect(theirs.map((h) => h.source)).toEqual([OTHER_SOURCE]);
    const canada = await search({ p_bot_id: OTHER_BOT_ID, p_query: 'do you ship to Canada?', p_min_score: 0, p_top_k: 50 });
    expect(canada.every((h) => h.source === OTHER_SOURCE)).toBe(true);
  });

  it('lets an owner search and read only their own bots\' documents', async () => {
    const ownerA = ownerClient(DEMO_OWNER_ID);
    const ownerB = ownerClient(OTHER_OWNER_ID);
    expect((await search({ p_query: 'do you ship to Canada?' }, ownerA))[0]?.source).toBe('faq.md');
    expect(await search({ p_query: 'do you ship to Canada?', p_min_score: 0 }, ownerB)).toEqual([]);
    expect(await search({ p_bot_id: OTHER_BOT_ID, p_query: 'zanzibar', p_min_score: 0 }, ownerA)).toEqual([]);
    const mine = await ownerB.from('rag_documents').select('bot_id');
    expect(mine.error).toBeNull();
    expect(new Set(mine.data!.map((r) => r.bot_id))).toEqual(new Set([OTHER_BOT_ID]));
    // Owner B cannot write into owner A's bot, even through the ingestion RPC.
    const write = await ownerB.rpc('upsert_rag_chunks', { p_bot_id: BOT_ID, p_source: 'evil.md', p_chunks: [{ content: 'x', content_hash: hash(2), category: 'faq' }] });
    expect(write.error?.code).toBe('P0002');
    const inserted = await ownerB.from('rag_documents').insert({ bot_id: BOT_ID, source: 'evil.md', chunk_index: 0, content: 'x', content_hash: hash(2), category: 'faq' });
    expect(inserted.error?.code).toBe('42501');
    const { count } = await service.from('rag_documents').select('*', { count: 'exact', head: true }).eq('source', 'evil.md');
    expect(count).toBe(0);
  });

  it('gives the anon key nothing: no search, no rows', async () => {
    const { error } = await anon.rpc('rag_search', { p_bot_id: BOT_ID, p_query: 'do you ship to Canada?' });
    expect(error?.code).toBe('42501');
    for (const name of ['upsert_rag_chunks', 'delete_rag_source', 'rag_sources', 'set_rag_embeddings']) {
      const { data } = await service.rpc('api_callable_functions', { p_role: 'anon' });
      expect(data).not.toContain(name);
    }
    const read = await anon.from('rag_documents').select('id').limit(1);
    expect(read.data ?? []).toEqual([]);
    expect(read.error?.code).toBe('42501');
  });
});
