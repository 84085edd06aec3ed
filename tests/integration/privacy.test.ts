import { describe, expect, it } from 'vitest';
import { BOT_ID, callFunction, count, newVisitor } from './helpers.ts';

const asVisitor = (token: string, method: string, path = 'profile') =>
  callFunction(`${path}?bot_id=${BOT_ID}`, undefined, { method, headers: { 'x-visitor-token': token } });

describe("a visitor's own data", () => {
  it('exports everything stored about the visitor and nobody else', async () => {
    const sam = await newVisitor();
    await sam.say('Sam');
    await sam.say('34');
    const other = await newVisitor();
    await other.say('Kim');

    const exported = await asVisitor(sam.token, 'GET', 'profile/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const data = exported.json as { profile: { name: string; age: number }; conversations: { messages: { content: string }[] }[]; events: unknown[] };
    expect(data.profile).toMatchObject({ name: 'Sam', age: 34 });
    const said = data.conversations.flatMap((c) => c.messages.map((m) => m.content));
    expect(said).toEqual(expect.arrayContaining(['Sam', '34']));
    expect(said).not.toContain('Kim');
    expect(data.events.length).toBeGreaterThan(0);
  });

  it('erases the visitor: no profile, conversation, message or event remains, and the token stops working', async () => {
    const sam = await newVisitor();
    await sam.say('Sam');
    const erased = await asVisitor(sam.token, 'DELETE');
    expect(erased.json).toMatchObject({ erased: true, messages: expect.any(Number) });

    const visitorId = sam.token.split('.')[1]!;
    for (const table of ['visitors', 'user_profiles', 'conversations', 'messages', 'events']) {
      expect(await count(table, table === 'visitors' ? { id: visitorId } : { visitor_id: visitorId }), table).toBe(0);
    }
    expect((await asVisitor(sam.token, 'GET')).status).toBe(401);
    expect((await asVisitor(sam.token, 'DELETE')).status).toBe(401);
  });
});
