/**
 * The sentences inside a retrieved knowledge passage that answer a question, for replies written without a
 * language model: the passage's markdown is reduced to plain sentences, the question it restates is dropped
 * (an FAQ chunk is "Q: … A: …" or a heading that is the question), and the one or two consecutive sentences
 * that best match the visitor's question are returned in their original order (with a short opener such as
 * "Yes." before them), cut at a sentence boundary, and continued in their paragraph while it stays on the subject. A table's rows are sentences of their own (tables.ts), and a
 * sentence stating the kind of value asked for, a price or a time, weighs more (values.ts).
 */
import { fold, normalize, truncate, words } from '../understanding/normalize.ts';
import { tablesAsRows } from './tables.ts';
import { statesAny, valueKinds, type ValueKind } from './values.ts';

interface Section {
  /** A heading or FAQ question: used to judge relevance, never quoted. */
  title: string;
  paragraphs: string[];
}

interface Sentence {
  text: string;
  section: number;
  paragraph: number;
  firstInSection: boolean;
  /** The question's words this sentence contains (stems), each with how well: 1 as asked, less through another word. */
  matched: Map<string, number>;
  /** How well the sentence's heading or FAQ question matches; > 0 makes the sentence part of the answer. */
  titleScore: number;
  /** The share of the question's words its heading holds. */
  titleShare: number;
  /** The question's words its heading holds. */
  inTitle: Set<string>;
  /** Its heading is a question ("Can I pay by card?"), so the section's first sentence answers it. */
  asks: boolean;
  /** Some sentence of its section holds a word of the question that the heading does not. */
  beyondTitle?: boolean;
  /** It holds the kind of value the question asks for (a price, a time, a number). */
  typed: boolean;
}

const MAX_SENTENCES = 2;
/**
 * What a word of the question the heading already holds adds to a sentence of its own that holds it too,
 * when other sentences say more than the heading: a little, so for "servicing an electric bike" the row
 * "E-bike service" under "Service packages" beats "Premium overhaul: the bike taken apart".
 */
