/**
 * A bot's own fields (bot_fields) as the console shows them: in the order its questions ask them, named by
 * their labels, answers by their option labels. Each bot brings its own, so nothing here knows any business.
 * An answer lives in a user_profiles column when the field's key names one, else under `answers`.
 */
import type { Db } from './client.ts';

export interface BotField {
  bot_id: string;
  key: string;
  type: 'text' | 'number' | 'choice' | 'scale' | 'yes_no';
  label: string;
  entity: string | null;
  options: { value: string; label: string }[];
  /** Where its question comes in the conversation; fields no question asks come last. */
  position: number | null;
}

/** The fields of the given bots (all of the owner's when none is given), in question order per bot. */
export async function loadFields(db: Db, botId?: string): Promise<BotField[]> {
  const fields = db.from('bot_fields').select('bot_id, key, type, label, entity, options');
  const steps = db.from('bot_steps').select('bot_id, field, position');
  const [f, s] = await Promise.all(botId ? [fields.eq('bot_id', botId), steps.eq('bot_id', botId)] : [fields, steps]);
  const failed = f.error ?? s.error;
  if (failed) throw new Error(failed.message);
  return inQuestionOrder((f.data ?? []) as Omit<BotField, 'position'>[], (s.data ?? []) as { bot_id: string; field: string; position: number }[]);
}

export function inQuestionOrder(fields: Omit<BotField, 'position'>[], steps: { bot_id: string; field: string; position: number }[]): BotField[] {
  const positionOf = (f: Omit<BotField, 'position'>) =>
    steps.filter((s) => s.bot_id === f.bot_id && s.field === f.key).reduce<number | null>((min, s) => (min === null ? s.position : Math.min(min, s.position)), null);
  return fields
    .map((f) => ({ ...f, options: Array.isArray(f.options) ? f.options : [], position: positionOf(f) }))
    .sort((a, b) => a.bot_id.localeCompare(b.bot_id) || (a.position ?? Infinity) - (b.position ?? Infinity) || a.key.localeCompare(b.key));
}

/** The field's label as a heading: "training days" → "Training days". */
export const fieldTitle = (field: Pick<BotField, 'label'>) => field.label.charAt(0).toUpperCase() + field.label.slice(1);

/** A visitor's answer to a field, from their profile or lead row; undefined when they gave none. */
export function answerOf(row: Record<string, unknown>, key: string): unknown {
  const value = row[key] ?? (row.answers as Record<string, unknown> | null | undefined)?.[key];
  return value === null || value === '' ? undefined : value;
}

/** An answer as the visitor saw it: a choice by its option's label, yes/no by its label or "yes"/"no". */
export function answerText(field: BotField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'yes_no') {
    const option = value === true ? 'yes' : value === false ? 'no' : String(value);
    return field.options.find((o) => o.value === option)?.label ?? option;
  }
  if (field.type === 'choice') return field.options.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

/** The fields of one bot. */
export const fieldsOf = (fields: BotField[], botId: string) => fields.filter((f) => f.bot_id === botId);
