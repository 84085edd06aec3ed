/** ingest: an owner's document (Markdown, text, HTML or CSV) into their bot's knowledge. See handler.ts. */
import { handler } from './handler.ts';

Deno.serve(handler);

// Invoke locally (OWNER_JWT: a signed-in owner's access token):
// curl -X POST http://127.0.0.1:54321/functions/v1/ingest -H "authorization: Bearer $OWNER_JWT" -H 'content-type: application/json' \
//   -d '{"bot_id":"5e1f0a57-0000-4000-8000-000000000001","source":"faq-extra.md","format":"markdown","category":"faq","content":"# Extra\n\n## Do you ship to Ireland?\n\nNot yet."}'
