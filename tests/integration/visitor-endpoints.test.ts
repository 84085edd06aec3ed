import { describe, expect, it } from 'vitest';
import { BOT_ID, callFunction, count, newVisitor, service, snapshot } from './helpers.ts';

describe('profile', () => {
  it("reads the visitor's own merged customer view", async () => {
    const visitor = await newVisitor();
    await visitor.say('Robin');
    const result = await fetchProfile(visitor.token);
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ customer: { name: 'Robin', status: 'active', pending_field: 'age' } });
  });

  it('updates some fields and keeps the others', async () => {
    const visitor = await newVisitor();
    await visitor.say('Robin');
    const result = await callFunction('profile', { bot_id: BOT_ID, visitor_token: visitor.token, profile: { age: 29 } });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ profile: { name: 'Robin', age: 29 } });
  });

  it.each([
    [{ age: -1 }, 'age'],
    [{ age: 200 }, 'age'],
    [{ age: 'abc' }, 'age'],
    [{ support_level: 0 }, 'support_level'],
    [{ support_level: 11 }, 'support_level'],
    [{ primary_goal: 'bulk' }, 'primary_goal'],
    [{ recommended_plan: 'Beast-Gladiator' }, 'recommended_plan'],
    [{}, 'profile'],
  ])('refuses %j with 400 naming %s, and changes nothing', async (patch, field) => {
    const visitor = await newVisitor();
    await visitor.say('Robin');
    const before = await snapshot();
    const result = await callFunction('profile', { bot_id: BOT_ID, visitor_token: visitor.token, profile: patch });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.json)).toContain(field);
    expect(await snapshot()).toEqual(before);
    expect((await fetchProfile(visitor.token)).json).toMatchObject({ customer: { name: 'Robin', age: null } });
  });

  it('refuses a call without a visitor token with 401', async () => {
    const result = await callFunction('profile', { bot_id: BOT_ID, visitor_token: 'v1.nope', profile: { age: 30 } });
    expect(result.status).toBe(401);
  });
});

describe('recommend-plan', () => {
  it('recommends from the stored answers', async () => {
    const visitor = await newVisitor();
    await callFunction('profile', {
      bot_id: BOT_ID,
      visitor_token: visitor.token,
      profile: { primary_goal: 'muscle_gain', support_level: 8, cooking_preference: true },
    });
    const result = await callFunction('recommend-plan', { bot_id: BOT_ID, visitor_token: visitor.token });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ plan_family: 'Beast', variant: 'Gladiator', recommended_plan: 'Beast-Gladiator', plan: { code: 'Beast-Gladiator' } });
  });

  it('says what is missing instead of guessing', async () => {
    const visitor = await newVisitor();
    const result = await callFunction('recommend-plan', { bot_id: BOT_ID, visitor_token: visitor.token });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code: 'invalid_value', message: expect.stringContaining('primary_goal') } });
  });
});

describe('events', () => {
  it('records a CTA click once per client event id', async () => {
    const visitor = await newVisitor();
    const event = { bot_id: BOT_ID, visitor_token: visitor.token, client_event_id: crypto.randomUUID(), type: 'cta_clicked', data: { plan: 'Shred-Spartan' } };
    const first = await callFunction('events', event);
    const second = await callFunction('events', event);
    expect(first.json).toEqual({ ok: true, recorded: true });
    expect(second.json).toEqual({ ok: true, recorded: false });
    expect(await count('events', { client_event_id: event.client_event_id })).toBe(1);
    const { data } = await service.from('events').select('type, data, conversation_id').eq('client_event_id', event.client_event_id).single();
    expect(data).toMatchObject({ type: 'cta_clicked', data: { plan: 'Shred-Spartan' }, conversation_id: visitor.opened.conversation_id });
  });

  it('refuses event data that the database could not store (a NUL byte), with 400 and nothing written', async () => {
    const visitor = await newVisitor();
    const before = await snapshot();
    const result = await callFunction('events', { bot_id: BOT_ID, visitor_token: visitor.token, client_event_id: crypto.randomUUID(), type: 'cta_clicked', data: { plan: 'Shred\u0000' } });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.json)).toContain('data.plan');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses event types the widget may not send', async () => {
    const visitor = await newVisitor();
    const before = await snapshot();
    const result = await callFunction('events', { bot_id: BOT_ID, visitor_token: visitor.token, client_event_id: crypto.randomUUID(), type: 'plan_shown' });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.json)).toContain('type');
    expect(await snapshot()).toEqual(before);
  });
});

function fetchProfile(token: string) {
  return callFunction('profile?bot_id=' + BOT_ID, undefined, { method: 'GET', headers: { 'x-visitor-token': token } });
}
