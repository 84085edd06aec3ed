/**
 * Retrieval quality and speed of `rag_search`.
 *
 * 1. Quality: every labelled question in tests/fixtures/rag-questions.json through rag_search over the demo
 *    knowledge (seeded into the fresh stack): recall@3 and MRR of the full-text path (and of the hybrid path
 *    when OPENAI_API_KEY is set: the corpus and the questions are embedded first), plus how often an
 *    unrelated question returns anything at the default min score.
 * 2. Speed: 10k synthetic chunks with random 1536-d embeddings loaded into the second seed bot through
 *    `upsert_rag_chunks`, then rag_search p50/p95 for the full-text and the hybrid (vector + full-text) path.
 *
 *   npm run bench:rag [-- --chunks 10000 --queries 200]
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { readFileSync } from 'node:fs';
import { embedMissing } from '../functions/_shared/knowledge/store.ts';
import { embedTexts, toPgVector } from '../functions/_shared/knowledge/embeddings.ts';
import { NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID } from '../supabase/local/seed-ids.ts';
import { startStack } from '../supabase/local/stack.ts';
import { machine, percentile, table, writeSection } from './report.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHUNKS = arg('chunks', 10_000);
const QUERIES = arg('queries', 200);
const apiKey = process.env.OPENAI_API_KEY;
const embedder = { apiKey, baseUrl: process.env.OPENAI_BASE_URL };

interface Labelled {
  question: string;
  category: string;
  kind: string;
  filters?: Record<string, string>;
  expected: [string, string];
}
const fixture = JSON.parse(readFileSync(new URL('../tests/fixtures/rag-questions.json', import.meta.url), 'utf8')) as {
  questions: Labelled[];
  unrelated: string[];
};

interface Hit { content: string; source: string; score: number }

async function search(db: SupabaseClient, args: Record<string, unknown>): Promise<Hit[]> {
  const { data, error } = await db.rpc('rag_search', args);
  if (error) throw new Error(`rag_search: ${error.message}`);
  return data as Hit[];
}

const isExpected = (hit: Hit, [source, phrase]: [string, string]) => hit.source.startsWith(source) && hit.content.includes(phrase);

interface Quality { recall3: number; mrr: number; recallDefault: number; falsePositives: number; byKind: Record<string, number> }

async function quality(db: SupabaseClient, embeddings?: Map<string, string>): Promise<Quality> {
  let hits3 = 0;
  let rr = 0;
  let hitsDefault = 0;
  const kinds: Record<string, { n: number; hit: number }> = {};
  for (const q of fixture.questions) {
    const base = { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID, p_query: q.question, p_category: q.category, p_filters: q.filters ?? null, p_query_embedding: embeddings?.get(q.question) ?? null };
    const ranked = await search(db, { ...base, p_top_k: 10, p_min_score: 0 });
    const rank = ranked.findIndex((hit) => isExpected(hit, q.expected)) + 1;
    const kind = (kinds[q.kind] ??= { n: 0, hit: 0 });
    kind.n++;
    if (rank >= 1 && rank <= 3) {
      hits3++;
      kind.hit++;
    }
    if (rank >= 1) rr += 1 / rank;
    const atDefault = await search(db, { ...base, p_top_k: 3 });
    if (atDefault.some((hit) => isExpected(hit, q.expected))) hitsDefault++;
    if (process.env.RAG_DEBUG && rank >= 1 && ranked[rank - 1]!.score < 0.75) console.log(`  low score ${ranked[rank - 1]!.score} ${q.question}`);
    if (process.env.RAG_DEBUG && rank !== 1) console.log(`  miss@1 (rank ${rank || '-'}) ${q.question} -> ${ranked.slice(0, 2).map((h) => `${h.score} ${h.content.split('\n')[0]}`).join(' | ')}`);
  }
  let falsePositives = 0;
  for (const question of fixture.unrelated) {
    const hits = await search(db, { p_bot_id: NUTRITION_SOLUTIONS_BOT_ID, p_query: question, p_query_embedding: embeddings?.get(question) ?? null });
    if (hits.length) falsePositives++;
  }
  const n = fixture.questions.length;
  return {
    recall3: hits3 / n,
    mrr: rr / n,
    recallDefault: hitsDefault / n,
    falsePositives,
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.hit / v.n])),
  };
}

// --- Synthetic chunks -------------------------------------------------------------------------------------

// A vocabulary of 3,000 made-up words, so a word occurs in about 1 chunk in 40, as in a real knowledge base.
const SYLLABLES = 'ka lo mi ne su ra te vo ba di fu ge hi jo ku le ma no pi qu ri sa to vu wa xe yo zi'.split(' ');
const WORDS = Array.from({ length: 3000 }, (_, i) => {
  let word = '';
  for (let n = i + 27; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return `${word}n`;
});

function randomVector(): number[] {
  const v = Array.from({ length: 1536 }, () => Math.random() * 2 - 1);
  const norm = Math.hypot(...v);
  return v.map((x) => Number((x / norm).toFixed(5)));
}
const randomText = (words: number) => Array.from({ length: words }, () => WORDS[Math.floor(Math.random() * WORDS.length)]).join(' ');

async function loadSynthetic(db: SupabaseClient, total: number): Promise<{ loadMs: number; indexMs: number }> {
  const perSource = 200;
  const started = performance.now();
  // Load first, index after (shared/STACK.md): the index is taken down and built again around the load.
  const down = await db.rpc('rag_set_embedding_index', { p_enabled: false });
  if (down.error) throw new Error(`dropping the embedding index: ${down.error.message}`);
  for (let s = 0; s * perSource < total; s++) {
    const n = Math.min(perSource, total - s * perSource);
    const chunks = Array.from({ length: n }, (_, i) => ({
      content: `Synthetic ${s}-${i}\n\n${randomText(80)}.`,
      content_hash: (s * perSource + i).toString(16).padStart(64, '0'),
      category: 'faq',
      metadata: {},
      token_count: 120,
      embedding: toPgVector(randomVector()),
    }));
    const { error } = await db.rpc('upsert_rag_chunks', { p_bot_id: OTHER_BOT_ID, p_source: `synthetic-${s}.md`, p_chunks: chunks });
    if (error) throw new Error(`loading synthetic chunks: ${error.message}`);
    if (process.stderr.isTTY) process.stderr.write(`\r  loaded ${s * perSource + n}/${total} chunks`);
  }
  process.stderr.write('\n');
  const loaded = performance.now() - started;
  const up = await db.rpc('rag_set_embedding_index', { p_enabled: true });
  if (up.error) throw new Error(`building the embedding index: ${up.error.message}`);
  // After a request of a minute, PostgREST finds its database connection closed and reconnects (503 meanwhile).
  for (let tries = 0; (await db.rpc('ping')).error; tries++) {
    if (tries > 100) throw new Error('PostgREST did not reconnect after the index build');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { loadMs: loaded, indexMs: performance.now() - started - loaded };
}

async function latency(db: SupabaseClient, runs: number, withVector: boolean): Promise<{ p50: number; p95: number; results: number }> {
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < runs; i++) {
    const query = randomText(6);
    const args = { p_bot_id: OTHER_BOT_ID, p_query: query, p_top_k: 5, p_min_score: 0, p_query_embedding: withVector ? toPgVector(randomVector()) : null };
    const t = performance.now();
    results += (await search(db, args)).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), results: results / runs };
}

// --- Run --------------------------------------------------------------------------------------------------

const logs: string[] = [];
const stack = await startStack({ log: (service, line) => logs.push(`[${service}] ${line}`) });
process.on('exit', (code) => {
  if (code) console.error(`The stack's last log lines:\n${logs.slice(-15).join('\n')}`);
});
try {
  const db = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

  console.log(`Quality: ${fixture.questions.length} labelled questions, ${fixture.unrelated.length} unrelated`);
  const fts = await quality(db);
  const qualityRows: (string | number)[][] = [[
    'full text (no embeddings)', pct(fts.recall3), fts.mrr.toFixed(3), pct(fts.recallDefault), `${fts.falsePositives}/${fixture.unrelated.length}`,
    Object.entries(fts.byKind).map(([k, v]) => `${k} ${pct(v)}`).join(', '),
  ]];
  if (apiKey) {
    await embedMissing(db, NUTRITION_SOLUTIONS_BOT_ID, embedder);
    const texts = [...fixture.questions.map((q) => q.question), ...fixture.unrelated];
    const vectors = await embedTexts(texts, embedder);
    const map = new Map(texts.map((t, i) => [t, toPgVector(vectors[i]!)]));
    const hybrid = await quality(db, map);
    qualityRows.push([
      'hybrid (text-embedding-3-small + full text)', pct(hybrid.recall3), hybrid.mrr.toFixed(3), pct(hybrid.recallDefault), `${hybrid.falsePositives}/${fixture.unrelated.length}`,
      Object.entries(hybrid.byKind).map(([k, v]) => `${k} ${pct(v)}`).join(', '),
    ]);
  }
  const qualityTable = table(['path', 'recall@3', 'MRR', 'recall@3 at min_score 0.75', 'unrelated questions answered', 'recall@3 by kind'], qualityRows);
  console.log(`\n${qualityTable}\n`);

  console.log(`Speed: loading ${CHUNKS} synthetic chunks with random 1536-d embeddings, then building the HNSW index`);
  const { loadMs, indexMs } = await loadSynthetic(db, CHUNKS);
  console.log(`  load ${(loadMs / 1000).toFixed(1)} s (${Math.round(CHUNKS / (loadMs / 1000))} chunks/s), HNSW index ${(indexMs / 1000).toFixed(1)} s`);
  await latency(db, 10, true); // warm-up
  const ftsLatency = await latency(db, QUERIES, false);
  const vecLatency = await latency(db, QUERIES, true);
  const speedTable = table(['rag_search path', `p50 (ms)`, 'p95 (ms)', 'results per query (top 5)'], [
    ['full text', ftsLatency.p50.toFixed(1), ftsLatency.p95.toFixed(1), ftsLatency.results.toFixed(1)],
    ['hybrid: vector (HNSW) + full text', vecLatency.p50.toFixed(1), vecLatency.p95.toFixed(1), vecLatency.results.toFixed(1)],
  ]);
  console.log(`\n${speedTable}`);

  writeSection('rag', `## Knowledge search: quality and latency

\`npm run bench:rag\` — ${machine()}.

Quality over the demo knowledge (${fixture.questions.length} labelled visitor questions in \`tests/fixtures/rag-questions.json\`,
direct, paraphrased and misspelt, each searched in the category the coach would choose; recall@3 and MRR with
\`p_min_score = 0\`; "at min_score 0.75" is what the coach gets with the default threshold). ${apiKey ? '' : 'No OPENAI_API_KEY: full-text path only.'}

${qualityTable}

Latency through the gateway and PostgREST (supabase-js \`.rpc\`, concurrency 1, ${QUERIES} queries per path)
with ${CHUNKS.toLocaleString('en-US')} synthetic chunks (80 words from a 3,000-word made-up vocabulary, random 1536-d embeddings) in
one bot beside the demo knowledge. Loaded through \`upsert_rag_chunks\` (200 per call) in ${(loadMs / 1000).toFixed(0)} s with the
embedding index down, then the HNSW index built in ${(indexMs / 1000).toFixed(0)} s (\`rag_set_embedding_index\`). Queries are 6
random vocabulary words (and a random vector for the hybrid path).

${speedTable}`);
} finally {
  await stack.stop();
}
