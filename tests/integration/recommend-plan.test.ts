/**
 * The plan rules of `recommend_plan`, through the Data API with the service role (as the functions call it):
 * every combination of goal, recomp focus, support level and cooking preference against a table written out
 * by hand here, and every invalid input refused with a message that names the field.
 */
import { createClient } from '@supabase/supabase-js';
import { describe, expect, inject, it } from 'vitest';
import { NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';

const stack = inject('stack');
const service = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });

// The family by goal and recomp focus ("missing": the lean-vs-build question was never answered).
const FAMILY = {
  fat_loss: { lean: 'Shred', build: 'Shred', missing: 'Shred' },
  muscle_gain: { lean: 'Beast', build: 'Beast', missing: 'Beast' },
  recomp: { lean: 'Shred', build: 'Beast', missing: 'Shred' },
} as const;
// The variant by support level and cooking preference: Spartan only for low support AND a home cook.
const VARIANT = {
  1: { cooks: 'Spartan', doesnt: 'Gladiator' },
  3: { cooks: 'Spartan', doesnt: 'Gladiator' },
  4: { cooks: 'Gladiator', doesnt: 'Gladiator' },
  10: { cooks: 'Gladiator', doesnt: 'Gladiator' },
} as const;

const cases = Object.entries(FAMILY).flatMap(([goal, byFocus]) =>
  Object.entries(byFocus).flatMap(([focus, family]) =>
    Object.entries(VARIANT).flatMap(([support, byCooking]) =>
      Object.entries(byCooking).map(([cooking, variant]) => ({
        goal,
        focus,
        support: Number(support),
        cooking: cooking === 'cooks',
        expected: `${family}-${variant}`,
        family,
        variant,
      })))));

async function recommend(profile: unknown) {
  return service.rpc('recommend_plan', { p_profile: profile });
}

