/**
 * The bot's own wording around knowledge answers, for the path without a language model: a first sentence
 * for each objection, what happens on a handoff, the honest "I don't know", and the way back to the pending
 * question. The words are the bot's texts (words.ts). No medical advice, ever: high-stakes messages get a
 * person and a pointer to their doctor, not a recommendation.
 */
import type { HandoffReason, Objection } from './types.ts';
import type { Words } from './words.ts';

/** The empathetic sentence said before the knowledge passage that answers an objection. */
export const objectionLead = (words: Words, objection: Objection): string => words.say(`objection.${objection}`);

/** What the knowledge base is searched for when the visitor's own words do not find an answer. */
export const objectionQuery = (words: Words, objection: Objection): string => words.say(`objection.${objection}.query`);

/**
 * What the visitor is told when the conversation is handed to a human: why, then what happens next (the bot's
 * hand-off text). `urgent` (self-harm, chest pain) puts emergency help first.
 */
export function handoffReply(words: Words, reason: HandoffReason, options: { urgent?: boolean } = {}): string {
  const lead = words.say(`handoff.${reason}`);
  const next = words.say('handoff');
  return [options.urgent ? words.say('handoff.urgent') : '', lead, next].filter(Boolean).join(' ');
}

/** When the knowledge base has nothing relevant: say so and offer a person, never invent. */
export const noAnswerReply = (words: Words): string => words.say('no_answer');

/** Leads back to the question still pending after a side question or an objection. */
export function resumeLine(words: Words, pendingPrompt: string): string {
  const prompt = pendingPrompt.trim();
  return prompt === '' ? '' : words.say('resume', { prompt });
}
