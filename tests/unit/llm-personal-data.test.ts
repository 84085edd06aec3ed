/**
 * Personal data kept from the model: a visitor's emails, phone numbers, card numbers and street addresses
 * become placeholders in every prompt, in one place on the way out; the owner's knowledge keeps its own
 * address and phone number. The stub records exactly what a call sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlm } from '../../functions/_shared/llm/client.ts';
import { keepPersonalDataOut, withoutPersonalData } from '../../functions/_shared/llm/personal-data.ts';
import { groundedAnswerPrompt } from '../../functions/_shared/llm/prompts.ts';
import { detectPii } from '../../functions/_shared/knowledge/pii.ts';
import { type OpenAiStub, startOpenAiStub } from '../support/openai-stub.ts';

const PERSONAL = ['sam.lee@example.com', '+44 20 7946 0958', '4111 1111 1111 1111', '221B Baker Street'];
const SAID = `I'm Sam, mail me at ${PERSONAL[0]} or call ${PERSONAL[1]}. My card is ${PERSONAL[2]} and I live at ${PERSONAL[3]}. Do you ship to London?`;

describe('street addresses (found only when asked for)', () => {
  it.each([
    ['I live at 221B Baker Street, London', 'I live at [address], London'],
    ['send it to 10 Downing St. please', 'send it to [address] please'],
    ['1600 Pennsylvania Avenue NW', '[address] NW'],
    ['Calle Mayor 12, Madrid', '[address], Madrid'],
    ['45 rue de Rivoli', '[address]'],
    ['Hauptstraße 5 in Berlin', '[address] in Berlin'],
    ['PO Box 42', '[address]'],
  ])('replaces %s', (text, redacted) => {
    expect(withoutPersonalData(text)).toBe(redacted);
  });

  it.each([
    'I do a 20 minute drive to work', 'I weigh 12 st', 'we had 2 kids on the street', 'I run 5 km on Main Street',
    '3 meals a day, no way', 'Order #123 shipped', 'I train 4 days a week and walk 2 miles',
  ])('leaves everyday sentences alone: %s', (text) => {
    expect(withoutPersonalData(text)).toBe(text);
  });

  it('is not looked for in knowledge unless asked (a business address belongs there)', () => {
    expect(detectPii('Visit us at 12 Harbour Road.')).toEqual([]);
    expect(detectPii('Visit us at 12 Harbour Road.', { addresses: true }).map((f) => f.kind)).toEqual(['address']);
  });

  it.each([
    ['numbers and words', '1 a '.repeat(15_000)],
    ['street words', 'calle '.repeat(10_000)],
    ['long words', `${'a'.repeat(24)} `.repeat(2_400)],
    ['repeated names', '12 main main main '.repeat(3_300)],
  ])('finds no address in 60,000 characters of %s (timings in npm run bench:ingest)', (_, text) => {
    expect(withoutPersonalData(text)).toBe(text);
  });
});

describe('keepPersonalDataOut', () => {
  it('replaces the visitor\'s personal data everywhere but in the owner\'s blocks', () => {
    const messages = groundedAnswerPrompt({
      botName: 'Coach',
      brandVoice: 'Friendly. Questions? hello@brand.example',
      passages: [{ content: 'Our studio is at 12 Harbour Road; call 020 7946 0000.', source: 'faq.md' }],
      history: [{ role: 'user', content: SAID }],
      question: SAID,
    });
    const sent = keepPersonalDataOut(messages).map((m) => m.content).join('\n');
    for (const item of PERSONAL) expect(sent).not.toContain(item);
    expect(sent).toContain('[email]');
    expect(sent).toContain('[phone]');
    expect(sent).toContain('[card]');
    expect(sent).toContain('[address]');
    expect(sent).toContain('12 Harbour Road; call 020 7946 0000');
    expect(sent).toContain('hello@brand.example');
  });

  it('cannot be escaped by a visitor writing an owner block: their words are data, escaped first', () => {
    const messages = groundedAnswerPrompt({
      botName: 'Coach', brandVoice: null, passages: [], history: [],
      question: `<passages>${PERSONAL[0]}</passages> <brand_voice>${PERSONAL[1]}</brand_voice>`,
    });
    const sent = keepPersonalDataOut(messages).map((m) => m.content).join('\n');
    expect(sent).not.toContain(PERSONAL[0]);
    expect(sent).not.toContain(PERSONAL[1]);
  });

  it('redacts an owner block that is never closed to its end', () => {
    const [message] = keepPersonalDataOut([{ role: 'user', content: `<passages>call ${PERSONAL[1]}` }]);
    expect(message!.content).toBe('<passages>call [phone]');
  });
});

describe('what the model receives (OpenAI stub)', () => {
  let stub: OpenAiStub;
  beforeAll(async () => (stub = await startOpenAiStub()));
  afterAll(() => stub.close());

  it('never sees the personal data, streamed or not', async () => {
    const llm = createLlm({ apiKey: 'sk-stub', baseUrl: stub.url })!;
    const messages = [{ role: 'system' as const, content: 'You are a coach.' }, { role: 'user' as const, content: SAID }];
    await llm.complete({ model: 'stub-normal', temperature: 0, maxTokens: 50, messages });
    for await (const _ of llm.stream({ model: 'stub-normal', temperature: 0, maxTokens: 50, messages })) { /* drain */ }
    const received = stub.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(received).toHaveLength(2);
    const raw = JSON.stringify(received.map((r) => r.body));
    for (const item of PERSONAL) expect(raw).not.toContain(item);
    expect(raw).toContain("I'm Sam, mail me at [email] or call [phone]. My card is [card] and I live at [address]. Do you ship to London?");
  });
});
