/**
 * The coach's answer from retrieved knowledge, without a language model: a pure function from the visitor's
 * question and the passages `rag_search` returned to the reply and the passages it quotes.
 *
 *   answerFromPassages(question, passages, { lang }) -> { text, sources, confident, kind }
 *
 * - An answer quotes the one or two sentences of the best passage that answer the question, or their whole
 *   paragraph when it is short (never a bare heading, never a whole section), then "Read more: <url>" when
 *   the passage's document has a `url`.
 * - A testimonial is quoted as one: "Here's what Dana, 41, said: “…”", the speaker's words whole (or cut at a
 *   sentence when long) and the attribution apart from them, from the passage's `author` tag, a "— Name"
 *   line or the testimonial's title; the owner's own words on a page of stories (its introduction) never.
 * - Of the best three passages it quotes the one whose quote (with its headings) says most of the question,
 *   weighed with the search's score: a search scores a whole section, the visitor reads the quote. A word the
 *   search met through another of the passage's words (rag_search's `met`: "purchase" by "buy") counts as
 *   said, a little below the asker's own word.
 * - How sure it is follows the passage's score: from CONFIDENT_SCORE it answers plainly (`confident`); from
 *   ANSWER_SCORE when the quote holds more than a third of the question's words, or from FAIR_SCORE when it
 *   holds at least half, it quotes the passage as a guess and offers a person in the same breath; otherwise,
 *   or with no passage, it says it does not know and offers a person (`kind: 'unknown'`, no sources).
 *
 * The conversation runner calls it for side questions and objections; the model path uses `passageText` to
 * show the model the same passages with their headings and links.
 */
import { answerFit, contentStems, extractAnswer, holdsStem, metWords, metWordsWithout, splitSentences } from './extract.ts';
import { fold } from '../understanding/normalize.ts';
import { asksForExperience } from './stories.ts';
import { statesWhatIsAsked } from './values.ts';

export interface KnowledgePassage {
  content: string;
  /** The headings above the passage, outermost first (rag_search's `headings`). */
  headings?: string[];
  score: number;
  category?: string;
  metadata?: Record<string, unknown>;
  source: string;
  chunk_index?: number;
  /**
   * The question's words the search met in this passage, each with the passage's words (lexemes) that met it
   * (rag_search's `met`): "purchase" met by "buy" counts as said wherever the quote says "buy".
   */
  met?: { word: string; via: Record<string, number> }[];
}

export interface AnswerSource {
  source: string;
  chunk_index?: number;
  heading?: string;
  title?: string;
  url?: string;
  score: number;
}

export interface ComposedAnswer {
  text: string;
  /** The passages the text quotes (empty when it does not know). */
  sources: AnswerSource[];
  confident: boolean;
  kind: 'answer' | 'testimonial' | 'unknown';
}

export type AnswerLanguage = 'en' | 'es';

export interface AnswerOptions {
  lang?: AnswerLanguage;
  /** Longest quote of an answer, in characters (default QUOTE_CHARS; a testimonial may run to STORY_SHARE times that). */
  maxChars?: number;
  /** The score a passage needs to be quoted (default ANSWER_SCORE); 0 when the caller chose the passages itself. */
  minScore?: number;
}

/** The longest quote of an answer: room for an FAQ answer's paragraph of three or four sentences. */
export const QUOTE_CHARS = 480;
/** A customer's story is quoted whole up to this many times the quote's limit (640 characters by default). */
const STORY_SHARE = 4 / 3;
/** rag_search's default min_score: a passage this good is quoted as the answer. */
export const CONFIDENT_SCORE = 0.75;
/** A passage this good is quoted as a likely answer, with a person offered too; below it, "I don't know"… */
export const ANSWER_SCORE = 0.65;
/** …unless its quote and headings hold at least FAIR_FIT of the question's words: then from this score. */
export const FAIR_SCORE = 0.5;
export const FAIR_FIT = 0.5;
/** Below CONFIDENT_SCORE, a quote must hold more than this share of the question's words. */
export const ANSWER_FIT = 1 / 3;
/** The share of a message's words a quote must hold for a message that may be no question to be answered. */
export const CLEAR_FIT = 0.5;

