/**
 * The understanding bench's only door into the product. bench/understanding.ts measures nothing except
 * through the functions below, so when the conversation engine or the knowledge search changes shape,
 * this is the one file to update: keep the contract, change the inside.
 *
 * The contract
 *
 *   const product = await openProduct()         the local stack, in memory; product.close() stops it
 *   await product.demoFields()                  the demo bot's guided questions, as neutral FieldSpecs
 *   await product.botFields(bot)                the same for a seeded bot by name (the tuning sets' `bot`)
 *   product.capabilities(fields)                what today's product can be scored on, and why not
 *   await product.read(fields, message)         what the conversation would do with one typed message:
 *                                               the values it would store, the objection, the safety route
 *   await product.knowledgeBot(spec)            a fresh bot whose corpus went through the project's own
 *                                               ingestion code (prepareDocument + writeDocument)
 *   product.demoKnowledge()                     the seeded demo bot with its seeded knowledge
 *   await bot.search(question)                  rag_search's ranked passages (top 10, no score threshold)
 *   await bot.ask(question)                     the coach's reply when a new visitor types the question in
 *                                               the chat (POST /functions/v1/chat), and whether it was
 *                                               drawn from the knowledge
 *
 * What "read" means: the turn's own pure decision (`decide` in functions/_shared/conversation/decide.ts) on
 * a bot made of the FieldSpecs, with the visitor's known answers and the pending question, exactly as the
 * chat decides a typed message; `stored` lists the answers the decision would write whose value changes.
 * With the model reader, the message is first read by the model when the chat would ask it (the real API
 * with OPENAI_API_KEY, else the local stub), and decided with that reading, as the runner does.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { type Answers, type Field, FieldSchema, type Question, QuestionSchema } from '../../functions/_shared/contracts.ts';
import { type Bot, type BotDefinitionRow, botOf } from '../../functions/_shared/conversation/bot.ts';
import { asksTheModel, type ConversationState, decide, pendingStepOf } from '../../functions/_shared/conversation/decide.ts';
import { createLlm, type Llm } from '../../functions/_shared/llm/client.ts';
import { DEFAULT_READING_MODEL, readWithModel, type ReadingBudget } from '../../functions/_shared/understanding/model.ts';
import { startOpenAiStub } from '../../tests/support/openai-stub.ts';
import { wordsFor } from '../../functions/_shared/conversation/words.ts';
import { understand } from '../../functions/_shared/understanding/understand.ts';
import { formatOf } from '../../functions/_shared/knowledge/document.ts';
import { type Category, CATEGORIES } from '../../functions/_shared/knowledge/metadata.ts';
import { prepareDocument } from '../../functions/_shared/knowledge/prepare.ts';
import { writeDocument } from '../../functions/_shared/knowledge/store.ts';
import { DEMO_OWNER_ID, LOTUS_ROOM_BOT_ID, NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';
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
  /** Asked only when another field has this value. */
  when?: { field: string; equals: string | number | boolean };
  /** What the value measures (a `bot_fields.entity`), when the bot says. */
  entity?: string | null;
  /** False when the owner allows the field to be answered only to its own question. */
  fillInPassing?: boolean;
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
  /** The reply would sell: a plan card, a price or a call to action. */
  sells: boolean;
}

/** Who reads a message: the rules alone, or the rules with the model's structured reading merged in. */
export type Reader = 'rules' | 'model';

export type Support = { ok: true } | { ok: false; why: string };

export interface Capabilities {
  /** Reading messages for these fields at all. */
  fields: Support;
  objectionKinds: readonly ObjectionKind[];
  safety: Support;
}

