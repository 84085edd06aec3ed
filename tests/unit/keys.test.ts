import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ephemeralKeys, signJwt } from '../../supabase/local/keys.ts';

const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());

describe('local keys', () => {
  it('signs the anon and service-role keys as HS256 JWTs with their role', () => {
    const keys = ephemeralKeys();
    expect(decode(keys.anonKey)).toMatchObject({ role: 'anon', iss: 'supabase' });
    expect(decode(keys.serviceRoleKey)).toMatchObject({ role: 'service_role' });
    const [header, payload, signature] = keys.anonKey.split('.');
    const expected = createHmac('sha256', keys.jwtSecret).update(`${header}.${payload}`).digest('base64url');
    expect(signature).toBe(expected);
  });

  it('generates a different secret every time, never a well-known one', () => {
    const a = ephemeralKeys();
    const b = ephemeralKeys();
    expect(a.jwtSecret).not.toBe(b.jwtSecret);
    expect(a.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(signJwt({ role: 'anon' }, a.jwtSecret)).not.toBe(signJwt({ role: 'anon' }, b.jwtSecret));
  });
});

describe('keys of a data folder', () => {
  it('are the same every time they are read, so tools can use the keys `npm run dev` printed', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { keysForDataDir } = await import('../../supabase/local/keys.ts');
    const dir = join(mkdtempSync(join(tmpdir(), 'signpost-keys-')), 'data');
    const first = keysForDataDir(dir);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(keysForDataDir(dir)).toEqual(first);
  });
});
