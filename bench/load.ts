/**
 * Load: N simulated visitors run whole guided conversations at once (no model), each message retried on
 * failure with the same client message id, the way the widget does. Prints, per target, the latency
 * percentiles per message, requests/s, errors by status, and visitor messages sent vs stored.
 *
 *   npm run bench:load                                   the embedded stack and a real-Postgres stack, side by
 *                                                        side in one run (rounds in ABBA order); the real one
 *                                                        on --db-url / SIGNPOST_DATABASE_URL
 *   npm run bench:load -- --url <project URL> --anon-key <key> --service-key <key>
 *                                                        a running stack (or SIGNPOST_URL, SUPABASE_ANON_KEY,
 *                                                        SUPABASE_SERVICE_ROLE_KEY)
 *   options: --visitors 40 (per round), --rounds 4 (ABBA...), --origin http://127.0.0.1:5173
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { parseArgs } from 'node:util';
import type { ChatInput, ChatResponse } from '../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID as BOT_ID } from '../supabase/local/seed-ids.ts';
import { type Stack, startStack } from '../supabase/local/stack.ts';
import { machine, percentile, table, writeSection } from './report.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'anon-key': { type: 'string' },
    'service-key': { type: 'string' },
    'db-url': { type: 'string' },
    visitors: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '4' },
    origin: { type: 'string', default: 'http://127.0.0.1:5173' },
  },
});
const visitors = Number(values.visitors);
const rounds = Number(values.rounds);
const ORIGIN = values.origin!;

interface Target {
  name: string;
  url: string;
  anonKey: string;
  admin: SupabaseClient;
  latencies: number[];
  statuses: Record<string, number>;
  requests: number;
  sent: number;
  seconds: number;
  completed: number;
  conversations: number;
  storedBefore: number;
  stack?: Stack;
}

async function target(name: string, url: string, anonKey: string, serviceKey: string, stack?: Stack): Promise<Target> {
  const admin = createClient(url, serviceKey, { auth: { persistSession: false } });
  // One machine plays every visitor from one address: lift the per-address limits as an owner would for a test.
  const { error } = await admin.from('bots')
    .update({ address_messages_per_minute: 100_000, address_new_visitors_per_hour: 100_000 }).eq('id', BOT_ID);
  if (error) throw new Error(`${name}: could not lift the demo bot's limits: ${error.message}`);
  return { name, url, anonKey, admin, latencies: [], statuses: {}, requests: 0, sent: 0, seconds: 0, completed: 0, conversations: 0, storedBefore: await stored(admin), stack };
}

async function stored(admin: SupabaseClient): Promise<number> {
  const { count, error } = await admin.from('messages').select('*', { count: 'exact', head: true })
    .eq('bot_id', BOT_ID).eq('sender_type', 'client');
  if (error) throw new Error(`counting messages: ${error.message}`);
  return count ?? 0;
}

async function send(t: Target, token: string | undefined, input: ChatInput): Promise<ChatResponse> {
  const body = JSON.stringify({ bot_id: BOT_ID, visitor_token: token, client_message_id: crypto.randomUUID(), input });
  if (input.type === 'text' || input.type === 'choice') t.sent++;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const response = await fetch(`${t.url}/functions/v1/chat?bot_id=${BOT_ID}`, {
      method: 'POST',
      headers: { apikey: t.anonKey, authorization: `Bearer ${t.anonKey}`, 'content-type': 'application/json', origin: ORIGIN },
      body,
    }).catch(() => null);
    t.requests++;
    const status = String(response?.status ?? 'network');
    t.statuses[status] = (t.statuses[status] ?? 0) + 1;
    t.latencies.push(performance.now() - started);
    if (response?.ok) return await response.json() as ChatResponse;
    await response?.body?.cancel();
    if (attempt === 5) throw new Error(`chat failed 5 times (last ${status})`);
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
}

const answers: ChatInput[] = [
  { type: 'text', text: "I'm Sam" },
  { type: 'text', text: '34' },
  { type: 'choice', value: 'female' },
  { type: 'choice', value: 'recomp' },
  { type: 'choice', value: 'lean' },
  { type: 'text', text: 'Mostly takeaway and too much coffee' },
  { type: 'text', text: 'I want to keep up with my kids' },
  { type: 'choice', value: '3' },
  { type: 'choice', value: 'yes' },
];

async function conversation(t: Target): Promise<void> {
  const opened = await send(t, undefined, { type: 'start' });
  let last = opened;
  for (const input of answers) last = await send(t, last.visitor_token, input);
  if (last.plan?.code !== 'Shred-Spartan') throw new Error(`expected Shred-Spartan, got ${last.plan?.code}`);
}

async function round(t: Target): Promise<void> {
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: visitors }, () => conversation(t)));
  t.seconds += (performance.now() - started) / 1000;
  t.conversations += visitors;
  t.completed += results.filter((r) => r.status === 'fulfilled').length;
  for (const failure of results.filter((r) => r.status === 'rejected')) console.error(`${t.name}: ${failure.reason}`);
}

// --- Targets ---------------------------------------------------------------------------------------------

const url = values.url ?? process.env.SIGNPOST_URL;
const targets: Target[] = [];
if (url) {
  const anonKey = values['anon-key'] ?? process.env.SUPABASE_ANON_KEY;
  const serviceKey = values['service-key'] ?? process.env.SUPABASE_SERVICE_ROLE_KEY;
  if (!anonKey || !serviceKey) throw new Error('A running stack needs --anon-key and --service-key (or SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY).');
  targets.push(await target(new URL(url).host, url, anonKey, serviceKey));
} else {
  const dbUrl = values['db-url'] ?? process.env.SIGNPOST_DATABASE_URL;
  if (!dbUrl) throw new Error('The side-by-side run needs a real Postgres with pgvector: --db-url postgresql://... (or SIGNPOST_DATABASE_URL). See docs/deploy.md.');
  const embedded = await startStack({ databaseUrl: false });
  const real = await startStack({ databaseUrl: dbUrl });
  targets.push(await target('embedded (PGlite, PostgREST pool 1)', embedded.url, embedded.anonKey, embedded.serviceRoleKey, embedded));
  targets.push(await target('Postgres (PostgREST pool 10)', real.url, real.anonKey, real.serviceRoleKey, real));
}

// ABBA...: each target runs as often first as second, so warm-up and machine noise fall on both alike.
const order = Array.from({ length: rounds }, (_, i) => (targets.length === 1 ? 0 : [0, 1, 1, 0][i % 4]!));
for (const [i, index] of order.entries()) {
  const t = targets[index]!;
  console.log(`round ${i + 1}/${order.length}: ${t.name}, ${visitors} visitors`);
  await round(t);
}

const rows = [];
for (const t of targets) {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const storedNow = (await stored(t.admin)) - t.storedBefore;
  const errors = Object.entries(t.statuses).filter(([s]) => s !== '200').map(([s, n]) => `${s}: ${n}`).join(', ') || '0';
  rows.push([
    t.name,
    t.requests,
    ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(0)),
    (t.requests / t.seconds).toFixed(0),
    errors,
    `${t.sent} / ${storedNow}`,
    `${t.completed} / ${t.conversations}`,
  ]);
  await t.stack?.stop();
}
const result = table(
  ['stack', 'requests', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'req/s', 'errors (non-200)', 'visitor messages sent / stored', 'conversations with the right plan'],
  rows,
);
console.log(`\n${result}`);
if (!url) {
  writeSection('load', `## Load: whole conversations at once, embedded database and Postgres side by side

\`SIGNPOST_DATABASE_URL=<postgres> npm run bench:load -- --visitors ${visitors} --rounds ${rounds}\` — ${machine()}.
Both stacks run at once on the same machine; rounds alternate ABBA (${visitors} concurrent visitors a round),
so each gets the same share of warm-up and noise. Each visitor opens the chat and answers all nine questions
(typed and quick replies), retrying a failed message with the same client message id as the widget does;
one request per message, latency measured at the client; load client and stacks share the machine's cores;
no model; TypeScript sources in the gateway. The Postgres is a hosted-like Postgres 15 with pgvector 0.8.0
(non-superuser \`postgres\`, hosted roles and timeouts), migrated by the same stack.

${result}`);
}
