/**
 * Memory in layers on the stack, without a model: a conversation's summary written by rules when it ends
 * (the plan shown, or a coach closing it) or idles 30 minutes, read by its owner alone; a returning visitor
 * greeted from it (the owner's own wording: tests/unit/memory.test.ts); insights and tone written by commit_turn; all of it in the visitor's export and gone with
 * their erasure.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { BOT_ID, callFunction, chat, count, newVisitor, ownerClient, service } from './helpers.ts';
import { answerDemoQuestions } from '../support/demo-walk.ts';

async function summaryOf(conversationId: string) {
  const { data } = await service.from('conversation_summaries').select('*').eq('conversation_id', conversationId).maybeSingle();
  return data as Record<string, any> | null;
}

const visitorIdOf = (token: string) => token.split('.')[1]!;

/** Moves a conversation's messages back in time, as if the visitor had left `minutes` ago. */
async function idle(conversationId: string, minutes: number) {
  const at = new Date(Date.now() - minutes * 60_000).toISOString();
  const { error } = await service.from('messages').update({ created_at: at }).eq('conversation_id', conversationId);
  if (error) throw new Error(error.message);
}

describe('conversation summaries', () => {
  it('are written by rules in the turn that shows the plan: answers, the plan and its alternative', async () => {
    const visitor = await newVisitor();
    const last = await answerDemoQuestions(visitor);
    expect(last.status).toBe('completed');
    const summary = await summaryOf(last.conversation_id);
    expect(summary).toMatchObject({
      plan_shown: 'Shred-Spartan',
      plan_alternative: 'Shred-Gladiator',
      plan_chosen: null,
      written_by: 'rules',
      answers: expect.objectContaining({ name: 'Sam', age: 34, primary_goal: 'fat_loss' }),
    });
    expect(summary!.summary).toContain('Was recommended Shred Spartan (alternative: Shred Gladiator).');
  });

  it('learn which plan the visitor went for when they click its button', async () => {
    const visitor = await newVisitor();
    const last = await answerDemoQuestions(visitor);
    const clicked = await callFunction('events', { bot_id: BOT_ID, visitor_token: visitor.token, client_event_id: crypto.randomUUID(), type: 'cta_clicked', data: { plan: 'Shred-Spartan' } });
    expect(clicked.status).toBeLessThan(300);
    expect((await summaryOf(last.conversation_id))!.plan_chosen).toBe('Shred-Spartan');
  });

  it('are not written while a conversation is going, and are once it has been quiet for 30 minutes', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    await visitor.say('34');
    const conversationId = visitor.opened.conversation_id;
    await chat({ visitor_token: visitor.token, input: { type: 'start' } });
    expect(await summaryOf(conversationId)).toBeNull();

    await idle(conversationId, 31);
    const back = await chat({ visitor_token: visitor.token, input: { type: 'start' } });
    const summary = await summaryOf(conversationId);
    expect(summary).toMatchObject({ written_by: 'rules', answers: { name: 'Sam', age: 34 } });
    expect(summary!.summary).toContain('Answered:');
    // Nothing to recall beyond the answers: the usual greeting back.
    expect(back.messages[0]!.content).toMatch(/^Welcome back, Sam! Let's pick up where we left off\./);
  });

  it('are written when a coach closes the conversation, and read through conversation_summary by its owner only', async () => {
    const visitor = await newVisitor();
    await visitor.say('Dana');
    const conversationId = visitor.opened.conversation_id;
    const owner = ownerClient(DEMO_OWNER_ID);
    expect((await owner.rpc('conversation_summary', { p_conversation_id: conversationId })).data).toBeNull();

    const closed = await owner.rpc('close_conversation', { p_conversation_id: conversationId });
    expect(closed.error).toBeNull();
    const read = await owner.rpc('conversation_summary', { p_conversation_id: conversationId });
    expect(read.data).toMatchObject({ conversation_id: conversationId, answers: { name: 'Dana' }, written_by: 'rules' });
    expect((await owner.from('conversation_summaries').select('conversation_id').eq('conversation_id', conversationId)).data).toHaveLength(1);

    const stranger = ownerClient(OTHER_OWNER_ID);
    const refused = await stranger.rpc('conversation_summary', { p_conversation_id: conversationId });
    expect(refused.error?.code).toBe('P0002');
    expect((await stranger.from('conversation_summaries').select('conversation_id').eq('conversation_id', conversationId)).data).toEqual([]);
  });
});

