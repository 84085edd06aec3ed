/**
 * The chat function's answer to the widget (ChatResponse in contracts.ts), from a turn's outcome: the bot's
 * replies, the question now pending as an input control, the plan card when one was shown, the status.
 */
import type { ChatMessage, ChatResponse, PlanCard } from '../_shared/contracts.ts';
import { toPrompt } from '../_shared/conversation/steps.ts';
import type { TurnOutcome } from '../_shared/conversation/runner.ts';
import type { MessageRow } from '../_shared/rpcs.ts';

export function chatResponse(outcome: TurnOutcome, visitorToken: string, withHistory: boolean): ChatResponse {
  const { bot, conversation, replies } = outcome;
  // While a person holds the conversation the bot asks nothing, so the widget offers no quick replies; nor in
  // one a coach closed (the visitor's next message starts a new conversation).
  const pending = conversation.status !== 'active'
    ? null
    : bot.steps.find((step) => step.field === conversation.pending_field) ?? null;
  const transcript = [...(outcome.history ?? []), ...replies];
  const plan = [...transcript].reverse().map(planOf).find(Boolean) ?? null;
  return {
    visitor_token: visitorToken,
    bot: { name: bot.config.name, theme: bot.config.theme },
    conversation_id: conversation.id,
    messages: replies.map(toChatMessage),
    ...(withHistory ? { history: (outcome.history ?? []).map(toChatMessage) } : {}),
    prompt: pending ? toPrompt(pending) : null,
    plan,
    status: conversation.status === 'closed' ? 'active' : conversation.status,
  };
}

function planOf(message: MessageRow): PlanCard | undefined {
  return (message.metadata.plan as PlanCard | undefined) ?? undefined;
}

function toChatMessage(message: MessageRow): ChatMessage {
  const plan = planOf(message);
  const author = authorOf(message);
  return {
    id: message.id,
    sender_type: message.sender_type,
    content: message.content,
    created_at: message.created_at,
    ...(plan ? { plan } : {}),
    ...(author ? { author } : {}),
  };
}

/** A coach's reply is signed (reply_as_coach puts their name and picture in metadata.coach); never their id. */
function authorOf(message: MessageRow): ChatMessage['author'] | undefined {
  const coach = message.metadata.coach as { name?: unknown; avatar_url?: unknown } | undefined;
  if (message.sender_type !== 'human_coach' || typeof coach?.name !== 'string') return undefined;
  return { name: coach.name, avatar_url: typeof coach.avatar_url === 'string' ? coach.avatar_url : null };
}
