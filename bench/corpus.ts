/**
 * Labelled knowledge corpora for the retrieval benchmark and tests: the demo bot's (seeded) and tuning corpora
 * under tests/fixtures/knowledge/<slug>/ (documents, an optional synonyms.csv and questions.json), loaded into
 * a bot through the same pure preparation and store calls as `npm run ingest`.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatOf } from '../functions/_shared/knowledge/document.ts';
import { prepareDocument } from '../functions/_shared/knowledge/prepare.ts';
import { replaceSynonyms, writeDocument } from '../functions/_shared/knowledge/store.ts';
import { isSynonymsFile, parseSynonyms } from '../functions/_shared/knowledge/synonyms.ts';
import { knowledgeFiles } from '../supabase/local/seed-knowledge.ts';

export interface LabelledQuestion {
  question: string;
  /** The category the coach would hint (null: none). */
  category: string | null;
  kind: string;
  /** Metadata filters the coach would apply (testimonials matching the visitor); with them the category filters too. */
  filters?: Record<string, string>;
  /** [source (or its start), a phrase the right chunk's text, headings or title contain]. */
  expected: [string, string];
  /** Phrases the reply must contain, all of them (case-insensitive). */
  answer?: string[];
}

export interface LabelledSet {
  questions: LabelledQuestion[];
  unrelated: string[];
}

export const readLabelled = (file: string | URL) => JSON.parse(readFileSync(file, 'utf8')) as LabelledSet;

export interface Hit {
  content: string;
  headings: string[];
  source: string;
  score: number;
  category: string;
  metadata: Record<string, unknown>;
  chunk_index: number;
}

export const isExpected = (hit: Pick<Hit, 'content' | 'headings' | 'source' | 'metadata'>, [source, phrase]: [string, string]) =>
  hit.source.startsWith(source) && (hit.content.includes(phrase) || (hit.headings ?? []).some((h) => h.includes(phrase)) ||
    String(hit.metadata?.title ?? '').includes(phrase));

/** Every document of a folder into a bot (synonyms.csv into its synonyms); returns the number of chunks. */
export async function loadCorpus(db: SupabaseClient, botId: string, dir: string): Promise<number> {
  let chunks = 0;
  for (const file of knowledgeFiles(dir)) {
    const source = relative(dir, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    if (isSynonymsFile(source)) {
      await replaceSynonyms(db, botId, source, parseSynonyms(source, text));
      continue;
    }
    const doc = await prepareDocument({ source, text, format: formatOf(file)! });
    if (doc.refused) throw new Error(`${source}: personal data in a benchmark corpus`);
    await writeDocument(db, botId, source, doc.chunks);
    chunks += doc.chunks.length;
  }
  return chunks;
}

export const tuningDir = (slug: string) => join(import.meta.dirname, '../tests/fixtures/knowledge', slug);
