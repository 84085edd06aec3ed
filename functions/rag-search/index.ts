/** rag-search: the visitor's bot's knowledge, searched like the coach does. See docs/API.md. */
import { handler } from './handler.ts';

Deno.serve(handler);

// Invoke locally:
// curl -X POST http://127.0.0.1:54321/functions/v1/rag-search -H "apikey: $ANON_KEY" -H 'content-type: application/json' \
//   -d '{"bot_id":"5e1f0a57-0000-4000-8000-000000000001","visitor_token":"'$TOKEN'","query":"Do you ship to Canada?"}'