const WORDS: Record<AnswerLanguage, {
  unknown: string;
  guess: (quote: string) => string;
  readMore: string;
  said: (who: string, quote: string) => string;
  someone: string;
}> = {
  en: {
    unknown: "I don't have a good answer to that one — I can bring in a human coach if you like.",
    guess: (quote) => `I think this is what you're asking about: ${quote}\n\nIf it isn't, I can bring in a human coach.`,
    readMore: 'Read more:',
    said: (who, quote) => `Here's what ${who} said: “${quote}”`,
    someone: 'one of our customers',
  },
  es: {
    unknown: 'No tengo una buena respuesta para eso; si quieres, te paso con una persona del equipo.',
    guess: (quote) => `Creo que preguntas por esto: ${quote}\n\nSi no es así, te paso con una persona del equipo.`,
    readMore: 'Más información:',
    said: (who, quote) => `Esto es lo que dijo ${who}: «${quote}»`,
    someone: 'uno de nuestros clientes',
  },
};

export function answerFromPassages(question: string, passages: KnowledgePassage[], options: AnswerOptions = {}): ComposedAnswer {
  const words = WORDS[options.lang ?? 'en'];
  const maxChars = options.maxChars ?? QUOTE_CHARS;
  const unknown: ComposedAnswer = { text: words.unknown, sources: [], confident: false, kind: 'unknown' };
  const minScore = options.minScore ?? ANSWER_SCORE;
  const candidates = quotesOf(question, passages, minScore, maxChars, words);
  // The passage whose quote says most of what was asked, among those the search found nearly as good:
  // search scores a whole section, the quote is what the visitor reads.
  const chosen = candidates.reduce<(typeof candidates)[number] | null>((a, b) => (a === null || weigh(b) > weigh(a) ? b : a), null);
  if (!chosen) return unknown;
  const { passage: best, testimonial, quote } = chosen;
  const url = stringTag(best.metadata?.url);
  const withLink = url ? `${quote}\n\n${words.readMore} ${url}` : quote;
  // Passages the caller chose for what they are (minScore 0) are answers, not guesses.
  const confident = best.score >= CONFIDENT_SCORE || minScore === 0;
  return {
    // A customer's story needs no hedge: it is what they said, whatever was asked.
    text: confident || testimonial ? withLink : words.guess(withLink),
    sources: [sourceOf(best)],
    confident,
    kind: testimonial ? 'testimonial' : 'answer',
  };
}

/**
 * The passages the coach would quote for a question, in the order given: what `answerFromPassages` chooses
 * from, and what a model writing the answer should be shown (`minScore` as for answerFromPassages).
 */
export function quotablePassages<P extends KnowledgePassage>(question: string, passages: P[], minScore = ANSWER_SCORE): P[] {
  const quoted = new Set(quotesOf(question, passages, minScore, QUOTE_CHARS, WORDS.en).map((c) => c.passage));
  return passages.filter((p) => quoted.has(p));
}

/**
 * The passages that clearly answer a message that may not be a question at all ("workshop hours on
 * saturday" typed where a name was asked): a confident match, or a fair one whose quote holds CLEAR_FIT of
 * the message's words. A message that merely shares a word with a page is not taken for a question.
 */
export function clearAnswers<P extends KnowledgePassage>(question: string, passages: P[], minScore = ANSWER_SCORE): P[] {
  // Put as a question after all ("my son is 6, do you have a bike small enough"): answered as one.
  if (QUESTION_SHAPE.test(fold(question))) return quotablePassages(question, passages, minScore);
  const clear = new Set(quotesOf(question, passages, minScore, QUOTE_CHARS, WORDS.en)
    .filter((c) => c.passage.score >= CONFIDENT_SCORE || c.fit >= CLEAR_FIT).map((c) => c.passage));
  return passages.filter((p) => clear.has(p));
}

/**
 * A question mark, or an auxiliary before a person ("do i have to pay", "can she rent", "is there"), or
 * before any subject where a clause opens (", does the price…"), or "how"/"what"/"where" asking: a message
 * of this shape asks something, whatever else it says. "I have the meal plan" has none.
 */
