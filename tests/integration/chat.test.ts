import { describe, expect, it } from 'vitest';
import { signVisitorToken } from '../../functions/_shared/visitor-token.ts';
import {
  BOT_ID,
  callFunction,
  chat,
  chatError,
  count,
  DEMO_ORIGIN,
  newVisitor,
  OTHER_BOT_ID,
  profileOf,
  service,
  snapshot,
  stack,
} from './helpers.ts';

describe('chat: the guided conversation', () => {
  it('welcomes a new visitor, issues a token and asks the first question', async () => {
    const { opened } = await newVisitor();
    expect(opened.visitor_token).toMatch(/^v2\./);
    expect(opened.messages.length).toBeGreaterThanOrEqual(1);
    expect(opened.messages.every((m) => m.sender_type === 'ai')).toBe(true);
    expect(opened.prompt).toMatchObject({ field: 'name', kind: 'text' });
    expect(opened.status).toBe('active');
    expect(opened.history?.length).toBe(opened.messages.length);
  });

  it('walks a visitor through every question to the plan card, storing each answer', async () => {
    const visitor = await newVisitor();
    const steps: [string, () => ReturnType<typeof visitor.say>][] = [
      ['age', () => visitor.say('Sam')],
      ['gender', () => visitor.say('34')],
      ['primary_goal', () => visitor.pick('female')],
      ['eating_habits', () => visitor.pick('fat_loss')],
      ['emotional_why', () => visitor.say('Lots of takeaway, skip breakfast')],
      ['support_level', () => visitor.say('I want to keep up with my kids')],
      ['cooking_preference', () => visitor.pick('2')],
    ];
    for (const [field, send] of steps) {
      const turn = await send();
      expect(turn.prompt?.field, `after answering, the next question is ${field}`).toBe(field);
    }
    const last = await visitor.pick('yes');
    expect(last.status).toBe('completed');
    expect(last.prompt).toBeNull();
    expect(last.plan).toMatchObject({ code: 'Shred-Spartan', cta_url: expect.stringMatching(/^https:\/\//) });
    expect(last.plan!.why).toContain('keep up with my kids');
    expect(last.messages.at(-1)?.plan?.code).toBe('Shred-Spartan');

    const profile = await profileOf(last.conversation_id);
    expect(profile).toMatchObject({
      name: 'Sam',
      age: 34,
      gender: 'female',
      primary_goal: 'fat_loss',
      support_level: 2,
      cooking_preference: true,
      recommended_plan: 'Shred-Spartan',
    });
    expect(await count('events', { conversation_id: last.conversation_id, type: 'plan_shown' })).toBe(1);
    expect(await count('events', { conversation_id: last.conversation_id, type: 'step_answered' })).toBe(8);
    const { data: conversation } = await service.from('conversations').select('status, completed_at').eq('id', last.conversation_id).single();
    expect(conversation).toMatchObject({ status: 'completed', completed_at: expect.any(String) });
  });

  it('asks the lean-vs-build question only when the goal is both', async () => {
    const visitor = await newVisitor();
    await visitor.say('Alex');
    await visitor.say('41');
    await visitor.pick('male');
    const turn = await visitor.pick('recomp');
    expect(turn.prompt).toMatchObject({ field: 'recomp_focus', kind: 'single_choice' });
    const next = await visitor.pick('build');
    expect(next.prompt?.field).toBe('eating_habits');
  });

  it('fills several answers from one message and skips those questions', async () => {
    const visitor = await newVisitor();
    const turn = await visitor.say("I'm Sam, 34, and I want to lose fat");
    expect(turn.prompt?.field).toBe('gender');
    expect(await profileOf(turn.conversation_id)).toMatchObject({ name: 'Sam', age: 34, primary_goal: 'fat_loss' });
  });

  it('re-asks the pending question, saying what is expected, when the answer is out of range', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    for (const bad of ['200', '-1']) {
      const turn = await visitor.say(bad);
      expect(turn.prompt?.field).toBe('age');
      expect(turn.messages.at(-1)?.content).toMatch(/13|age|number/i);
      expect((await profileOf(turn.conversation_id)).age).toBeNull();
    }
  });

  it('brings in a human after the third answer in a row that does not fit', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    await visitor.say('200');
    await visitor.say('-1');
    const turn = await visitor.say('abc');
    expect(turn.status).toBe('handoff');
    expect(turn.messages.at(-1)?.content).toMatch(/human coach/);
    const { data } = await service.from('conversations').select('status, handoff_reason').eq('id', turn.conversation_id).single();
    expect(data).toEqual({ status: 'handoff', handoff_reason: 'frustration' });
  });

  it('stores HTML typed as a name as text, never as markup', async () => {
    const visitor = await newVisitor();
    const turn = await visitor.say('<img src=x onerror=alert(1)>');
    const { data } = await service.from('messages').select('content').eq('conversation_id', turn.conversation_id).eq('sender_type', 'client');
    expect(data?.[0]?.content).toBe('<img src=x onerror=alert(1)>');
  });

  it('answers a retry of the same client message id with the first answer, storing it once', async () => {
    const visitor = await newVisitor();
    const first = await visitor.say('Sam');
    const again = await chat({ visitor_token: visitor.token, client_message_id: first.request.client_message_id, input: { type: 'text', text: 'Sam' } });
    expect(again.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
    expect(await count('messages', { client_message_id: first.request.client_message_id })).toBe(1);
    expect(again.prompt?.field).toBe('age');
  });

  it('stores and answers once when the same message arrives five times at once', async () => {
    const visitor = await newVisitor();
    const id = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => chat({ visitor_token: visitor.token, client_message_id: id, input: { type: 'text', text: 'Jo' } })),
    );
    const replyIds = new Set(results.flatMap((r) => r.messages.map((m) => m.id)));
    expect(replyIds.size).toBe(results[0]!.messages.length);
    expect(await count('messages', { client_message_id: id })).toBe(1);
    const replies = await service.from('messages').select('id').eq('conversation_id', results[0]!.conversation_id).contains('metadata', { reply_to: id });
    expect(replies.data?.length).toBe(results[0]!.messages.length);
  });

  it('restores the conversation when the chat is opened again', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    const reopened = await chat({ visitor_token: visitor.token, input: { type: 'start' } });
    expect(reopened.messages).toEqual([]);
    expect(reopened.history?.map((m) => m.sender_type)).toContain('client');
    expect(reopened.history?.find((m) => m.sender_type === 'client')?.content).toBe('Sam');
    expect(reopened.prompt?.field).toBe('age');
  });

  it('starts over on request, greeting the visitor by name and marking them as returning', async () => {
    const visitor = await newVisitor();
    await visitor.say('Sam');
    await visitor.say('34');
    const restarted = await chat({ visitor_token: visitor.token, input: { type: 'restart' } });
    expect(restarted.conversation_id).not.toBe(visitor.opened.conversation_id);
    expect(restarted.messages.map((m) => m.content).join(' ')).toContain('Sam');
    expect(restarted.prompt?.field).toBe('age');
    const profile = await profileOf(restarted.conversation_id);
    expect(profile).toMatchObject({ name: 'Sam', age: null, returning_user: true });
    const { data: old } = await service.from('conversations').select('status').eq('id', visitor.opened.conversation_id).single();
    expect(old?.status).toBe('closed');
  });
});

