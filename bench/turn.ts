/**
 * One visitor's turn, alone: the latency of each message of a guided conversation (no model, one visitor at
 * a time, so the figure is the turn's own cost, not queueing), the database round trips each turn made (the
 * chat function's `Server-Timing` header), and a trivial RPC through the same gateway for comparison.
 *
 *   npm run bench:turn                                   starts an embedded stack of its own
 *   npm run bench:turn -- --url <URL> --anon-key <key> --service-key <key>   a running stack
 *   options: --conversations 30, --origin http://127.0.0.1:5173, --label "after" (the row's name), --dry-run (print only)
 */
import { createClient } from '@supabase/supabase-js';
import { parseArgs } from 'node:util';
import type { ChatInput } from '../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../supabase/local/seed-ids.ts';
import { startStack } from '../supabase/local/stack.ts';
import { machine, percentile, table, writeSection } from './report.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'anon-key': { type: 'string' },
    'service-key': { type: 'string' },
    conversations: { type: 'string', default: '30' },
    origin: { type: 'string', default: 'http://127.0.0.1:5173' },
    label: { type: 'string', default: 'this build' },
    'dry-run': { type: 'boolean', default: false },
  },
});

const stack = values.url ? null : await startStack({ databaseUrl: false });
const url = values.url ?? stack!.url;
const anonKey = values['anon-key'] ?? stack!.anonKey;
const serviceKey = values['service-key'] ?? stack!.serviceRoleKey;
const admin = createClient(url, serviceKey, { auth: { persistSession: false } });
// One machine plays every visitor from one address: lift the per-address limits as an owner would for a test.
await admin.from('bots').update({ address_messages_per_minute: 100_000, address_new_visitors_per_hour: 100_000 }).eq('id', BOT_ID);

const ANSWERS: ChatInput[] = [
  { type: 'text', text: 'Sam' },
  { type: 'text', text: '34' },
  { type: 'choice', value: 'female', label: 'Female' },
  { type: 'choice', value: 'fat_loss', label: 'Lose fat' },
  { type: 'text', text: 'I skip breakfast and snack at night' },
  { type: 'text', text: 'I want to keep up with my kids' },
  { type: 'choice', value: '2', label: '2' },
  { type: 'choice', value: 'yes', label: 'Yes' },
];

async function chat(token: string | undefined, input: ChatInput) {
  const started = performance.now();
  const response = await fetch(`${url}/functions/v1/chat?bot_id=${BOT_ID}`, {
    method: 'POST',
    headers: { apikey: anonKey, authorization: `Bearer ${anonKey}`, 'content-type': 'application/json', origin: values.origin! },
    body: JSON.stringify({ bot_id: BOT_ID, visitor_token: token, client_message_id: crypto.randomUUID(), input }),
  });
  const body = await response.json() as { visitor_token: string };
  if (!response.ok) throw new Error(`chat answered ${response.status}: ${JSON.stringify(body)}`);
  const timing = response.headers.get('server-timing') ?? '';
  const trips = /desc="(\d+) round trips"/.exec(timing)?.[1];
  return { ms: performance.now() - started, trips: trips === undefined ? null : Number(trips), token: body.visitor_token };
}

async function ping() {
  const started = performance.now();
  const response = await fetch(`${url}/rest/v1/rpc/ping`, {
    method: 'POST',
    headers: { apikey: anonKey, authorization: `Bearer ${anonKey}`, 'content-type': 'application/json' },
    body: '{}',
  });
  await response.text();
  return performance.now() - started;
}

const answers: number[] = [];
const opens: number[] = [];
const trips: number[] = [];
const pings: number[] = [];
for (let i = 0; i < Number(values.conversations); i++) {
  const opened = await chat(undefined, { type: 'start' });
  opens.push(opened.ms);
  let token = opened.token;
  for (const input of ANSWERS) {
    const turn = await chat(token, input);
    token = turn.token;
    answers.push(turn.ms);
    if (turn.trips !== null) trips.push(turn.trips);
    pings.push(await ping());
  }
}
await stack?.stop();

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const ms = (x: number) => x.toFixed(1);
const row = (name: string, xs: number[]) => [name, xs.length, ms(percentile(sorted(xs), 50)), ms(percentile(sorted(xs), 95))];
const tripsText = trips.length
  ? `${Math.min(...trips)}–${Math.max(...trips)} (mean ${(trips.reduce((a, b) => a + b, 0) / trips.length).toFixed(2)})`
  : 'not reported (no Server-Timing header)';
const markdown = [
  `### One visitor's turn: ${values.label} (\`npm run bench:turn\`)`,
  '',
  `One visitor at a time, ${values.conversations} whole guided conversations (no model), on ${machine()}; build: ${values.label}.`,
  '',
  table(['request', 'count', 'p50 ms', 'p95 ms'], [
    row('guided answer (chat)', answers),
    row('chat opened (first contact)', opens),
    row('trivial RPC (ping) through the same gateway', pings),
  ]),
  '',
  `Database round trips per guided answer (Server-Timing): ${tripsText}.`,
].join('\n');
console.log(markdown);
if (!values['dry-run']) writeSection(`turn (${values.label})`, markdown);
