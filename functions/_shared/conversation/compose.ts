/**
 * The second pure step of a turn that needed knowledge: each of the decision's look-ups came back with passages
 * (and, when a model is configured and within budget, an answer it wrote from them); this puts the answers
 * where the decision said, in the bot's words when nothing fits. Either way each question gets exactly one answer.
 */
import { answerFromPassages, type KnowledgePassage } from '../knowledge/answer.ts';
import type { Bot } from './bot.ts';
import type { Decision, Lookup } from './decide.ts';

/** One knowledge chunk a look-up found. */
export interface Passage extends KnowledgePassage {
  chunk_index: number;
}

export interface Found {
  passages: Passage[];
  /** The score a passage needs to be quoted (0 when the look-up chose passages for what they are). */
  minScore?: number;
  /** The model's answer written from the passages, with its token usage; absent without a model. */
  written?: { text: string; usage: Record<string, unknown> } | null;
}

/** Puts the answers of the decision's look-ups, found in that order, into one bubble said before the rest. */
export function compose(bot: Bot, decision: Decision, found: Found[]): Decision {
  const { lookups = [], ...rest } = decision;
  if (lookups.length === 0) return decision;
  const answers = lookups.map((lookup, i) => answerOf(bot, lookup, found[i] ?? { passages: [] }));
  const [only] = lookups;
  if (lookups.length === 1 && only!.otherwise && !answers[0]!.answered) return { ...rest, say: [only!.otherwise, ...rest.say] };
  // The way back starts its own paragraph, so each answer reads as one thought and the question as the next.
  const content = [...answers.map((a) => a.text), lookups.at(-1)!.resume].filter(Boolean).join('\n\n');
  const sources = answers.flatMap((a) => a.metadata.sources as unknown[]);
  return { ...rest, say: [{ content, metadata: { ...answers[0]!.metadata, sources } }, ...rest.say] };
}

function answerOf(bot: Bot, lookup: Lookup, found: Found): { text: string; metadata: Record<string, unknown>; answered: boolean } {
  const { passages, written } = found;
  // Without a model: the sentences that answer, a testimonial as one, a fair fit as a guess (knowledge/answer.ts).
  const composed = written ? null : answerFromPassages(lookup.question, passages, {
    lang: bot.config.language === 'es' ? 'es' : 'en',
    minScore: found.minScore,
  });
  const answer = written?.text ?? (composed && composed.kind !== 'unknown' ? composed.text : '');
  const text = answer || bot.words.say('no_answer');
  // The passage quoted comes first among the sources, whatever its rank in the search.
  const [quoted] = composed?.sources ?? [];
  const first = quoted ? passages.find((p) => p.source === quoted.source && p.chunk_index === quoted.chunk_index) : undefined;
  const sources = first ? [first, ...passages.filter((p) => p !== first)] : passages;
  const metadata = {
    ...lookup.metadata,
    sources: sources.slice(0, 3).map((p) => ({ source: p.source, chunk_index: p.chunk_index, score: Math.round(p.score * 1000) / 1000 })),
    written_by: written ? 'model' : passages.length ? 'extract' : 'none',
    ...(written ? { usage: written.usage } : {}),
  };
  // A disclaimer follows an answer from the knowledge only: "I don't have a good answer" needs none.
  return { text: [lookup.lead, text, answer ? lookup.tail : ''].filter(Boolean).join(' '), metadata, answered: answer !== '' };
}
