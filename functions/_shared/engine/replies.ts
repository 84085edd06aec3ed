/**
 * The engine's own wording. Deterministic on purpose: the same answer always gets the same reply, so
 * retries, tests and transcripts agree; variety comes from the field and the value, never from chance.
 * Everything is plain text (the widget renders it as text), and anything quoted back is shortened.
 */
import type { Profile, ProfileField, ProfilePatch, Step } from '../contracts.ts';
import { truncate } from './normalize.ts';
import { boundsOf } from './steps.ts';

const QUOTE_CHARS = 40;

function nameOf(profile: Partial<Profile>): string | null {
  return typeof profile.name === 'string' && profile.name.trim() !== '' ? truncate(profile.name, QUOTE_CHARS) : null;
}

const withName = (profile: Partial<Profile>, separator: string) => {
  const name = nameOf(profile);
  return name ? `${separator}${name}` : '';
};

const NOUNS: Record<ProfileField, string> = {
  name: 'name',
  age: 'age',
  gender: 'gender',
  primary_goal: 'goal',
  recomp_focus: 'focus',
  eating_habits: 'eating habits',
  emotional_why: 'reason',
  support_level: 'support level',
  cooking_preference: 'take on cooking',
};

const GOAL_ACKS: Record<string, string> = {
  fat_loss: 'Losing fat — great goal.',
  muscle_gain: 'Building muscle — great goal.',
  recomp: 'Losing fat and building muscle at once — great goal.',
};

/** The acknowledgement of the pending question's answer, using what the visitor said. */
function acknowledgeAnswer(step: Step, patch: ProfilePatch): string {
  switch (step.field) {
    case 'name':
      return `Great to have you here, ${truncate(patch.name ?? '', QUOTE_CHARS)}!`;
    case 'age':
      return 'Got it, thanks.';
    case 'gender':
      return 'Thanks for sharing.';
    case 'primary_goal':
      return GOAL_ACKS[patch.primary_goal ?? ''] ?? 'Great goal.';
    case 'recomp_focus':
      return 'Got it.';
    case 'eating_habits':
      return 'Thanks — that gives me a clear picture.';
    case 'emotional_why':
      return "That's a great reason.";
    case 'support_level':
      return `Noted — ${patch.support_level} out of ${boundsOf(step).max}.`;
    case 'cooking_preference':
      return patch.cooking_preference
        ? 'Great — cooking your own meals makes this easier.'
        : 'No problem — we can take cooking off your plate.';
  }
}

function listAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * "Great to have you here, Sam! I've also noted your age and goal." When the pending question was not answered
 * but others were, only those are acknowledged.
 */
export function acknowledgement(pending: Step, answered: ProfileField[], patch: ProfilePatch): string {
  const others = answered.filter((field) => field !== pending.field).map((field) => NOUNS[field]);
  if (!answered.includes(pending.field)) return others.length > 0 ? `Thanks — I've noted your ${listAnd(others)}.` : '';
  const lead = acknowledgeAnswer(pending, patch);
  return others.length > 0 ? `${lead} I've also noted your ${listAnd(others)}.` : lead;
}

export const reAsk = (step: Step, problem: string): string => `${problem} ${step.prompt}`;

export const completion = (profile: Partial<Profile>): string =>
  `Thanks${withName(profile, ', ')} — that's everything I need. Here's the plan I'd recommend:`;

export const afterCompletion = (profile: Partial<Profile>): string =>
  `Your plan is just above${withName(profile, ', ')} — feel free to ask me anything about it.`;

export function welcomeBack(profile: Partial<Profile>, state: 'fresh' | 'resuming' | 'complete'): string {
  const greeting = `Welcome back${withName(profile, ', ')}!`;
  switch (state) {
    case 'fresh':
      return `${greeting} Let's get started.`;
    case 'resuming':
      return `${greeting} Let's pick up where we left off.`;
    case 'complete':
      return `${greeting} Here's the plan I recommended for you:`;
  }
}
