/**
 * The visitor's side of a handoff that no coach answers in time: the widget learns when coaches answer from
 * the appearance request, and the visitor may leave an email or phone number with their consent, stored on
 * their profile (so it is in the lead list, their data export and their erasure) and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { BOT_ID, callFunction, DEMO_ORIGIN, newVisitor, profileOf, service, snapshot } from './helpers.ts';

const CONSENT = 'I agree that Nutrition Solutions may contact me about my question.';
const contact = (body: Record<string, unknown>) => callFunction('profile/contact', body);

describe('when coaches answer', () => {
  it("comes with the bot's appearance: the wait, the time zone and the hours", async () => {
    // A bot of its own: the demo bot's hours are what the browser tests running meanwhile rely on.
    const { data: bot, error } = await service.from('bots').insert({
      owner_id: OTHER_OWNER_ID, name: 'Hours', allowed_origins: [DEMO_ORIGIN],
      handoff_wait_seconds: 120, coach_time_zone: 'Europe/London', coach_hours: [{ days: ['mon', 'tue'], from: '09:00', to: '17:30' }],
    }).select('id').single();
    if (error) throw new Error(error.message);
    try {
      const result = await callFunction('chat/appearance?bot_id=' + bot.id, undefined, { method: 'GET' });
      expect(result.status).toBe(200);
      expect((result.json as { bot: unknown }).bot).toMatchObject({
        name: 'Hours',
        handoff: { wait_seconds: 120, time_zone: 'Europe/London', hours: [{ days: ['mon', 'tue'], from: '09:00', to: '17:30' }] },
      });
    } finally {
      await service.from('bots').delete().eq('id', bot.id);
    }
  });

  it.each([
    [{ coach_time_zone: 'Mars/Olympus' }, /coach_time_zone 'Mars\/Olympus'/],
    [{ coach_hours: [{ days: ['someday'], from: '09:00', to: '17:00' }] }, /day 'someday'/],
    [{ coach_hours: [{ days: ['mon'], from: '18:00', to: '09:00' }] }, /from before to/],
    [{ handoff_wait_seconds: 5 }, /handoff_wait_seconds/],
  ])('refuses a bad setting %j, naming it', async (change, message) => {
    const { error } = await service.from('bots').update(change).eq('id', BOT_ID);
    expect(error?.message).toMatch(message);
  });
});

describe('POST /profile/contact', () => {
  it('stores an email and a phone number with the consent sentence, on the lead, the export and the erasure', async () => {
    const visitor = await newVisitor();
    const saved = await contact({ bot_id: BOT_ID, visitor_token: visitor.token, email: 'sam@example.com', phone: '+44 20 7946 0958', consent: CONSENT });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ contact: { email: 'sam@example.com', phone: '+44 20 7946 0958' } });
    expect(await profileOf(visitor.opened.conversation_id)).toMatchObject({ email: 'sam@example.com', phone: '+44 20 7946 0958', contact_consent: CONSENT });

    const { data: lead } = await service.from('customers').select('email, phone, contact_consent_at').eq('conversation_id', visitor.opened.conversation_id).single();
    expect(lead).toMatchObject({ email: 'sam@example.com', phone: '+44 20 7946 0958' });
    expect(lead!.contact_consent_at).not.toBeNull();

    const headers = { 'x-visitor-token': visitor.token };
    const exported = await callFunction(`profile/export?bot_id=${BOT_ID}`, undefined, { method: 'GET', headers });
    expect((exported.json as { profile: Record<string, unknown> }).profile).toMatchObject({ email: 'sam@example.com', phone: '+44 20 7946 0958', contact_consent: CONSENT });

    const erased = await callFunction(`profile?bot_id=${BOT_ID}`, undefined, { method: 'DELETE', headers });
    expect(erased.status).toBe(200);
    const { count } = await service.from('user_profiles').select('*', { count: 'exact', head: true }).eq('email', 'sam@example.com').eq('phone', '+44 20 7946 0958');
    expect(count).toBe(0);
  });

  it('replaces earlier details when the visitor sends new ones (a retry stores the same)', async () => {
    const visitor = await newVisitor();
    await contact({ bot_id: BOT_ID, visitor_token: visitor.token, email: 'old@example.com', consent: CONSENT });
    for (let i = 0; i < 2; i++) {
      expect((await contact({ bot_id: BOT_ID, visitor_token: visitor.token, phone: '0612345678', consent: CONSENT })).status).toBe(200);
    }
    expect(await profileOf(visitor.opened.conversation_id)).toMatchObject({ email: null, phone: '0612345678' });
  });

  it.each([
    [{}, 'email'],
    [{ email: 'not-an-address' }, 'email'],
    [{ email: 'a@b.c', consent: '   ' }, 'consent'],
    [{ phone: '12345' }, 'phone'],
    [{ phone: 'call me maybe' }, 'phone'],
    [{ phone: '+1 555 0100', consent: undefined }, 'consent'],
    [{ email: 'a@b.co', extra: true }, '(body)'],
  ])('refuses %j with 400 naming %s, and writes nothing', async (fields, field) => {
    const visitor = await newVisitor();
    const before = await snapshot();
    const result = await contact({ bot_id: BOT_ID, visitor_token: visitor.token, consent: CONSENT, ...fields });
    expect(result.status).toBe(400);
    expect((result.json as { error: { details: { field: string }[] } }).error.details.map((d) => d.field)).toContain(field);
    expect(await snapshot()).toEqual(before);
    expect(await profileOf(visitor.opened.conversation_id)).toMatchObject({ email: null, phone: null, contact_consent_at: null });
  });

  it('refuses a tampered token with 401', async () => {
    const visitor = await newVisitor();
    const result = await contact({ bot_id: BOT_ID, visitor_token: `${visitor.token}x`, email: 'sam@example.com', consent: CONSENT });
    expect(result.status).toBe(401);
    expect(await profileOf(visitor.opened.conversation_id)).toMatchObject({ email: null });
  });
});
