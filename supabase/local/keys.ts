/**
 * Local secrets: a JWT secret generated once per data folder, and the anon and service-role keys signed
 * with it, shaped like a hosted project's keys (HS256 JWTs with `role`, `iss`, `iat`, `exp`).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalKeys {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
  visitorTokenSecret: string;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

export function signJwt(claims: Record<string, unknown>, secret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

const TEN_YEARS = 10 * 365 * 24 * 3600;

export function keysFromSecrets(jwtSecret: string, visitorTokenSecret: string, iat = Math.floor(Date.now() / 1000)): LocalKeys {
  const key = (role: string) => signJwt({ iss: 'supabase', ref: 'local', role, iat, exp: iat + TEN_YEARS }, jwtSecret);
  return { jwtSecret, anonKey: key('anon'), serviceRoleKey: key('service_role'), visitorTokenSecret };
}

const newSecret = () => randomBytes(32).toString('base64url');

/** Fresh secrets that live only as long as the process (tests, benchmarks). */
export function ephemeralKeys(): LocalKeys {
  return keysFromSecrets(newSecret(), newSecret());
}

/**
 * The secrets of a data folder, created on first use and kept beside the data (git-ignored), so the keys
 * printed by `npm run dev` stay the same across restarts (and for tools like `npm run ingest`, which read
 * them from here) and change when the data is reset.
 */
export function keysForDataDir(dataDir: string): LocalKeys {
  const file = `${dataDir}/secrets.json`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const secrets = { jwtSecret: newSecret(), visitorTokenSecret: newSecret(), issuedAt: Math.floor(Date.now() / 1000) };
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  const { jwtSecret, visitorTokenSecret, issuedAt } = JSON.parse(readFileSync(file, 'utf8'));
  return keysFromSecrets(jwtSecret, visitorTokenSecret, issuedAt);
}
