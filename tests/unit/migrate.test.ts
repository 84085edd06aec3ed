/**
 * The local migration runner keeps the Supabase CLI's own history (so `supabase migration list` and
 * `supabase db push` agree with it), and the bootstrap creates only what a database is missing.
 */
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, pgliteSql } from '../../supabase/local/migrate.ts';

const supabaseDir = join(import.meta.dirname, '../../supabase');
const bootstrapFile = join(supabaseDir, 'local/bootstrap.sql');
let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create({ extensions: { vector, pg_trgm } });
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('the local migration runner', () => {
  it('runs the bootstrap on a database that already has its roles and auth schema, changing nothing there', async () => {
    await db.exec(readFileSync(bootstrapFile, 'utf8'));
    await db.exec(`insert into auth.users (id, email) values ('5e1f0a57-0000-4000-8000-0000000000cc', 'kept@example.com')`);
    await expect(db.exec(readFileSync(bootstrapFile, 'utf8'))).resolves.toBeDefined();
    expect((await db.query('select email from auth.users')).rows).toEqual([{ email: 'kept@example.com' }]);
    await db.exec('delete from auth.users');
  });

  it("applies every migration and the seed once, recorded in the CLI's history tables", async () => {
    const report = await migrate(pgliteSql(db), { supabaseDir, bootstrapFile });
    const files = readdirSync(join(supabaseDir, 'migrations')).filter((f) => f.endsWith('.sql')).sort();
    expect(report).toMatchObject({ fresh: true, applied: files, seeded: true });

    const columns = await db.query<{ column_name: string }>(
      `select column_name from information_schema.columns
       where table_schema = 'supabase_migrations' and table_name = 'schema_migrations' order by column_name`,
    );
    expect(columns.rows.map((r) => r.column_name)).toEqual(['name', 'statements', 'version']);
    const history = await db.query<{ version: string; name: string }>('select version, name from supabase_migrations.schema_migrations order by version');
    expect(history.rows.map((r) => `${r.version}_${r.name}.sql`)).toEqual(files);
    const seeds = await db.query<{ path: string; hash: string }>('select path, hash from supabase_migrations.seed_files');
    expect(seeds.rows).toEqual([{ path: 'supabase/seed.sql', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  }, 60_000);

  it('does nothing the second time', async () => {
    const bots = (await db.query<{ n: number }>('select count(*)::int as n from public.bots')).rows[0]!.n;
    expect(await migrate(pgliteSql(db), { supabaseDir, bootstrapFile })).toEqual({ fresh: false, applied: [], seeded: false });
    expect((await db.query<{ n: number }>('select count(*)::int as n from public.bots')).rows[0]!.n).toBe(bots);
  });
});
