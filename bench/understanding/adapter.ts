/**
 * The understanding bench's only door into the product. bench/understanding.ts measures nothing except
 * through the functions below, so when understanding, the conversation's decision or the knowledge search
 * change shape, this is the one file to update: keep the contract, change the inside.
 *
 * The contract
 *
 *   const product = await openProduct()         the local stack, in memory; product.close() stops it
 *   await product.demoBot()                     the seeded demo bot, as the conversation loads it
 *   await product.botWith(name, fields)         a bot made of these fields, one question each, in order
 *   product.capabilities(bot)                   what today's product can be scored on, and why not
 *   product.read(bot, message)                  what the conversation would do with one typed message:
 *                                               the values it would store, the objection, the safety route
 *   await product.knowledgeBot(spec)            a fresh bot whose corpus went through the project's own
 *                                               ingestion code (prepareDocument + writeDocument)
 *   product.demoKnowledge()                     the seeded demo bot with its seeded knowledge
 *   await bot.search(question)                  rag_search's ranked passages (top 10, no score threshold)
 *   await bot.ask(question)                     the coach's reply when a new visitor types the question in
 *                                               the chat (POST /functions/v1/chat), and whether it was
 *                                               drawn from the knowledge
 *
 * What "read" means today: `understand()` (functions/_shared/understanding) classifies the message, which
 * gives its kind, objection and hand-off; `decide()` (functions/_shared/conversation/decide.ts) says what the
 * turn would store, from the same state the chat's runner builds (the answers so far, the pending field, the
 * recent replies). `stored` lists the values that would change; a value cleared (null) is not a value stored.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { type Field, FieldSchema, OBJECTIONS } from '../../functions/_shared/contracts.ts';
import { type Bot, type BotDefinitionRow, botOf } from '../../functions/_shared/conversation/bot.ts';
import { type ConversationState, decide, pendingStepOf } from '../../functions/_shared/conversation/decide.ts';
import { formatOf } from '../../functions/_shared/knowledge/document.ts';
import { type Category, CATEGORIES } from '../../functions/_shared/knowledge/metadata.ts';
import { prepareDocument } from '../../functions/_shared/knowledge/prepare.ts';
import { writeDocument } from '../../functions/_shared/knowledge/store.ts';
import { understand } from '../../functions/_shared/understanding/understand.ts';
import { DEMO_OWNER_ID, NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { startStack, type Stack } from '../../supabase/local/stack.ts';

// --- The contract's types -----------------------------------------------------------------------------------

export const OBJECTION_KINDS = ['price', 'time', 'doubt', 'tried_before', 'not_now'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];
export const SAFETY_KINDS = ['medical', 'pregnancy', 'injury', 'eating_disorder', 'self_harm'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];

/** A guided question as an owner defines it, independent of how the engine spells steps. */
export interface FieldSpec {
  key: string;
  type: 'text' | 'number' | 'choice' | 'scale' | 'yes_no';
  label: string;
  min?: number;
  max?: number;
  options?: { value: string; label: string; synonyms: string[] }[];
}

/** A bot the bench reads messages for; what it holds inside is the adapter's business. */
export interface BotUnderTest {
  name: string;
  fields: FieldSpec[];
}

export interface MessageInput {
  /** The field the bot just asked; null when nothing was asked yet. */
  pending: string | null;
  /** What was stored before this message. */
  known: Record<string, unknown>;
  text: string;
  /** How many times in a row the bot just re-asked because the answer did not fit. */
  reAsks?: number;
}

export interface Reading {
  /** What the conversation took the message for. */
  kind: 'answer' | 'question' | 'objection' | 'handoff' | 'safety';
  /** Field -> value it would store, only where the value changes (the objection is not a field here). */
  stored: Record<string, unknown>;
  objection: ObjectionKind | null;
  /** Routed to the safety path, with its kind when the product names one; null: not routed. */
  safety: { kind: SafetyKind | null; urgent: boolean } | null;
  /** Handed to a human coach, and why. */
  handoff: { reason: string; urgent: boolean } | null;
  /** For a side question: the knowledge category it would be searched in. */
  category: string | null;
}

