// Time-axis ticks both trend and before/after charts use.

/** Short tick labels; the full date is always in the evidence box. */
export const TIME_FORMATS = { day: 'MMM d', week: 'MMM d', month: 'MMM yyyy', quarter: 'QQQ yyyy', year: 'yyyy' };

/**
 * The tick unit for a span and width. chart.js's own choice skips weeks, so a month of data on a
 * phone got a single "Oct 2017" tick; aim for a label every ~80 px and let autoSkip thin the rest.
 */
export function tickUnit(spanMs: number, widthPx: number): 'day' | 'week' | 'month' | 'quarter' | 'year' {
  const perTick = spanMs / Math.max(2, widthPx / 80) / 86_400_000;
  if (perTick <= 1.5) return 'day';
  if (perTick <= 16) return 'week';
  if (perTick <= 60) return 'month';
  if (perTick <= 200) return 'quarter';
  return 'year';
}

