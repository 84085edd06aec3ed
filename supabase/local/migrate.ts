/**
 * The migration runner of the local stack: applies `supabase/migrations/*.sql` in filename order, each once,
 * and the seed once, recorded where the Supabase CLI records them (`supabase_migrations.schema_migrations`
 * with the CLI's columns, `supabase_migrations.seed_files` with its hashes), so `supabase migration list
 * --db-url ...` agrees with it and `supabase db push` after it has nothing left to do (and the other way
 * round). Runs on the embedded database (PGlite) before its wire server opens, or on an existing Postgres
 * (SIGNPOST_DATABASE_URL) before PostgREST starts.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

/** The little the runner needs of a database connection. `exec` takes several statements, no parameters. */
export interface Sql {
  exec(text: string): Promise<void>;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(run: (tx: Sql) => Promise<T>): Promise<T>;
}

export function pgliteSql(db: PGlite | Transaction): Sql {
  return {
    exec: async (text) => void (await db.exec(text)),
    query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
    transaction: (run) => {
      if (!('transaction' in db)) throw new Error('nested transactions are not supported');
      return db.transaction((tx) => run(pgliteSql(tx)));
    },
  };
}

export function pgSql(client: pg.Client): Sql {
  const sql: Sql = {
    exec: async (text) => void (await client.query(text)),
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    transaction: async (run) => {
      await client.query('begin');
      try {
        const result = await run(sql);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
    },
  };
  return sql;
}

export class MigrationError extends Error {
  constructor(readonly file: string, cause: unknown) {
    super(`${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface MigrationReport {
  /** No migration history was there: the bootstrap ran first. */
  fresh: boolean;
  applied: string[];
  seeded: boolean;
}

// The CLI's own statements (supabase/cli pkg/migration/history.go), so the table is the one it reads.
const HISTORY = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
  alter table supabase_migrations.schema_migrations add column if not exists statements text[];
  alter table supabase_migrations.schema_migrations add column if not exists name text;
  create table if not exists supabase_migrations.seed_files (path text not null primary key, hash text not null);`;

const SEED = 'supabase/seed.sql';

export async function migrate(
  sql: Sql,
  { supabaseDir, bootstrapFile }: { supabaseDir: string; bootstrapFile: string },
): Promise<MigrationReport> {
  const [{ fresh, legacy }] = await sql.query<{ fresh: boolean; legacy: boolean }>(
    `select to_regclass('supabase_migrations.schema_migrations') is null as fresh,
            -- This runner's history before it wrote the CLI's columns had applied_at, and no seed record.
            to_regclass('supabase_migrations.seed_files') is null and exists (
              select 1 from information_schema.columns
              where table_schema = 'supabase_migrations' and table_name = 'schema_migrations' and column_name = 'applied_at'
            ) as legacy`,
  ) as [{ fresh: boolean; legacy: boolean }];
  // What a hosted project has before its first migration; it creates only what is missing.
  if (fresh) await runFile(sql, bootstrapFile, 'supabase/local/bootstrap.sql');
  await sql.exec(HISTORY);

  const done = new Set((await sql.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).map((r) => r.version));
  const dir = join(supabaseDir, 'migrations');
  const files = readdirSync(dir).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
    if (!version || done.has(version)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    try {
      await sql.transaction(async (tx) => {
        await tx.exec(text);
        await tx.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
          version,
          rest.join('_'),
          [text],
        ]);
      });
    } catch (error) {
      throw new MigrationError(`supabase/migrations/${file}`, error);
    }
    applied.push(file);
  }

  // The seed, once per database, as `supabase db push --include-seed` does it. A local database made before
  // seeds were recorded got its seed back then: recorded now, not run again.
  const seed = readFileSync(join(supabaseDir, 'seed.sql'), 'utf8');
  const recorded = (await sql.query('select 1 from supabase_migrations.seed_files where path = $1', [SEED])).length > 0;
  const seeded = !recorded && !legacy;
  if (!recorded) {
    try {
      await sql.transaction(async (tx) => {
        if (seeded) await tx.exec(seed);
        await tx.query('insert into supabase_migrations.seed_files (path, hash) values ($1, $2)', [
          SEED,
          createHash('sha256').update(seed).digest('hex'),
        ]);
      });
    } catch (error) {
      throw new MigrationError(SEED, error);
    }
  }
  return { fresh, applied, seeded };
}

async function runFile(sql: Sql, file: string, label: string) {
  try {
    await sql.exec(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MigrationError(label, error);
  }
}