export interface Passage {
  source: string;
  /** The headings above the passage, outermost first (its own heading last); kept beside its text. */
  headings: string[];
  content: string;
  score: number;
  metadata: Record<string, unknown>;
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

/** The seeded bots the tuning sets are written for. */
export type SeededBot = 'nutrition-solutions' | 'lotus-room';

export interface Product {
  demoFields(): Promise<FieldSpec[]>;
  botFields(bot: SeededBot): Promise<FieldSpec[]>;
  capabilities(fields: FieldSpec[]): Capabilities;
  read(fields: FieldSpec[], message: MessageInput, reader?: Reader): Promise<Reading>;
  /** What the model reader talks to, in words. */
  modelReader: string;
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
const SEEDED: Record<SeededBot, string> = { 'nutrition-solutions': NUTRITION_SOLUTIONS_BOT_ID, 'lotus-room': LOTUS_ROOM_BOT_ID };

export async function openProduct(): Promise<Product> {
  const functionsEnv = { OPENAI_API_KEY: process.env.OPENAI_API_KEY, OPENAI_BASE_URL: process.env.OPENAI_BASE_URL };
  const stack = await startStack({ functionsEnv });
  // The model reader: the real API with a key, else the local stub (tests/support/openai-stub.ts).
  const stub = process.env.OPENAI_API_KEY ? null : await startOpenAiStub();
  const llm = createLlm(stub ? { apiKey: 'sk-local-stub', baseUrl: stub.url } : { apiKey: process.env.OPENAI_API_KEY, baseUrl: process.env.OPENAI_BASE_URL })!;
  const db = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
  /** The bot each FieldSpec list reads with: the seeded bot itself, or one made of the specs. */
  const bots = new WeakMap<FieldSpec[], Bot>();
  const botFor = (fields: FieldSpec[]) => {
    let bot = bots.get(fields);
    if (!bot) bots.set(fields, (bot = botOfSpecs(fields)));
    return bot;
  };
  const seeded = async (botId: string) => {
    const { data, error } = await db.rpc('bot_definition', { p_bot_id: botId });
    if (error || !data) throw new Error(`reading bot ${botId}: ${error?.message ?? 'no such bot'}`);
    const bot = botOf(data as BotDefinitionRow);
    const fields = bot.steps.map(specOf);
    bots.set(fields, bot);
    return fields;
  };

  return {
    mode: process.env.OPENAI_API_KEY ? 'with OPENAI_API_KEY (model-written answers)' : 'no OPENAI_API_KEY: rules and full-text search only',

    demoFields: () => seeded(NUTRITION_SOLUTIONS_BOT_ID),
    botFields: (bot) => seeded(SEEDED[bot]),

    capabilities() {
      return {
        fields: { ok: true },
        objectionKinds: OBJECTION_KINDS,
        safety: { ok: true },
      };
    },

    read: async (fields, message, reader = 'rules') => readMessage(botFor(fields), message, reader === 'model' ? llm : null),
    modelReader: stub
      ? 'the model reader against the local OpenAI stub, which finds nothing (so these rows show what merging costs: nothing); set OPENAI_API_KEY to measure a real model'
      : `the model reader against the OpenAI API (OPENAI_API_KEY set; each bot's reading model, ${DEFAULT_READING_MODEL} by default)`,

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

    close: async () => {
      await stack.stop();
      await stub?.close();
    },
  };
}

const FIELD_TYPE: Record<Bot['steps'][number]['kind'], FieldSpec['type']> = { text: 'text', number: 'number', single_choice: 'choice', scale: 'scale', yes_no: 'yes_no' };

function specOf(step: Bot['steps'][number]): FieldSpec {
  const equals = step.condition?.op === 'eq' && !Array.isArray(step.condition.value) ? step.condition.value : undefined;
  return {
    key: step.field,
    type: FIELD_TYPE[step.kind],
    label: step.label ?? step.field,
    ...(step.min_value !== null ? { min: step.min_value } : {}),
    ...(step.max_value !== null ? { max: step.max_value } : {}),
    ...(step.options.length ? { options: step.options } : {}),
    ...(step.condition && equals !== undefined ? { when: { field: step.condition.field, equals } } : {}),
    entity: step.entity,
    fillInPassing: step.fill_in_passing,
  };
}

/** A bot made of neutral FieldSpecs, as an owner would configure one: a field and a question per spec. */
function botOfSpecs(specs: FieldSpec[]): Bot {
  const fields: Field[] = specs.map((spec) => FieldSchema.parse({
    key: spec.key,
    type: spec.type,
    label: spec.label,
    entity: spec.entity ?? null,
    min_value: spec.min ?? null,
    max_value: spec.max ?? null,
    options: spec.options ?? [],
    fill_in_passing: spec.fillInPassing ?? true,
  }));
  const questions: Question[] = specs.map((spec, index) => QuestionSchema.parse({
    field: spec.key,
    position: index + 1,
    prompt: spec.label,
    condition: spec.when ? { field: spec.when.field, op: 'eq', value: spec.when.equals } : null,
  }));
  const row: BotDefinitionRow = {
    bot: {
      id: crypto.randomUUID(), name: 'Bench', language: 'en', welcome_message: 'Hi', brand_voice: null, handoff_message: 'A person will reply.',
      allowed_origins: [], theme: {}, llm_model: 'gpt-4o-mini', reading_model: 'gpt-4.1-mini', llm_temperature: 0.4, daily_llm_budget: 0, memory_window: 6,
      limits: { visitor_messages_per_minute: 10, address_messages_per_minute: 10, address_new_visitors_per_hour: 10 }, updated_at: new Date(0).toISOString(),
    },
    fields,
    steps: questions,
    plans: [],
    rules: [],
    texts: {},
  };
  return botOf(row);
}

/** Every model reading is allowed: the bench measures understanding, not the daily budget. */
const NO_BUDGET: ReadingBudget = { take: async () => ({ allowed: true }), record: async () => {} };

/**
 * One typed message, decided as the chat decides it: what it is (understand) and what would be stored
 * (decide); with `llm`, read by the model first when the chat would ask it (asksTheModel), as the runner does.
 */
async function readMessage(bot: Bot, message: MessageInput, llm: Llm | null): Promise<Reading> {
  const known = message.known as Answers;
  const state: ConversationState = {
    answers: known,
    pendingField: message.pending,
    status: 'active',
    returning: false,
    // The re-asks the bot just made, as the conversation's recent messages show them.
    recent: Array.from({ length: message.reAsks ?? 0 }, () => ({ sender_type: 'ai' as const, metadata: { intent: 'invalid' } })),
  };
  const input = { type: 'text' as const, text: message.text };
  const pending = pendingStepOf(bot, state);
  const model = llm && asksTheModel(bot, state, input)
    ? await readWithModel({ llm, budget: NO_BUDGET, bot: bot.config, steps: bot.steps, pending, text: message.text })
    : null;
  const understood = understand(input, {
    steps: bot.steps,
    pending,
    known,
    recent: { reAsks: message.reAsks ?? 0 },
    offers: bot.offers,
    prices: bot.plans.map((plan) => plan.price_cents / 100),
  }, model);
  const decision = decide(bot, state, { type: 'message', input, model });
  const stored = Object.fromEntries(Object.entries(decision.answers).filter(([key, value]) => value !== null && known[key] !== value));
  return {
    kind: understood.intent,
    stored,
    objection: (decision.objection ?? null) as ObjectionKind | null,
    safety: understood.safety ? { kind: understood.safety.kind, urgent: understood.safety.urgent } : null,
    handoff: understood.handoff ? { reason: understood.handoff.reason, urgent: false } : null,
    category: understood.question?.category ?? null,
    sells: decision.recommendedPlan !== undefined || decision.say.some((reply) => reply.metadata.plan !== undefined),
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
  /** What this bot says when its knowledge has nothing that fits (its own text, else the default). */
  let noAnswer: Promise<string> | null = null;
  const noAnswerText = () =>
    (noAnswer ??= Promise.resolve(db.rpc('bot_definition', { p_bot_id: botId })).then(({ data }) =>
      data ? botOf(data as BotDefinitionRow).words.say('no_answer') : wordsFor('en').say('no_answer')
    ));

  return {
    notes,
    async search(question) {
      const { data, error } = await db.rpc('rag_search', { p_bot_id: botId, p_query: question, p_top_k: 10, p_min_score: 0 });
      if (error) throw new Error(`rag_search: ${error.message}`);
      return (data as { source: string; content: string; headings?: string[]; score: number; metadata?: Record<string, unknown> }[]).map((hit) => ({
        source: hit.source,
        headings: hit.headings ?? [],
        content: hit.content,
        score: hit.score,
        metadata: hit.metadata ?? {},
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
        grounded: drawn && !text.includes(await noAnswerText()),
        sources,
        handedOff: answered.status === 'handoff',
        takenAsAnswer: answered.status !== 'handoff' && !!opened.prompt && answered.prompt?.field !== opened.prompt.field,
      };
    },
  };
}
