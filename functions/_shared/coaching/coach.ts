/**
 * The coaching work a turn leaves for after its response: the visitor's personal coach prompt when it is due
 * (due.ts), by the model with a key and by the template without (or when the model fails or the day's budget
 * is spent), and the coaches' style once enough new replies have come in, by the model over the rules'
 * measurements, or by the rules alone. Nothing here can hold a visitor's reply back: the runner starts it
 * and does not wait (after-response.ts), and a failure is only logged.
 *
 * Writes are idempotent: a prompt version is written only over the version the turn saw, a style only from
 * more replies than the stored one; a second turn of the same instance does not start the same work twice.
 */
import { answersOf, type Answers, type ProfileRow } from '../contracts.ts';
import type { Bot } from '../conversation/bot.ts';
import type { Llm, LlmMessage, LlmUsage } from '../llm/client.ts';
import type { LlmBudget, LlmPurpose } from '../llm/answer.ts';
import { withoutPersonalData } from '../llm/personal-data.ts';
import { promptChange, styleDue } from './due.ts';
import { COACHING_LIMITS, personalPromptMessages, personalPromptOf, styleMessages, styleOf } from './model.ts';
import { answerWords, templatePrompt } from './prompt-template.ts';
import type { CoachState, StyleProfile } from './state.ts';
import type { CoachingStore, ModelCost } from './rows.ts';
import { styleByRules } from './style-rules.ts';

export interface AfterTurn {
  bot: Bot;
  visitorId: string;
  coach: CoachState;
  /** The profile as the turn committed it. */
  profile: ProfileRow;
  /** Default: now. */
  now?: number;
}

export interface Coaching {
  afterTurn(turn: AfterTurn): Promise<void>;
}

export interface CoachingDeps {
  llm: Llm | null;
  budget: LlmBudget;
  store: CoachingStore;
}

const NO_COST: ModelCost = { model: null, prompt_tokens: 0, completion_tokens: 0 };

export function createCoaching(deps: CoachingDeps): Coaching {
  const running = new Set<string>();
  const once = async (key: string, work: () => Promise<void>) => {
    if (running.has(key)) return;
    running.add(key);
    try {
      await work();
    } finally {
      running.delete(key);
    }
  };

  /** The model's text for these messages, or null (no model, over budget, failed): the caller falls back. */
  async function ask(bot: Bot, messages: LlmMessage[], maxTokens: number, purpose: LlmPurpose): Promise<{ text: string; usage: LlmUsage } | null> {
    if (!deps.llm) return null;
    try {
      const decision = await deps.budget.take(bot.config.id, bot.config.daily_llm_budget);
      if (!decision.allowed) return null;
      const answer = await deps.llm.complete({ model: bot.config.llm_model, temperature: 0.3, maxTokens, messages });
      await deps.budget.record(bot.config.id, answer.usage, purpose).catch(() => {});
      return answer;
    } catch (error) {
      console.warn(`[coaching] bot ${bot.config.id}: ${purpose} without the model (${error instanceof Error ? error.message : error})`);
      return null;
    }
  }

  async function writePrompt(turn: AfterTurn, answers: Answers, reason: string): Promise<void> {
    const { bot, profile } = turn;
    const basedOn = turn.coach.prompt?.version ?? 0;
    const language = bot.config.language;
    const told = bot.fields.flatMap((field) => {
      const value = answers[field.key];
      return value === null || value === undefined ? [] : [`${field.label}: ${answerWords(field, value, language)}`];
    });
    if (profile.objection) told.push(`Objection raised: ${profile.objection}`);
    const plan = bot.plans.find((p) => p.code === profile.recommended_plan);
    if (plan) told.push(`Plan recommended: ${plan.title}`);

    const answer = await ask(bot, personalPromptMessages({ botName: bot.config.name, language, told }), COACHING_LIMITS.promptOutputTokens, 'coach_prompt');
    const written = answer ? personalPromptOf(answer.text) : null;
    const prompt = written ?? templatePrompt({
      language,
      fields: bot.fields,
      plans: bot.plans,
      answers,
      objection: profile.objection,
      recommendedPlan: profile.recommended_plan,
    });
    await deps.store.writePrompt({
      botId: bot.config.id,
      visitorId: turn.visitorId,
      basedOn,
      prompt,
      writtenBy: written ? 'model' : 'template',
      reason,
      answers,
      objection: profile.objection,
      // What the model cost is recorded even when its answer was unusable (the template was stored instead).
      ...(answer ? { model: answer.usage.model, prompt_tokens: answer.usage.prompt_tokens, completion_tokens: answer.usage.completion_tokens } : NO_COST),
    });
  }

  async function refreshStyle(bot: Bot): Promise<void> {
    const { total, replies: stored } = await deps.store.coachReplies(bot.config.id, 40);
    if (stored.length === 0) return;
    // A coach may quote a visitor's email or phone: the style keeps none (the model is sent none either, and
    // the style is sent as the owner's own words).
    const replies = stored.map(withoutPersonalData);
    const measured = styleByRules(replies);
    const answer = await ask(bot, styleMessages(replies), COACHING_LIMITS.styleOutputTokens, 'coach_style');
    const read = answer ? styleOf(answer.text) : null;
    const profile: StyleProfile = read
      ? {
        ...measured,
        ...read,
        // The model's quotes, and the rules' where it found none.
        greetings: read.greetings.length ? read.greetings : measured.greetings,
        sign_offs: read.sign_offs.length ? read.sign_offs : measured.sign_offs,
        phrases: read.phrases.length ? read.phrases : measured.phrases,
      }
      : measured;
    await deps.store.writeStyle({
      botId: bot.config.id,
      profile,
      writtenBy: read ? 'model' : 'rules',
      repliesAnalysed: total,
      ...(answer ? { model: answer.usage.model, prompt_tokens: answer.usage.prompt_tokens, completion_tokens: answer.usage.completion_tokens } : NO_COST),
    });
  }

  return {
    async afterTurn(turn) {
      const { bot, coach, profile } = turn;
      const answers = answersOf(profile);
      const reason = promptChange({
        settings: coach.settings,
        fields: bot.fields,
        latest: coach.prompt,
        answers,
        objection: profile.objection,
        recommendedPlan: profile.recommended_plan,
        now: turn.now ?? Date.now(),
      });
      await Promise.all([
        reason ? once(`prompt:${turn.visitorId}:${coach.prompt?.version ?? 0}`, () => writePrompt(turn, answers, reason)) : null,
        styleDue(coach.style, coach.settings) ? once(`style:${bot.config.id}:${coach.style!.replies_total}`, () => refreshStyle(bot)) : null,
      ]);
    },
  };
}
