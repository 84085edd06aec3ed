/**
 * What the bot remembers of a visitor, as the coach reads it beside the transcript: this conversation's
 * summary (or the last one's, while this one is still going), the insights still true of them, and the tone
 * that works for them. Pure, so the wording is tested without a browser.
 */
import type { InsightRow, RelationshipRow, SummaryRow } from './types.ts';

/** A key as a heading: `past_worry` → "Past worry". */
const label = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');

export interface MemoryItem {
  term: string;
  detail: string;
}

/** The facts of a summary worth a line each; empty ones are left out. */
export function summaryItems(summary: SummaryRow): MemoryItem[] {
  const plans = [summary.plan_shown, summary.plan_alternative].filter(Boolean).join(' or ');
  const items: [string, string][] = [
    ['Asked about', summary.topics.join(', ')],
    ['Objections', summary.objections.map((o) => o.replace(/_/g, ' ')).join(', ')],
    ['Plan shown', plans],
    ['Went for', summary.plan_chosen ?? ''],
    ['Still open', summary.open_questions.map((q) => `“${q}”`).join(' ')],
  ];
  return items.filter(([, detail]) => detail !== '').map(([term, detail]) => ({ term, detail }));
}

const KIND = { goal: 'Goal', blocker: 'Blocker', objection: 'Objection', breakthrough: 'Breakthrough' } as const;
const ORDER = ['goal', 'blocker', 'objection', 'breakthrough'] as const;

/** Active insights, goals first: "Goal (Primary goal): Lose fat". */
export function insightItems(insights: InsightRow[]): MemoryItem[] {
  return insights
    .filter((i) => i.active)
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.updated_at.localeCompare(b.updated_at))
    .map((i) => {
      const about = label(i.key.replace(/^past_/, 'past '));
      return { term: KIND[i.kind], detail: i.value ? `${about}: ${i.value}` : about };
    });
}

/** "Direct, brief" or null while nothing has shown. */
export function toneText(relationship: RelationshipRow | null): string | null {
  const parts = [relationship?.tone, relationship?.detail].filter(Boolean) as string[];
  return parts.length ? label(parts.join(', ')) : null;
}
