import { describe, expect, it } from 'vitest';
import { planPitch } from '../../functions/_shared/engine/index.ts';
import { COMPLETE_PROFILE, plan } from './engine-fixture.ts';

describe('planPitch', () => {
  it('explains a Gladiator plan from the goal, the visitor’s own why and their support and cooking answers', () => {
    expect(planPitch(COMPLETE_PROFILE, plan('Shred', 'Gladiator'))).toBe(
      'You want to lose fat because "I want to keep up with my kids". That\'s why I recommend Shred Gladiator. ' +
        'Shred is built for steady fat loss, and Gladiator takes cooking off your plate, with coaching check-ins ' +
        'at the support level you asked for.',
    );
  });

  it('gives the Spartan reason to a visitor who likes to cook and wants a lighter touch', () => {
    const pitch = planPitch(
      { ...COMPLETE_PROFILE, primary_goal: 'muscle_gain', cooking_preference: true, support_level: 2 },
      plan('Beast', 'Spartan'),
    );
    expect(pitch).toContain('You want to build muscle because');
    expect(pitch).toContain('Beast Spartan');
    expect(pitch).toContain('Spartan fits because you like to cook and want a lighter touch');
  });

  it('names the recomposition focus the visitor chose', () => {
    const pitch = planPitch({ ...COMPLETE_PROFILE, primary_goal: 'recomp', recomp_focus: 'build' }, plan('Beast', 'Gladiator'));
    expect(pitch).toContain('You want to lose fat and build muscle, starting with the muscle because');
    expect(pitch).toContain('Beast is built to add muscle while keeping fat in check');
  });

  it('quotes a long why briefly, cut on a word, without doubling "because"', () => {
    const why = 'Because my doctor told me I need to lose weight before my surgery next spring, and honestly I am scared.';
    const pitch = planPitch({ ...COMPLETE_PROFILE, emotional_why: why }, plan('Shred', 'Gladiator'));
    const quoted = /"([^"]*)"/.exec(pitch)?.[1] ?? '';
    expect(quoted.startsWith('my doctor told me')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
    expect(Array.from(quoted).length).toBeLessThanOrEqual(80);
    expect(pitch).not.toMatch(/because "because/i);
  });

  it('leaves out the quote when the visitor gave no why', () => {
    const pitch = planPitch({ ...COMPLETE_PROFILE, emotional_why: null }, plan('Shred', 'Gladiator'));
    expect(pitch.startsWith('You want to lose fat. That\'s why I recommend Shred Gladiator.')).toBe(true);
    expect(pitch).not.toContain('"');
  });
});
