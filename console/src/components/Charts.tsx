/**
 * Hand-drawn SVG charts: a few rectangles and labels weigh nothing next to a charting library and print
 * crisply. Each chart is one `role="img"` with a text alternative that says what it shows, and the numbers
 * are written on the bars, so nothing depends on colour or hovering.
 */
export interface Bar {
  label: string;
  value: number;
  /** Shown after the value, e.g. "−40% since the step before". */
  note?: string;
}

const COLORS = { bar: '#0f766e', second: '#b45309', grid: '#d6dbe1', text: '#1f2933', muted: '#52606d' };

export function HBarChart({ title, bars, format = String }: { title: string; bars: Bar[]; format?: (n: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 30;
  const labelWidth = 230;
  const width = 720;
  const plot = width - labelWidth - 150;
  const height = bars.length * row + 8;
  const summary = bars.map((b) => `${b.label}: ${format(b.value)}${b.note ? ` (${b.note})` : ''}`).join('; ');
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary || 'No data yet.'}`}>
      {bars.map((b, i) => {
        const y = i * row + 4;
        const w = Math.max(2, (b.value / max) * plot);
        return (
          <g key={b.label}>
            <text x={labelWidth - 8} y={y + 17} text-anchor="end" fill={COLORS.text} font-size="13">{b.label}</text>
            <rect x={labelWidth} y={y + 3} width={w} height={row - 10} rx="3" fill={COLORS.bar} />
            <text x={labelWidth + w + 6} y={y + 17} fill={COLORS.text} font-size="13" font-weight="600">{format(b.value)}</text>
            {b.note && <text x={labelWidth + w + 6 + format(b.value).length * 8 + 8} y={y + 17} fill={COLORS.muted} font-size="12">{b.note}</text>}
          </g>
        );
      })}
    </svg>
  );
}

export interface Series {
  name: string;
  values: number[];
}

/** Vertical bars per day, one or two series side by side, with the days under them. */
export function DailyChart({ title, days, series, format = String }: { title: string; days: string[]; series: Series[]; format?: (n: number) => string }) {
  const width = 720;
  const height = 200;
  const left = 48;
  const bottom = 24;
  const plotH = height - bottom - 12;
  const peak = Math.max(0, ...series.flatMap((s) => s.values));
  // An empty period still draws its axis; the scale then runs to 1.
  const max = peak || 1;
  const slot = (width - left) / Math.max(1, days.length);
  const barW = Math.max(2, (slot - 4) / series.length);
  const totals = series.map((s) => `${s.name}: ${format(s.values.reduce((a, b) => a + b, 0))}`).join('; ');
  const colors = [COLORS.bar, COLORS.second];
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}, ${days[0]} to ${days.at(-1)}. Totals: ${totals}.`}>
      <line x1={left} x2={width} y1={12 + plotH} y2={12 + plotH} stroke={COLORS.grid} />
      <text x={left - 6} y={16} text-anchor="end" fill={COLORS.muted} font-size="11">{peak ? format(peak) : ''}</text>
      <text x={left - 6} y={12 + plotH} text-anchor="end" fill={COLORS.muted} font-size="11">0</text>
      {days.map((day, d) => (
        <g key={day}>
          {series.map((s, i) => {
            const h = ((s.values[d] ?? 0) / max) * plotH;
            return <rect key={s.name} x={left + d * slot + 2 + i * barW} y={12 + plotH - h} width={barW - 1} height={h} fill={colors[i % 2]} />;
          })}
          {(d % Math.ceil(days.length / 8) === 0 || d === days.length - 1) && (
            <text x={left + d * slot + slot / 2} y={height - 6} text-anchor="middle" fill={COLORS.muted} font-size="11">{day.slice(5)}</text>
          )}
        </g>
      ))}
      {series.length > 1 && series.map((s, i) => (
        <g key={s.name}>
          <rect x={width - 200 + i * 100} y={0} width={10} height={10} fill={colors[i % 2]} />
          <text x={width - 186 + i * 100} y={9} fill={COLORS.text} font-size="11">{s.name}</text>
        </g>
      ))}
    </svg>
  );
}
