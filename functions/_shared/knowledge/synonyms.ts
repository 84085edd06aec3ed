/// <reference path="../deno-std.d.ts" />
/**
 * An owner's synonyms file: `synonyms.csv` in a knowledge folder, a header row `term,synonym` and one pair a
 * row ("warm up,reheat"). `npm run ingest` stores its pairs in knowledge_synonyms under the file's name, so a
 * later run replaces what the file said; rows added by hand in the dashboard stay.
 */
import { parse as parseCsv } from 'deno-std/csv/parse.js';
import { KnowledgeError } from './metadata.ts';
import { isStorable } from './text.ts';

export interface SynonymPair {
  term: string;
  synonym: string;
}

export const isSynonymsFile = (path: string) => /(^|[\\/])synonyms\.csv$/i.test(path);

export function parseSynonyms(source: string, text: string): SynonymPair[] {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), { lazyQuotes: true }) as string[][];
  } catch (error) {
    throw new KnowledgeError(source, `not valid CSV: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const t = header.indexOf('term');
  const s = header.indexOf('synonym');
  if (t < 0 || s < 0) throw new KnowledgeError(source, 'a synonyms file needs a header row with "term" and "synonym" columns');
  return rows.flatMap((row, i) => {
    const term = row[t]?.trim() ?? '';
    const synonym = row[s]?.trim() ?? '';
    if (!term && !synonym) return [];
    for (const value of [term, synonym]) {
      if (!value || Array.from(value).length > 100 || !isStorable(value)) {
        throw new KnowledgeError(source, `row ${i + 2}: term and synonym must each be 1 to 100 characters of text`);
      }
    }
    return term.toLowerCase() === synonym.toLowerCase() ? [] : [{ term, synonym }];
  });
}