export type Support = { ok: true } | { ok: false; why: string };

export interface Capabilities {
  /** Reading messages for these fields at all. */
  fields: Support;
  objectionKinds: readonly ObjectionKind[];
  safety: Support;
}

export interface Passage {
  source: string;
  /** The heading the passage sits under, when the product records it. */
  heading: string | null;
  content: string;
  score: number;
}

export interface Reply {
  /** Everything the coach said back, in order. */
  text: string;
  /** True when the reply was drawn from retrieved knowledge (quoted or written from it). */
  grounded: boolean;
  /** The sources the reply drew on, best first (empty when none). */
  sources: string[];
  handedOff: boolean;
  /** The chat took the question for an answer to the pending guided question (it moved on). */
  takenAsAnswer: boolean;
}

export interface KnowledgeBot {
  search(question: string): Promise<Passage[]>;
  ask(question: string): Promise<Reply>;
  /** What ingestion did, in words (chunks stored, categories the product does not have, refusals). */
  notes: string[];
}

export interface KnowledgeBotSpec {
  name: string;
  welcome: string;
  brandVoice: string;
  /** One guided question, so a visitor's question arrives while something is pending, as on any bot. */
  firstQuestion: string;
  files: { name: string; text: string; category: string }[];
}

export interface Product {
  demoBot(): Promise<BotUnderTest>;
  botWith(name: string, fields: FieldSpec[]): Promise<BotUnderTest>;
  capabilities(bot: BotUnderTest): Capabilities;
  read(bot: BotUnderTest, message: MessageInput): Reading;
  knowledgeBot(spec: KnowledgeBotSpec): Promise<KnowledgeBot>;
  demoKnowledge(): KnowledgeBot;
  /** How replies are written: rules only, or with a model. */
  mode: string;
  close(): Promise<void>;
}

// --- Today's implementation ---------------------------------------------------------------------------------

const BENCH_ORIGIN = 'http://bench.localhost';
const DEMO_ORIGIN = 'http://127.0.0.1:5173';
/** Limits high enough for one client asking a few hundred questions, each as a new visitor. */
const BENCH_LIMITS = { visitor_messages_per_minute: 1000, address_messages_per_minute: 100000, address_new_visitors_per_hour: 100000 };

export async function openProduct(): Promise<Product> {
  const functionsEnv = { OPENAI_API_KEY: process.env.OPENAI_API_KEY, OPENAI_BASE_URL: process.env.OPENAI_BASE_URL };
  const stack = await startStack({ functionsEnv });
  const db = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
  const engineBots = new WeakMap<BotUnderTest, Bot>();
  const engineBot = (bot: BotUnderTest) => {
    const found = engineBots.get(bot);
    if (!found) throw new Error(`${bot.name} was not made by this product`);
    return found;
  };
  const demoDefinition = definitionOf(db, NUTRITION_SOLUTIONS_BOT_ID);

  return {
    mode: process.env.OPENAI_API_KEY ? 'with OPENAI_API_KEY (model-written answers)' : 'no OPENAI_API_KEY: rules and full-text search only',

    async demoBot() {
      const bot = botOf(await demoDefinition);
      const asked = bot.steps.map((step) => step.field);
      const ordered = [...bot.fields].sort((a, b) => rank(asked, a.key) - rank(asked, b.key));
      const handle: BotUnderTest = { name: bot.config.name, fields: ordered.map(specOf) };
      engineBots.set(handle, bot);
      return handle;
    },

    async botWith(name, fields) {
      const demo = await demoDefinition;
      const bot = botOf({
        bot: { ...demo.bot, name },
        fields: fields.map(fieldOf),
        steps: fields.map((field, i) => ({ field: field.key, position: i + 1, prompt: field.label, placeholder: null, condition: null })),
        plans: [],
        rules: [],
        texts: {},
      });
      const handle: BotUnderTest = { name, fields };
      engineBots.set(handle, bot);
      return handle;
    },

    capabilities() {
      return {
        fields: { ok: true },
        objectionKinds: OBJECTIONS.filter((kind): kind is ObjectionKind => (OBJECTION_KINDS as readonly string[]).includes(kind)),
        safety: { ok: false, why: 'not implemented: understanding has no safety route yet (issue 13)' },
      };
    },

    read(handle, message) {
      return readMessage(engineBot(handle), message);
    },

    async knowledgeBot(spec) {
      return createKnowledgeBot(stack, db, spec);
    },

    demoKnowledge() {
      const raised = db.from('bots').update(BENCH_LIMITS).eq('id', NUTRITION_SOLUTIONS_BOT_ID).then(({ error }) => {
        if (error) throw new Error(`raising the demo bot's limits: ${error.message}`);
      });
      const bot = knowledgeClient(stack, db, NUTRITION_SOLUTIONS_BOT_ID, DEMO_ORIGIN, ['the seeded demo knowledge (supabase/knowledge/nutrition-solutions)']);
      return { ...bot, ask: async (q) => (await raised, bot.ask(q)), search: async (q) => (await raised, bot.search(q)) };
    },

    close: () => stack.stop(),
  };
}

