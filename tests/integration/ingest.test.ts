/**
 * Ingestion end to end: the owner-only `ingest` function (the owner's JWT; RLS decides) and the
 * `npm run ingest` CLI against the test stack. Writes go to the second seed bot ("Other Coach", owner B), so
 * the demo bot's knowledge other tests search stays as seeded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { BOT_ID, callFunction, OTHER_BOT_ID, service, stack } from './helpers.ts';

const ownerJwt = (sub: string) =>
  signJwt({ sub, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 }, stack.jwtSecret);
const asOwnerB = { headers: { authorization: `Bearer ${ownerJwt(OTHER_OWNER_ID)}` }, origin: null };

async function rows(botId: string, source: string) {
  const { data, error } = await service.from('rag_documents').select('chunk_index, content, headings, content_hash, category, metadata, updated_at')
    .eq('bot_id', botId).eq('source', source).order('chunk_index');
  if (error) throw new Error(error.message);
  return data;
}

const MARKDOWN = `---
category: faq
title: Other Coach FAQ
---

# Other Coach FAQ

## Do you ship to Iceland?

Yes. Boxes reach Reykjavik in three days.

## Can I freeze the meals?

Yes, for up to three months.
`;

describe('the ingest function', () => {
  const source = `ingest-test/${randomUUID()}.md`;
  afterAll(async () => {
    await service.rpc('delete_rag_source', { p_bot_id: OTHER_BOT_ID, p_source: source });
  });

  it('stores an owner\'s markdown as chunks, then skips it when nothing changed', async () => {
    const first = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source, content: MARKDOWN, format: 'markdown' }, asOwnerB);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ source, category: 'faq', chunks: 2, added: 2, updated: 0, skipped: 0, removed: 0 });
    const stored = await rows(OTHER_BOT_ID, source);
    // Headings beside the text, not in it; the title the front matter declares is not glued to every chunk.
    expect(stored.map((r) => [r.headings, r.content])).toEqual([
      [['Do you ship to Iceland?'], 'Yes. Boxes reach Reykjavik in three days.'],
      [['Can I freeze the meals?'], 'Yes, for up to three months.'],
    ]);
    expect(stored[0]!.metadata).toEqual({ title: 'Other Coach FAQ', heading: 'Do you ship to Iceland?' });

    const again = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source, content: MARKDOWN, format: 'markdown' }, asOwnerB);
    expect(again.json).toMatchObject({ added: 0, updated: 0, skipped: 2, removed: 0 });
    expect(await rows(OTHER_BOT_ID, source)).toEqual(stored);

    // One answer changed, one question gone: one update, one removal.
    const edited = MARKDOWN.replace('three days', 'two days').replace(/## Can I freeze[\s\S]*$/, '');
    const third = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source, content: edited, format: 'markdown' }, asOwnerB);
    expect(third.json).toMatchObject({ added: 0, updated: 1, skipped: 0, removed: 1 });
    const found = await service.rpc('rag_search', { p_bot_id: OTHER_BOT_ID, p_query: 'do you ship to Iceland?' });
    expect((found.data as { content: string }[])[0]?.content).toContain('two days');
  });

  it('refuses a document with personal data with 422 and a report, and writes nothing', async () => {
    const pii = `${MARKDOWN}\n## Deposits\n\nJane's card on file: 4242 4242 4242 4242.\n`;
    const other = `ingest-test/${randomUUID()}.md`;
    const result = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source: other, content: pii, format: 'markdown' }, asOwnerB);
    expect(result.status).toBe(422);
    const body = result.json as { error: { code: string; details: { findings: { kind: string; line: number; masked: string }[] } } };
    expect(body.error.code).toBe('personal_data');
    expect(body.error.details.findings).toEqual([{ kind: 'card', line: 18, masked: '***42' }]);
    expect(result.text).not.toContain('4242 4242');
    expect(await rows(OTHER_BOT_ID, other)).toEqual([]);

    const redacted = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source: other, content: pii, format: 'markdown', redact: true }, asOwnerB);
    expect(redacted.status).toBe(200);
    const stored = await rows(OTHER_BOT_ID, other);
    expect(stored.at(-1)!.content).toContain("Jane's card on file: [card].");
    await service.rpc('delete_rag_source', { p_bot_id: OTHER_BOT_ID, p_source: other });
  });

  it('keeps a page\'s own contact details, and the coach can quote them', async () => {
    const source = `ingest-test/${randomUUID()}.md`;
    const contact = `${MARKDOWN}\n## Contact us\n\nEmail hello@example.com or call +1 (415) 555-0132, weekdays 9 to 5.\n`;
    const result = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source, content: contact, format: 'markdown' }, asOwnerB);
    expect(result.status).toBe(200);
    const found = await service.rpc('rag_search', { p_bot_id: OTHER_BOT_ID, p_query: 'how can I contact you?' });
    expect((found.data as { content: string }[])[0]?.content).toContain('call +1 (415) 555-0132');
    await service.rpc('delete_rag_source', { p_bot_id: OTHER_BOT_ID, p_source: source });
  });

  it('refuses another owner\'s bot with 404, and writes nothing', async () => {
    const other = `ingest-test/${randomUUID()}.md`;
    const result = await callFunction('ingest', { bot_id: BOT_ID, source: other, content: MARKDOWN, format: 'markdown' }, asOwnerB);
    expect(result.status).toBe(404);
    expect(result.json).toMatchObject({ error: { code: 'not_found' } });
    expect(await rows(BOT_ID, other)).toEqual([]);
  });

  it('refuses the anon key (401) and bad bodies (400 naming the field)', async () => {
    const anon = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source: 'x.md', content: MARKDOWN, format: 'markdown' }, { origin: null });
    expect(anon.status).toBe(401);
    const bad = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source: 'x.md', content: MARKDOWN, format: 'pdf' }, asOwnerB);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('format');
    const unknown = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source: 'x.md', content: MARKDOWN, format: 'markdown', owner: DEMO_OWNER_ID }, asOwnerB);
    expect(unknown.status).toBe(400);
    const tags = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source: 'x.md', content: MARKDOWN, format: 'markdown', metadata: { goal: 'bulk' } }, asOwnerB);
    expect(tags.status).toBe(400);
    expect(JSON.stringify(tags.json)).toContain('metadata.goal');
    expect(await rows(OTHER_BOT_ID, 'x.md')).toEqual([]);
  });
});

describe('the ingest function on hostile documents (never a 5xx, never Postgres text)', () => {
  const sources: string[] = [];
  const ingest = (content: string, extra: Record<string, unknown> = {}) => {
    const source = `ingest-test/${randomUUID()}.md`;
    sources.push(source);
    return callFunction('ingest', { bot_id: OTHER_BOT_ID, source, content, format: 'markdown', category: 'faq', ...extra }, asOwnerB)
      .then((result) => ({ ...result, source }));
  };
  afterAll(async () => {
    for (const source of sources) await service.rpc('delete_rag_source', { p_bot_id: OTHER_BOT_ID, p_source: source });
  });

  it('refuses a source holding a lone surrogate with 400 naming the source, and writes nothing', async () => {
    const source = `ingest-test/${randomUUID()}-\ud800.md`;
    const result = await callFunction('ingest', { bot_id: OTHER_BOT_ID, source, content: MARKDOWN, format: 'markdown' }, asOwnerB);
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.json)).toContain('source');
    expect(await rows(OTHER_BOT_ID, source)).toEqual([]);
  });

  it('keeps a long heading whole character by character, never cutting an emoji in two', async () => {
    const heading = `a${'\u{1F600}'.repeat(150)}`;
    const result = await ingest(`# ${heading}\n\nWe answer every message.\n`);
    expect(result.status).toBe(200);
    const [stored] = await rows(OTHER_BOT_ID, result.source);
    const tags = Object.values(stored!.metadata as Record<string, string>);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag.isWellFormed()).toBe(true);
      expect(Array.from(tag).length).toBeLessThanOrEqual(200);
    }
  });

  it.each([
    ['a NUL character', 'title: "Help\\0desk"'],
    ['a lone surrogate', 'title: "Help\\uD800desk"'],
  ])('refuses front matter holding %s with 400 naming the key, and writes nothing', async (_, line) => {
    const result = await ingest(`---\n${line}\n---\n\n## Hours\n\nOpen daily.\n`);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code: 'invalid_document', message: expect.stringMatching(/title/) } });
    expect(await rows(OTHER_BOT_ID, result.source)).toEqual([]);
  });

  it('stores character references to NUL or a surrogate half as U+FFFD, as HTML says', async () => {
    const result = await ingest('<h2>Hours</h2><p>Open &#xD800; daily &#0; from nine &amp;#0; on.</p>', { format: 'html' });
    expect(result.status).toBe(200);
    const stored = await rows(OTHER_BOT_ID, result.source);
    expect(stored.map((r) => r.content).join('\n')).toContain('Open \uFFFD daily \uFFFD from nine &#0; on.');
  });

  it('splits a word longer than a chunk (a pasted data URI) instead of answering with a database error', async () => {
    const result = await ingest(`## Logo\n\n${'x'.repeat(30_000)}\n`);
    expect(result.status).toBe(200);
    expect(result.text).not.toMatch(/constraint|relation|rag_documents/);
    const stored = await rows(OTHER_BOT_ID, result.source);
    expect(stored.length).toBeGreaterThan(1);
    for (const row of stored) expect(row.content.length).toBeLessThanOrEqual(20_000);
  });
});

describe('npm run ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-ingest-'));
  mkdirSync(join(dir, 'faqs'));
  writeFileSync(join(dir, 'faqs/shipping.md'), MARKDOWN);
  writeFileSync(join(dir, 'faqs/more.csv'), 'question,answer\n"Do you deliver on Sundays?","No, deliveries arrive Tuesday and Friday."\nIs there a student discount?,"Yes, 15% with a student card."\n');
  writeFileSync(join(dir, 'voice.html'), '<html><head><title>Voice</title><style>p{}</style></head><body><h1>Our voice</h1><p>Warm &amp; direct.</p><script>alert(1)</script></body></html>');
  writeFileSync(join(dir, 'notes.pdf'), 'ignored');

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--experimental-websocket', '--import', 'tsx', 'scripts/ingest.ts', ...args], {
      env: { ...process.env, SUPABASE_URL: stack.url, SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey, OPENAI_API_KEY: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  afterAll(async () => {
    for (const s of ['faqs/shipping.md', 'faqs/more.csv', 'voice.html', 'pii.md']) await service.rpc('delete_rag_source', { p_bot_id: OTHER_BOT_ID, p_source: s });
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests a folder, prints a summary, and writes nothing the second time', async () => {
    const first = run('--bot', OTHER_BOT_ID, '--category', 'faq', dir);
    expect(first.err + first.out).toContain('files        3 stored, 0 refused');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/chunks +5: 5 added, 0 updated, 0 skipped \(unchanged\), 0 removed/);
    expect(first.out).toMatch(/tokens +\d+ \(estimated embedding cost for all: \$0\.0000\d+/);
    const csv = await rows(OTHER_BOT_ID, 'faqs/more.csv');
    expect(csv.map((r) => [r.headings, r.content])).toEqual([
      [['Do you deliver on Sundays?'], 'No, deliveries arrive Tuesday and Friday.'],
      [['Is there a student discount?'], 'Yes, 15% with a student card.'],
    ]);
    const html = await rows(OTHER_BOT_ID, 'voice.html');
    expect(html.map((r) => [r.headings, r.content])).toEqual([[['Our voice'], 'Warm & direct.']]);
    const before = await rows(OTHER_BOT_ID, 'faqs/shipping.md');

    const second = run('--bot', OTHER_BOT_ID, '--category', 'faq', dir);
    expect(second.out).toMatch(/chunks +5: 0 added, 0 updated, 5 skipped \(unchanged\), 0 removed/);
    expect(await rows(OTHER_BOT_ID, 'faqs/shipping.md')).toEqual(before);
  });

  it('refuses a file with personal data, naming line and kind, and --prune removes sources no longer given', async () => {
    // A list of people's addresses, not the business's own few contact details.
    const people = ['amy', 'bo', 'cy', 'di', 'ed'].map((name) => `- ${name}@example.com`).join('\n');
    writeFileSync(join(dir, 'pii.md'), `# Customers\n\n${people}\n`);
    const refused = run('--bot', OTHER_BOT_ID, '--category', 'faq', dir);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('refused pii.md: personal data at line 3: email (a***@example.com)');
    expect(await rows(OTHER_BOT_ID, 'pii.md')).toEqual([]);
    rmSync(join(dir, 'pii.md'));

    const pruned = run('--bot', OTHER_BOT_ID, '--category', 'faq', '--prune', join(dir, 'faqs'));
    expect(pruned.code).toBe(0);
    // Sources are relative to the folder given: faqs/ itself now, so its files are new names and the old ones go.
    expect(pruned.out).toMatch(/sources pruned/);
    const sources = (await service.rpc('rag_sources', { p_bot_id: OTHER_BOT_ID })).data as { source: string }[];
    expect(sources.map((s) => s.source).sort()).toEqual(['more.csv', 'shipping.md']);
    for (const s of ['more.csv', 'shipping.md']) await service.rpc('delete_rag_source', { p_bot_id: OTHER_BOT_ID, p_source: s });
  });

  it('says clearly what is wrong: unknown bot, no files, stack not running', () => {
    const unknown = run('--bot', randomUUID(), dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Unknown bot id');
    const none = run('--bot', OTHER_BOT_ID, join(dir, 'notes.pdf'));
    expect(none.err).toContain('No files matched');
    const down = spawnSync(process.execPath, ['--experimental-websocket', '--import', 'tsx', 'scripts/ingest.ts', '--bot', OTHER_BOT_ID, dir], {
      env: { ...process.env, SUPABASE_URL: 'http://127.0.0.1:9', SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey },
      encoding: 'utf8',
    });
    expect(down.stderr).toContain('Nothing answers at http://127.0.0.1:9');
  });

  it('writes to the local stack on the port npm run dev uses (SIGNPOST_API_PORT), naming the URL when nothing is there', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, SIGNPOST_API_PORT: '9' };
    delete env.SUPABASE_URL;
    delete env.SUPABASE_SERVICE_ROLE_KEY;
    const result = spawnSync(process.execPath, ['--experimental-websocket', '--import', 'tsx', 'scripts/ingest.ts', '--bot', OTHER_BOT_ID, dir], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    // Without .data/ (a fresh clone) nothing local exists yet; with it, nothing answers on that port. Either way, the URL.
    expect(result.stderr).toMatch(/(No local stack to write to|Nothing answers) at http:\/\/127\.0\.0\.1:9/);
  });
});
