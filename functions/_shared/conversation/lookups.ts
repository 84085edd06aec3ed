/**
 * What the decision asks the knowledge base for: the searches that answer a side question or an objection,
 * and where the answer goes (what leads into it, what follows it). The runner does the searching and
 * compose.ts writes the answer; everything here is pure.
 */
import type { Answers } from '../contracts.ts';
import type { Objection } from '../understanding/types.ts';
import type { Understanding } from '../understanding/understand.ts';
import type { Bot } from './bot.ts';

/** A knowledge search; a look-up tries its searches in order and keeps the first that finds something. */
export interface Search {
  query: string;
  /** A filter: only this category. */
  category: string | null;
  /** A hint: this category ranks first, nothing is hidden. */
  preferCategory?: string | null;
  filters?: Record<string, string>;
  minScore?: number;
  /** How many passages to return (default 3). */
  topK?: number;
}

/** What to look up, and where its answer goes: the answer is said first, then `say`. */
export interface Lookup {
  kind: 'question' | 'objection';
  /** The visitor's own words, for a model writing the answer. */
  question: string;
  searches: Search[];
  /** Said before the answer ("Totally fair to think about cost."). */
  lead: string;
  /** Said after the answer: the bot's health disclaimer when the question is about health. */
  tail?: string;
  /** Metadata of the answer's message (intent, category or objection). */
  metadata: Record<string, unknown>;
  /** The question still pending, for a model to lead back to. */
  pendingPrompt: string | null;
  /** A question's category, which the knowledge search takes as a hint (knowledge/search.ts). */
  hint?: string | null;
  /** Said after the answer, in its bubble: the pending question in brief. */
  resume?: string;
  /**
   * Said instead when the knowledge has no confident answer: a message that answered nothing may be a
   * question put without a question's shape ("workshop hours on saturday"), answered only when the knowledge
   * clearly holds it; otherwise the re-ask it would have had stands, with no "I don't know".
   */
  otherwise?: { content: string; metadata: Record<string, unknown> };
}

/** The look-up answering a side question or an objection (`understood` is one or the other). */
export function lookupFor(bot: Bot, answers: Answers, understood: Understanding, text: string, pendingPrompt: string | null): Lookup {
  const objection = understood.objection;
  if (objection) {
    return {
      kind: 'objection',
      question: text,
      searches: objectionSearches(bot, answers, objection, text),
      lead: bot.words.say(`objection.${objection}`),
      metadata: { intent: 'objection', objection },
      pendingPrompt,
    };
  }
  const health = understood.health ? bot.words.say('disclaimer.health') : '';
  return {
    kind: 'question',
    question: text,
    // The category is a hint that ranks its passages first, never a filter that hides the answer.
    searches: [{ query: text, category: null, preferCategory: understood.question!.category }],
    hint: understood.question!.category,
    lead: '',
    ...(health ? { tail: health } : {}),
    metadata: { intent: 'question', category: understood.question!.category, topic: understood.question!.topic ?? null, ...(health ? { health: true } : {}) },
    pendingPrompt,
  };
}

/**
 * What answers an objection: the visitor's own words first, then the bot's query for that objection (a
 * visitor who says "too expensive" rarely uses the words of the passage on prices). Doubt is answered with
 * testimonials of people like the visitor, relaxed one tag at a time.
 */
function objectionSearches(bot: Bot, answers: Answers, objection: Objection, text: string): Search[] {
  const query = bot.words.say(`objection.${objection}.query`) || text;
  if (objection !== 'doubt') {
    return [
      { query: text, category: 'faq' },
      { query: text, category: null },
      { query, category: 'faq' },
      { query, category: null },
    ];
  }
  const tags = likeTheVisitor(bot, answers);
  const searches: Search[] = [];
  for (let kept = tags.length; kept >= 0; kept--) {
    searches.push({ query, category: 'testimonials', filters: Object.fromEntries(tags.slice(0, kept)), minScore: 0 });
  }
  return searches;
}

/**
 * Tags a testimonial of someone like the visitor carries: their answers to the bot's choice fields, tagged
 * by the field's label (`goal`), those the plan rules read first; then their age bracket.
 */
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

function ageBracket(age: unknown): string | null {
  if (typeof age !== 'number') return null;
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

