import { describe, expect, it } from 'vitest';
import { count, newVisitor, profileOf, service } from './helpers.ts';

async function lastAiMetadata(conversationId: string) {
  const { data } = await service.from('messages').select('content, metadata').eq('conversation_id', conversationId)
    .eq('sender_type', 'ai').order('seq', { ascending: false }).limit(1);
  return data!;
}

describe('the coach off the guided route (no model)', () => {
  it('answers an off-route question from the knowledge, then asks the pending question again, briefly, in one bubble', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    const turn = await visitor.say('Do you ship to Canada?');
    expect(turn.prompt?.field).toBe('age');
    expect(turn.messages).toHaveLength(1);
    const [said, back] = turn.messages[0]!.content.split('\n\n');
    expect(said).toMatch(/Canada/i);
    expect(back).toBe('Now, back to you: How old are you?');
    const [answer] = await lastAiMetadata(turn.conversation_id);
    expect(answer!.metadata).toMatchObject({ intent: 'question', category: 'faq', written_by: 'extract', sources: expect.arrayContaining([expect.objectContaining({ source: expect.stringMatching(/faq/) })]) });
    // The answer was not taken as the age.
    expect((await profileOf(turn.conversation_id)).age).toBeNull();
  });

  it('answers a side question as long as a chat message allows (1,001-2,000 characters)', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    const question = 'Do you ship to Canada? '.repeat(80).trim();
    expect(question.length).toBeGreaterThan(1_800);
    const turn = await visitor.say(question);
    expect(turn.messages[0]!.content).toMatch(/Canada/i);
    expect(turn.prompt?.field).toBe('age');
  });

  it("says it does not know, and offers a person, when the knowledge has nothing on the question", async () => {
    const visitor = await newVisitor();
    const turn = await visitor.say('What is the capital of Mongolia?');
    expect(turn.messages[0]!.content).toMatch(/don't have a good answer.*human coach/);
    expect(turn.prompt?.field).toBe('name');
  });

  it.each([
    ['price', 'Honestly this sounds too expensive for me'],
    ['time', "I'm way too busy for this"],
    ['tried_before', "I've tried every diet out there and nothing works for me"],
    ['doubt', "I doubt this will work for someone like me"],
  ])('records a %s objection on the profile, answers it, and resumes', async (objection, text) => {
    const visitor = await newVisitor();
    await visitor.say("I'm Sam, 34");
    await visitor.pick('female');
    const turn = await visitor.say(text);
    expect(turn.prompt?.field).toBe('primary_goal');
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0]!.content).toMatch(/\n\nNow, back to you: What's your main goal right now\?$/);
    expect((await profileOf(turn.conversation_id)).objection).toBe(objection);
    const [answer] = await lastAiMetadata(turn.conversation_id);
    expect(answer!.metadata).toMatchObject({ intent: 'objection', objection });
    expect(answer!.metadata.sources.length).toBeGreaterThan(0);
  });

  it('answers doubt with testimonials from people with the same goal', async () => {
    const visitor = await newVisitor();
    await visitor.say("I'm Sam, 34");
    await visitor.pick('male');
    await visitor.pick('muscle_gain');
    const turn = await visitor.say("I'm skeptical this works");
    const [answer] = await lastAiMetadata(turn.conversation_id);
    const { data: sources } = await service.from('rag_documents').select('category, metadata')
      .eq('source', answer!.metadata.sources[0].source).eq('chunk_index', answer!.metadata.sources[0].chunk_index);
    expect(sources?.[0]).toMatchObject({ category: 'testimonials', metadata: expect.objectContaining({ goal: 'muscle_gain' }) });
  });

  it('hands off to a human on request, records why, and then stays silent', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    const turn = await visitor.say('Can I talk to a real person please?');
    expect(turn.status).toBe('handoff');
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0]!.content).toMatch(/human coach/);
    expect(await count('events', { conversation_id: turn.conversation_id, type: 'handoff_requested' })).toBe(1);
    const silent = await visitor.say('Hello?');
    expect(silent.messages).toEqual([]);
  });

  it('hands a health matter to a human, keeping a number it answers but not free text about their health', async () => {
    const visitor = await newVisitor();
    await visitor.say("I'm Sam");
    const aged = await visitor.say("34, and I'm recovering from knee surgery");
    expect(aged.status).toBe('handoff');
    expect((await profileOf(aged.conversation_id)).age).toBe(34);

    const other = await newVisitor();
    await other.say("I'm Sam, 34");
    await other.pick('female');
    await other.pick('fat_loss');
    const turn = await other.say("I'm pregnant and mostly eat cereal and toast");
    expect(turn.status).toBe('handoff');
    expect(turn.messages[0]!.content).toMatch(/doctor/);
    // The eating-habits answer would carry the pregnancy into the lead's answers: the person asks again.
    expect((await profileOf(turn.conversation_id)).eating_habits).toBeNull();
  });

  it('still answers side questions after the plan was shown', async () => {
    const visitor = await newVisitor();
    await visitor.say("I'm Sam, 34, and I want to lose fat");
    await visitor.pick('female');
    await visitor.say('Takeaway mostly');
    await visitor.say('To feel strong again');
    await visitor.pick('2');
    const done = await visitor.pick('yes');
    expect(done.status).toBe('completed');
    const turn = await visitor.say('How do refunds work?');
    expect(turn.status).toBe('completed');
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0]!.content).toMatch(/refund|money.back|30/i);
  });
});
