/**
 * health: answers 200 with the function runtime's view of the project — proof that the gateway, the
 * function runtime and the database are wired together.
 */
import { handler } from './handler.ts';

Deno.serve(handler);

// Invoke locally: curl -H "Authorization: Bearer $SUPABASE_ANON_KEY" http://127.0.0.1:54321/functions/v1/health
