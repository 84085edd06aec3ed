import { describe, expect, it } from 'vitest';
import { signVisitorToken, verifyVisitorToken } from '../../functions/_shared/visitor-token.ts';

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

  it('refuses garbage without throwing', async () => {
    for (const garbage of ['', 'v1', `v1.${visitor}.${bot}.`, `v1.${visitor}.${bot}.!!!`, 'x'.repeat(400)]) {
      expect((await verifyVisitorToken(garbage, bot, secret)).ok).toBe(false);
    }
  });
});
