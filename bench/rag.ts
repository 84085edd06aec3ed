/**
 * Knowledge answers: retrieval quality, answer accuracy and the speed of `rag_search`.
 *
 * 1. Quality, per labelled corpus: the demo bot's knowledge (tests/fixtures/rag-questions.json) and each
 *    tuning corpus under tests/fixtures/knowledge/<slug>/ (its own questions.json), through the running stack
 *    as the coach calls it (the question's category as a hint, `p_prefer_category`). recall@3 and MRR with
 *    `p_min_score = 0`; recall@3 at the default threshold; answer accuracy: the reply `answerFromPassages`
 *    composes from the passages at the default threshold is confident and holds every labelled phrase; and how
 *    many unrelated questions get a confident reply. With OPENAI_API_KEY, the hybrid path too.
 * 2. Speed, before and after in one run: one in-process database (PGlite, no HTTP) holding 10k synthetic chunks
 *    with random 1536-d embeddings, searched alternately by today's rag_search and by the first one
 *    (recreated as rag_search_before from its migration, which is never edited).
 *
 *   npm run bench:rag [-- --chunks 10000 --queries 200]
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ANSWER_SCORE, answerFromPassages } from '../functions/_shared/knowledge/answer.ts';
import { embedTexts, toPgVector } from '../functions/_shared/knowledge/embeddings.ts';
import { type KnowledgeSample, type KnowledgeSearch, passagesFor } from '../functions/_shared/knowledge/search.ts';
import { embedMissing } from '../functions/_shared/knowledge/store.ts';
import { migrate, pgliteSql } from '../supabase/local/migrate.ts';
import { DEMO_OWNER_ID, NUTRITION_SOLUTIONS_BOT_ID } from '../supabase/local/seed-ids.ts';
import { startStack } from '../supabase/local/stack.ts';
import { type Hit, isExpected, type LabelledSet, loadCorpus, readLabelled, tuningDir } from './corpus.ts';
import { machine, percentile, table, writeSection } from './report.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHUNKS = arg('chunks', 10_000);
const QUERIES = arg('queries', 200);
const apiKey = process.env.OPENAI_API_KEY;
const embedder = { apiKey, baseUrl: process.env.OPENAI_BASE_URL };
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** For calibrating: the threshold the coach would use (default: the composer's CONFIDENT_SCORE). */
const MIN_SCORE = process.env.RAG_MIN_SCORE ? Number(process.env.RAG_MIN_SCORE) : undefined;

interface Corpus { name: string; botId: string; set: LabelledSet }

async function search(db: SupabaseClient, args: Record<string, unknown>): Promise<Hit[]> {
  const { data, error } = await db.rpc('rag_search', args);
  if (error) throw new Error(`rag_search: ${error.message}`);
  return data as Hit[];
}

/** rag_search and rag_sample as the coach's knowledge search calls them. */
const searcher = (db: SupabaseClient, botId: string, embedding?: string): KnowledgeSearch => (args) => search(db, {
  p_bot_id: botId, p_query: args.query, p_category: args.category ?? null, p_prefer_category: args.preferCategory ?? null,
  p_filters: args.filters ?? null, p_top_k: args.topK ?? 5, p_min_score: args.minScore ?? 0.75, p_query_embedding: embedding ?? null,
});
const sampler = (db: SupabaseClient, botId: string): KnowledgeSample => async ({ category, limit }) => {
  const { data, error } = await db.rpc('rag_sample', { p_bot_id: botId, p_category: category, p_limit: limit });
  if (error) throw new Error(`rag_sample: ${error.message}`);
  return data as Hit[];
};

interface Quality {
  recall3: number; mrr: number; recallDefault: number; answers: number; plain: number; answerable: number; unrelated: number; guessed: number;
  byKind: Record<string, number>;
}