describe('recommend_plan', () => {
  it('covers every combination (3 goals x 3 focuses x 4 support levels x 2 cooking answers)', () => {
    expect(cases).toHaveLength(72);
  });

  it.each(cases)(
    '$goal, focus $focus, support $support, cooks $cooking -> $expected',
    async ({ goal, focus, support, cooking, expected, family, variant }) => {
      const profile: Record<string, unknown> = {
        primary_goal: goal,
        support_level: support,
        cooking_preference: cooking,
        bot_id: NUTRITION_SOLUTIONS_BOT_ID,
      };
      if (focus !== 'missing') profile.recomp_focus = focus;
      const { data, error } = await recommend(profile);
      expect(error).toBeNull();
      expect(data).toMatchObject({ plan_family: family, variant, recommended_plan: expected });
      expect(data.plan).toMatchObject({ code: expected, family, variant });
    },
  );

  it('treats a null recomp focus like a missing one (lean first, the field\'s default)', async () => {
    const { data } = await recommend({
      primary_goal: 'recomp', recomp_focus: null, support_level: 5, cooking_preference: false, bot_id: NUTRITION_SOLUTIONS_BOT_ID,
    });
    expect(data).toMatchObject({ recommended_plan: 'Shred-Gladiator', rule: 12 });
  });

  it('returns the seed bot\'s plan row, ready for the card', async () => {
    const { data, error } = await recommend({
      primary_goal: 'muscle_gain', support_level: 2, cooking_preference: true, bot_id: NUTRITION_SOLUTIONS_BOT_ID,
    });
    expect(error).toBeNull();
    expect(data).toEqual({
      plan_family: 'Beast',
      variant: 'Spartan',
      recommended_plan: 'Beast-Spartan',
      plan: {
        code: 'Beast-Spartan',
        family: 'Beast',
        variant: 'Spartan',
        title: expect.any(String),
        description: expect.any(String),
        price_cents: 4900,
        currency: 'USD',
        billing_period: 'month',
        cta_label: 'Start Beast Spartan',
        cta_url: 'https://nutrition-solutions.example/checkout?plan=beast-spartan',
        includes: expect.arrayContaining([expect.any(String)]),
        alternative_code: 'Beast-Gladiator',
        alternative_line: 'Rather have your meals made for you?',
      },
      rule: 4,
      // The rule's why, with the visitor's answers filled in (no reason given here: an empty quote).
      why: expect.stringContaining('Spartan suits you because you like to cook'),
    });
  });

  it("fills the rule's why with the visitor's answers", async () => {
    const { data } = await recommend({
      primary_goal: 'fat_loss', support_level: 8, cooking_preference: false, emotional_why: 'my wedding', bot_id: NUTRITION_SOLUTIONS_BOT_ID,
    });
    expect(data.why).toMatch(/^You want to lose fat, and you told me why: “my wedding”\./);
  });

  it('accepts a whole stored profile (other fields are ignored)', async () => {
    const { data, error } = await recommend({
      visitor_id: crypto.randomUUID(), name: 'Ann', age: 34, primary_goal: 'fat_loss', support_level: 7,
      cooking_preference: true, returning_user: false, bot_id: NUTRITION_SOLUTIONS_BOT_ID,
    });
    expect(error).toBeNull();
    expect(data.recommended_plan).toBe('Shred-Gladiator');
  });

  it("uses each bot's own rules: the second seed tenant recommends its only plan to everyone", async () => {
    const base = { primary_goal: 'fat_loss', support_level: 1, cooking_preference: true };
    const other = await recommend({ ...base, bot_id: '5e1f0a57-0000-4000-8000-000000000002' });
    expect(other.data).toMatchObject({ recommended_plan: 'Shred-Gladiator', plan: { title: 'Other plan' }, rule: 1 });
  });

  const valid = { primary_goal: 'fat_loss', support_level: 5, cooking_preference: false, bot_id: NUTRITION_SOLUTIONS_BOT_ID };
  it.each([
    ['a missing goal', { ...valid, primary_goal: undefined }, /primary_goal .*fat_loss, muscle_gain, recomp/],
    ['a null goal', { ...valid, primary_goal: null }, /primary_goal .*fat_loss, muscle_gain, recomp/],
    ['goal "bulk"', { ...valid, primary_goal: 'bulk' }, /primary_goal .*fat_loss, muscle_gain, recomp/],
    ['a recomp focus "tone"', { ...valid, primary_goal: 'recomp', recomp_focus: 'tone' }, /recomp_focus .*lean, build/],
    ['a missing support level', { ...valid, support_level: undefined }, /support_level .*whole number from 1 to 10/],
    ['support level 0', { ...valid, support_level: 0 }, /support_level .*whole number from 1 to 10/],
    ['support level 11', { ...valid, support_level: 11 }, /support_level .*whole number from 1 to 10/],
    ['support level 2.5', { ...valid, support_level: 2.5 }, /support_level .*whole number from 1 to 10/],
    ['support level "abc"', { ...valid, support_level: 'abc' }, /support_level .*whole number from 1 to 10/],
    ['support level "3" (a string)', { ...valid, support_level: '3' }, /support_level .*whole number from 1 to 10/],
    ['a missing cooking preference', { ...valid, cooking_preference: undefined }, /cooking_preference .*true or false/],
    ['cooking preference "yes"', { ...valid, cooking_preference: 'yes' }, /cooking_preference .*true or false/],
    ['a malformed bot id', { ...valid, bot_id: 'nope' }, /bot_id must be a uuid/],
    ['no bot id (the rules are the bot\'s)', { ...valid, bot_id: undefined }, /bot_id must be a uuid/],
    ['a profile that is not an object', ['fat_loss'], /profile must be a JSON object/],
  ])('refuses %s with 400 and a message naming the field', async (_label, profile, message) => {
    const { data, error, status } = await recommend(profile);
    expect(data).toBeNull();
    expect(status).toBe(400);
    expect(error!.code).toBe('22023');
    expect(error!.message).toMatch(message);
  });
});
