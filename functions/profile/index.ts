/** profile: read the visitor's merged customer view, or update some of their profile fields. See docs/API.md. */
import { handler } from './handler.ts';

Deno.serve(handler);

// Invoke locally:
// curl -X POST http://127.0.0.1:54321/functions/v1/profile -H "apikey: $ANON_KEY" -H 'content-type: application/json' \
//   -d '{"bot_id":"5e1f0a57-0000-4000-8000-000000000001","visitor_token":"'$TOKEN'","profile":{"age":34}}'
