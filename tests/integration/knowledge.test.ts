/**
 * Knowledge answers on material nobody here wrote, through the stack as the coach uses it: the tuning corpus
 * (a camping-gear rental shop, tests/fixtures/knowledge/basecamp-rentals) loaded like `npm run ingest` does it,
 * then searched and answered without a model. Also what makes paraphrases work, one by one (headings kept
 * apart and weighted, synonyms as rows, misspellings and word starts from the vocabulary, the category as a
 * hint), and who may see and change synonyms.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_SCORE, answerFromPassages, FAIR_SCORE, type KnowledgePassage } from '../../functions/_shared/knowledge/answer.ts';
import { prepareDocument } from '../../functions/_shared/knowledge/prepare.ts';
import { type KnowledgeSearch, passagesFor } from '../../functions/_shared/knowledge/search.ts';
import { writeDocument } from '../../functions/_shared/knowledge/store.ts';
import { signJwt } from '../../supabase/local/keys.ts';
import { DEMO_OWNER_ID, OTHER_OWNER_ID } from '../../supabase/local/seed-ids.ts';
import { type Hit, isExpected, loadCorpus, readLabelled, tuningDir } from '../../bench/corpus.ts';
import { service, stack } from './helpers.ts';

const options = { auth: { persistSession: false, autoRefreshToken: false } };
const ownerClient = (sub: string): SupabaseClient => {
  const jwt = signJwt({ sub, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 }, stack.jwtSecret);
  return createClient(stack.url, stack.anonKey, { ...options, accessToken: async () => jwt });
};

async function newBot(name: string): Promise<string> {
  const { data, error } = await service.from('bots').insert({ owner_id: DEMO_OWNER_ID, name }).select('id').single();
  if (error) throw new Error(error.message);
  return data.id as string;
}

/** A passage as rag_search returns it: with the question's words it met. */
type Found = Hit & Pick<KnowledgePassage, 'met'>;

async function search(botId: string, args: Record<string, unknown>): Promise<Found[]> {
  const { data, error } = await service.rpc('rag_search', { p_bot_id: botId, ...args });
  if (error) throw new Error(`rag_search: ${error.code} ${error.message}`);
  return data as Found[];
}

const searcher = (botId: string): KnowledgeSearch => (args) => search(botId, {
  p_query: args.query, p_category: args.category ?? null, p_prefer_category: args.preferCategory ?? null,
  p_filters: args.filters ?? null, p_top_k: args.topK ?? 5, p_min_score: args.minScore ?? 0.75,
});
const sampler = (botId: string) => async ({ category, limit }: { category: string; limit: number }) =>
  (await service.rpc('rag_sample', { p_bot_id: botId, p_category: category, p_limit: limit })).data as Hit[];

async function ingest(botId: string, source: string, text: string) {
  const doc = await prepareDocument({ source, text, format: source.endsWith('.html') ? 'html' : 'markdown', category: 'faq' });
  if (doc.refused) throw new Error('refused');
  await writeDocument(service, botId, source, doc.chunks);
}

