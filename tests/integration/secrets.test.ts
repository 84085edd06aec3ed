import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newVisitor, stack } from './helpers.ts';

const dist = join(import.meta.dirname, '../../dist');

describe('secrets and personal data stay where they belong', () => {
  it('ships no key, secret or token in the built widget or console, or their source maps', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|map|css|html)$/.test(f));
    expect(files.filter((f) => f.startsWith('console/'))).toEqual(expect.arrayContaining(['console/index.html']));
    expect(files.filter((f) => f.startsWith('console/') && f.endsWith('.js')).length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/); // a JWT (anon or service-role key)
      expect(text, file).not.toMatch(/service_role|SERVICE_ROLE_KEY|JWT_SECRET|VISITOR_TOKEN_SECRET|OPENAI_API_KEY|sk-[\w-]{20,}/);
      expect(text, file).not.toContain(stack.jwtSecret);
    }
  });

  it("keeps visitors' messages and answers out of the functions' logs", async () => {
    const marker = `Zebulon-${crypto.randomUUID().slice(0, 8)}`;
    const visitor = await newVisitor();
    await visitor.say(marker);
    await visitor.say(`I was born in 1990 and my email is ${marker}@example.com`);
    const log = readFileSync(stack.logFile, 'utf8');
    expect(log).toContain('POST /functions/v1/chat');
    expect(log).not.toContain(marker);
    expect(log).not.toContain(stack.serviceRoleKey);
  });
});