const BEYOND_TITLE = 0.25;
/** "Yes!" or "Good news:" before the sentence that matches is the start of the answer and stays with it. */
const OPENER = /^(?:yes|yep|yeah|no|nope|absolutely|definitely|of course|sure|good news|great question|not yet|sadly|unfortunately|correct|right|totally|it depends)\b[^.!?]{0,20}[.!?:]?$/iu;
/** Sentences that lean on the one before ("It ships in 3 days") bring it along. */
const LEANS_BACK = /^(?:it|its|it's|this|that|they|these|those|so|but|and|also|however|then|which|he|she)\b/iu;

export function extractAnswer(passage: string, question: string, maxChars = 320, met: MetWords = NONE_MET): string {
  const sections = toSections(passage);
  const sentences = sentencesOf(sections, new Set(topicStems(question)), valueKinds(question), met);
  if (sentences.length === 0) {
    const leftover = sections.map((s) => s.title).join(' ').trim();
    return leftover === '' ? '' : truncate(leftover, maxChars);
  }
  // List items carry no full stop of their own; quoted together they still read as sentences.
  const chosen = widen(sentences, bestWindow(sentences, maxChars), maxChars).map((s) => s.text);
  const text = chosen.map((t, i) => (i < chosen.length - 1 && !/[.!?:;…]["')\]]*$/u.test(t) ? `${t}.` : t)).join(' ');
  return length(text) <= maxChars ? text : truncate(text, maxChars);
}

// --- Markdown to sections -----------------------------------------------------------------------------------

const QUESTION_PREFIX = /^(?:q|question)\s*[:.)]\s*/iu;
const ANSWER_PREFIX = /^(?:a|answer)\s*[:)]\s*/iu;
const INLINE_ANSWER = /\s(?:a|answer)\s*[:)]\s/iu;

function toSections(passage: string): Section[] {
  const sections: Section[] = [{ title: '', paragraphs: [] }];
  let buffer: string[] = [];
  const current = () => sections[sections.length - 1]!;
  const flush = () => {
    const paragraph = buffer.join(' ').replace(/\s+/g, ' ').trim();
    if (paragraph !== '') current().paragraphs.push(paragraph);
    buffer = [];
  };
  const open = (title: string) => {
    flush();
    sections.push({ title, paragraphs: [] });
  };

  let inFence = false;
  for (const rawLine of tablesAsRows(withoutFrontMatter(passage).split(/\r?\n/))) {
    const line = rawLine.trim();
    if (line.startsWith('```') || line.startsWith('~~~')) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    if (line === '' || /^(?:[-*_]\s*){3,}$/u.test(line) || /^=+$/u.test(line) || /^\|?[\s:|-]+\|?$/u.test(line) && line.includes('-')) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+/u.exec(line);
    if (heading) {
      open(inline(line.slice(heading[0].length).replace(/\s#+$/u, '')));
      continue;
    }
    const bare = line.replace(/^>\s?/u, '').replace(/^(?:[-*+]|\d{1,3}[.)])\s+/u, '');
    const listItem = bare !== line.replace(/^>\s?/u, '');
    // A line that is wholly bold is a question or a sub-heading ("**Do you ship to Canada?**").
    if (/^(?:\*\*|__)[^*_]+(?:\*\*|__)$/u.test(bare)) {
      open(inline(bare));
      continue;
    }
    const text = inline(bare.startsWith('|') ? bare.replace(/\|/g, ' ') : bare);
    const asked = QUESTION_PREFIX.exec(text);
    if (asked) {
      const rest = text.slice(asked[0].length);
      const answer = INLINE_ANSWER.exec(rest);
      open(answer ? rest.slice(0, answer.index) : rest);
      if (answer) buffer.push(rest.slice(answer.index + answer[0].length));
      continue;
    }
    // A short line of its own ending in "?" opening a paragraph is the question of a plain-text FAQ.
    if (buffer.length === 0 && !listItem && text.endsWith('?') && length(text) <= 200) {
      open(text);
      continue;
    }
    if (listItem) flush();
    buffer.push(text.replace(ANSWER_PREFIX, ''));
    if (listItem) flush();
  }
  flush();
  return sections;
}

function withoutFrontMatter(passage: string): string {
  if (!passage.startsWith('---')) return passage;
  const end = passage.indexOf('\n---', 3);
  return end === -1 ? passage : passage.slice(passage.indexOf('\n', end + 4) + 1 || passage.length);
}

/** Inline markdown and HTML to plain text: links keep their words, images and tags vanish. */
function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:[^<>\s]+)>/gu, '$1')
    .replace(/<\/?[a-z][^<>]{0,200}>/giu, '')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/\*\*|__/gu, '')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/gu, '$1$2')
    .replace(/\\([\\*_#[\]()`>!-])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

// --- Sentences and relevance --------------------------------------------------------------------------------

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'dr', 'mr', 'mrs', 'ms', 'no', 'st', 'min', 'mins',
  'hrs', 'incl', 'est', 'oz', 'lb', 'lbs', 'avg', 'fig', 'jr', 'sr', 'inc', 'ltd', 'co']);

/** Splits after ". ", "! " or "? " when a new sentence visibly starts, but not after "e.g." or "Dr.". */
export function splitSentences(paragraph: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?]+["')\]]*\s+/gu)) {
    const end = match.index + match[0].length;
    const next = paragraph[end] ?? '';
    const before = /(\S+)$/u.exec(paragraph.slice(start, match.index))?.[1]?.toLowerCase() ?? '';
    if (!/[\p{Lu}\p{N}"'(]/u.test(next) || (match[0].startsWith('.') && ABBREVIATIONS.has(before.replace(/\.$/u, '')))) continue;
    found.push(paragraph.slice(start, end).trim());
    start = end;
  }
  found.push(paragraph.slice(start).trim());
  return found.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const STOPWORDS = new Set(('a an the and or but if of to in on at by for with from about as into over is are was were be been ' +
  'being am do does did doing have has had having i me my we our you your he she it its they them their this that these ' +
  'those what which who whom whose when where why how can could will would should shall may might must just so than then ' +
  'there here too very also any some all each every no not yes please tell know want like get got im ive id dont ' +
  'doesnt s t need needs go going really' +
  // What people say around a question rather than about its topic ("can you help me with…", "thanks guys").
  ' help thanks thank thx hi hello hey ok okay guys guy lol pls plz exactly actually basically something thing ' +
  'anyone possible able wondering wonder question curious' +
  // Chat spellings of the words above ("I cant", "do u").
  ' cant wont isnt arent didnt wasnt u ur ya').split(' '));

/** A crude stem: "shipping", "ships" and "shipped" all become "ship"; enough to match a question to a passage. */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // "charge" and "charged", "delivery" and "deliver" are one word.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  else if (w.length > 5 && w.endsWith('y')) w = w.slice(0, -1);
  return w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiou]/.test(w.at(-1)!) ? w.slice(0, -1) : w;
}

/** Small numbers are written either way: "2 hours" and "two hours" are the same words. */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30',
};

