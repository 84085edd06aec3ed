/**
 * The runner's services as deployed: the turn RPCs (begin_turn, commit_turn), the bot's knowledge through
 * `rag_search` (embedding each distinct query once when a model is configured), the optional model that
 * reads typed messages and writes answers in the bot's voice, the coaching work after a turn
 * (coaching/coach.ts) and what the model adds to the bot's memory after a turn (memory/jobs.ts). Tests pass
 * their own (an in-memory store, a fixed knowledge base).
 */
import { env } from '../env.ts';
import { callLog } from '../metrics.ts';
import { passageText } from '../knowledge/answer.ts';
import { embedTexts, toPgVector } from '../knowledge/embeddings.ts';
import { createLlm, databaseBudget, PROCESS_CANARY, writeGroundedAnswer } from '../llm/index.ts';
import { createCoaching } from '../coaching/coach.ts';
import { coachingStore } from '../coaching/store.ts';
import { runAfterResponse } from '../after-response.ts';
import { memoryJobs } from '../memory/jobs.ts';
import { toneGuide } from '../memory/relationship.ts';
import { readWithModel } from '../understanding/model.ts';
import { rpcs } from '../rpcs.ts';
import type { Bot } from './bot.ts';
import type { Passage } from './compose.ts';
import type { Knowledge, MessageReader, TurnServices, TurnStore, Writer } from './runner.ts';

const llm = createLlm({ apiKey: env.openaiApiKey, baseUrl: env.openaiBaseUrl });

const turnStore: TurnStore = {
  begin: (args) => rpcs.beginTurn(args),
  // The turn's second round trip also writes the function call records waiting to be written.
  async commit(args) {
    const calls = callLog.take();
    try {
      return await rpcs.commitTurn({ ...args, calls });
    } catch (error) {
      callLog.putBack(calls);
      throw error;
    }
  },
};

const embeddings = new Map<string, Promise<string | null>>();

/** The query's embedding, once per distinct query and instance (only when a model is configured). */
function embed(query: string): Promise<string | null> {
  if (!llm) return Promise.resolve(null);
  let embedding = embeddings.get(query);
  if (!embedding) {
    embedding = embedTexts([query], { apiKey: env.openaiApiKey, baseUrl: env.openaiBaseUrl, timeoutMs: 5_000, maxAttempts: 2 })
      .then(([vector]) => (vector ? toPgVector(vector) : null), () => null);
    if (embeddings.size > 500) embeddings.clear();
    embeddings.set(query, embedding);
  }
  return embedding;
}

const knowledge: Knowledge = {
  async search(bot, search) {
    const found = await rpcs.ragSearch({
      botId: bot.config.id,
      query: search.query,
      category: search.category,
      preferCategory: search.preferCategory,
      filters: search.filters,
      topK: Math.max(5, search.topK ?? 3),
      minScore: search.minScore,
      embedding: await embed(search.query),
    });
    // The brand-voice guide tells the model how to speak; it is never an answer for a visitor.
    return found.filter((passage) => passage.category !== 'brand_voice').slice(0, search.topK ?? 3);
  },
  sample: (bot, category, limit) => rpcs.sampleKnowledge({ botId: bot.config.id, category, limit }),
};

/** The bot's voice for the model: its `brand_voice` setting and the top of its brand-voice guide. */
async function brandVoice(bot: Bot): Promise<string> {
  const guide = await rpcs.ragSearch({
    botId: bot.config.id,
    query: 'tone of voice words to use and avoid',
    category: 'brand_voice',
    topK: 2,
    minScore: 0,
  }).catch(() => []);
  return [bot.config.brand_voice, ...guide.map(passageText)].filter(Boolean).join('\n\n');
}

const writer: Writer = {
  async write({ bot, passages, history, question, pendingPrompt, coaching, relationship, onDelta }) {
    if (!llm) return null;
    const written = await writeGroundedAnswer({
      llm,
      bot: { ...bot.config, brand_voice: await brandVoice(bot) },
      passages: passages.map((p: Passage) => ({ content: passageText(p), source: p.source })),
      history: history
        .filter((m) => m.sender_type !== 'human_coach')
        .map((m) => ({ role: m.sender_type === 'client' ? 'user' as const : 'assistant' as const, content: m.content })),
      question,
      pendingQuestion: pendingPrompt,
      coaching,
      tone: toneGuide(relationship ?? null),
      onDelta,
    });
    return written ? { text: written.text, usage: { ...written.usage } } : null;
  },
};

const coaching = createCoaching({ llm, budget: databaseBudget, store: coachingStore });

const memory = memoryJobs({
  llm,
  budget: databaseBudget,
  store: { conversationForSummary: rpcs.conversationForSummary, saveConversationSummary: rpcs.saveConversationSummary },
  later: runAfterResponse,
  canary: PROCESS_CANARY,
});

/** The model's reading of a typed message, within the bot's daily budget of model calls. */
const reader: MessageReader = {
  read: async ({ bot, pending, text }) =>
    llm ? await readWithModel({ llm, budget: databaseBudget, bot: bot.config, steps: bot.steps, pending, text }) : null,
};

export const services: TurnServices = { store: turnStore, knowledge, writer, coaching, memory, reader };
