/**
 * The coach off the guided route: a side question answered from the bot's knowledge, an objection stored
 * and answered (testimonials matching the visitor for doubt), or a hand-off to a human. The answer is
 * written by the model when one is configured and within budget, and otherwise extracted from the
 * best-matching passage; either way the visitor gets exactly one answer, then the pending question again.
 */
import { answersOf, type Step } from '../_shared/contracts.ts';
import type { Bot } from '../_shared/conversation/bot.ts';
import { extractAnswer, handoffReply, noAnswerReply, objectionLead, objectionQuery, resumeLine } from '../_shared/engine/index.ts';
import type { MessageIntent, Objection } from '../_shared/engine/index.ts';
import type { Answers } from '../_shared/contracts.ts';
import { env } from '../_shared/env.ts';
import { embedTexts, toPgVector } from '../_shared/knowledge/embeddings.ts';
import { createLlm, type LlmUsage, writeGroundedAnswer } from '../_shared/llm/index.ts';
import { type ChatContext, type KnowledgeHit as Passage, type MessageRow, type NewEvent, type NewMessage, store } from '../_shared/store.ts';

const llm = createLlm({ apiKey: env.openaiApiKey, baseUrl: env.openaiBaseUrl });

/** What an off-route turn stores and says; the caller commits it with the pending question unchanged. */
export interface CoachDecision {
  messages: NewMessage[];
  events: NewEvent[];
  profile: Record<string, unknown>;
  handoff?: { reason: string };
}

export interface CoachRequest {
  context: ChatContext;
  bot: Bot;
  intent: Exclude<MessageIntent, { kind: 'answer' }>;
  text: string;
  pendingStep: Step | null;
  history: MessageRow[];
  /** Pieces of a model-written answer as they are written (streaming). */
  onDelta?: (text: string) => void;
}

export async function coach(request: CoachRequest): Promise<CoachDecision> {
  const { intent, context, bot } = request;
  const words = bot.words;
  if (intent.kind === 'handoff') {
    return {
      messages: [{
        sender_type: 'ai',
        content: handoffReply(words, intent.reason, { urgent: intent.urgent }),
        metadata: { intent: 'handoff', handoff_reason: intent.reason },
      }],
      events: [{ type: 'handoff_requested', data: { reason: intent.reason } }],
      profile: {},
      handoff: { reason: intent.reason },
    };
  }

  const search = searcher(context.bot.id);
  const passages = intent.kind === 'question'
    ? await firstFound(search, request.text, [intent.category, null])
    : await objectionPassages(search, request.text, intent.objection, bot, answersOf(context.profile));
  const answer = await answerFrom(request, passages);
  const lead = intent.kind === 'objection' ? `${objectionLead(words, intent.objection)} ` : '';
  const metadata = {
    intent: intent.kind,
    ...(intent.kind === 'question' ? { category: intent.category, topic: intent.topic ?? null } : { objection: intent.objection }),
    sources: passages.slice(0, 3).map((p) => ({ source: p.source, chunk_index: p.chunk_index, score: round(p.score) })),
    written_by: answer.usage ? 'model' : passages.length ? 'extract' : 'none',
    ...(answer.usage ? { usage: answer.usage } : {}),
  };
  const messages: NewMessage[] = [{ sender_type: 'ai', content: lead + answer.text, metadata }];
  const resume = request.pendingStep ? resumeLine(words, request.pendingStep.prompt) : '';
  if (resume) messages.push({ sender_type: 'ai', content: resume, metadata: { intent: 'resume', step: request.pendingStep!.field } });
  return {
    messages,
    events: [],
    profile: intent.kind === 'objection' ? { objection: intent.objection } : {},
  };
}

async function answerFrom(request: CoachRequest, passages: Passage[]): Promise<{ text: string; usage?: LlmUsage }> {
  if (passages.length === 0) return { text: noAnswerReply(request.bot.words) };
  const written = llm && await writeGroundedAnswer({
    llm,
    bot: { ...request.context.bot, brand_voice: await brandVoice(request.context) },
    passages: passages.map((p) => ({ content: p.content, source: p.source })),
    history: request.history
      .filter((m) => m.sender_type !== 'human_coach')
      .map((m) => ({ role: m.sender_type === 'client' ? 'user' as const : 'assistant' as const, content: m.content })),
    question: request.text,
    pendingQuestion: request.pendingStep?.prompt ?? null,
    onDelta: request.onDelta,
  });
  if (written) return written;
  return { text: extractAnswer(passages[0]!.content, request.text) || noAnswerReply(request.bot.words) };
}

