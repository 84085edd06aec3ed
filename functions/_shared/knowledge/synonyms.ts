/**
 * An owner's synonyms file: `synonyms.csv` in a knowledge folder, a header row `term,synonym` and one pair a
 * row ("warm up,reheat"). `npm run ingest` stores its pairs in knowledge_synonyms under the file's name, so a
 * later run replaces what the file said; rows added by hand in the dashboard stay.
 */
import { csvColumns } from './document.ts';
import { KnowledgeError } from './metadata.ts';
import { isStorable } from './text.ts';

export interface SynonymPair {
  term: string;
  synonym: string;
}

export const isSynonymsFile = (path: string) => /(^|[\\/])synonyms\.csv$/i.test(path);

export function parseSynonyms(source: string, text: string): SynonymPair[] {
  return csvColumns(source, text, ['term', 'synonym'], 'a synonyms file').flatMap(({ line, values: [term, synonym] }) => {
    if (!term && !synonym) return [];
    for (const value of [term!, synonym!]) {
      if (!value || Array.from(value).length > 100 || !isStorable(value)) {
        throw new KnowledgeError(source, `row ${line}: term and synonym must each be 1 to 100 characters of text`);
      }
    }
    return term!.toLowerCase() === synonym!.toLowerCase() ? [] : [{ term: term!, synonym: synonym! }];
  });
}
