/**
 * The lead list: filtering and searching the `customers` view's rows, and the CSV the owner exports (the
 * rows as filtered, every column a follow-up needs).
 */
import { type Cell, toCsv } from './csv.ts';
import type { LeadRow } from './types.ts';

export type LeadFilter = 'all' | 'contact' | 'handoff' | 'plan' | 'dropped';

export const FILTERS: Record<LeadFilter, { label: string; test: (lead: LeadRow) => boolean }> = {
  all: { label: 'All leads', test: () => true },
  contact: { label: 'Left contact details', test: (l) => !!(l.email || l.phone) },
  handoff: { label: 'Asked for a human', test: (l) => l.status === 'handoff' || !!l.handoff_reason },
  plan: { label: 'Got a plan', test: (l) => !!l.recommended_plan },
  dropped: { label: 'Left before a plan', test: (l) => !l.recommended_plan && l.status !== 'handoff' },
};

export function filterLeads(leads: LeadRow[], filter: LeadFilter, search: string): LeadRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return leads.filter((lead) => {
    if (!FILTERS[filter].test(lead)) return false;
    const haystack = [lead.name, lead.email, lead.phone, lead.recommended_plan, lead.objection, lead.primary_goal].filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

const COLUMNS: [string, (l: LeadRow, botName: string) => Cell][] = [
  ['name', (l) => l.name],
  ['email', (l) => l.email],
  ['phone', (l) => l.phone],
  ['contact_consent_at', (l) => l.contact_consent_at],
  ['status', (l) => l.status],
  ['recommended_plan', (l) => l.recommended_plan],
  ['objection', (l) => l.objection],
  ['primary_goal', (l) => l.primary_goal],
  ['recomp_focus', (l) => l.recomp_focus],
  ['age', (l) => l.age],
  ['gender', (l) => l.gender],
  ['eating_habits', (l) => l.eating_habits],
  ['emotional_why', (l) => l.emotional_why],
  ['support_level', (l) => l.support_level],
  ['cooking_preference', (l) => (l.cooking_preference === null ? null : l.cooking_preference ? 'yes' : 'no')],
  ['waiting_on_question', (l) => l.pending_field],
  ['handoff_reason', (l) => l.handoff_reason],
  ['messages', (l) => l.message_count],
  ['last_seen', (l) => l.last_seen],
  ['first_contact', (l) => l.created_at],
  ['bot', (_, bot) => bot],
  ['visitor_id', (l) => l.visitor_id],
  ['conversation_id', (l) => l.conversation_id],
];

export function leadsCsv(leads: LeadRow[], botName: (botId: string) => string): string {
  return toCsv(COLUMNS.map(([name]) => name), leads.map((lead) => COLUMNS.map(([, get]) => get(lead, botName(lead.bot_id)))));
}
