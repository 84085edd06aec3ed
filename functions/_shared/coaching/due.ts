/**
 * When coaching work is due after a turn.
 *
 * A visitor's personal coach prompt: The first version once the guided questions are
 * done (a plan was recommended); after that only on a significant change against the answers the latest
 * version was written from, as the bot's settings define it: a choice answer changed (their goal, say), a
 * scale answer moved by at least `prompt_scale_step`, or a new objection. Never sooner than
 * `prompt_min_interval_seconds` after the latest version: changes made meanwhile are caught by the first turn
 * after it. Text, number and yes/no answers are details the prompt does not hinge on.
 *
 * The coaches' style: once `style_refresh_every` replies have come in since the profile was made (the first
 * profile once there are that many).
 *
 * Pure: the clock is passed in.
 */
import type { Answers, Field } from '../contracts.ts';
import type { CoachPrompt, CoachSettings, CoachStyle } from './state.ts';

export interface PromptChangeInput {
  settings: CoachSettings;
  fields: Field[];
  latest: CoachPrompt | null;
  answers: Answers;
  objection: string | null;
  /** Set once the guided questions are done. */
  recommendedPlan: string | null;
  now: number;
}

/** Why a new version is due, in plain words (stored with it), or null when the latest still serves. */
export function promptChange(input: PromptChangeInput): string | null {
  const { settings, latest } = input;
  if (!input.recommendedPlan) return null;
  if (!latest) return 'the guided questions were done';
  if (input.now - Date.parse(latest.created_at) < settings.prompt_min_interval_seconds * 1000) return null;

  const reasons: string[] = [];
  for (const field of input.fields) {
    const before = latest.answers[field.key];
    const after = input.answers[field.key];
    if (after === null || after === undefined || before === after) continue;
    if (field.type === 'choice' && settings.prompt_on_choice_change && before !== undefined && before !== null) {
      reasons.push(`${field.label} changed`);
    }
    if (field.type === 'scale' && settings.prompt_scale_step > 0 && typeof before === 'number' && typeof after === 'number'
      && Math.abs(after - before) >= settings.prompt_scale_step) {
      reasons.push(`${field.label} moved by ${Math.abs(after - before)}`);
    }
  }
  if (settings.prompt_on_new_objection && input.objection && input.objection !== latest.objection) {
    reasons.push(`a new objection (${input.objection})`);
  }
  return reasons.length ? reasons.join(', ') : null;
}

/** Whether the coaches' style should be made again from their replies. */
export function styleDue(style: CoachStyle | null, settings: CoachSettings): boolean {
  return !!style && style.replies_total - style.replies_analysed >= settings.style_refresh_every;
}
