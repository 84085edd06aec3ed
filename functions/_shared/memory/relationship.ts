/**
 * The tone that works for a visitor, inferred by rules from how they write and what they said, and updated
 * by each of their messages: `detail` from the length of the messages where they had room to write (free-text
 * answers and their own questions or worries; a name, an age or a button says nothing about it), `tone` from
 * what they ask for ("just tell me", "be honest": direct) and how they sound ("I'm nervous", "I always fail",
 * having tried before: gentle). Either stays empty until it shows. The counts are kept with it, so every
 * turn adds to them instead of reading the whole conversation again.
 */
import type { Objection } from '../understanding/types.ts';
import type { RelationshipRow } from '../conversation/rows.ts';
import { signalsOf } from './signals.ts';

/** One visitor message as the inference reads it. */
export interface Reply {
  text: string;
  /** Whether they had room to write: a free-text answer, a question, an objection, a request for a person. */
  open: boolean;
  objection?: Objection | null;
  /** They asked for a person because the bot was not helping. */
  frustrated?: boolean;
}

const BRIEF_WORDS = 4;
const DETAILED_WORDS = 20;
const LONG_MESSAGE_WORDS = 40;

/** The relationship after this message, or null when the message tells nothing new (nothing to write). */
export function relationshipAfter(before: RelationshipRow | null, reply: Reply): RelationshipRow | null {
  const signals = signalsOf(reply.text);
  const evidence = { open: 0, words: 0, long: 0, direct: 0, gentle: 0, ...(before?.evidence ?? {}) };
  const next = { ...evidence };
  if (reply.open) {
    next.open += 1;
    next.words += signals.words;
    if (signals.words >= LONG_MESSAGE_WORDS) next.long += 1;
  }
  next.direct += Number(signals.direct) + Number(reply.frustrated === true);
  next.gentle += Number(signals.gentle) + Number(reply.objection === 'tried_before');
  if (Object.keys(next).every((key) => next[key as keyof typeof next] === evidence[key as keyof typeof evidence])) return null;
  return { tone: toneOf(next), detail: detailOf(next), evidence: next };
}

function detailOf(e: { open: number; words: number; long: number }): RelationshipRow['detail'] {
  const average = e.open ? e.words / e.open : 0;
  if (e.long > 0 || (e.open >= 1 && average >= DETAILED_WORDS)) return 'detailed';
  if (e.open >= 2 && average <= BRIEF_WORDS) return 'brief';
  return null;
}

function toneOf(e: { direct: number; gentle: number }): RelationshipRow['tone'] {
  if (e.direct > e.gentle) return 'direct';
  if (e.gentle > e.direct) return 'gentle';
  return null;
}

const TONE_GUIDE = {
  direct: 'This visitor wants straight answers: give the point first, plainly, without cushioning.',
  gentle: 'This visitor sounds unsure or worried: be warm and encouraging, never pushy.',
  brief: 'They write briefly: one or two short sentences.',
  detailed: 'They like detail: up to four sentences, with the specifics the passages give.',
} as const;

/** The relationship as one instruction for a model's prompt; null until a tone or a length has shown. */
export function toneGuide(relationship: Pick<RelationshipRow, 'tone' | 'detail'> | null): string | null {
  if (!relationship) return null;
  const lines = [relationship.tone ? TONE_GUIDE[relationship.tone] : '', relationship.detail ? TONE_GUIDE[relationship.detail] : ''];
  return lines.filter(Boolean).join(' ') || null;
}
