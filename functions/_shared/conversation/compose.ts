/**
 * The second pure step of a turn that needed knowledge: the decision's look-up came back with passages (and,
 * when a model is configured and within budget, an answer it wrote from them); this puts the answer where the
 * decision said, in the bot's words when nothing fits. Either way the visitor gets exactly one answer.
 */
import { extractAnswer } from '../engine/passages.ts';
import type { Bot } from './bot.ts';
import type { Decision } from './decide.ts';

/** One knowledge chunk a look-up found. */
export interface Passage {
  content: string;
  source: string;
  chunk_index: number;
  score: number;
}

export interface Found {
  passages: Passage[];
  /** The model's answer written from the passages, with its token usage; absent without a model. */
  written?: { text: string; usage: Record<string, unknown> } | null;
}

export function compose(bot: Bot, decision: Decision, found: Found): Decision {
  const { lookup, ...rest } = decision;
  if (!lookup) return decision;
  const { passages, written } = found;
  const answer = written?.text ??
    (passages.length ? extractAnswer(passages[0]!.content, lookup.question) : '') ??
    '';
  const text = answer || bot.words.say('no_answer');
  const metadata = {
    ...lookup.metadata,
    sources: passages.slice(0, 3).map((p) => ({ source: p.source, chunk_index: p.chunk_index, score: Math.round(p.score * 1000) / 1000 })),
    written_by: written ? 'model' : passages.length ? 'extract' : 'none',
    ...(written ? { usage: written.usage } : {}),
  };
  const content = [lookup.lead, text].filter(Boolean).join(' ');
  return { ...rest, say: [{ content, metadata }, ...rest.say] };
}
