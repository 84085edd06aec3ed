/**
 * The funnel chart's steps from the report views: visitors who opened the chat, answered each guided question
 * (in the bot's order), saw a plan and clicked its button, each with how many were lost since the step before.
 */
export interface FunnelStep {
  label: string;
  visitors: number;
  /** Visitors lost since the previous step (0 for the first). */
  dropped: number;
  /** Of the previous step's visitors, the share lost (0..1). */
  dropRate: number;
}

export interface FunnelInput {
  summary: { opened: number; started: number; plan_shown: number; cta_clicked: number } | null;
  steps: { position: number; field: string; answered: number; prompt?: string | null }[];
}

export function funnelSteps({ summary, steps }: FunnelInput, labelOf: (field: string) => string = (f) => f): FunnelStep[] {
  const raw: [string, number][] = [
    // A visitor who chatted opened the chat, even if the open event never arrived (an ad blocker, a crash).
    ['Opened the chat', Math.max(summary?.opened ?? 0, summary?.started ?? 0)],
    ...[...steps].sort((a, b) => a.position - b.position).map((s) => [labelOf(s.field), s.answered] as [string, number]),
    ['Saw a plan', summary?.plan_shown ?? 0],
    ['Clicked the plan button', summary?.cta_clicked ?? 0],
  ];
  return raw.map(([label, visitors], i) => {
    const before = i === 0 ? visitors : raw[i - 1]![1];
    const dropped = Math.max(0, before - visitors);
    return { label, visitors, dropped, dropRate: before > 0 ? dropped / before : 0 };
  });
}

/** Days from `from` to `to` (inclusive) as YYYY-MM-DD, so a chart shows quiet days as zero, not as gaps. */
export function dayRange(to: Date, days: number): string[] {
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}
