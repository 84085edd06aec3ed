/**
 * What one turn teaches the bot about the visitor, decided with the turn and written in its commit (no
 * round trip of its own): their insights (insights.ts) and the tone that works for them (relationship.ts).
 * Pure, like the decision it reads; null when the turn taught nothing.
 */
import type { Bot } from '../conversation/bot.ts';
import { type ConversationState, type Decision, pendingStepOf, type Visit } from '../conversation/decide.ts';
import type { MemoryWrite } from '../conversation/rows.ts';
import { insightChanges } from './insights.ts';
import { relationshipAfter } from './relationship.ts';
import { signalsOf } from './signals.ts';

export function remember(bot: Bot, state: ConversationState, visit: Visit, decision: Decision): MemoryWrite | null {
  if (visit.type !== 'message') return null;
  const text = visit.input.type === 'text' ? visit.input.text : undefined;
  const insights = insightChanges(bot, state.memory?.insights ?? [], {
    answers: decision.answers,
    ...(decision.objection ? { objection: decision.objection } : {}),
    ...(decision.recommendedPlan ? { plan: decision.recommendedPlan } : {}),
    ...(text !== undefined ? { text, clicked: signalsOf(text).clicked } : {}),
  });
  const relationship = text === undefined ? null : relationshipAfter(state.memory?.relationship ?? null, {
    text,
    open: hadRoom(bot, state, decision),
    objection: decision.objection ?? null,
    frustrated: decision.handoffReason === 'frustration',
  });
  return insights.length || relationship ? { insights, relationship } : null;
}

/** Whether the visitor could write as much as they liked: a free-text question, or their own words off-route. */
function hadRoom(bot: Bot, state: ConversationState, decision: Decision): boolean {
  if (decision.lookups?.length || decision.handoffReason) return true;
  const pending = pendingStepOf(bot, state);
  return pending !== null && pending.kind === 'text' && pending.entity !== 'person_name';
}