/**
 * The words that carry a text's meaning, stemmed. A hyphenated word also counts joined ("e-bike" is
 * "ebike", "tune-up" "tuneup"), as visitors type it.
 */
export function contentStems(text: string): string[] {
  const joined = [...fold(text).matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map((m) => m[0].replaceAll('-', ''));
  return [...words(normalize(text)), ...joined].filter((w) => !STOPWORDS.has(w)).map((w) => NUMBER_WORDS[w] ?? stem(w));
}

/**
 * The words of a question that name what it is about: "how much", "how long" or "what time" ask for a kind of
 * value (values.ts), and a page saying "much" or "long" says nothing of the topic.
 */
export const topicStems = (question: string) => contentStems(fold(question).replace(VALUE_FRAME, ' '));
const VALUE_FRAME = /\b(?:how (?:much|many|long|far|often|big|old|soon|late|early)|what time)\b/gu;

/**
 * How much of the question a quote and the headings above it say: the share of the question's words they
 * hold (a word also counts when one is the start of the other, "crypto" and "cryptocurrency"), 0 to 1.
 */
export function answerFit(question: string, said: string, met: MetWords = NONE_MET): number {
  const wanted = [...new Set(contentStems(question))];
  if (wanted.length === 0) return 0;
  const have = new Set(contentStems(said));
  const topic = new Set(topicStems(question));
  const weight = (stem: string) => (FRAME.has(stem) || !topic.has(stem) ? FRAME_WEIGHT : 1);
  const total = wanted.reduce((sum, stem) => sum + weight(stem), 0);
  // "What is the price of…" is answered by "€200 a week": the word naming the kind of value asked for is said
  // by the value itself.
  const valued = statesAny(valueKinds(question).filter((kind) => kind === 'price'), said);
  const held = (stem: string) => (holdsStem(have, stem) || (valued && PRICE_WORDS.has(stem)) ? 1 : viaQuality(have, met.get(stem)));
  return wanted.reduce((sum, stem) => sum + weight(stem) * held(stem), 0) / total;
}

/** Words that name a price (stemmed), in English and Spanish: a quote stating an amount says them ("charge" and "rate" have other senses: "one charge"). */
const PRICE_WORDS = new Set(['price', 'pricing', 'cost', 'fee', 'precio', 'cuesta', 'tarifa'].map((w) => stem(w)));

/**
 * The question's words the search met in a passage through the passage's own words ("purchase" through
 * "buy", "Lyon" through "France"): each question word's stem, with the passage's words that stand for it (as
 * the search's lexemes; a synonym may be several words, all of which must be said) and how well (1 for the
 * word itself or an owner's synonym, 0.8 for a related word, so the asker's own word still wins a tie).
 * Built from rag_search's `met`.
 */
export type MetWords = ReadonlyMap<string, readonly Via[]>;
interface Via { words: string[]; quality: number }
const NONE_MET: MetWords = new Map();
/** What a word standing in for the asker's counts for, times the search's quality for it. */
const STAND_IN = 0.8;

export function metWords(met: readonly { word: string; via: Readonly<Record<string, number>> }[] | undefined, question: string): MetWords {
  const out = new Map<string, Via[]>();
  const asked = new Set(contentStems(question));
  for (const { word, via } of met ?? []) {
    for (const stem of contentStems(word)) {
      // A word the question says itself stands in for no other: "car park" met by "park" is one word met, not two.
      const others = new Set([...asked].filter((s) => s !== stem));
      const found = Object.entries(via).filter(([said]) => !said.split(' ').some((w) => holdsStem(others, w))).map(([said, quality]) => {
        const words = said.split(' ').filter(Boolean);
        // The word itself as the search stems it ("class" for "classes") is the asker's word; another stands in
        // for it, a little below it, so a passage in the asker's own words still wins.
        const itself = words.length === 1 && holdsStem(new Set([stem]), words[0]!);
        return { words, quality: itself ? 1 : quality * STAND_IN };
      }).filter((v) => v.words.length > 0 && v.quality > 0);
      out.set(stem, [...(out.get(stem) ?? []), ...found]);
    }
  }
  return out;
}

/** The same words, less those for the question words given: they are said in the asker's own words elsewhere. */
export const metWordsWithout = (met: MetWords, stems: ReadonlySet<string>): MetWords =>
  stems.size ? new Map([...met].filter(([stem]) => !stems.has(stem))) : met;

/** How well a text says a question word through the passage's words for it: the best it holds whole, else 0. */
const viaQuality = (have: Set<string>, via: readonly Via[] | undefined) =>
  (via ?? []).reduce((best, v) => (v.quality > best && v.words.every((lexeme) => holdsStem(have, lexeme)) ? v.quality : best), 0);

/**
 * Verbs that frame a question rather than name its topic: "do you take amex", "can I bring my dog", "do you
 * offer group rates". A passage holding only the frame ("it takes 25 minutes") says little of what was
 * asked, and one holding the topic through a word of its own ("American Express") lacks little.
 */
const FRAME = new Set(['take', 'bring', 'give', 'make', 'put', 'come', 'use', 'find', 'see', 'look', 'send', 'keep', 'let',
  'offer', 'provide', 'available', 'allow', 'accept', 'include', 'happen', 'work', 'run', 'leave', 'stay'].map((w) => stem(w)));
const FRAME_WEIGHT = 0.5;

/** Whether a text's stems hold a word: itself, or one the start of the other ("crypto", "cryptocurrency"). */
export const holdsStem = (have: Set<string>, stem: string) =>
  have.has(stem) || (stem.length >= 4 && [...have].some((h) => h.length >= 4 && (h.startsWith(stem) || stem.startsWith(h) || misspells(stem, h))));

/**
 * Whether two words of five letters or more are one slip of the keyboard apart, as visitors type on phones
 * ("certficate", "intesive"): a letter missing, added, changed or two swapped, never the first letter.
 */
export function misspells(a: string, b: string): boolean {
  if (a === b || a.length < TYPO_LENGTH || b.length < TYPO_LENGTH || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

const TYPO_LENGTH = 5;
/** A word of this length or more also matches a longer one it starts: "crypto" holds in "cryptocurrency". */
const PREFIX_LENGTH = 4;

/**
 * The question's words a text holds: the same stem, a longer word it starts, the stem misspelt, or a word the
 * search met it by (`met`).
 */
function matchedStems(wanted: Set<string>, text: string, met: MetWords): Map<string, number> {
  const found = new Map<string, number>();
  const stems = contentStems(text);
  for (const s of stems) {
    if (wanted.has(s)) found.set(s, 1);
    else if (s.length >= PREFIX_LENGTH) for (const w of wanted) if (w.length >= PREFIX_LENGTH && (s.startsWith(w) || w.startsWith(s) || misspells(w, s))) found.set(w, 1);
  }
  if (met.size) {
    const have = new Set(stems);
    for (const w of wanted) {
      const quality = found.has(w) ? 0 : viaQuality(have, met.get(w));
      if (quality > 0) found.set(w, quality);
    }
  }
  return found;
}

function sentencesOf(sections: Section[], wanted: Set<string>, kinds: ValueKind[], met: MetWords): Sentence[] {
  const sentences: Sentence[] = [];
  sections.forEach((section, sectionIndex) => {
    const first = sentences.length;
    // A heading or question that matches vouches for its answer, even a terse one ("Yes — anywhere in Canada.").
    // The heading is matched by the question's own words only: a heading that says a word the search stood in
    // for ("Prices" for "cost") would take the credit from the sentence that says it.
    const inTitle = new Set(matchedStems(wanted, section.title, NONE_MET).keys());
    const titleScore = inTitle.size * 0.75;
    const titleShare = wanted.size ? inTitle.size / wanted.size : 0;
    const asks = /\?\s*$/u.test(section.title);
    let firstInSection = true;
    section.paragraphs.forEach((paragraph, paragraphIndex) => {
      for (const text of splitSentences(paragraph)) {
        sentences.push({
          text, section: sectionIndex, paragraph: paragraphIndex, firstInSection, matched: matchedStems(wanted, text, met), inTitle, asks, titleScore, titleShare,
          typed: kinds.length > 0 && statesAny(kinds, text),
        });
        firstInSection = false;
      }
    });
    // A sentence saying what the question asks beyond the heading ("open on Sundays?" under "Opening hours")
    // is the answer, rather than the section's lead.
    const beyond = sentences.slice(first).some((s) => [...s.matched.keys()].some((stem) => !s.inTitle.has(stem)));
    for (const s of sentences.slice(first)) s.beyondTitle = beyond;
  });
  return sentences;
}

interface Window {
  from: number;
  to: number;
}

const joined = (sentences: Sentence[], { from, to }: Window) => sentences.slice(from, to + 1).map((s) => s.text).join(' ');

/**
 * The 1–2 consecutive sentences of one section that cover the most of the question's words within the limit;
 * on a tie the shorter, then the earlier window wins. An answer's first sentence under a matching question gets a
 * nudge (a strong one when the heading holds half the question or more), because FAQ answers lead with the point.
 */
function bestWindow(sentences: Sentence[], maxChars: number): Window {
  let best: Window = { from: 0, to: 0 };
  let bestScore = -1;
  for (let from = 0; from < sentences.length; from++) {
    const head = sentences[from]!;
    const covered = new Map<string, number>();
    let typed = false;
    for (let to = from; to < from + MAX_SENTENCES && sentences[to]?.section === head.section; to++) {
      if (to > from && length(joined(sentences, { from, to })) > maxChars) break;
      for (const [stem, quality] of sentences[to]!.matched) covered.set(stem, Math.max(quality, covered.get(stem) ?? 0));
      typed ||= sentences[to]!.typed;
      // A word the heading already holds is credited to the heading. Only when no sentence says more than
      // the heading do such words tell its sentences apart: "All prices are per bike" under "Prices" says
      // nothing about "hybrid bike price" that the hybrid bike's own row does not.
      const said = [...covered].reduce((sum, [stem, quality]) => sum + quality * (!head.inTitle.has(stem) ? 1 : !head.beyondTitle ? 0.5 : to === from ? BEYOND_TITLE : 0), 0);
      // Under a heading that asks the visitor's question, the answer's first sentence is the answer itself,
      // unless another sentence says what the question asks beyond the heading ("open on Sundays?").
      const lead = head.firstInSection && head.titleScore > 0 && !head.beyondTitle ? (head.titleShare >= 0.5 && head.asks ? 1.5 : 0.25) : 0;
      // "What time does it start?" is answered by the sentence with a time in it, once it is on the subject.
      const value = typed && (said > 0 || head.titleScore > 0) ? 1.5 : 0;
      const score = said + head.titleScore + lead + value;
      if (score > bestScore || (score === bestScore && to - from < best.to - best.from)) {
        best = { from, to };
        bestScore = score;
      }
    }
  }
  // Nothing shares a word with the question (the search matched on something else): the passage's lead.
  if (bestScore === 0) for (const s of sentences) s.titleScore = s.section === sentences[0]!.section ? 1 : 0;
  return best;
}

/**
 * The window plus what belongs with it, while it fits: before it, the sentence its first one leans on or a
 * short opener ("Yes!"); after it, sentences under the same matching question or continuing its subject.
 */
function widen(sentences: Sentence[], window: Window, maxChars: number): Sentence[] {
  let { from, to } = window;
  // A short opener ("Yes.") does not count as one of the answer's sentences.
  const fits = (w: Window) => w.to - w.from < MAX_SENTENCES + (OPENER.test(sentences[w.from]!.text) ? 1 : 0) &&
    length(joined(sentences, w)) <= maxChars;
  const first = sentences[from]!;
  const previous = sentences[from - 1];
  if (previous && previous.section === first.section && previous.paragraph === first.paragraph &&
    (LEANS_BACK.test(first.text) || OPENER.test(previous.text)) && fits({ from: from - 1, to })) {
    from--;
  }
  for (let next = sentences[to + 1]; next && next.section === first.section; next = sentences[to + 1]) {
    // "We ship to these places:" is finished by what follows it.
    // Under a matching heading the answer goes on within its paragraph, not into the next row or list item.
    const last = sentences[to]!;
    const continues = (next.titleScore > 0 && next.paragraph === last.paragraph) || LEANS_BACK.test(next.text) || last.text.endsWith(':');
    if (!continues || !fits({ from, to: to + 1 })) break;
    to++;
  }
  // The answer goes on in its paragraph, within the limit, while the sentences around it stay on what was
  // asked: "Mountain bikes are never delivered" follows the delivery slots, and one sentence cut from three on
  // the subject may miss the point.
  const onSubject = (s: Sentence | undefined): s is Sentence =>
    s !== undefined && s.section === first.section && s.paragraph === first.paragraph && s.matched.size > 0;
  const within = (w: Window) => length(joined(sentences, w)) <= maxChars;
  for (let grown = true; grown;) {
    grown = false;
    if (onSubject(sentences[to + 1]) && within({ from, to: to + 1 })) [to, grown] = [to + 1, true];
    if (onSubject(sentences[from - 1]) && within({ from: from - 1, to })) [from, grown] = [from - 1, true];
  }
  return sentences.slice(from, to + 1);
}

const length = (text: string) => Array.from(text).length;
