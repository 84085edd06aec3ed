/**
 * Which passages answer a visitor's question: one search of the bot's knowledge with the question's category
 * as a hint (it ranks that category first and hides nothing), the brand-voice guide left out (it tells the
 * model how to speak; it is never an answer). A question the conversation reads as asking for testimonials
 * ("what do other customers say?") gets the best-fitting testimonials even when its words match none of
 * theirs: any customer's story answers it.
 *
 * The search itself is injected (the store's rag_search in the functions, an RPC client in benchmarks), so
 * this stays free of I/O. `minScore` is what the answer composer should require of the passages. The question's
 * own words can ask for stories too ("what do people say about the tours?"), whatever the conversation read.
 */
import { ANSWER_SCORE, FAIR_SCORE, type KnowledgePassage, quotablePassages } from './answer.ts';
import { asksForExperience, asksForStories } from './stories.ts';

export { asksForStories };

export interface SearchArgs {
  query: string;
  category?: string | null;
  preferCategory?: string | null;
  filters?: Record<string, unknown>;
  minScore?: number;
  topK?: number;
}

export type KnowledgeSearch<P extends KnowledgePassage = KnowledgePassage> = (args: SearchArgs) => Promise<P[]>;
/** A few passages of one category in document order, whatever their words (score 0). */
export type KnowledgeSample<P extends KnowledgePassage = KnowledgePassage> = (args: { category: string; limit: number }) => Promise<P[]>;

export interface FoundPassages<P extends KnowledgePassage = KnowledgePassage> {
  passages: P[];
  /** The score the composer should require: 0 when the passages were chosen for what they are, not their words. */
  minScore: number;
}

export async function passagesFor<P extends KnowledgePassage>(
  search: KnowledgeSearch<P>,
  question: string,
  hint: string | null,
  sample?: KnowledgeSample<P>,
  minScore = ANSWER_SCORE,
): Promise<FoundPassages<P>> {
  const wantsStories = hint === 'testimonials' || asksForStories(question);
  // Fair matches come too: the composer quotes them only when the quote says what was asked (answer.ts).
  // A customer's story answers no question of fact (answer.ts), so it takes no place from a passage that may.
  const anyStory = wantsStories || asksForExperience(question);
  const found = (await search({ query: question, preferCategory: wantsStories ? 'testimonials' : hint, topK: 5, minScore: Math.min(minScore, FAIR_SCORE) }))
    .filter((p) => p.category !== 'brand_voice' && (anyStory || p.category !== 'testimonials')).slice(0, 3);
  // A model writing the answer sees only what the coach would quote without one.
  if (!wantsStories) return { passages: quotablePassages(question, found, minScore), minScore };
  // Any customer's story answers "what do others say?", whatever words it shares with the question.
  const told = found.filter((p) => p.category === 'testimonials');
  if (told.length) return { passages: told, minScore: 0 };
  let stories = await search({ query: question, category: 'testimonials', topK: 3, minScore: 0 });
  if (!stories.length && sample) stories = await sample({ category: 'testimonials', limit: 3 });
  return stories.length ? { passages: stories, minScore: 0 } : { passages: found, minScore };
}
