import { describe, expect, it } from 'vitest';
import { signVisitorToken, verifyVisitorToken, VISITOR_TOKEN_LIFETIME_SECONDS } from '../../functions/_shared/visitor-token.ts';

const secret = 'a-test-secret-of-at-least-thirty-two-chars';
const visitor = '0b7c6d1e-1111-4222-8333-444455556666';
const bot = '5e1f0a57-0000-4000-8000-000000000001';
const otherBot = '5e1f0a57-0000-4000-8000-000000000002';

describe('visitor tokens', () => {
  it('binds a visitor to a bot and verifies for that bot', async () => {
    const token = await signVisitorToken(visitor, bot, secret);
    expect(await verifyVisitorToken(token, bot, secret)).toEqual({ ok: true, visitorId: visitor });
  });

  it('refuses a token issued for another bot', async () => {
    const token = await signVisitorToken(visitor, otherBot, secret);
    expect(await verifyVisitorToken(token, bot, secret)).toEqual({ ok: false, reason: 'other_bot' });
  });

  it('refuses a token whose visitor id was swapped', async () => {
    const token = await signVisitorToken(visitor, bot, secret);
    const swapped = token.replace(visitor, '0b7c6d1e-1111-4222-8333-444455556667');
    expect(await verifyVisitorToken(swapped, bot, secret)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signVisitorToken(visitor, bot, 'another-secret-of-at-least-thirty-two-chars');
    expect(await verifyVisitorToken(token, bot, secret)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('expires 30 days after it was issued, and a token issued later is valid again', async () => {
    const day = 24 * 3600 * 1000;
    expect(VISITOR_TOKEN_LIFETIME_SECONDS).toBe(30 * 24 * 3600);
    const issued = Date.now() - 31 * day;
    const old = await signVisitorToken(visitor, bot, secret, issued);
    expect(await verifyVisitorToken(old, bot, secret, issued + 29 * day)).toEqual({ ok: true, visitorId: visitor });
    expect(await verifyVisitorToken(old, bot, secret)).toEqual({ ok: false, reason: 'expired' });
    expect(await verifyVisitorToken(await signVisitorToken(visitor, bot, secret), bot, secret)).toEqual({ ok: true, visitorId: visitor });
  });

  it('refuses a token whose expiry was pushed back', async () => {
    const token = await signVisitorToken(visitor, bot, secret);
    const [version, visitorId, botId, expiry, signature] = token.split('.');
    const extended = [version, visitorId, botId, Number(expiry) + 3600, signature].join('.');
    expect(await verifyVisitorToken(extended, bot, secret)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses the tokens issued before tokens had a lifetime (v1) as expired', async () => {
    const legacy = `v1.${visitor}.${bot}.${'A'.repeat(43)}`;
    expect(await verifyVisitorToken(legacy, bot, secret)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses garbage without throwing', async () => {
    for (const garbage of ['', 'v1', 'v2', `v2.${visitor}.${bot}.`, `v2.${visitor}.${bot}.1.!!!`, `v2.${visitor}.${bot}.x.${'A'.repeat(43)}`, 'x'.repeat(400)]) {
      expect((await verifyVisitorToken(garbage, bot, secret)).ok).toBe(false);
    }
  });
});
