import { describe, expect, it } from 'vitest';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { chat, newVisitor, ownerClient, service } from './helpers.ts';

const owner = ownerClient(DEMO_OWNER_ID);
const otherOwner = ownerClient(OTHER_OWNER_ID);

async function statusOf(conversationId: string) {
  const { data } = await service.from('conversations').select('status, handoff_reason').eq('id', conversationId).single();
  return data!;
}

describe('a human coach in the conversation', () => {
  it("shows an owner's reply to the visitor and keeps the bot silent until handed back", async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    const conversationId = visitor.opened.conversation_id;

    const { error } = await owner.from('messages').insert({ conversation_id: conversationId, sender_type: 'human_coach', content: 'Hi Sam, Dana here from the coaching team.' });
    expect(error).toBeNull();
    expect(await statusOf(conversationId)).toMatchObject({ status: 'handoff' });

    const polled = await chat({ visitor_token: visitor.token, input: { type: 'poll' } });
    expect(polled.status).toBe('handoff');
    expect(polled.history?.at(-1)).toMatchObject({ sender_type: 'human_coach', content: 'Hi Sam, Dana here from the coaching team.' });

    const silent = await visitor.say('Thanks Dana! Is the Gladiator plan nut-free?');
    expect(silent.messages).toEqual([]);
    const { data: stored } = await service.from('messages').select('content').eq('conversation_id', conversationId).eq('sender_type', 'client');
    expect(stored?.map((m) => m.content)).toContain('Thanks Dana! Is the Gladiator plan nut-free?');

    const handback = await owner.from('conversations').update({ status: 'active' }).eq('id', conversationId).select('status');
    expect(handback.error).toBeNull();
    expect(handback.data).toEqual([{ status: 'active' }]);
    const resumed = await visitor.say('34');
    expect(resumed.status).toBe('active');
    expect(resumed.prompt?.field).toBe('gender');
  });

  it("refuses another owner's reply or takeover, and changes nothing", async () => {
    const visitor = await newVisitor();
    const conversationId = visitor.opened.conversation_id;
    const reply = await otherOwner.from('messages').insert({ conversation_id: conversationId, sender_type: 'human_coach', content: 'Not my customer' });
    expect(reply.error).not.toBeNull();
    const takeover = await otherOwner.from('conversations').update({ status: 'handoff' }).eq('id', conversationId).select();
    expect(takeover.data ?? []).toEqual([]);
    expect(await statusOf(conversationId)).toMatchObject({ status: 'active' });
  });

  it('lets an owner change only the status and handoff reason of a conversation', async () => {
    const visitor = await newVisitor();
    const { error } = await owner.from('conversations').update({ pending_field: 'age' }).eq('id', visitor.opened.conversation_id);
    expect(error?.message).toMatch(/permission denied/);
  });
});

describe("the owner's reports", () => {
  it('counts the funnel per bot and shows each owner only their own', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    // Other test files may give this owner scratch bots and delete them meanwhile: every row's bot is one of
    // theirs, or gone since.
    const { data: mine } = await owner.from('funnel_daily').select('bot_id, started');
    expect(mine?.length).toBeGreaterThan(0);
    const { data: owners } = await service.from('bots').select('id, owner_id').in('id', [...new Set(mine!.map((row) => row.bot_id))]);
    expect(owners!.filter((bot) => bot.owner_id !== DEMO_OWNER_ID)).toEqual([]);
    expect(mine!.filter((row) => row.bot_id === '5e1f0a57-0000-4000-8000-000000000001').reduce((sum, row) => sum + row.started, 0)).toBeGreaterThan(0);

    const { data: theirs } = await otherOwner.from('funnel_daily').select('bot_id');
    expect(theirs!.every((row) => row.bot_id !== '5e1f0a57-0000-4000-8000-000000000001')).toBe(true);

    const { data: dropoff } = await owner.from('step_dropoff').select('field, answered')
      .eq('bot_id', '5e1f0a57-0000-4000-8000-000000000001').eq('field', 'name');
    expect(dropoff?.[0]?.answered).toBeGreaterThan(0);
  });
});