/** Position in the question order; fields without a question last. */
const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

async function definitionOf(db: SupabaseClient, botId: string): Promise<BotDefinitionRow> {
  const { data, error } = await db.rpc('bot_definition', { p_bot_id: botId });
  if (error || !data) throw new Error(`reading bot ${botId}'s definition: ${error?.message ?? 'no such bot'}`);
  return data as BotDefinitionRow;
}

function specOf(field: Field): FieldSpec {
  return {
    key: field.key,
    type: field.type,
    label: field.label,
    ...(field.min_value !== null ? { min: field.min_value } : {}),
    ...(field.max_value !== null ? { max: field.max_value } : {}),
    ...(field.options.length ? { options: field.options } : {}),
  };
}

/** The `bot_fields` row an owner would write with only what a FieldSpec holds: no entity, defaults elsewhere. */
function fieldOf(spec: FieldSpec): Field {
  return FieldSchema.parse({ key: spec.key, type: spec.type, label: spec.label, min_value: spec.min ?? null, max_value: spec.max ?? null, options: spec.options ?? [] });
}

function readMessage(bot: Bot, message: MessageInput): Reading {
  const state: ConversationState = {
    answers: message.known as ConversationState['answers'],
    pendingField: message.pending,
    status: 'active',
    returning: false,
    // As the runner sees a history: the bot's re-asks are its replies marked `invalid`.
    recent: Array.from({ length: message.reAsks ?? 0 }, () => ({ sender_type: 'ai' as const, metadata: { intent: 'invalid' } })),
    objection: null,
  };
  const input = { type: 'text' as const, text: message.text };
  const understood = understand(input, {
    steps: bot.steps,
    pending: pendingStepOf(bot, state),
    known: state.answers,
    recent: { reAsks: message.reAsks ?? 0 },
    offers: bot.offers,
  });
  const decision = decide(bot, state, { type: 'message', input });
  const stored = Object.fromEntries(Object.entries(decision.answers).filter(([key, value]) => value !== null && message.known[key] !== value));
  return {
    kind: understood.intent,
    stored,
    objection: understood.objection ?? null,
    safety: null,
    handoff: understood.handoff ? { reason: understood.handoff.reason, urgent: !!understood.handoff.urgent } : null,
    category: understood.question?.category ?? null,
  };
}

/**
 * A bot of its own for the corpus. The local stack has no Auth server, so no new auth user can be made
 * through the API: the bot belongs to the seed's demo owner, which changes nothing measured here (the
 * chat runs as a visitor, ingestion and search as the service role).
 */
