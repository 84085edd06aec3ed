/**
 * Builds (or drops) the HNSW index of the knowledge embeddings over a direct database connection, with no
 * statement timeout. Through the Data API the build runs under the API's timeout (8 s for the service role on
 * a hosted project, and 10,000 vectors take about 26 s on Postgres 15), so it is cancelled there; here it
 * runs as long as it needs. Same function as the API's: public.rag_set_embedding_index.
 *
 *   npm run db:embedding-index -- --db-url postgresql://postgres:<password>@<host>:5432/postgres [--off]
 *
 * The URL is the project's direct connection (Dashboard: Connect), or SIGNPOST_DATABASE_URL.
 */
import pg from 'pg';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'db-url': { type: 'string' }, off: { type: 'boolean', default: false } } });
const url = values['db-url'] ?? process.env.SIGNPOST_DATABASE_URL;
if (!url) {
  console.error('Usage: npm run db:embedding-index -- --db-url postgresql://... [--off]');
  process.exit(1);
}

const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  await client.query('set statement_timeout = 0');
  // HNSW builds much faster when the graph fits in memory (Postgres' default is 64 MB).
  await client.query(`set maintenance_work_mem = '128MB'`);
  const { rows } = await client.query<{ result: { enabled: boolean; ms: number } }>(
    'select public.rag_set_embedding_index($1) as result',
    [!values.off],
  );
  const { enabled, ms } = rows[0]!.result;
  console.log(`Embedding index ${enabled ? 'built' : 'dropped'} in ${(ms / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`The embedding index could not be ${values.off ? 'dropped' : 'built'}: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