describe('a returning visitor', () => {
  it('is greeted by what mattered last time: the plans they were choosing between', async () => {
    const visitor = await newVisitor();
    const last = await answerDemoQuestions(visitor);
    const again = await chat({ visitor_token: visitor.token, input: { type: 'restart' } });
    expect(again.conversation_id).not.toBe(last.conversation_id);
    expect(again.messages[0]!.content).toMatch(/^Welcome back, Sam: last time you were choosing between Shred Spartan and Shred Gladiator\. /);
  });
});

describe('insights and tone', () => {
  it('are written by the turns: the goal, an objection, the breakthrough past it, and a brief tone for brief replies', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    await visitor.say('34');
    await visitor.pick('female');
    await visitor.pick('fat_loss');
    await visitor.say('takeaway mostly');
    await visitor.say('my kids');
    await visitor.say("that's too expensive for me");
    const visitorId = visitorIdOf(visitor.token);
    const insights = async () => (await service.from('visitor_insights').select('kind, key, value, active').eq('visitor_id', visitorId)).data!;
    expect(await insights()).toEqual(expect.arrayContaining([
      { kind: 'goal', key: 'primary_goal', value: expect.any(String), active: true },
      { kind: 'objection', key: 'price', value: "that's too expensive for me", active: true },
    ]));
    const { data: relationship } = await service.from('visitor_relationships').select('tone, detail').eq('visitor_id', visitorId).single();
    expect(relationship).toEqual({ tone: null, detail: 'brief' });

    const scale = await visitor.pick('2');
    expect(scale.messages[0]!.content).toMatch(/^Got it\. /);
    await visitor.pick('yes');
    expect(await insights()).toEqual(expect.arrayContaining([
      { kind: 'objection', key: 'price', value: "that's too expensive for me", active: false },
      { kind: 'breakthrough', key: 'past_price', value: 'Shred-Spartan', active: true },
    ]));
  });

  it('are in the visitor\u2019s export, with their summaries, and gone with their erasure', async () => {
    const visitor = await newVisitor();
    await answerDemoQuestions(visitor, { why: 'Honestly I am nervous, I always fail at diets' });
    const visitorId = visitorIdOf(visitor.token);
    const asVisitor = (method: string, path: string) => callFunction(`${path}?bot_id=${BOT_ID}`, undefined, { method, headers: { 'x-visitor-token': visitor.token } });

    const exported = await asVisitor('GET', 'profile/export');
    expect(exported.status).toBe(200);
    const memory = (exported.json as { memory: Record<string, any> }).memory;
    expect(memory.summaries).toEqual([expect.objectContaining({ plan_shown: 'Shred-Spartan', summary: expect.any(String) })]);
    expect(memory.insights).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'goal', key: 'primary_goal' })]));
    expect(memory.relationship).toMatchObject({ tone: 'gentle' });
    expect(JSON.stringify(memory)).not.toContain('prompt_tokens');

    expect((await asVisitor('DELETE', 'profile')).json).toMatchObject({ erased: true });
    for (const table of ['visitor_insights', 'visitor_relationships', 'conversation_summaries']) {
      expect(await count(table, { visitor_id: visitorId }), table).toBe(0);
    }
  });

  it('are refused when malformed, and the turn writes nothing', async () => {
    const visitor = await newVisitor();
    const { data: conversation } = await service.from('conversations').select('id, turn').eq('id', visitor.opened.conversation_id).single();
    const before = await count('messages', { conversation_id: conversation!.id });
    for (const memory of [[], { insights: [{ kind: 'mood', key: 'x', value: null, active: true }] }, { insights: [{ kind: 'goal', key: 'Bad Key', value: null, active: true }] }, { relationship: { tone: 'loud', detail: null, evidence: {} } }]) {
      const { error } = await service.rpc('commit_turn', {
        p_conversation_id: conversation!.id, p_expected_turn: conversation!.turn, p_reply_to: crypto.randomUUID(),
        p_profile: {}, p_conversation: {}, p_messages: [{ sender_type: 'ai', content: 'hi' }], p_events: [], p_memory: memory,
      });
      expect(error?.code, JSON.stringify(memory)).toBe('22023');
    }
    expect(await count('messages', { conversation_id: conversation!.id })).toBe(before);
    expect(await count('visitor_insights', { visitor_id: visitorIdOf(visitor.token) })).toBe(0);
  });
});
