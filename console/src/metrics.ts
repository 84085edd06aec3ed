/**
 * How the bot runs, from the metrics views (bot_metrics_daily, function_latency_daily): conversations and
 * messages per day, and per function its calls, errors and refusals over the period with the response times
 * of its latest day (a median of several days' medians would be no median at all).
 */
export interface DailyMetricsRow {
  day: string;
  conversations: number;
  messages: number;
  model_calls: number;
  prompt_tokens: number;
  completion_tokens: number;
  errors: number;
}

export interface LatencyRow {
  day: string;
  function_name: string;
  calls: number;
  errors: number;
  refused: number;
  p50_ms: number | string;
  p95_ms: number | string;
}

export interface FunctionSummary {
  name: string;
  calls: number;
  errors: number;
  refused: number;
  /** The latest day with calls, and its median and 95th percentile in milliseconds. */
  day: string;
  p50: number;
  p95: number;
}

/** One value per day of `days` (quiet days are zero). */
export function perDay<T extends { day: string }>(days: string[], rows: T[], pick: (row: T) => number): number[] {
  return days.map((day) => rows.filter((row) => row.day === day).reduce((sum, row) => sum + pick(row), 0));
}

/** Per function, busiest first. */
export function functionSummaries(rows: LatencyRow[]): FunctionSummary[] {
  const byName = new Map<string, LatencyRow[]>();
  for (const row of rows) byName.set(row.function_name, [...(byName.get(row.function_name) ?? []), row]);
  return [...byName].map(([name, list]) => {
    const latest = [...list].sort((a, b) => b.day.localeCompare(a.day))[0]!;
    const sum = (pick: (row: LatencyRow) => number) => list.reduce((total, row) => total + pick(row), 0);
    return {
      name,
      calls: sum((r) => r.calls),
      errors: sum((r) => r.errors),
      refused: sum((r) => r.refused),
      day: latest.day,
      p50: Number(latest.p50_ms),
      p95: Number(latest.p95_ms),
    };
  }).sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));
}
