/**
 * The seed bot's definition as `bot_definition` returns it is the one the unit tests use
 * (tests/unit/engine-fixture.ts), and the plan rules evaluated in TypeScript (the chat) agree with
 * `recommend_plan` (SQL) on every combination of the answers the rules read.
 */
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../functions/_shared/contracts.ts';
import { botOf } from '../../functions/_shared/conversation/bot.ts';
import { matchRule } from '../../functions/_shared/conversation/pitch.ts';
import { FIELDS, QUESTIONS, RULES, TEXTS } from '../unit/engine-fixture.ts';
import { BOT_ID, service } from './helpers.ts';

async function definition() {
  const { data, error } = await service.rpc('bot_definition', { p_bot_id: BOT_ID });
  if (error) throw new Error(error.message);
  return data;
}

describe('bot_definition', () => {
  it('holds the fields, questions, rules and texts the unit tests use', async () => {
    const bot = botOf(await definition());
    expect(bot.fields).toEqual([...FIELDS].sort((a, b) => a.key.localeCompare(b.key)));
    expect(bot.steps.map(({ field, position, prompt, placeholder, condition }) => ({ field, position, prompt, placeholder, condition })))
      .toEqual(QUESTIONS);
    expect(bot.rules).toEqual(RULES);
    // Other tests may add texts of their own (rls.test.ts); the seed's are all there.
    expect((await definition()).texts).toEqual(expect.objectContaining(TEXTS));
  });

  it('is null for an unknown bot', async () => {
    const { data } = await service.rpc('bot_definition', { p_bot_id: crypto.randomUUID() });
    expect(data).toBeNull();
  });
});

describe('the plan rules in the chat and in recommend_plan', () => {
  const goals = ['fat_loss', 'muscle_gain', 'recomp'];
  const focuses = ['lean', 'build', null];
  const cases = goals.flatMap((goal) =>
    focuses.flatMap((focus) => [1, 3, 4, 10].flatMap((support) => [true, false].map((cooks) => ({ goal, focus, support, cooks }))))
  );

  it.each(cases)('agree for $goal, focus $focus, support $support, cooks $cooks', async ({ goal, focus, support, cooks }) => {
    const answers = { primary_goal: goal, recomp_focus: focus, support_level: support, cooking_preference: cooks };
    const { data, error } = await service.rpc('recommend_plan', { p_profile: { ...answers, bot_id: BOT_ID } });
    expect(error).toBeNull();
    expect(matchRule(RULES, FIELDS, answersOf(answers as never))?.plan_code).toBe(data.recommended_plan);
  });
});
