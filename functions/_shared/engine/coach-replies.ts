/**
 * The coach's own wording around knowledge answers, for the path without a language model: a first sentence
 * for each objection, what happens on a handoff, the honest "I don't know", and the way back to the pending
 * question. Deterministic like replies.ts; plain text. No medical advice, ever: high-stakes messages get a
 * person and a pointer to their doctor, not a recommendation.
 */
import type { HandoffReason, Objection } from './types.ts';

const OBJECTION_LEADS: Record<Objection, string> = {
  price: 'Totally fair to think about cost.',
  time: 'Completely understand — most people who come to us are short on time.',
  doubt: "It's healthy to be a little skeptical — you should know what you're signing up for.",
  tried_before: "I hear you — a lot of people come to us after trying diet after diet, so you're not alone.",
};

/** The empathetic sentence said before the knowledge passage that answers an objection. */
export const objectionLead = (objection: Objection): string => OBJECTION_LEADS[objection];

const HANDOFF_LEADS: Record<HandoffReason, string> = {
  asked_for_human: "Of course — I'm bringing in a human coach.",
  frustration: "Sorry this hasn't been helpful — I'm bringing in a human coach to take it from here.",
  high_stakes:
    "Thank you for telling me — that's important, and it deserves a real person rather than an automated reply. I'm bringing in a human coach, and please also talk to your doctor before changing how you eat.",
};

const URGENT_LINE =
  "If you're in danger right now or might hurt yourself, please call your local emergency number or a crisis line straight away.";

/** Said when no handoff message is configured: what happens next, in the bot's chat. */
export const DEFAULT_HANDOFF_MESSAGE = 'A coach from our team will reply right here in this chat as soon as possible.';

/**
 * What the visitor is told when the conversation is handed to a human: why, then what happens next (the bot's
 * configured handoff message). `urgent` (self-harm, chest pain) puts emergency help first.
 */
export function handoffReply(reason: HandoffReason, handoffMessage: string, options: { urgent?: boolean } = {}): string {
  const next = handoffMessage.trim() || DEFAULT_HANDOFF_MESSAGE;
  const lead = HANDOFF_LEADS[reason];
  return options.urgent ? `${URGENT_LINE} ${lead} ${next}` : `${lead} ${next}`;
}

/** When the knowledge base has nothing relevant: say so and offer a person, never invent. */
export const noAnswerReply = (): string =>
  "I don't have a good answer to that one — I can bring in a human coach if you like.";

/** Leads back to the question still pending after a side question or an objection. */
export function resumeLine(pendingPrompt: string): string {
  const prompt = pendingPrompt.trim();
  return prompt === '' ? '' : `Back to where we were: ${prompt}`;
}
