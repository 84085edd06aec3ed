/**
 * The demo knowledge (supabase/knowledge/nutrition-solutions) chunked by the same pure code as
 * `npm run ingest` and written straight into the database, without embeddings, so `npm run dev` and the test
 * stack start with a knowledge base the coach can search: whenever the demo bot exists and has no documents
 * (a fresh database, or one the CLI pushed the seed to). Runs before the API starts, so nothing else is
 * connected. On a hosted project the same documents go in through the API: `npm run seed:knowledge`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatOf } from '../../functions/_shared/knowledge/document.ts';
import { prepareDocument } from '../../functions/_shared/knowledge/prepare.ts';
import { isSynonymsFile, parseSynonyms } from '../../functions/_shared/knowledge/synonyms.ts';
import type { Sql } from './migrate.ts';
import { LOTUS_ROOM_BOT_ID, NUTRITION_SOLUTIONS_BOT_ID } from './seed-ids.ts';

export const DEMO_KNOWLEDGE_DIR = join(import.meta.dirname, '../knowledge/nutrition-solutions');

/** Each demo business's knowledge folder, by bot. */
export const DEMO_KNOWLEDGE: { dir: string; botId: string }[] = [
  { dir: DEMO_KNOWLEDGE_DIR, botId: NUTRITION_SOLUTIONS_BOT_ID },
  { dir: join(import.meta.dirname, '../knowledge/lotus-room'), botId: LOTUS_ROOM_BOT_ID },
];

/** Every demo bot's knowledge, each while that bot has none. */
export async function seedAllKnowledge(db: Sql): Promise<number> {
  let written = 0;
  for (const { dir, botId } of DEMO_KNOWLEDGE) written += await seedKnowledge(db, dir, botId);
  return written;
}

export function knowledgeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && formatOf(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Returns the number of chunks written (0 when the bot is not there or already has documents). */
export async function seedKnowledge(db: Sql, dir = DEMO_KNOWLEDGE_DIR, botId = NUTRITION_SOLUTIONS_BOT_ID): Promise<number> {
  const [state] = await db.query<{ bot: boolean; documents: boolean }>(
    `select exists (select 1 from public.bots where id = $1) as bot,
            exists (select 1 from public.rag_documents where bot_id = $1) as documents`,
    [botId],
  );
  if (!state?.bot || state.documents) return 0;
  let written = 0;
  await db.transaction(async (tx) => {
    for (const file of knowledgeFiles(dir)) {
      const source = relative(dir, file).split(sep).join('/');
      if (isSynonymsFile(source)) {
        for (const pair of parseSynonyms(source, readFileSync(file, 'utf8'))) {
          await tx.query('insert into public.knowledge_synonyms (bot_id, term, synonym, source) values ($1, $2, $3, $4) on conflict do nothing',
            [botId, pair.term, pair.synonym, source]);
        }
        continue;
      }
      const doc = await prepareDocument({ source, text: readFileSync(file, 'utf8'), format: formatOf(file)! });
      if (doc.refused) throw new Error(`${source}: the demo knowledge must not contain personal data`);
      for (const [index, chunk] of doc.chunks.entries()) {
        await tx.query(
          `insert into public.rag_documents (bot_id, source, chunk_index, content, content_hash, category, metadata, token_count, headings, language)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [botId, source, index, chunk.content, chunk.content_hash, chunk.category, JSON.stringify(chunk.metadata), chunk.token_count,
            chunk.headings, chunk.language],
        );
        written++;
      }
    }
  });
  return written;
}
