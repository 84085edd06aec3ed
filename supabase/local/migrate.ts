/**
 * The migration runner of the local stack: applies `supabase/migrations/*.sql` in filename order, each once
 * (tracked in `supabase_migrations.schema_migrations`, as the Supabase CLI does), and the seed on a fresh
 * database. Runs against PGlite directly, before the wire server opens, so nothing else is connected.
 */
import type { PGlite } from '@electric-sql/pglite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export class MigrationError extends Error {
  constructor(readonly file: string, cause: unknown) {
    super(`${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface MigrationReport {
  fresh: boolean;
  applied: string[];
  seeded: boolean;
}

export async function migrate(
  db: PGlite,
  { supabaseDir, bootstrapFile }: { supabaseDir: string; bootstrapFile: string },
): Promise<MigrationReport> {
  const { rows } = await db.query<{ exists: boolean }>(
    `select exists (select 1 from pg_namespace where nspname = 'supabase_migrations') as exists`,
  );
  const fresh = !rows[0]!.exists;
  if (fresh) {
    await runFile(db, bootstrapFile);
    await db.exec(`
      create schema supabase_migrations;
      create table supabase_migrations.schema_migrations (
        version text primary key,
        name text not null,
        applied_at timestamptz not null default now()
      );`);
  }

  const done = new Set(
    (await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows
      .map((r) => r.version),
  );
  const dir = join(supabaseDir, 'migrations');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
    if (!version || done.has(version)) continue;
    const sql = readFileSync(join(dir, file), 'utf8');
    try {
      await db.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [
          version,
          rest.join('_'),
        ]);
      });
    } catch (error) {
      throw new MigrationError(`supabase/migrations/${file}`, error);
    }
    applied.push(file);
  }

  if (fresh) await runFile(db, join(supabaseDir, 'seed.sql'), 'supabase/seed.sql');
  return { fresh, applied, seeded: fresh };
}

async function runFile(db: PGlite, file: string, label = file) {
  try {
    await db.exec(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MigrationError(label, error);
  }
}
