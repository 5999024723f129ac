import type { GenreMonth } from '../lib/library/messages.ts';

export interface GenreChartProps {
  readonly months: readonly GenreMonth[];
  readonly name: string;
}

const GENRES = [
  ['news', 'News'],
  ['analysis', 'Analysis'],
  ['opinion', 'Opinion'],
  ['press-release', 'Press release'],
  ['other', 'Other'],
] as const;

const monthFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
/** Months shown at most: the most recent ones. */
const MAX_MONTHS = 36;

/** Articles per month (x) stacked by genre (y), with a legend and each bar's numbers in its title. */
export function GenreChart({ months, name }: GenreChartProps) {
  const shown = months.slice(-MAX_MONTHS);
  if (shown.length === 0) return <p class="bs-muted">No articles yet.</p>;
  const max = Math.max(1, ...shown.map((m) => m.count));
  const width = 640;
  const height = 160;
  const bar = width / shown.length;
  const present = GENRES.filter(([g]) => shown.some((m) => (m.byGenre[g] ?? 0) > 0));
  return (
    <figure class="bs-chart bs-genre-chart" data-testid="company-chart">
      <svg
        viewBox={`0 0 ${width} ${height + 18}`}
        role="img"
        aria-label={`${name}: articles per month, by genre`}
      >
        <line x1="0" y1={height} x2={width} y2={height} class="bs-axis" />
        <text x="0" y="10" class="bs-axis-label">
          {max}
        </text>
        {shown.map((month, i) => {
          let top = height;
          const detail = GENRES.filter(([g]) => (month.byGenre[g] ?? 0) > 0)
            .map(([g, label]) => `${label} ${month.byGenre[g]}`)
            .join(', ');
          return (
            <g key={month.start} data-testid="chart-month">
              <title>{`${monthFormat.format(month.start)}: ${month.count}${detail ? ` (${detail})` : ''}`}</title>
              {GENRES.map(([g]) => {
                const count = month.byGenre[g] ?? 0;
                if (count === 0) return null;
                const h = (count / max) * (height - 14);
                top -= h;
                return (
                  <rect
                    key={g}
                    class={`bs-genre-${g}`}
                    x={i * bar + 2}
                    y={top}
                    width={Math.max(1, bar - 4)}
                    height={h}
                  />
                );
              })}
            </g>
          );
        })}
        <text x="0" y={height + 15}>
          {monthFormat.format(shown[0]?.start ?? 0)}
        </text>
        {shown.length > 1 && (
          <text x={width} y={height + 15} text-anchor="end">
            {monthFormat.format(shown.at(-1)?.start ?? 0)}
          </text>
        )}
      </svg>
      <figcaption class="bs-legend">
        {present.map(([g, label]) => (
          <span key={g}>
            <i class={`bs-swatch bs-genre-${g}`} aria-hidden="true" /> {label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
