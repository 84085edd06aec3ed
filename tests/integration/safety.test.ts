/**
 * A crisis through the real chat function: at the last guided question, where a plan card would come next, the
 * visitor gets the crisis lines and a person instead, no plan is stored or shown, and the bot stays silent
 * afterwards; an urgent medical message points to emergency help first.
 */
import { describe, expect, it } from 'vitest';
import { count, newVisitor, profileOf } from './helpers.ts';
import { answerDemoQuestions } from '../support/demo-walk.ts';

describe('a crisis on the stack', () => {
  it('answers a crisis said where the plan was due with the crisis lines and a person, never a plan card, and then stays silent', async () => {
    const visitor = await newVisitor();
    await answerDemoQuestions(visitor, { steps: 7, why: 'To feel better' });
    const turn = await visitor.say("yes I cook, but honestly I'm not sure I'll still be here to use it");
    expect(turn.status).toBe('handoff');
    expect(turn.plan ?? null).toBeNull();
    expect(turn.messages.some((message) => message.plan)).toBe(false);
    const said = turn.messages.map((message) => message.content).join(' ');
    expect(said).toMatch(/988/);
    expect(said).toMatch(/116 123/);
    expect(said).toMatch(/person/);
    expect((await profileOf(turn.conversation_id)).recommended_plan).toBeNull();
    expect(await count('events', { conversation_id: turn.conversation_id, type: 'plan_shown' })).toBe(0);
    expect(await count('events', { conversation_id: turn.conversation_id, type: 'handoff_requested' })).toBe(1);
    const silent = await visitor.say('so which plan should I get?');
    expect(silent.messages).toEqual([]);
  });

  it('points an urgent medical message to emergency help before anything else', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    const turn = await visitor.say("I'm type 1 and I feel really shaky right now");
    expect(turn.status).toBe('handoff');
    expect(turn.messages[0]!.content).toMatch(/emergency number/);
    expect(turn.plan ?? null).toBeNull();
  });
});
