/**
 * The console's one supabase-js client, with the project's anon key: the owner's session (magic link,
 * password, or locally the printed sign-in link, picked up from the URL) makes every request run as them.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { ConsoleConfig } from './config.ts';

export type Db = SupabaseClient;

export function createDb(config: ConsoleConfig): Db {
  return createClient(config.url, config.anonKey, {
    auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: true, flowType: 'implicit', storageKey: 'signpost-console-auth' },
  });
}

/** A database error as one sentence for the coach. */
export function problem(error: { message?: string } | null | undefined, doing: string): string | null {
  return error ? `Could not ${doing}: ${error.message ?? 'unknown error'}` : null;
}
