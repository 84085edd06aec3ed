/**
 * The "why this plan" text on the plan card, built from the visitor's own answers so the recommendation
 * reads as a consequence of what they said rather than a sales line.
 */
import type { Plan, Profile } from '../contracts.ts';
import { truncate } from './normalize.ts';

const WHY_CHARS = 80;

function goalPhrase(profile: Partial<Profile>): string | null {
  switch (profile.primary_goal) {
    case 'fat_loss':
      return 'lose fat';
    case 'muscle_gain':
      return 'build muscle';
    case 'recomp':
      return profile.recomp_focus === 'build'
        ? 'lose fat and build muscle, starting with the muscle'
        : 'lose fat and build muscle, getting lean first';
    default:
      return null;
  }
}

function familyPurpose(profile: Partial<Profile>): string | null {
  switch (profile.primary_goal) {
    case 'fat_loss':
      return 'is built for steady fat loss';
    case 'muscle_gain':
      return 'is built for lean muscle gain';
    case 'recomp':
      return profile.recomp_focus === 'build'
        ? 'is built to add muscle while keeping fat in check'
        : 'is built to strip fat while keeping your muscle';
    default:
      return null;
  }
}

/** Mirrors recommend_plan's variant rule (cooks and wants little support → the lighter variant), so the
 * reason given is the reason the plan was chosen. */
function variantReason(profile: Partial<Profile>): string {
  const support = typeof profile.support_level === 'number' ? profile.support_level : null;
  if (profile.cooking_preference === true && support !== null && support <= 3) {
    return 'fits because you like to cook and want a lighter touch';
  }
  if (profile.cooking_preference === false) {
    return 'takes cooking off your plate, with coaching check-ins at the support level you asked for';
  }
  if (profile.cooking_preference === true) return 'handles your meals and adds the closer coaching you asked for';
  return 'matches the way you want to be supported';
}

/** The visitor's "why", quoted briefly, without a doubled "because" or a full stop inside the quotes. */
function quotedWhy(profile: Partial<Profile>): string | null {
  if (typeof profile.emotional_why !== 'string') return null;
  const why = truncate(profile.emotional_why.replace(/^\s*because\b[\s,]*/iu, ''), WHY_CHARS).replace(/[.!]+$/u, '');
  return why === '' ? null : `"${why}"`;
}

export function planPitch(profile: Partial<Profile>, plan: Plan): string {
  const goal = goalPhrase(profile);
  const why = quotedWhy(profile);
  const opening = goal && why
    ? `You want to ${goal} because ${why}.`
    : goal
    ? `You want to ${goal}.`
    : why
    ? `You told me: ${why}.`
    : '';
  const purpose = familyPurpose(profile);
  const fit = purpose
    ? `${plan.family} ${purpose}, and ${plan.variant} ${variantReason(profile)}.`
    : `${plan.variant} ${variantReason(profile)}.`;
  return `${opening} That's why I recommend ${plan.title}. ${fit}`.trim();
}