const AUXILIARY = String.raw`(?:can|could|do|does|did|is|are|will|would|should|shall|may|have|has|must)(?:n'?t)?`;
const QUESTION_SHAPE = new RegExp(String.raw`\?|\b${AUXILIARY} (?:i|we|you|he|she|they|there)\b|(?:^|[,.;:!] |\b(?:and|but|so|or) )${AUXILIARY} (?:it|my|our|your|the|this|that)\b|` +
  String.raw`\b(?:how|what|where|which|why|who|whats|wat)\b`, 'u');

function quotesOf(question: string, passages: KnowledgePassage[], minScore: number, maxChars: number, words: (typeof WORDS)['en']) {
  const floor = minScore === 0 ? 0 : Math.min(minScore, FAIR_SCORE);
  const storiesWanted = asksForExperience(question);
  const asked = contentStems(question);
  return passages.filter((p) => p.category !== 'brand_voice' && p.score >= floor).slice(0, CANDIDATES)
    .flatMap((passage) => {
      const testimonial = testimonialOf(passage, question, Math.round(maxChars * STORY_SHARE));
      // A page of customers' stories holding none (its introduction) answers nothing.
      if (!testimonial && passage.category === 'testimonials') return [];
      // A customer's story answers how it went for them, never a question of fact ("how much is a day?").
      if (testimonial && minScore !== 0 && !storiesWanted) return [];
      const met = metWords(passage.met, question);
      const quote = testimonial ? words.said(testimonial.who ?? words.someone, testimonial.quote) : extractAnswer(withHeading(passage), question, maxChars, met);
      const said = [...(passage.headings ?? []), testimonial?.quote ?? quote].join('\n');
      return [{ passage, testimonial, quote, said, stems: new Set(contentStems(said)), met, fit: answerFit(question, said, met), states: statesWhatIsAsked(question, said) }];
    })
    // A passage saying a word of the question in the asker's own words outweighs one saying it in others:
    // "one charge" beats a price list that the search met "charge" in through "price".
    .map((c, _, all) => {
      const own = new Set(asked.filter((stem) => all.some((o) => o !== c && holdsStem(o.stems, stem))));
      return { ...c, weighedFit: own.size ? answerFit(question, c.said, metWordsWithout(c.met, own)) : c.fit };
    })
    // A fair match of the whole section is quoted only when the quote itself says what was asked: "can you
    // help with my tax return?" shares "return" with a page on late returns, not its answer.
    .filter((c) => c.quote && (minScore === 0 || c.fit >= FAIR_FIT ||
      // A likely match still says some of what was asked: "how much is a taxi from the airport?" is not
      // answered by a page on deliveries that only says "the airport".
      (c.passage.score >= minScore && (c.passage.score >= CONFIDENT_SCORE || c.fit > ANSWER_FIT))));
}

/** How many of the best passages are weighed against each other. */
const CANDIDATES = 3;
/** A passage's search score, tempered by how much of the question its quote says. */
const weigh = (c: { passage: KnowledgePassage; weighedFit: number; states: boolean | null }) =>
  c.passage.score * (FIT_FLOOR + (1 - FIT_FLOOR) * c.weighedFit) * (c.states === false ? UNSTATED : 1);
/** "How much is…" answered without an amount, "what time…" without a time, weighs this much less. */
const UNSTATED = 0.6;
const FIT_FLOOR = 0.5;

/** A passage as a model should see it: its heading path, its text, and the page it is from. */
export function passageText(passage: Pick<KnowledgePassage, 'content' | 'headings' | 'metadata'>): string {
  const path = (passage.headings ?? []).join(' › ');
  const url = stringTag(passage.metadata?.url);
  return [path, passage.content, url ? `Read more: ${url}` : ''].filter(Boolean).join('\n\n');
}

function sourceOf(passage: KnowledgePassage): AnswerSource {
  const heading = passage.headings?.at(-1) ?? stringTag(passage.metadata?.heading);
  const title = stringTag(passage.metadata?.title);
  const url = stringTag(passage.metadata?.url);
  return {
    source: passage.source,
    ...(passage.chunk_index === undefined ? {} : { chunk_index: passage.chunk_index }),
    ...(heading ? { heading } : {}),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    score: passage.score,
  };
}

