/**
 * The functions' database client: supabase-js with the service role (visitors never touch tables; the
 * functions act for them after checking their token). Every call goes through `rpc()`, which bounds it with
 * a deadline and retries transient failures with backoff — safe because every write RPC is idempotent.
 */
import { createClient } from '@supabase/supabase-js';
import { retry, RetryError } from 'deno-std/async/retry.js';
import { env } from './env.ts';

export const admin = createClient(env.supabaseUrl, env.serviceRoleKey, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export class DatabaseError extends Error {
  constructor(readonly rpcName: string, readonly code: string | undefined, message: string) {
    super(`${rpcName}: ${message}`);
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
