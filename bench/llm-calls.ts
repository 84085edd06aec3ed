/**
 * Model calls per completed conversation, with and without side questions: a stack whose functions talk to
 * the local OpenAI-compatible stub, which counts the requests it gets.
 *
 *   npm run bench:llm-calls
 */
import type { ChatInput, ChatResponse } from '../functions/_shared/contracts.ts';
import { NUTRITION_SOLUTIONS_BOT_ID } from '../supabase/local/seed-ids.ts';
import { startStack } from '../supabase/local/stack.ts';
import { startOpenAiStub } from '../tests/support/openai-stub.ts';
import { machine, table, writeSection } from './report.ts';

const stub = await startOpenAiStub();
const stack = await startStack({ functionsEnv: { OPENAI_API_KEY: 'sk-local-stub', OPENAI_BASE_URL: stub.url } });

async function post(token: string | undefined, input: ChatInput): Promise<ChatResponse> {
  const response = await fetch(`${stack.url}/functions/v1/chat`, {
    method: 'POST',
    headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ bot_id: NUTRITION_SOLUTIONS_BOT_ID, visitor_token: token, client_message_id: crypto.randomUUID(), input }),
  });
  if (!response.ok) throw new Error(`chat answered ${response.status}: ${await response.text()}`);
  return await response.json() as ChatResponse;
}

const guided: string[] = ["I'm Sam, 34", 'female', 'lose fat', 'Takeaway most days', 'To keep up with my kids', '2', 'yes'];
const sideQuestions = ['Do you ship to Canada?', "I'm vegetarian, does that work?", 'this is too expensive'];

async function conversation(withSideQuestions: boolean) {
  const before = { chat: count('/chat/completions'), embeddings: count('/embeddings') };
  const opened = await post(undefined, { type: 'start' });
  let last = opened;
  for (const [i, text] of guided.entries()) {
    if (withSideQuestions && i < sideQuestions.length) await post(opened.visitor_token, { type: 'text', text: sideQuestions[i]! });
    last = await post(opened.visitor_token, { type: 'text', text });
  }
  if (!last.plan) throw new Error('the conversation did not end with a plan');
  return { chat: count('/chat/completions') - before.chat, embeddings: count('/embeddings') - before.embeddings };
}

function count(path: string) {
  return stub.requests.filter((r) => r.path.endsWith(path)).length;
}

const plain = await conversation(false);
const offRoute = await conversation(true);
await stack.stop();
await stub.close();

const result = table(['conversation', 'visitor messages', 'chat completions', 'embedding requests'], [
  ['guided questions only', guided.length, plain.chat, plain.embeddings],
  [`with ${sideQuestions.length} side questions / objections`, guided.length + sideQuestions.length, offRoute.chat, offRoute.embeddings],
]);
console.log(result);
writeSection('llm-calls', `## Model calls per completed conversation

\`npm run bench:llm-calls\` — ${machine()}. Functions pointed at the local OpenAI-compatible stub, which
counts requests. Guided steps never call the model; each side question or objection costs one chat
completion (and one query embedding per distinct search text).

${result}`);