const stringTag = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The passage's own heading as a Markdown heading: it tells the extractor what the text answers, and is never quoted. */
const withHeading = (passage: KnowledgePassage) => {
  const heading = passage.headings?.at(-1);
  return heading ? `## ${heading}\n\n${passage.content}` : passage.content;
};

// --- Testimonials ------------------------------------------------------------------------------------------

interface Testimonial {
  quote: string;
  who?: string;
}

/** "— Dana, 41, Chicago", "– Priya and Sam", "~ Tom": a dash (not a hyphen inside a word) and a capitalised name. */
const ATTRIBUTION = /(?:^|\s)[—–~-]{1,2}\s*(\p{Lu}[^\n—–]{0,120})$/u;
const QUOTE_MARKS = /^[\s"“”„«»']+|[\s"“”„«»']+$/gu;
/** A paragraph that opens as quoted words: a blockquote or a quotation mark. */
const QUOTED = /^\s*(?:>|["“«„])/u;

/**
 * The testimonial a passage holds that best fits the question, when the passage is one (category
 * testimonials) or is made of quoted words with a "— Name" attribution: each paragraph is one person's words.
 */
function testimonialOf(passage: KnowledgePassage, question: string, maxChars: number): Testimonial | null {
  const paragraphs = passage.content.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const parsed = paragraphs.map(attributed);
  // "— Marisa, 38, Chicago" on a paragraph of its own names the words above it.
  parsed.forEach((p, i) => {
    const above = parsed[i - 1];
    if (!p.quote && p.who && above && above.quote && !above.who) above.who = p.who;
  });
  const isTestimonial = passage.category === 'testimonials' || parsed.some((p) => p.who !== undefined && /^\s*(?:>|["“«])/u.test(p.raw));
  if (!isTestimonial) return null;
  // Where some paragraphs are a customer's words (quoted, or signed "— Name"), the others are the owner's
  // ("We ask every customer for feedback…") and never quoted as a customer's; a page of plain paragraphs is
  // one customer's story only when it names them (its author or title tag).
  const told = parsed.filter((p) => p.quote && (p.who !== undefined || QUOTED.test(p.raw)));
  const named = stringTag(passage.metadata?.author) ?? stringTag(passage.metadata?.title);
  const pool = told.length ? told : named ? parsed.filter((p) => p.quote) : [];
  const wanted = new Set(contentStems(question));
  const fit = (t: { quote: string; who?: string }) => contentStems(`${t.quote} ${t.who ?? ''}`).filter((s) => wanted.has(s)).length;
  const chosen = pool.reduce<(typeof parsed)[number] | null>((a, b) => (a === null || fit(b) > fit(a) ? b : a), null);
  if (!chosen) return null;
  const who = chosen.who ?? stringTag(passage.metadata?.author) ?? (passage.category === 'testimonials' ? stringTag(passage.metadata?.title) : undefined);
  return { quote: cutAtSentence(chosen.quote, maxChars), who: who?.replace(/[.,;:]+$/u, '') };
}

function attributed(paragraph: string): { raw: string; quote: string; who?: string | undefined } {
  // A blockquote's ">" markers go; its last line may be the attribution.
  const text = paragraph.split('\n').map((line) => line.replace(/^\s*>\s?/u, '').trim()).filter(Boolean).join('\n');
  const found = ATTRIBUTION.exec(text);
  const body = found ? text.slice(0, found.index) : text;
  const quote = body.replace(/\s+/gu, ' ').replace(QUOTE_MARKS, '').trim();
  return { raw: paragraph, quote, ...(found ? { who: found[1]!.trim() } : {}) };
}

/** Whole when it fits; otherwise its first sentences up to the limit, and an ellipsis. */
function cutAtSentence(text: string, maxChars: number): string {
  if (Array.from(text).length <= maxChars) return text;
  let out = '';
  for (const sentence of splitSentences(text)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (Array.from(next).length > maxChars) break;
    out = next;
  }
  return out ? `${out} …` : `${Array.from(text).slice(0, maxChars).join('').replace(/\s+\S*$/u, '')} …`;
}