async function createKnowledgeBot(stack: Stack, db: SupabaseClient, spec: KnowledgeBotSpec): Promise<KnowledgeBot> {
  const created = await db.from('bots').insert({
    owner_id: DEMO_OWNER_ID,
    name: spec.name,
    welcome_message: spec.welcome,
    brand_voice: spec.brandVoice,
    allowed_origins: [BENCH_ORIGIN],
    ...BENCH_LIMITS,
  }).select('id').single();
  if (created.error) throw new Error(`creating the bot: ${created.error.message}`);
  const botId = created.data.id as string;
  const field = await db.from('bot_fields').insert({ bot_id: botId, key: 'name', type: 'text', label: 'name', entity: 'person_name', max_length: 60 });
  if (field.error) throw new Error(`adding the bot's field: ${field.error.message}`);
  const step = await db.from('bot_steps').insert({ bot_id: botId, position: 1, field: 'name', prompt: spec.firstQuestion });
  if (step.error) throw new Error(`adding the bot's question: ${step.error.message}`);

  const notes: string[] = [];
  const unknownCategories = new Set<string>();
  let chunks = 0;
  for (const file of spec.files) {
    const format = formatOf(file.name);
    if (!format) throw new Error(`${file.name}: not a format the ingestion reads`);
    const known = (CATEGORIES as readonly string[]).includes(file.category);
    if (!known) unknownCategories.add(file.category);
    const doc = await prepareDocument({ source: file.name, text: file.text, format, category: (known ? file.category : 'faq') as Category });
    if (doc.refused) {
      notes.push(`${file.name} refused by ingestion (personal data)`);
      continue;
    }
    await writeDocument(db, botId, file.name, doc.chunks);
    chunks += doc.chunks.length;
  }
  notes.unshift(`${spec.files.length} files ingested into ${chunks} chunks by prepareDocument + writeDocument`);
  if (unknownCategories.size) {
    notes.push(`categories the product does not have (${[...unknownCategories].join(', ')}) stored as faq; it knows ${CATEGORIES.join(', ')}`);
  }
  return knowledgeClient(stack, db, botId, BENCH_ORIGIN, notes);
}

function knowledgeClient(stack: Stack, db: SupabaseClient, botId: string, origin: string, notes: string[]): KnowledgeBot {
  const chat = async (body: Record<string, unknown>) => {
    const response = await fetch(`${stack.url}/functions/v1/chat`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, authorization: `Bearer ${stack.anonKey}`, 'content-type': 'application/json', origin },
      body: JSON.stringify({ bot_id: botId, client_message_id: crypto.randomUUID(), ...body }),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`chat answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as { visitor_token: string; status: string; prompt: { field: string } | null; messages: { id: string; content: string }[] };
  };

  // The bot's own words for "nothing found", as its definition gives them.
  const noAnswer = definitionOf(db, botId).then((definition) => botOf(definition).words.say('no_answer'));
  return {
    notes,
    async search(question) {
      const { data, error } = await db.rpc('rag_search', { p_bot_id: botId, p_query: question, p_top_k: 10, p_min_score: 0 });
      if (error) throw new Error(`rag_search: ${error.message}`);
      return (data as { source: string; content: string; score: number; metadata?: Record<string, unknown> }[]).map((hit) => ({
        source: hit.source,
        heading: typeof hit.metadata?.heading === 'string' ? hit.metadata.heading : null,
        content: hit.content,
        score: hit.score,
      }));
    },
    async ask(question) {
      const opened = await chat({ input: { type: 'start' } });
      const answered = await chat({ visitor_token: opened.visitor_token, input: { type: 'text', text: question } });
      const ids = answered.messages.map((m) => m.id);
      const { data, error } = await db.from('messages').select('id, metadata').in('id', ids);
      if (error) throw new Error(`reading the reply's metadata: ${error.message}`);
      const metadata = ids.map((id) => ((data ?? []).find((row) => row.id === id)?.metadata ?? {}) as Record<string, unknown>);
      const sources = metadata.flatMap((m) => (Array.isArray(m.sources) ? m.sources : []).map((s: { source?: string }) => String(s.source)));
      const text = answered.messages.map((m) => m.content).join('\n');
      const drawn = metadata.some((m) => Array.isArray(m.sources) && m.sources.length > 0 && m.written_by !== 'none');
      return {
        text,
        grounded: drawn && !text.includes(await noAnswer),
        sources,
        handedOff: answered.status === 'handoff',
        takenAsAnswer: answered.status !== 'handoff' && !!opened.prompt && answered.prompt?.field !== opened.prompt.field,
      };
    },
  };
}
