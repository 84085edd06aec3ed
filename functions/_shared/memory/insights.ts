/**
 * A visitor's insights, kept up to date by their turns: what they want (goal) and what stands in their way
 * (blocker), from the answers to the fields the owner marked so (`bot_fields.insight`; without marks, the
 * field the plan rules read first is the goal); each objection they raise; and breakthroughs, when they move
 * past an objection (a plan reached after it, or "that makes sense"), which also closes the objection.
 * Pure: the turn's changes, for commit_turn to write in the turn's transaction.
 */
import type { AnswerValue, Field } from '../contracts.ts';
import type { Bot } from '../conversation/bot.ts';
import type { InsightRow } from '../conversation/rows.ts';
import { truncate } from '../understanding/normalize.ts';
import type { Objection } from '../understanding/types.ts';

const VALUE_CHARS = 200;

/** What one turn did, as the insights read it. */
export interface InsightTurn {
  /** The answers the turn stores, by field (null clears one). */
  answers: Record<string, AnswerValue | null>;
  objection?: Objection;
  /** The plan the turn showed. */
  plan?: string;
  /** The visitor's words, when they typed. */
  text?: string;
  /** They said something clicked (signals.ts). */
  clicked?: boolean;
}

/** Which fields' answers are goals or blockers. */
export function insightFields(bot: Pick<Bot, 'fields' | 'rules'>): Map<string, 'goal' | 'blocker'> {
  const marked = new Map(bot.fields.filter((f) => f.insight).map((f) => [f.key, f.insight!] as const));
  if ([...marked.values()].includes('goal')) return marked;
  const first = [...bot.rules].sort((a, b) => a.position - b.position).flatMap((r) => r.conditions)[0]?.field;
  if (first && bot.fields.some((f) => f.key === first)) marked.set(first, 'goal');
  return marked;
}

export function insightChanges(bot: Pick<Bot, 'fields' | 'rules'>, known: InsightRow[], turn: InsightTurn): InsightRow[] {
  const changes: InsightRow[] = [];
  const kinds = insightFields(bot);
  for (const [key, value] of Object.entries(turn.answers)) {
    const kind = kinds.get(key);
    const field = bot.fields.find((f) => f.key === key);
    if (!kind || !field) continue;
    changes.push(value === null ? { kind, key, value: null, active: false } : { kind, key, value: valueText(field, value), active: true });
  }

  // Moving past the objections raised before this turn: a plan reached after them, or "that makes sense".
  const open = known.filter((i) => i.kind === 'objection' && i.active && i.key !== turn.objection);
  const past = turn.plan ? turn.plan : turn.clicked && turn.text ? truncate(turn.text, VALUE_CHARS) : null;
  if (past) {
    for (const objection of open) {
      changes.push({ ...objection, active: false });
      changes.push({ kind: 'breakthrough', key: `past_${objection.key}`, value: past, active: true });
    }
  }
  if (turn.clicked && turn.text) changes.push({ kind: 'breakthrough', key: 'positive', value: truncate(turn.text, VALUE_CHARS), active: true });
  if (turn.objection) changes.push({ kind: 'objection', key: turn.objection, value: turn.text ? truncate(turn.text, VALUE_CHARS) : null, active: true });
  return changes;
}

/** An answer in words: a choice by its label, yes or no by its option's label, text shortened. */
function valueText(field: Field, value: AnswerValue): string {
  if (field.type === 'choice') return field.options.find((o) => o.value === value)?.label ?? String(value);
  if (field.type === 'yes_no') {
    const option = value === true ? 'yes' : 'no';
    return field.options.find((o) => o.value === option)?.label ?? option;
  }
  return typeof value === 'string' ? truncate(value, VALUE_CHARS) : String(value);
}
