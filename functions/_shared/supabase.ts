/**
 * The functions' database client: supabase-js with the service role (visitors never touch tables; the
 * functions act for them after checking their token). Every call goes through `rpc()`, which bounds it with
 * a deadline and retries transient failures with backoff — safe because every write RPC is idempotent.
 */
import { createClient } from '@supabase/supabase-js';
import { retry, RetryError } from 'deno-std/async/retry.js';
import { env } from './env.ts';
import { notFound, UserError } from './http.ts';

export const admin = createClient(env.supabaseUrl, env.serviceRoleKey, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export class DatabaseError extends Error {
  constructor(readonly rpcName: string, readonly code: string | undefined, readonly detail: string) {
    super(`${rpcName}: ${detail}`);
  }
}

// Failures worth another try: the network or the gateway, not the database refusing the call.
const TRANSIENT = /fetch failed|connection|ECONNRE|timed? ?out|abort|502|503|504/i;
const RPC_TIMEOUT_MS = 8_000;

/** Calls a Postgres function; database errors come back as DatabaseError with the SQLSTATE in `code`. */
export async function rpc<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await retry(async () => {
      const { data, error } = await admin.rpc(name, args).abortSignal(AbortSignal.timeout(RPC_TIMEOUT_MS));
      if (error) throw new DatabaseError(name, error.code, error.message);
      return data as T;
    }, {
      maxAttempts: 4,
      minTimeout: 100,
      maxTimeout: 1_000,
      isRetriable: (error: unknown) =>
        error instanceof DatabaseError && TRANSIENT.test(`${error.code ?? ''} ${error.message}`),
    });
  } catch (error) {
    throw error instanceof RetryError ? error.cause : error;
  }
}

/**
 * For RPCs whose refusals are the caller's to fix: the database's "invalid value" (22023) becomes a 400
 * naming what is wrong, its "not found" (P0002) a 404. Anything else stays a server error.
 */
export async function userFacing<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof DatabaseError && error.code === '22023') throw new UserError('invalid_value', error.detail);
    if (error instanceof DatabaseError && error.code === 'P0002') throw notFound(error.detail);
    throw error;
  }
}
