/**
 * Load: N simulated visitors run whole guided conversations at once against a local stack (no model),
 * each message retried on failure with the same client message id, the way the widget does. Prints
 * requests/s, latency percentiles per input type, errors by status, and messages sent vs stored.
 *
 *   npm run bench:load [-- --visitors 40]
 */
import { createClient } from '@supabase/supabase-js';
import type { ChatInput, ChatResponse } from '../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID } from '../supabase/local/seed-ids.ts';
import { startStack } from '../supabase/local/stack.ts';
import { machine, percentile, table, writeSection } from './report.ts';

const visitors = Number(process.argv[process.argv.indexOf('--visitors') + 1]) || 40;
const ORIGIN = 'http://127.0.0.1:5173';

const stack = await startStack();
const admin = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
// One machine plays every visitor from one address: lift the per-address limits as an owner would for a test.
await admin.from('bots').update({ address_messages_per_minute: 100_000, address_new_visitors_per_hour: 100_000 }).eq('id', NUTRITION_SOLUTIONS_BOT_ID);

const latencies: Record<string, number[]> = {};
const statuses: Record<string, number> = {};
let requests = 0;
let sent = 0;

async function send(token: string | undefined, input: ChatInput): Promise<ChatResponse> {
  const body = JSON.stringify({ bot_id: NUTRITION_SOLUTIONS_BOT_ID, visitor_token: token, client_message_id: crypto.randomUUID(), input });
  if (input.type === 'text' || input.type === 'choice') sent++;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const response = await fetch(`${stack.url}/functions/v1/chat`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json', origin: ORIGIN },
      body,
    }).catch(() => null);
    requests++;
    const status = String(response?.status ?? 'network');
    statuses[status] = (statuses[status] ?? 0) + 1;
    (latencies[input.type] ??= []).push(performance.now() - started);
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

async function visitor(): Promise<string> {
  const opened = await send(undefined, { type: 'start' });
  let last = opened;
  for (const input of answers) last = await send(opened.visitor_token, input);
  if (last.plan?.code !== 'Shred-Spartan') throw new Error(`expected Shred-Spartan, got ${last.plan?.code}`);
  return last.conversation_id;
}

const started = performance.now();
const results = await Promise.allSettled(Array.from({ length: visitors }, visitor));
const seconds = (performance.now() - started) / 1000;
const completed = results.filter((r) => r.status === 'fulfilled').length;

const { count: stored } = await admin.from('messages').select('*', { count: 'exact', head: true })
  .eq('bot_id', NUTRITION_SOLUTIONS_BOT_ID).eq('sender_type', 'client');
await stack.stop();

const rows = Object.entries(latencies).map(([type, xs]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return [type, xs.length, ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(1))];
});
const result = `${table(['input', 'requests', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)'], rows)}

| figure | value |
|---|---|
| visitors (concurrent) | ${visitors} |
| conversations completed with the right plan | ${completed} / ${visitors} |
| requests | ${requests} in ${seconds.toFixed(1)} s = ${(requests / seconds).toFixed(0)} req/s |
| responses by status | ${Object.entries(statuses).map(([s, n]) => `${s}: ${n}`).join(', ')} |
| visitor messages sent / stored | ${sent} / ${stored} |`;
console.log(result);
for (const failure of results.filter((r) => r.status === 'rejected')) console.error(failure.reason);
writeSection('load', `## Load: whole conversations at once

\`npm run bench:load -- --visitors ${visitors}\` — ${machine()}. Each visitor opens the chat and answers all
nine questions (typed and quick replies); load client and stack share the machine's cores; no model.

${result}`);