async function quality(db: SupabaseClient, corpus: Corpus, embeddings?: Map<string, string>): Promise<Quality> {
  let hits3 = 0;
  let rr = 0;
  let hitsDefault = 0;
  let answers = 0;
  let plain = 0;
  let answerable = 0;
  const kinds: Record<string, { n: number; hit: number }> = {};
  for (const q of corpus.set.questions) {
    // As the coach searches: the category a hint, a filter only with the visitor's metadata (testimonials like them).
    const base = {
      p_bot_id: corpus.botId, p_query: q.question, p_filters: q.filters ?? null,
      p_category: q.filters ? q.category : null, p_prefer_category: q.category, p_query_embedding: embeddings?.get(q.question) ?? null,
    };
    const ranked = await search(db, { ...base, p_top_k: 10, p_min_score: 0 });
    const rank = ranked.findIndex((hit) => isExpected(hit, q.expected)) + 1;
    const kind = (kinds[q.kind] ??= { n: 0, hit: 0 });
    kind.n++;
    if (rank >= 1 && rank <= 3) {
      hits3++;
      kind.hit++;
    }
    if (rank >= 1) rr += 1 / rank;
    const atDefault = await search(db, { ...base, p_top_k: 5, p_min_score: MIN_SCORE ?? ANSWER_SCORE });
    if (atDefault.slice(0, 3).some((hit) => isExpected(hit, q.expected))) hitsDefault++;
    if (q.answer) {
      answerable++;
      // The passages the coach answers from, and the reply composed from them.
      const found = q.filters ? { passages: await search(db, { ...base, p_min_score: 0, p_top_k: 3 }), minScore: 0 }
        : await passagesFor(searcher(db, corpus.botId, embeddings?.get(q.question)), q.question, q.category, sampler(db, corpus.botId), MIN_SCORE);
      const reply = answerFromPassages(q.question, found.passages, { minScore: found.minScore });
      const right = reply.kind !== 'unknown' && q.answer.every((phrase) => reply.text.toLowerCase().includes(phrase.toLowerCase()));
      if (right) answers++;
      if (right && reply.confident) plain++;
      if (process.env.RAG_DEBUG && !right) console.log(`  wrong answer (rank ${rank || '-'}) ${q.question}\n    -> ${reply.text.replace(/\n/g, ' ').slice(0, 160)}`);
    }
    if (process.env.RAG_DEBUG) console.log(`  score ${rank === 1 ? 'right' : 'wrong'} ${ranked[0]?.score ?? 0} ${q.question}`);
    if (process.env.RAG_DEBUG && rank !== 1) {
      console.log(`  miss@1 (rank ${rank || '-'}) ${q.question} -> ${ranked.slice(0, 2).map((h) => `${h.score} ${h.headings.at(-1) ?? h.content.slice(0, 40)}`).join(' | ')}`);
    }
  }
  let unrelated = 0;
  let guessed = 0;
  for (const question of corpus.set.unrelated) {
    const found = await passagesFor(searcher(db, corpus.botId, embeddings?.get(question)), question, null, sampler(db, corpus.botId), MIN_SCORE);
    const reply = answerFromPassages(question, found.passages, { minScore: found.minScore });
    if (process.env.RAG_DEBUG) {
      const top = await search(db, { p_bot_id: corpus.botId, p_query: question, p_min_score: 0, p_top_k: 1 });
      console.log(`  score unrelated ${top[0]?.score ?? 0} ${question} -> ${top[0]?.headings.at(-1) ?? ''}`);
    }
    if (reply.kind !== 'unknown' && !reply.confident) guessed++;
    if (reply.confident) {
      unrelated++;
      if (process.env.RAG_DEBUG) console.log(`  answered unrelated: ${question} -> ${reply.text.slice(0, 100)}`);
    }
  }
  const n = corpus.set.questions.length;
  return {
    recall3: hits3 / n, mrr: rr / n, recallDefault: hitsDefault / n, answers, plain, answerable, unrelated, guessed,
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.hit / v.n])),
  };
}

const qualityRow = (corpus: Corpus, path: string, q: Quality) => [
  corpus.name, path, String(corpus.set.questions.length), pct(q.recall3), q.mrr.toFixed(3), pct(q.recallDefault),
  `${q.answers}/${q.answerable} (${pct(q.answers / q.answerable)})`, String(q.plain), `${q.unrelated}/${corpus.set.unrelated.length}`, `${q.guessed}/${corpus.set.unrelated.length}`,
  Object.entries(q.byKind).map(([k, v]) => `${k} ${pct(v)}`).join(', '),
];

// --- Synthetic chunks, in process -------------------------------------------------------------------------

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

/** The first rag_search, from its own migration, under another name. */
function searchBefore(): string {
  const sql = readFileSync(join(import.meta.dirname, '../supabase/migrations/20261121001100_rag_rpcs.sql'), 'utf8');
  const start = sql.indexOf('create function public.rag_search(');
  const end = sql.indexOf('$$;', start) + 3;
  return sql.slice(start, end).replace('public.rag_search(', 'public.rag_search_before(');
}

