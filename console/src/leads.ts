/**
 * The lead list: filtering and searching the `customers` view's rows, and the CSV the owner exports (the
 * rows as filtered, every column a follow-up needs, and one per field of the bots they came through).
 */
import { type Cell, toCsv } from './csv.ts';
import { answerOf, answerText, type BotField, fieldsOf } from './fields.ts';
import type { LeadRow } from './types.ts';

export type LeadFilter = 'all' | 'contact' | 'handoff' | 'plan' | 'dropped';

export const FILTERS: Record<LeadFilter, { label: string; test: (lead: LeadRow) => boolean }> = {
  all: { label: 'All leads', test: () => true },
  contact: { label: 'Left contact details', test: (l) => !!(l.email || l.phone) },
  handoff: { label: 'Asked for a human', test: (l) => l.status === 'handoff' || !!l.handoff_reason },
  plan: { label: 'Got a plan', test: (l) => !!l.recommended_plan },
  dropped: { label: 'Left before a plan', test: (l) => !l.recommended_plan && l.status !== 'handoff' },
};

/** A lead's answers to their bot's fields, as they read: `[field, text]` in question order, unanswered left out. */
export function answersOfLead(lead: LeadRow, fields: BotField[]): [BotField, string][] {
  return fieldsOf(fields, lead.bot_id)
    .map((field): [BotField, unknown] => [field, answerOf(lead, field.key)])
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => [field, answerText(field, value)]);
}

export function filterLeads(leads: LeadRow[], filter: LeadFilter, search: string, fields: BotField[] = []): LeadRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return leads.filter((lead) => {
    if (!FILTERS[filter].test(lead)) return false;
    const answers = answersOfLead(lead, fields).map(([, text]) => text);
    const haystack = [lead.name, lead.email, lead.phone, lead.recommended_plan, lead.objection, ...answers].filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

type Column = [string, (l: LeadRow, botName: string) => Cell];

const FIRST: Column[] = [
  ['name', (l) => l.name],
  ['email', (l) => l.email],
  ['phone', (l) => l.phone],
  ['contact_consent_at', (l) => l.contact_consent_at],
  ['status', (l) => l.status],
  ['recommended_plan', (l) => l.recommended_plan],
  ['objection', (l) => l.objection],
];

const LAST: Column[] = [
  ['waiting_on_question', (l) => l.pending_field],
  ['handoff_reason', (l) => l.handoff_reason],
  ['messages', (l) => l.message_count],
  ['last_seen', (l) => l.last_seen],
  ['first_contact', (l) => l.created_at],
  ['bot', (_, bot) => bot],
  ['visitor_id', (l) => l.visitor_id],
  ['conversation_id', (l) => l.conversation_id],
];

/**
 * The leads as CSV: contact and outcome first, then one column per field (headed by its key) of the bots these
 * leads came through, holding the answer as the visitor saw it (a choice by its label), then the bookkeeping.
 */
export function leadsCsv(leads: LeadRow[], botName: (botId: string) => string, fields: BotField[] = []): string {
  const taken = new Set([...FIRST, ...LAST].map(([name]) => name));
  const bots = new Set(leads.map((lead) => lead.bot_id));
  const keys = [...new Set(fields.filter((f) => bots.has(f.bot_id)).map((f) => f.key))].filter((key) => !taken.has(key));
  const answer = (key: string): Column => [key, (lead) => {
    const field = fields.find((f) => f.bot_id === lead.bot_id && f.key === key);
    return field ? answerText(field, answerOf(lead, key)) || null : null;
  }];
  const columns = [...FIRST, ...keys.map(answer), ...LAST];
  return toCsv(columns.map(([name]) => name), leads.map((lead) => columns.map(([, get]) => get(lead, botName(lead.bot_id)))));
}