type Search = (query: string, category: string | null, filters?: Record<string, unknown>, minScore?: number) => Promise<Passage[]>;

/** The bot's voice for the model: its `brand_voice` setting and the top of its brand-voice guide (the prompt caps the length). */
async function brandVoice(context: ChatContext): Promise<string> {
  const guide = await store.ragSearch({
    botId: context.bot.id,
    query: 'tone of voice words to use and avoid',
    category: 'brand_voice',
    topK: 2,
    minScore: 0,
  }).catch(() => []);
  return [context.bot.brand_voice, ...guide.map((passage) => passage.content)].filter(Boolean).join('\n\n');
}

/**
 * Doubt is answered with testimonials of people like the visitor: their answers to the bot's choice fields
 * (a testimonial tagged with the field's label, e.g. `goal`), then their age bracket, relaxed one tag at a
 * time. Other objections by the visitor's words, then by the bot's query for that objection, because a
 * visitor who says "too expensive" rarely uses the words of the passage on prices.
 */
async function objectionPassages(search: Search, text: string, objection: Objection, bot: Bot, answers: Answers): Promise<Passage[]> {
  if (objection !== 'doubt') {
    const direct = await firstFound(search, text, ['faq', null]);
    return direct.length ? direct : await firstFound(search, objectionQuery(bot.words, objection) || text, ['faq', null]);
  }
  const tags = likeTheVisitor(bot, answers);
  // Whatever words the visitor used to doubt it, what answers doubt is someone like them who got results.
  const query = objectionQuery(bot.words, 'doubt');
  for (let kept = tags.length; kept >= 0; kept--) {
    const found = await search(query, 'testimonials', Object.fromEntries(tags.slice(0, kept)), 0);
    if (found.length) return found;
  }
  return [];
}

/** Tags a testimonial of someone like the visitor carries: fields the plan rules read first, then others. */
function likeTheVisitor(bot: Bot, answers: Answers): [string, string][] {
  const ruled = new Set(bot.rules.flatMap((rule) => rule.conditions.map((c) => c.field)));
  const choices = bot.steps
    .filter((step) => step.kind === 'single_choice' && typeof answers[step.field] === 'string')
    // "Prefer not to say" tells nothing a testimonial could match.
    .filter((step) => !/^prefer_not|^none$|^other$/.test(String(answers[step.field])))
    .sort((a, b) => Number(ruled.has(b.field)) - Number(ruled.has(a.field)));
  const tags: [string, string][] = choices.map((step) => [(step.label ?? step.field).replaceAll(' ', '_'), String(answers[step.field])]);
  const age = bot.steps.find((step) => step.entity === 'age');
  const bracket = age ? ageBracket(answers[age.field]) : null;
  if (bracket) tags.push(['age_bracket', bracket]);
  return tags;
}

async function firstFound(search: Search, text: string, categories: (string | null)[]): Promise<Passage[]> {
  for (const category of categories) {
    const found = await search(text, category);
    if (found.length) return found;
  }
  return [];
}

/** rag_search for one bot, embedding each distinct query once (only when a model is configured). */
function searcher(botId: string): Search {
  const embeddings = new Map<string, Promise<string | null>>();
  const embed = (query: string) => {
    if (!llm) return Promise.resolve(null);
    let embedding = embeddings.get(query);
    if (!embedding) {
      embedding = embedTexts([query], { apiKey: env.openaiApiKey, baseUrl: env.openaiBaseUrl, timeoutMs: 5_000, maxAttempts: 2 })
        .then(([vector]) => (vector ? toPgVector(vector) : null), () => null);
      embeddings.set(query, embedding);
    }
    return embedding;
  };
  return async (query, category, filters, minScore) => {
    const found = await store.ragSearch({ botId, query, category, filters, topK: 5, minScore, embedding: await embed(query) });
    // The brand-voice guide tells the model how to speak; it is never an answer for a visitor.
    return found.filter((passage) => passage.category !== 'brand_voice').slice(0, 3);
  };
}

function ageBracket(age: unknown): string | null {
  if (typeof age !== 'number') return null;
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

const round = (n: number) => Math.round(n * 1000) / 1000;
