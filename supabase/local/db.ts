/**
 * The database process of the local stack: PGlite (Postgres in WebAssembly) with pgvector, migrated and
 * seeded, then served over the Postgres wire protocol on loopback.
 *
 * Started by `stack.ts` with an IPC channel; reports `{ type: 'ready', applied, fresh }` or
 * `{ type: 'failed', message }`. Env: DB_PORT, DB_DATA_DIR (absent: in memory).
 */
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, pgliteSql } from './migrate.ts';
import { seedAllKnowledge } from './seed-knowledge.ts';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.DB_PORT ?? 54322);
const dataDir = process.env.DB_DATA_DIR || undefined;

const report = (message: Record<string, unknown>) => process.send?.(message);

async function main() {
  // PGlite creates only the last folder of the path.
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { vector, pg_trgm } });
  const sql = pgliteSql(db);
  const result = await migrate(sql, { supabaseDir: join(here, '..'), bootstrapFile: join(here, 'bootstrap.sql') });
  // The demo knowledge, chunked like `npm run ingest` does it, while the demo bot has none.
  await seedAllKnowledge(sql);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1' });
  await server.start();
  report({ type: 'ready', ...result });

  // The stack's other processes, so that if the process that started them dies without stopping them
  // (kill -9, a crashed test runner), they are not left behind: the IPC channel closing is the signal.
  let siblings: number[] = [];
  process.on('message', (message: { type?: string; pids?: number[] }) => {
    if (message.type === 'siblings') siblings = message.pids ?? [];
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch(() => {});
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('disconnect', () => {
    for (const pid of siblings) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    void stop();
  });
}

main().catch((error: unknown) => {
  report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