async function speed(total: number, runs: number) {
  const db = await PGlite.create({ extensions: { vector, pg_trgm } });
  await migrate(pgliteSql(db), { supabaseDir: join(import.meta.dirname, '../supabase'), bootstrapFile: join(import.meta.dirname, '../supabase/local/bootstrap.sql') });
  await db.exec(searchBefore());
  const botId = '00000000-0000-4000-8000-0000000000b1';
  await db.query(`insert into public.bots (id, owner_id, name) values ($1, $2, 'Bench')`, [botId, DEMO_OWNER_ID]).catch(async () => {
    await db.query(`insert into auth.users (id) values ($1)`, [DEMO_OWNER_ID]);
    await db.query(`insert into public.bots (id, owner_id, name) values ($1, $2, 'Bench')`, [botId, DEMO_OWNER_ID]);
  });
  const started = performance.now();
  await db.query('select public.rag_set_embedding_index(false)');
  const perSource = 200;
  for (let s = 0; s * perSource < total; s++) {
    const n = Math.min(perSource, total - s * perSource);
    const chunks = Array.from({ length: n }, (_, i) => ({
      content: `${randomText(80)}.`, headings: [`Synthetic ${s}-${i}`], content_hash: (s * perSource + i).toString(16).padStart(64, '0'),
      category: 'faq', metadata: {}, token_count: 120, embedding: toPgVector(randomVector()),
    }));
    await db.query('select public.upsert_rag_chunks($1, $2, $3)', [botId, `synthetic-${s}.md`, JSON.stringify(chunks)]);
    if (process.stderr.isTTY) process.stderr.write(`\r  loaded ${s * perSource + n}/${total} chunks`);
  }
  process.stderr.write('\n');
  const loadMs = performance.now() - started;
  await db.query('select public.rag_set_embedding_index(true)');
  const indexMs = performance.now() - started - loadMs;

  const paths = { before: 'public.rag_search_before($1, $2, null, null, 5, 0, $3::extensions.vector)', after: 'public.rag_search($1, $2, null, null, 5, 0, $3::extensions.vector)' };
  const times: Record<string, Record<'fts' | 'hybrid', number[]>> = { before: { fts: [], hybrid: [] }, after: { fts: [], hybrid: [] } };
  const results: Record<string, number> = { before: 0, after: 0 };
  for (let i = 0; i < runs + 10; i++) {
    const query = randomText(6);
    const embedding = toPgVector(randomVector());
    // Alternate which goes first, so neither always meets a warm cache.
    const order = i % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const path of ['fts', 'hybrid'] as const) {
      for (const which of order) {
        const t = performance.now();
        const res = await db.query<{ r: unknown[] }>(`select ${paths[which]} as r`, [botId, query, path === 'hybrid' ? embedding : null]);
        const ms = performance.now() - t;
        if (i >= 10) {
          times[which]![path].push(ms);
          results[which]! += res.rows[0]!.r.length;
        }
      }
    }
  }
  await db.close();
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  return { loadMs, indexMs, times, stats, results };
}

// --- Run --------------------------------------------------------------------------------------------------

const logs: string[] = [];
const stack = await startStack({ log: (service, line) => logs.push(`[${service}] ${line}`) });
process.on('exit', (code) => {
  if (code) console.error(`The stack's last log lines:\n${logs.slice(-15).join('\n')}`);
});
let qualityTable = '';
let corpora: Corpus[] = [];
try {
  const db = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
  corpora = [{ name: 'demo (Nutrition Solutions)', botId: NUTRITION_SOLUTIONS_BOT_ID, set: readLabelled(new URL('../tests/fixtures/rag-questions.json', import.meta.url)) }];
  for (const slug of readdirSync(tuningDir('.')).sort()) {
    const bot = await db.from('bots').insert({ owner_id: DEMO_OWNER_ID, name: `Bench ${slug}` }).select('id').single();
    if (bot.error) throw new Error(bot.error.message);
    await loadCorpus(db, bot.data.id, tuningDir(slug));
    corpora.push({ name: `tuning (${slug})`, botId: bot.data.id, set: readLabelled(join(tuningDir(slug), 'questions.json')) });
  }

  const rows: string[][] = [];
  for (const corpus of corpora) {
    console.log(`Quality: ${corpus.name}, ${corpus.set.questions.length} labelled questions, ${corpus.set.unrelated.length} unrelated`);
    rows.push(qualityRow(corpus, 'full text (no embeddings)', await quality(db, corpus)));
    if (apiKey) {
      await embedMissing(db, corpus.botId, embedder);
      const texts = [...corpus.set.questions.map((q) => q.question), ...corpus.set.unrelated];
      const vectors = await embedTexts(texts, embedder);
      const map = new Map(texts.map((t, i) => [t, toPgVector(vectors[i]!)]));
      rows.push(qualityRow(corpus, 'hybrid (text-embedding-3-small + full text)', await quality(db, corpus, map)));
    }
  }
  qualityTable = table(['corpus', 'path', 'questions', 'recall@3', 'MRR', `recall@3 at min_score ${MIN_SCORE ?? ANSWER_SCORE}`, 'answers right', 'of them plainly', 'unrelated answered', 'unrelated given a guess', 'recall@3 by kind'], rows);
  console.log(`\n${qualityTable}\n`);
} finally {
  await stack.stop();
}