describe('the tuning corpus (a camping-gear rental shop), answered without a model', () => {
  const set = readLabelled(join(tuningDir('basecamp-rentals'), 'questions.json'));
  let botId: string;
  beforeAll(async () => {
    botId = await newBot('Basecamp Rentals');
    await loadCorpus(service, botId, tuningDir('basecamp-rentals'));
  });

  it('finds the right passage in the top 3 for at least 85% of the questions, paraphrases and typos included', async () => {
    let found = 0;
    for (const q of set.questions) {
      const hits = await search(botId, { p_query: q.question, p_prefer_category: q.category, p_top_k: 3, p_min_score: 0 });
      if (hits.some((hit) => isExpected(hit, q.expected))) found++;
    }
    expect(found / set.questions.length).toBeGreaterThanOrEqual(0.85);
  });

  it('answers at least 65% of them with the labelled facts, and no unrelated question as if it knew', async () => {
    let right = 0;
    for (const q of set.questions) {
      const { passages, minScore } = await passagesFor(searcher(botId), q.question, q.category, sampler(botId));
      const reply = answerFromPassages(q.question, passages, { minScore });
      if (reply.kind !== 'unknown' && q.answer!.every((phrase) => reply.text.toLowerCase().includes(phrase.toLowerCase()))) right++;
    }
    expect(right / set.questions.length).toBeGreaterThanOrEqual(0.65);
    for (const question of set.unrelated) {
      const { passages, minScore } = await passagesFor(searcher(botId), question, null, sampler(botId));
      expect(answerFromPassages(question, passages, { minScore }).confident, question).toBe(false);
    }
  });

  it('quotes a customer as a customer, with the attribution apart, and ends with the page to read more', async () => {
    const { passages, minScore } = await passagesFor(searcher(botId), 'any reviews from first time campers', 'testimonials', sampler(botId));
    const reply = answerFromPassages('any reviews from first time campers', passages, { minScore });
    expect(reply.text).toMatch(/^Here's what Dana, 41, first-time camper from Chicago said: “We had never camped before.*next summer\.”/s);
    expect(reply.text).toMatch(/Read more: https:\/\/basecamp-rentals\.example\/reviews$/);
    // "What do other customers say?" shares no word with any review, and still gets one.
    const general = await passagesFor(searcher(botId), 'what do other customers say?', 'testimonials', sampler(botId));
    expect(answerFromPassages('what do other customers say?', general.passages, { minScore: general.minScore }).kind).toBe('testimonial');
  });
});

describe('what makes paraphrases findable', () => {
  let botId: string;
  beforeAll(async () => {
    botId = await newBot('Paraphrases');
    // A file whose first "#" heading is its first section, as owners write them.
    await ingest(botId, 'help.md', [
      '# Shipping', '', 'We ship to every province of Canada within four days.', '',
      '# Refunds', '', 'Unused items are refunded within thirty days of delivery.', '',
      '# Reheating', '', 'Meals keep three days in the fridge; heat them for two minutes in a microwave.', '',
      '# Vegetarian menu', '', 'Every dish has a meat-free version.', '',
    ].join('\n'));
  });

  it('takes no title from the first heading: each section has its own heading, beside its text', async () => {
    const [refunds] = await search(botId, { p_query: 'how do refunds work?' });
    expect(refunds).toMatchObject({ headings: ['Refunds'], content: 'Unused items are refunded within thirty days of delivery.' });
    const reply = answerFromPassages('how do refunds work?', [refunds!]);
    expect(reply.text).toBe('Unused items are refunded within thirty days of delivery.');
    // "Shipping" is not in front of every passage, so it does not match them all.
    const shipping = await search(botId, { p_query: 'shipping', p_min_score: 0, p_top_k: 10 });
    expect(shipping.map((hit) => hit.headings)).toEqual([['Shipping']]);
  });

  it('weighs a heading above the same word in a text', async () => {
    const hits = await search(botId, { p_query: 'delivery refund', p_min_score: 0 });
    expect(hits[0]!.headings).toEqual(['Refunds']);
  });

  it('expands a question with the synonyms an owner adds as rows, and stops when they are removed', async () => {
    const question = { p_query: 'can I warm up the meals?', p_min_score: ANSWER_SCORE };
    expect(await search(botId, question)).toEqual([]);
    const added = await service.from('knowledge_synonyms').insert({ bot_id: botId, term: 'warm up', synonym: 'heat' }).select('id').single();
    expect(added.error).toBeNull();
    const hits = await search(botId, question);
    expect(hits[0]?.headings).toEqual(['Reheating']);
    await service.from('knowledge_synonyms').delete().eq('id', added.data!.id);
    expect(await search(botId, question)).toEqual([]);
  });

  it('reads a misspelt word and the start of a word as the knowledge\'s own words', async () => {
    expect((await search(botId, { p_query: 'refnds?' }))[0]?.headings).toEqual(['Refunds']);
    expect((await search(botId, { p_query: 'vegetar options', p_min_score: FAIR_SCORE }))[0]?.headings).toEqual(['Vegetarian menu']);
    // A word the knowledge never uses is not read as one it does: nothing the coach would quote.
    const kayak = await search(botId, { p_query: 'kayak options', p_min_score: FAIR_SCORE });
    expect(answerFromPassages('kayak options', kayak).kind).toBe('unknown');
  });

  it('knows everyday words for the knowledge\'s own, and a hyphenated word written joined', async () => {
    const other = await newBot('Everyday words');
    await ingest(other, 'faq.md', [
      '## Children', '', 'Every child under twelve rides with a helmet.', '',
      '## Wi-Fi', '', 'The password is on the board by the door.', '',
      '## E-bikes', '', 'Our e-bikes run 70 km on one charge.', '',
    ].join('\n'));
    expect((await search(other, { p_query: 'does my kid need a helmet', p_min_score: ANSWER_SCORE }))[0]?.headings).toEqual(['Children']);
    expect((await search(other, { p_query: 'wifi password?', p_min_score: ANSWER_SCORE }))[0]?.headings).toEqual(['Wi-Fi']);
    expect((await search(other, { p_query: 'how far does an ebike go', p_min_score: 0 }))[0]?.headings).toEqual(['E-bikes']);
    // Nobody writes the everyday words through the API.
    const written = await ownerClient(DEMO_OWNER_ID).from('rag_common_synonyms').insert({ term: 'kid', synonym: 'goat' });
    expect(written.error).not.toBeNull();
    expect((await ownerClient(DEMO_OWNER_ID).from('rag_common_synonyms').select('term').eq('term', 'kid')).data).toEqual([{ term: 'kid' }]);
  });

  it('meets a word the knowledge never uses by one English relates to it: another word for it, a place it lies within', async () => {
    const other = await newBot('Related words');
    await ingest(other, 'faq.md', [
      '## Buying online', '', 'Orders placed before noon leave the same day.', '',
      '## Online lessons', '', 'Lessons run on video calls.', '',
      '## Shipping to France', '', 'Parcels reach France in three days.', '',
      '## Shipping to Spain', '', 'Parcels reach Spain in four days.', '',
    ].join('\n'));
    expect((await search(other, { p_query: 'can I purchase online?', p_min_score: 0 }))[0]?.headings).toEqual(['Buying online']);
    expect((await search(other, { p_query: 'how long is shipping to Lyon', p_min_score: 0 }))[0]?.headings).toEqual(['Shipping to France']);
    // A word the knowledge uses is met by itself alone: "Spain" is not read as some other country.
    expect((await search(other, { p_query: 'shipping to Spain', p_min_score: 0 }))[0]?.headings).toEqual(['Shipping to Spain']);
    // The lexicon is the product's: owners read it, nobody writes it through the API.
    const written = await ownerClient(DEMO_OWNER_ID).from('rag_lexicon').insert({ lexeme: 'lyon', related: 'spain', relation: 'within' });
    expect(written.error).not.toBeNull();
    expect((await ownerClient(DEMO_OWNER_ID).from('rag_lexicon').select('related').eq('lexeme', 'lyon').eq('related', 'franc')).data).toEqual([{ related: 'franc' }]);
  });

  it('says which of the question\'s words a passage met and by which of its words, so the answer counts them as said', async () => {
    const other = await newBot('Met words');
    await ingest(other, 'faq.md', [
      '## Buying online', '', 'Orders placed before noon leave the same day.', '',
      '## Shipping to France', '', 'Parcels reach France in three days.', '',
    ].join('\n'));
    const [buying] = await search(other, { p_query: 'how do I purchase', p_min_score: 0 });
    expect(buying).toMatchObject({ headings: ['Buying online'], met: [{ word: 'purchase', via: { buy: 0.8 } }] });
    // "purchase" is said only as "buy": counted, a fair match is quoted (as a guess); not counted, it is refused.
    const fair = { ...buying!, score: FAIR_SCORE + 0.1 };
    expect(answerFromPassages('how do I purchase', [fair]).text).toContain('Orders placed before noon leave the same day.');
    expect(answerFromPassages('how do I purchase', [{ ...fair, met: [] }]).kind).toBe('unknown');
    const [france] = await search(other, { p_query: 'shipping to Lyon', p_min_score: 0 });
    expect(france!.met).toEqual([{ word: 'lyon', via: { franc: 0.8 } }, { word: 'shipping', via: { ship: 1 } }]);
  });

  it('treats the category as a hint: it ranks that category first and never hides the answer', async () => {
    const other = await newBot('Hints');
    await ingest(other, 'faq.md', '## Opening hours\n\nWe open at nine every day.\n');
    const doc = await prepareDocument({ source: 'stories.md', format: 'markdown', category: 'testimonials', text: '## Opening hours\n\n"They open at nine and the staff are lovely." — Ann, 30\n' });
    if (doc.refused) throw new Error('refused');
    await writeDocument(service, other, 'stories.md', doc.chunks);
    expect((await search(other, { p_query: 'opening hours', p_prefer_category: 'testimonials' }))[0]?.category).toBe('testimonials');
    expect((await search(other, { p_query: 'opening hours', p_prefer_category: 'faq' }))[0]?.category).toBe('faq');
    expect((await search(other, { p_query: 'opening hours', p_prefer_category: 'meal_plans' })).length).toBe(2);
  });

  it('keeps the vocabulary in step with the documents', async () => {
    const terms = async () => ((await service.from('rag_terms').select('lexeme, documents').eq('bot_id', botId)).data ?? []) as { lexeme: string; documents: number }[];
    expect((await terms()).find((t) => t.lexeme === 'microwav')).toEqual({ lexeme: 'microwav', documents: 1 });
    await ingest(botId, 'more.md', '# Microwaves\n\nAny microwave works.\n');
    expect((await terms()).find((t) => t.lexeme === 'microwav')?.documents).toBe(2);
    await service.rpc('delete_rag_source', { p_bot_id: botId, p_source: 'more.md' });
    expect((await terms()).find((t) => t.lexeme === 'microwav')?.documents).toBe(1);
  });

  it('reads a document in the language it says it is in', async () => {
    const spanish = await newBot('Ayuda');
    const doc = await prepareDocument({ source: 'ayuda.md', format: 'markdown', text: '---\ncategory: faq\nlang: es\n---\n\n## Envíos\n\nEnviamos pedidos a toda España en dos días.\n' });
    if (doc.refused) throw new Error('refused');
    await writeDocument(service, spanish, 'ayuda.md', doc.chunks);
    // Spanish stems: "envían" and "pedido" meet "Enviamos" and "pedidos".
    expect((await search(spanish, { p_query: '¿envían mi pedido a Sevilla?', p_min_score: 0 }))[0]?.headings).toEqual(['Envíos']);
  });
});

describe('who may see and change synonyms', () => {
  let botId: string;
  beforeAll(async () => {
    botId = await newBot('Synonym owner');
    const { error } = await service.rpc('replace_knowledge_synonyms', { p_bot_id: botId, p_source: 'synonyms.csv', p_pairs: [{ term: 'ways to pay', synonym: 'payment' }] });
    if (error) throw new Error(error.message);
  });

  it('lets an owner read and add their own bots\' synonyms, and nobody else\'s', async () => {
    const ownerA = ownerClient(DEMO_OWNER_ID);
    const ownerB = ownerClient(OTHER_OWNER_ID);
    expect((await ownerA.from('knowledge_synonyms').select('term').eq('bot_id', botId)).data).toEqual([{ term: 'ways to pay' }]);
    expect((await ownerB.from('knowledge_synonyms').select('term').eq('bot_id', botId)).data).toEqual([]);
    const added = await ownerA.from('knowledge_synonyms').insert({ bot_id: botId, term: 'Toronto', synonym: 'Canada' });
    expect(added.error).toBeNull();
    const refused = await ownerB.from('knowledge_synonyms').insert({ bot_id: botId, term: 'evil', synonym: 'payment' });
    expect(refused.error?.code).toBe('42501');
    const replaced = await ownerB.rpc('replace_knowledge_synonyms', { p_bot_id: botId, p_source: 'synonyms.csv', p_pairs: [] });
    expect(replaced.error?.code).toBe('P0002');
    const { count } = await service.from('knowledge_synonyms').select('*', { count: 'exact', head: true }).eq('bot_id', botId);
    expect(count).toBe(2);
  });

  it('gives the anon key nothing, and replaces only what the file said', async () => {
    const anon = createClient(stack.url, stack.anonKey, options);
    expect((await anon.from('knowledge_synonyms').select('id').limit(1)).error?.code).toBe('42501');
    expect((await anon.from('rag_terms').select('lexeme').limit(1)).error?.code).toBe('42501');
    const { data } = await service.rpc('replace_knowledge_synonyms', { p_bot_id: botId, p_source: 'synonyms.csv', p_pairs: [{ term: 'reheat', synonym: 'warm up' }] });
    expect(data).toEqual({ added: 1, removed: 1 });
    const rows = (await service.from('knowledge_synonyms').select('term, source').eq('bot_id', botId)).data!;
    expect(rows.sort((x, y) => x.term.localeCompare(y.term))).toEqual([{ term: 'reheat', source: 'synonyms.csv' }, { term: 'Toronto', source: null }]);
    const bad = await service.rpc('replace_knowledge_synonyms', { p_bot_id: botId, p_source: 'synonyms.csv', p_pairs: [{ term: '', synonym: 'x' }] });
    expect(bad.error?.code).toBe('22023');
    expect(bad.error?.message).toMatch(/pair 0/);
  });
});