describe('chat: refusals change nothing', () => {
  const valid = () => ({ bot_id: BOT_ID, client_message_id: crypto.randomUUID(), input: { type: 'start' } });

  it.each([
    ['truncated JSON', '{"bot_id": "5e1f', 'invalid_json'],
    ['an array', '[]', 'invalid_body'],
    ['null', 'null', 'invalid_body'],
    ['a megabyte of braces', '{'.repeat(1_000_000), 'body_too_large'],
  ])('refuses %s with 400', async (_, raw, code) => {
    const before = await snapshot();
    const result = await callFunction('chat', raw, { raw: true });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code, message: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a body that is not JSON by content type', async () => {
    const result = await callFunction('chat', JSON.stringify(valid()), { raw: true, headers: { 'content-type': 'text/plain' } });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code: 'unsupported_content_type' } });
  });

  it.each([
    ['missing bot_id', { client_message_id: crypto.randomUUID(), input: { type: 'start' } }, 'bot_id'],
    ['a bot_id that is not a uuid', { ...valid(), bot_id: 'nutrition' }, 'bot_id'],
    ['a wrongly typed client_message_id', { ...valid(), client_message_id: 42 }, 'client_message_id'],
    ['an unknown field', { ...valid(), role: 'human_coach' }, '(body)'],
    ['an unknown input type', { ...valid(), input: { type: 'sudo' } }, 'input.type'],
    ['empty text', { ...valid(), input: { type: 'text', text: '   ' } }, 'input.text'],
    ['text over 2,000 characters', { ...valid(), input: { type: 'text', text: 'a'.repeat(2_001) } }, 'input.text'],
    ['a NUL byte', { ...valid(), input: { type: 'text', text: 'hi\u0000there' } }, 'input.text'],
    ['a lone surrogate', { ...valid(), input: { type: 'text', text: 'hi \ud800' } }, 'input.text'],
    ['a NUL byte in a quick-reply value', { ...valid(), input: { type: 'choice', value: '\u0000' } }, 'input.value'],
  ])('refuses %s with 400 naming the field', async (_, body, field) => {
    const before = await snapshot();
    const { status, body: error } = await chatError(body);
    expect(status).toBe(400);
    expect(error.error.code).toBe('invalid_body');
    expect(JSON.stringify(error.error.details)).toContain(field === '(body)' ? 'role' : field.split('.').at(-1)!);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown bot with 404', async () => {
    const before = await snapshot();
    const { status, body } = await chatError({ ...valid(), bot_id: crypto.randomUUID() });
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/bot/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a tampered visitor token with 401', async () => {
    const { token } = await newVisitor();
    const before = await snapshot();
    const tampered = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    const { status, body } = await chatError({ ...valid(), visitor_token: tampered, input: { type: 'text', text: 'hi' } });
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another bot's visitor token with 401", async () => {
    await service.from('bots').update({ allowed_origins: [DEMO_ORIGIN] }).eq('id', OTHER_BOT_ID);
    const other = await chat({ bot_id: OTHER_BOT_ID, input: { type: 'start' } });
    const before = await snapshot();
    const { status, body } = await chatError({ ...valid(), visitor_token: other.visitor_token, input: { type: 'text', text: 'hi' } });
    expect(status).toBe(401);
    expect(body.error.message).toMatch(/another bot/);
    expect(await snapshot()).toEqual(before);
  });

  it('renews the visitor token with every answer, and refuses an expired one with 401 saying so', async () => {
    const visitor = await newVisitor();
    const expiry = (token: string) => Number(token.split('.')[3]) * 1000;
    expect(expiry(visitor.token)).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
    const answered = await visitor.say('Sam');
    expect(expiry(answered.visitor_token)).toBeGreaterThanOrEqual(expiry(visitor.token));

    const { data: conversation } = await service.from('conversations').select('visitor_id').eq('id', answered.conversation_id).single();
    const expired = await signVisitorToken(conversation!.visitor_id, BOT_ID, stack.visitorTokenSecret, Date.now() - 31 * 24 * 3600_000);
    const before = await snapshot();
    const { status, body } = await chatError({ bot_id: BOT_ID, visitor_token: expired, client_message_id: crypto.randomUUID(), input: { type: 'text', text: '34' } });
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/expired.*Start a new chat/) });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a page on an origin the bot does not allow with a readable 403 that carries nothing but the refusal', async () => {
    const before = await snapshot();
    for (const path of ['chat', `chat/appearance?bot_id=${BOT_ID}`]) {
      const result = await callFunction(path, path === 'chat' ? valid() : undefined, { origin: 'https://evil.example', method: path === 'chat' ? 'POST' : 'GET' });
      expect(result.status).toBe(403);
      // The page may read the refusal (so the widget can say what is wrong), and only the refusal.
      expect(result.headers.get('access-control-allow-origin')).toBe('https://evil.example');
      expect(result.json).toEqual({ error: { code: 'origin_not_allowed', message: "This site (https://evil.example) is not allowed to use this bot. Add it to the bot's allowed origins." } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('grants the CORS allowance to an allowed origin, preflight included (the bot named in the query)', async () => {
    const preflight = await preflightFrom(DEMO_ORIGIN, `?bot_id=${BOT_ID}`);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
    const result = await callFunction('chat', valid());
    expect(result.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
  });

  it('refuses a preflight that names no bot, or an unknown one, with no allowance', async () => {
    for (const [origin, query] of [[DEMO_ORIGIN, ''], [DEMO_ORIGIN, '?bot_id=nope'], [DEMO_ORIGIN, `?bot_id=${crypto.randomUUID()}`]] as const) {
      const preflight = await preflightFrom(origin, query);
      expect(preflight.status, `${origin} ${query}`).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(await preflight.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('lets a page the bot does not allow send its request, only to read the refusal', async () => {
    const preflight = await preflightFrom('https://evil.example', `?bot_id=${BOT_ID}`);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    // What it then sends is refused before anything is read or written (the test above).
  });

  it('refuses PUT with 405, and GET on the turn path (the appearance has its own)', async () => {
    const result = await callFunction('chat', valid(), { method: 'PUT' });
    expect(result.status).toBe(405);
    expect(result.json).toMatchObject({ error: { code: 'method_not_allowed' } });
    const read = await callFunction(`chat?bot_id=${BOT_ID}`, undefined, { method: 'GET' });
    expect(read.status).toBe(405);
    expect(read.headers.get('allow')).toBe('POST, OPTIONS');
    const write = await callFunction(`chat/appearance?bot_id=${BOT_ID}`, valid(), { method: 'POST' });
    expect(write.status).toBe(405);
    expect(write.headers.get('allow')).toBe('GET, OPTIONS');
  });

  it("tells an allowed page the bot's name and theme without starting anything, and refuses other pages", async () => {
    const before = await snapshot();
    const result = await callFunction(`chat/appearance?bot_id=${BOT_ID}`, undefined, { method: 'GET' });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ bot: {
      name: 'Nutrition Solutions',
      theme: expect.objectContaining({ accent: expect.any(String) }),
      fallback_contact: 'hello@nutrition-solutions.example',
      handoff: { wait_seconds: expect.any(Number), time_zone: expect.any(String), hours: null },
    } });
    expect(result.headers.get('cache-control')).toContain('max-age');
    expect((await callFunction(`chat/appearance?bot_id=${BOT_ID}`, undefined, { method: 'GET', origin: 'https://evil.example' })).status).toBe(403);
    expect((await callFunction('chat/appearance?bot_id=nope', undefined, { method: 'GET' })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

function preflightFrom(origin: string, query: string) {
  return fetch(`${stack.url}/functions/v1/chat${query}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'apikey, content-type' },
  });
}
