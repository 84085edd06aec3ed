/**
 * A bot's definition as the conversation uses it: the rows its owner configured (fields, questions, plans,
 * rules, texts), validated once, with each question joined to its field and the bot's words ready.
 */
import { type Field, FieldSchema, type Plan, PlanSchema, type Question, QuestionSchema, type Rule, RuleSchema, type Step, stepsOf } from '../contracts.ts';
import { normalize } from '../understanding/normalize.ts';
import { type Words, wordsFor } from './words.ts';

export interface BotConfig {
  id: string;
  name: string;
  /** The language the bot speaks (en, es). */
  language: string;
  welcome_message: string;
  brand_voice: string | null;
  handoff_message: string;
  allowed_origins: string[];
  theme: Record<string, unknown>;
  llm_model: string;
  /** The model that reads typed messages (understanding/model.ts); null: the rules read alone. */
  reading_model: string | null;
  llm_temperature: number;
  daily_llm_budget: number;
  /** Short-term memory: how many of the latest messages each model call sees. */
  memory_window: number;
  limits: {
    visitor_messages_per_minute: number;
    address_messages_per_minute: number;
    address_new_visitors_per_hour: number;
  };
  /** The latest change to the bot or any of its configuration rows. */
  updated_at: string;
}

/** A bot as the conversation reads it (`bot_definition`): everything its owner configured. */
export interface BotDefinitionRow {
  bot: BotConfig;
  fields: Field[];
  steps: Question[];
  plans: Plan[];
  rules: Rule[];
  /** The owner's texts in the bot's language, by key. */
  texts: Record<string, string>;
}

export interface Bot {
  config: BotConfig;
  fields: Field[];
  /** The guided questions with their fields' input, in position order. */
  steps: Step[];
  plans: Plan[];
  rules: Rule[];
  words: Words;
  /** Words that name the plans ("gold" from a plan coded gold-monthly), for understanding questions about them. */
  offers: string[];
}

export function botOf(row: BotDefinitionRow): Bot {
  const fields = row.fields.map((field) => FieldSchema.parse(field));
  const questions = row.steps.map((question) => QuestionSchema.parse(question));
  const plans = row.plans.map((plan) => PlanSchema.parse(plan));
  return {
    config: row.bot,
    fields,
    steps: stepsOf(fields, questions).map(withNameEntity),
    plans,
    rules: row.rules.map((rule) => RuleSchema.parse(rule)),
    // The bot's own columns are its greeting and hand-off promise unless a text row says otherwise.
    words: wordsFor(row.bot.language, { greeting: row.bot.welcome_message, handoff: row.bot.handoff_message, ...row.texts }),
    offers: offersOf(plans),
  };
}

/**
 * A text question that asks for the visitor's name is read as a name even when its owner named no entity
 * (a `name` field, "What's your name?"): otherwise any words, "hi" or a whole request, would be stored as one.
 */
function withNameEntity(step: Step): Step {
  if (step.kind !== 'text' || step.entity !== null) return step;
  const key = step.field.replaceAll('_', ' ');
  const asks = /^(?:(?:first|full|your|visitor|customer|contact) )?name$/.test(key) ||
    /(?:your|first|full) name|call you/i.test(`${step.label ?? ''} ${step.prompt}`);
  return asks ? { ...step, entity: 'person_name' } : step;
}

function offersOf(plans: Plan[]): string[] {
  const names = plans.flatMap((plan) => [...plan.code.split(/[-_.]/), plan.family ?? '', plan.variant ?? '']);
  return [...new Set(names.map(normalize).filter((name) => name.length >= 3))];
}
