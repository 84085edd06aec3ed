import { describe, expect, it } from 'vitest';
import { BOT_ID, callFunction, newVisitor, OTHER_BOT_ID } from './helpers.ts';

describe('rag-search', () => {
  it("finds the answer in the visitor's own bot's knowledge", async () => {
    const { token } = await newVisitor();
    const result = await callFunction('rag-search', { bot_id: BOT_ID, visitor_token: token, query: 'Do you ship to Canada?' });
    expect(result.status).toBe(200);
    const { results } = result.json as { results: { content: string; category: string; score: number }[] };
    expect(results[0]).toMatchObject({ category: 'faq', content: expect.stringMatching(/Canada/) });
    expect(results.every((r) => r.category !== 'brand_voice')).toBe(true);
  });

  it('returns nothing for a question the knowledge does not cover', async () => {
    const { token } = await newVisitor();
    const result = await callFunction('rag-search', { bot_id: BOT_ID, visitor_token: token, query: 'What is the capital of Mongolia?' });
    expect(result.json).toEqual({ results: [] });
  });

  it("refuses a token of one bot for another bot's knowledge", async () => {
    const { token } = await newVisitor();
    const result = await callFunction('rag-search', { bot_id: OTHER_BOT_ID, visitor_token: token, query: 'shipping' });
    expect(result.status).toBe(401);
  });

  it('searches a question as long as a chat message (2,000 characters), and refuses a longer one with 400', async () => {
    const { token } = await newVisitor();
    const long = 'Do you ship to Canada? '.repeat(100).slice(0, 2_000);
    expect(long.length).toBe(2_000);
    const result = await callFunction('rag-search', { bot_id: BOT_ID, visitor_token: token, query: long });
    expect(result.status, result.text).toBe(200);
    expect((result.json as { results: { content: string }[] }).results[0]?.content).toMatch(/Canada/);

    const over = await callFunction('rag-search', { bot_id: BOT_ID, visitor_token: token, query: `${long}?` });
    expect(over.status).toBe(400);
    expect(over.json).toMatchObject({ error: { code: 'invalid_body', details: [expect.objectContaining({ field: 'query' })] } });
  });

  it('refuses a search without a visitor token, or with an empty query', async () => {
    expect((await callFunction('rag-search', { bot_id: BOT_ID, query: 'shipping' })).status).toBe(400);
    const { token } = await newVisitor();
    const empty = await callFunction('rag-search', { bot_id: BOT_ID, visitor_token: token, query: '  ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.json)).toContain('query');
  });
});
