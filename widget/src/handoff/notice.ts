/**
 * What the panel says while a person is asked for, as a pure decision: how long a reply usually takes,
 * that the team is away (and when it is back), that no one answered in time, or thanks for the contact
 * details left. The view (view.ts) draws it; the tests read it without a DOM.
 */
import type { Message } from '../model.ts';

/**
 * none: nothing to say (the bot holds the chat, or the team has answered: they are talking now) · wait: a reply usually comes
 * within the bot's wait · away: outside the team's hours, contact details asked for at once · late: the wait
 * is over with no reply, contact details asked for · thanks: contact details were left.
 */
export type Notice = 'none' | 'wait' | 'away' | 'late' | 'thanks';

export interface NoticeState {
  /** A person holds the conversation. */
  held: boolean;
  messages: readonly Message[];
  /** The visitor left an email or a phone number during this handoff. */
  contactLeft: boolean;
  /** The team is at work now (coach hours). */
  available: boolean;
  /** The bot's wait has passed since the visitor asked. */
  waited: boolean;
}

/** Has someone from the team written since the bot last spoke (the bot's last words handed the chat over)? */
export function teamAnswered(messages: readonly Message[]): boolean {
  for (let i = messages.length - 1; i >= 0; i--) {
    const sender = messages[i]!.sender;
    if (sender === 'human_coach') return true;
    if (sender === 'ai') return false;
  }
  return false;
}

export function noticeFor({ held, messages, contactLeft, available, waited }: NoticeState): Notice {
  if (!held || teamAnswered(messages)) return 'none';
  if (contactLeft) return 'thanks';
  if (!available) return 'away';
  return waited ? 'late' : 'wait';
}
