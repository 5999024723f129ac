export interface CoverageChartProps {
  readonly months: readonly { readonly start: number; readonly count: number }[];
  readonly name: string;
}

const monthFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
/** Months shown at most: the most recent ones. */
const MAX_MONTHS = 18;

/** Articles per month as bars; the numbers are in the bars' titles and in a text summary. */
export function CoverageChart({ months, name }: CoverageChartProps) {
  const shown = months.slice(-MAX_MONTHS);
  if (shown.length === 0) return null;
  const max = Math.max(1, ...shown.map((m) => m.count));
  const width = 320;
  const height = 72;
  const bar = width / shown.length;
  const first = shown[0];
  const last = shown.at(-1);
  return (
    <figure class="bs-chart" data-testid="coverage-chart">
      <svg
        viewBox={`0 0 ${width} ${height + 14}`}
        role="img"
        aria-label={`${name}: articles per month`}
      >
        {shown.map((month, i) => {
          const h = Math.round((month.count / max) * height);
          return (
            <rect
              key={month.start}
              x={i * bar + 1}
              y={height - h}
              width={Math.max(1, bar - 2)}
              height={h}
              rx="1.5"
            >
              <title>{`${monthFormat.format(month.start)}: ${month.count}`}</title>
            </rect>
          );
        })}
        {first && (
          <text x="0" y={height + 12}>
            {monthFormat.format(first.start)}
          </text>
        )}
        {last && shown.length > 1 && (
          <text x={width} y={height + 12} text-anchor="end">
            {monthFormat.format(last.start)}
          </text>
        )}
      </svg>
    </figure>
  );
}
