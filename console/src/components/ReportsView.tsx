/**
 * Reports as pictures, from the report views: the funnel with the drop-off at each step, objections, plan
 * conversions per day, conversations and messages per day, response times and errors per function, and
 * model usage, tokens and cost per day (the last 30 days).
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Db } from '../client.ts';
import { fieldTitle, loadFields } from '../fields.ts';
import { percent, usd } from '../format.ts';
import { dayRange, funnelSteps, type FunnelStep } from '../funnel.ts';
import { type DailyMetricsRow, type FunctionSummary, functionSummaries, type LatencyRow, perDay } from '../metrics.ts';
import type { Bot } from '../types.ts';
import { DailyChart, HBarChart } from './Charts.tsx';

interface Report {
  funnel: FunnelStep[];
  objections: { objection: string; visitors: number; still_got_a_plan: number }[];
  days: string[];
  shown: number[];
  clicked: number[];
  cost: number[];
  calls: number[];
  priced: boolean;
  conversations: number[];
  messages: number[];
  tokens: number;
  functions: FunctionSummary[];
}

const DAYS = 30;

async function loadReport(db: Db, botId: string): Promise<Report> {
  const days = dayRange(new Date(), DAYS);
  const since = days[0]!;
  const [fields, summary, dropoff, objections, plans, usage, metrics, latency] = await Promise.all([
    loadFields(db, botId),
    db.from('funnel_summary').select('*').eq('bot_id', botId).maybeSingle(),
    db.from('step_dropoff').select('position, field, answered').eq('bot_id', botId),
    db.from('objections_summary').select('objection, visitors, still_got_a_plan').eq('bot_id', botId).order('visitors', { ascending: false }),
    db.from('plan_conversions_daily').select('day, shown, clicked').eq('bot_id', botId).gte('day', since),
    db.from('llm_usage_daily').select('day, calls, cost_usd').eq('bot_id', botId).gte('day', since),
    db.from('bot_metrics_daily').select('day, conversations, messages, model_calls, prompt_tokens, completion_tokens, errors').eq('bot_id', botId).gte('day', since),
    db.from('function_latency_daily').select('day, function_name, calls, errors, refused, p50_ms, p95_ms').eq('bot_id', botId).gte('day', since),
  ]);
  const failed = [summary, dropoff, objections, plans, usage, metrics, latency].find((r) => r.error)?.error;
  if (failed) throw new Error(failed.message);
  const usageRows = (usage.data ?? []) as { day: string; calls: number; cost_usd: number | null }[];
  const planRows = (plans.data ?? []) as { day: string; shown: number; clicked: number }[];
  const metricRows = (metrics.data ?? []) as DailyMetricsRow[];
  return {
    // Each question is named by its field's label, as the owner wrote it in bot_fields.
    funnel: funnelSteps({ summary: summary.data, steps: dropoff.data ?? [] }, (key) => {
      const field = fields.find((f) => f.key === key);
      return field ? fieldTitle(field) : key;
    }),
    objections: (objections.data ?? []) as Report['objections'],
    days,
    shown: perDay(days, planRows, (r) => r.shown),
    clicked: perDay(days, planRows, (r) => r.clicked),
    calls: perDay(days, usageRows, (r) => r.calls),
    cost: perDay(days, usageRows, (r) => Number(r.cost_usd ?? 0)),
    priced: usageRows.every((r) => r.cost_usd !== null),
    conversations: perDay(days, metricRows, (r) => r.conversations),
    messages: perDay(days, metricRows, (r) => r.messages),
    tokens: metricRows.reduce((sum, r) => sum + Number(r.prompt_tokens) + Number(r.completion_tokens), 0),
    functions: functionSummaries((latency.data ?? []) as LatencyRow[]),
  };
}

export function ReportsView({ db, bots }: { db: Db; bots: Bot[] }) {
  const botId = useSignal(bots[0]?.id ?? '');
  const report = useSignal<Report | null>(null);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    if (!botId.value) return;
    report.value = null;
    loadReport(db, botId.value).then((r) => (report.value = r), (e: Error) => (error.value = `Could not load the reports: ${e.message}`));
  }, [botId.value]);

  const r = report.value;
  const top = r?.funnel[0]?.visitors ?? 0;
  return (
    <main id="main" class="reports">
      <h1>Reports</h1>
      {bots.length > 1 && (
        <label>
          Bot
          <select value={botId} onChange={(e) => (botId.value = e.currentTarget.value)}>
            {bots.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
      )}
      {error.value && <p role="alert" class="error">{error}</p>}
      {!r && !error.value && <p>Loading…</p>}
      {r && (
        <>
          <section aria-labelledby="funnel-title">
            <h2 id="funnel-title">Funnel: where visitors leave</h2>
            <p class="muted">Visitors reaching each step since the bot went live; beside each bar, how many the step before lost.</p>
            <HBarChart title="Funnel" bars={r.funnel.map((s, i) => ({ label: s.label, value: s.visitors, note: i === 0 ? undefined : s.dropped ? `−${s.dropped} (${Math.round(s.dropRate * 100)}%)` : 'no loss' }))} />
            <p>{r.funnel.at(-1)!.visitors} of {top} visitors who opened the chat clicked a plan button ({percent(r.funnel.at(-1)!.visitors, top)}).</p>
          </section>
          <section aria-labelledby="objections-title">
            <h2 id="objections-title">Objections</h2>
            {r.objections.length
              ? <HBarChart title="Objections raised" bars={r.objections.map((o) => ({ label: o.objection.replace('_', ' '), value: o.visitors, note: `${o.still_got_a_plan} still got a plan` }))} />
              : <p class="muted">No objections yet.</p>}
          </section>
          <section aria-labelledby="plans-title">
            <h2 id="plans-title">Plans recommended and clicked, per day</h2>
            <DailyChart title="Plans recommended and clicked per day" days={r.days} series={[{ name: 'recommended', values: r.shown }, { name: 'clicked', values: r.clicked }]} />
          </section>
          <section aria-labelledby="activity-title">
            <h2 id="activity-title">Conversations and messages, per day</h2>
            <DailyChart title="Conversations and messages per day" days={r.days} series={[{ name: 'conversations', values: r.conversations }, { name: 'messages', values: r.messages }]} />
          </section>
          <section aria-labelledby="latency-title">
            <h2 id="latency-title">Response times and errors</h2>
            {r.functions.length
              ? (
                <div class="table-wrap">
                  <table>
                    <caption class="muted">Calls, errors and refusals in the last {DAYS} days; response times on the latest day with calls.</caption>
                    <thead><tr><th scope="col">Function</th><th scope="col">Calls</th><th scope="col">Errors</th><th scope="col">Refused</th><th scope="col">Median</th><th scope="col">95th percentile</th><th scope="col">Day</th></tr></thead>
                    <tbody>
                      {r.functions.map((f) => (
                        <tr key={f.name}><th scope="row">{f.name}</th><td>{f.calls}</td><td>{f.errors}</td><td>{f.refused}</td><td>{f.p50} ms</td><td>{f.p95} ms</td><td>{f.day}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )
              : <p class="muted">No calls recorded yet.</p>}
          </section>
          <section aria-labelledby="usage-title">
            <h2 id="usage-title">Model usage and cost, per day</h2>
            <p class="muted">
              {r.calls.reduce((a, b) => a + b, 0)} model calls, {r.tokens.toLocaleString()} tokens, about {usd(r.cost.reduce((a, b) => a + b, 0))} in the last {DAYS} days
              {r.priced ? '' : ' (some days use a model without a price in llm_prices; add your own there)'}. Without an OpenAI key the bot uses no model and costs nothing.
            </p>
            <DailyChart title="Model cost per day in US dollars" days={r.days} series={[{ name: 'cost', values: r.cost }]} format={usd} />
          </section>
        </>
      )}
    </main>
  );
}
