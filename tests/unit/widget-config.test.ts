import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../widget/src/config.ts';

const bot = '5e1f0a57-0000-4000-8000-000000000001';
const key = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2ln';

describe('parseConfig', () => {
  it('reads the bot id, project URL and anon key from the data attributes', () => {
    const result = parseConfig({ 'data-bot': bot, 'data-url': 'https://abc.supabase.co/', 'data-anon-key': key }, undefined);
    expect(result).toEqual({ config: { botId: bot, url: 'https://abc.supabase.co', anonKey: key } });
  });

  it("defaults the project URL to the script's own origin, never to localhost", () => {
    const result = parseConfig({ 'data-bot': bot, 'data-anon-key': key }, 'https://cdn.example.com/signpost.js');
    expect(result.config?.url).toBe('https://cdn.example.com');
  });

  it('lists every problem in words an owner can act on', () => {
    const result = parseConfig({ 'data-bot': 'my-bot', 'data-url': 'javascript:alert(1)' }, undefined);
    expect(result.problems).toEqual([
      'data-bot must be the bot id (a uuid) from the dashboard',
      'data-url must be the Supabase project URL, e.g. https://<project>.supabase.co',
      "data-anon-key must be the project's anon (publishable) key",
    ]);
  });
});