if (process.argv.includes('--quality-only')) process.exit(0);
console.log(`Speed: ${CHUNKS} synthetic chunks with random 1536-d embeddings in one in-process database, today's rag_search and the first one alternately`);
const { loadMs, indexMs, times, stats, results } = await speed(CHUNKS, QUERIES);
const speedRows = (['fts', 'hybrid'] as const).flatMap((path) => (['before', 'after'] as const).map((which) => {
  const s = stats(times[which]![path]);
  return [path === 'fts' ? 'full text' : 'hybrid: vector (HNSW) + full text', which === 'before' ? 'first rag_search' : 'today\'s rag_search', s.p50.toFixed(1), s.p95.toFixed(1)];
}));
const speedTable = table(['path', 'function', 'p50 (ms)', 'p95 (ms)'], speedRows);
console.log(`  load ${(loadMs / 1000).toFixed(1)} s, HNSW index ${(indexMs / 1000).toFixed(1)} s; results per query ${(results.after! / QUERIES / 2).toFixed(1)} (today), ${(results.before! / QUERIES / 2).toFixed(1)} (first)`);
console.log(`\n${speedTable}`);

writeSection('rag', `## Knowledge answers: quality and latency

\`npm run bench:rag\` — ${machine()}, load average ${os.loadavg()[0]!.toFixed(1)} when it ended. ${apiKey ? '' : 'No OPENAI_API_KEY: full-text path only.'}

Quality through the local stack, as the coach searches (the question's category as a hint). Corpora:
${corpora.map((c) => `${c.name}, ${c.set.questions.length} questions and ${c.set.unrelated.length} unrelated`).join('; ')} (\`tests/fixtures/rag-questions.json\`,
\`tests/fixtures/knowledge/*/questions.json\`: direct, paraphrased, synonyms, misspelt, short and rambling).
recall@3 and MRR with \`p_min_score = 0\`; "at min_score ${MIN_SCORE ?? ANSWER_SCORE}" is the share the coach still finds at its threshold.
Answers right: the reply \`answerFromPassages\` composes from the passages the coach gets (\`passagesFor\`, from
score 0.6) holds the labelled phrases, said plainly (score 0.75 or more) or offered as a guess with a person
("I think this is what you're asking about: …"). Unrelated answered: a plain answer to a question the knowledge
does not cover (should be 0); given a guess: the guessed quote and the offer of a person instead of "I don't know".

${qualityTable}

For comparison, the knowledge path before headings, synonyms and the answer composer (commit 6bd381a: heading
paths inside the chunk text, the first \`#\` heading taken as the title, the category as a filter, one to three
sentences of the best passage, "I don't know" under 0.75), measured on the same labelled sets and corpora (its
ingestion refuses front matter \`url\`, which was dropped for it): demo 87.0% recall@3, MRR 0.824, 33/53 answers
right (62.3%), 0/10 unrelated answered; tuning 83.3% recall@3, MRR 0.804, 28/48 answers right (58.3%), 2/10
unrelated answered.

Latency of the function itself, before and after in one run: one in-process PGlite database (no HTTP; the
gateway and PostgREST add about 4 ms) holding ${CHUNKS.toLocaleString('en-US')} synthetic chunks (80 words from a 3,000-word made-up
vocabulary, a heading each, random 1536-d embeddings), loaded through \`upsert_rag_chunks\` (200 per call, the
vocabulary kept by its triggers) in ${(loadMs / 1000).toFixed(0)} s and indexed (HNSW) in ${(indexMs / 1000).toFixed(0)} s. ${QUERIES} queries of 6 random
vocabulary words (and a random vector for the hybrid path), each run by both functions in alternating order:
"first rag_search" is the original function, recreated from its migration.

${speedTable}`);
process.exit(0);
