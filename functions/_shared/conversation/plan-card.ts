/**
 * The recommendation as a card: the first plan rule that holds for the visitor's answers, the plan it points
 * at, and what the card needs to sell honestly (what it includes, the bot's guarantee, an alternative).
 * Pure, like the engine: the rules are the same ones `recommend_plan` evaluates in SQL.
 */
import type { Answers, Plan, PlanCard } from '../contracts.ts';
import { matchRule, planPitch } from './pitch.ts';
import type { Bot } from './bot.ts';

/** The card for these answers, or null when the bot's rules or catalogue cannot produce one. */
export function planCardFor(bot: Bot, answers: Answers): PlanCard | null {
  const rule = matchRule(bot.rules, bot.fields, answers);
  const plan = rule ? bot.plans.find((p) => p.code === rule.plan_code) : undefined;
  if (!rule || !plan) return null;
  const alternative = plan.alternative_code ? bot.plans.find((p) => p.code === plan.alternative_code) : undefined;
  const guarantee = bot.words.say('plan.guarantee');
  return {
    ...offer(plan),
    description: plan.description,
    why: planPitch(bot.words, bot.steps, answers, rule, plan),
    ...(plan.includes.length ? { includes: plan.includes } : {}),
    ...(guarantee ? { guarantee } : {}),
    ...(alternative
      ? { alternative: { ...offer(alternative), line: plan.alternative_line ?? alternative.title } }
      : {}),
  };
}

function offer(plan: Plan) {
  return {
    code: plan.code,
    title: plan.title,
    price_cents: plan.price_cents,
    currency: plan.currency,
    billing_period: plan.billing_period,
    cta_label: plan.cta_label,
    cta_url: plan.cta_url,
  };
}
