/**
 * chat: one visitor message (or the chat opening) in, the coach's answer out (`POST /chat`), and the bot's
 * appearance before any conversation (`GET /chat/appearance?bot_id=`). See handler.ts and docs/API.md.
 */
import { handler } from './handler.ts';

Deno.serve(handler);

// Invoke locally:
// curl -X POST http://127.0.0.1:54321/functions/v1/chat -H "apikey: $ANON_KEY" -H 'content-type: application/json' \
//   -d '{"bot_id":"5e1f0a57-0000-4000-8000-000000000001","client_message_id":"'$(uuidgen)'","input":{"type":"start"}}'
// curl "http://127.0.0.1:54321/functions/v1/chat/appearance?bot_id=5e1f0a57-0000-4000-8000-000000000001" -H "apikey: $ANON_KEY"
