import { describe, expect, it } from 'vitest';
import { planCardFor } from '../../functions/_shared/conversation/plan-card.ts';
import { matchRule, planPitch } from '../../functions/_shared/conversation/pitch.ts';
import { BOT, COMPLETE_PROFILE, FIELDS, PLANS, RULES, STEPS, WORDS } from './engine-fixture.ts';

const pitchFor = (answers: Record<string, unknown>) => {
  const rule = matchRule(RULES, FIELDS, answers as never);
  return planPitch(WORDS, STEPS, answers as never, rule, PLANS.find((p) => p.code === rule!.plan_code)!);
};

describe('the plan rules', () => {
  it('take the first rule whose conditions all hold', () => {
    expect(matchRule(RULES, FIELDS, { primary_goal: 'fat_loss', support_level: 2, cooking_preference: true })?.plan_code).toBe('Shred-Spartan');
    expect(matchRule(RULES, FIELDS, { primary_goal: 'fat_loss', support_level: 4, cooking_preference: true })?.plan_code).toBe('Shred-Gladiator');
    expect(matchRule(RULES, FIELDS, { primary_goal: 'recomp', recomp_focus: 'build', support_level: 9, cooking_preference: false })?.plan_code)
      .toBe('Beast-Gladiator');
  });

  it("read a field's default when the visitor was not asked", () => {
    expect(matchRule(RULES, FIELDS, { primary_goal: 'recomp', support_level: 1, cooking_preference: true })?.plan_code).toBe('Shred-Spartan');
  });

  it('find nothing when no rule holds', () => {
    expect(matchRule(RULES.filter((rule) => rule.conditions.length > 0), FIELDS, { primary_goal: 'other' })).toBeNull();
  });
});

describe('planPitch', () => {
  it("explains the plan with the matched rule's why, quoting the visitor's own reason", () => {
    expect(pitchFor(COMPLETE_PROFILE)).toBe(
      'You want to lose fat, and you told me why: “I want to keep up with my kids”. Shred is built for steady fat loss, ' +
        'and Gladiator takes the cooking off your plate, with a coach checking in at the support level you asked for.',
    );
  });

  it('gives the Spartan reason to a visitor who likes to cook and wants a lighter touch', () => {
    const pitch = pitchFor({ ...COMPLETE_PROFILE, primary_goal: 'muscle_gain', cooking_preference: true, support_level: 2 });
    expect(pitch).toContain('You want to build muscle');
    expect(pitch).toContain('Spartan suits you because you like to cook and want a lighter touch');
  });

  it('gives the coaching reason, not "no cooking", to a home cook who asked for close support', () => {
    const pitch = pitchFor({ ...COMPLETE_PROFILE, cooking_preference: true, support_level: 8 });
    expect(pitch).toContain('Gladiator gives you the hands-on coaching you asked for');
    expect(pitch).not.toContain('takes the cooking off your plate');
  });

  it('quotes a long reason briefly, cut on a word, without a full stop inside the quotes', () => {
    const why = 'My doctor told me I need to lose weight before my surgery next spring, and honestly I am scared.';
    const quoted = /“([^”]*)”/.exec(pitchFor({ ...COMPLETE_PROFILE, emotional_why: why }))?.[1] ?? '';
    expect(quoted.startsWith('My doctor told me')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
    expect(Array.from(quoted).length).toBeLessThanOrEqual(80);
  });

  it("falls back to the bot's default reason when the rule has no why", () => {
    const plan = PLANS[0]!;
    expect(planPitch(WORDS, STEPS, {}, { position: 1, plan_code: plan.code, conditions: [], why: null }, plan))
      .toBe(`Based on what you told me, ${plan.title} is the best fit for you.`);
  });
});

describe('planCardFor', () => {
  it('carries what the plan includes, the guarantee and the alternative with its line', () => {
    const card = planCardFor(BOT, COMPLETE_PROFILE)!;
    expect(card).toMatchObject({
      code: 'Shred-Gladiator',
      guarantee: 'Cancel or pause any time from your account.',
      alternative: { code: 'Shred-Spartan', line: 'Prefer to cook yourself?', price_cents: 4900 },
    });
  });

  it('is null when no rule holds or the rule names a plan the bot lacks', () => {
    expect(planCardFor({ ...BOT, rules: [] }, COMPLETE_PROFILE)).toBeNull();
    expect(planCardFor({ ...BOT, plans: [] }, COMPLETE_PROFILE)).toBeNull();
  });
});

describe('the pitch after a price objection', () => {
  it('names the price and the lighter alternative', async () => {
    const { decide } = await import('../../functions/_shared/conversation/decide.ts');
    const state = {
      answers: { ...COMPLETE_PROFILE, cooking_preference: null },
      pendingField: 'cooking_preference',
      status: 'active' as const,
      returning: false,
      recent: [],
      objection: 'price' as const,
    };
    const decision = decide(BOT, state, { type: 'message', input: { type: 'choice', value: 'no' } });
    const plan = decision.say.find((reply) => reply.metadata.intent === 'plan')!;
    expect(plan.content).toContain('You mentioned cost: this one is $149.00 / month, and Shred Spartan ($49.00 / month) is there');
  });
});
