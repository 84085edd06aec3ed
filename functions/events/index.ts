/** events: funnel events from the widget (widget_opened, cta_clicked). See docs/API.md. */
import { handler } from './handler.ts';

Deno.serve(handler);

// Invoke locally:
// curl -X POST http://127.0.0.1:54321/functions/v1/events -H "apikey: $ANON_KEY" -H 'content-type: application/json' \
//   -d '{"bot_id":"5e1f0a57-0000-4000-8000-000000000001","visitor_token":"'$TOKEN'","client_event_id":"'$(uuidgen)'","type":"cta_clicked","data":{"plan":"<plan code>"}}'
