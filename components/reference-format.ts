// How a truth check reads to a person: "EIA Brent spot that day: $57.49, −0.9 %".
import type { Unit } from '../src/extract/types';
import type { ReferenceCheck } from '../src/reference/types';
import { formatValue } from './format';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$57.49" for prices per barrel (how they are quoted), the usual form otherwise. */
export function formatReferenceValue(value: number, unit: Unit): string {
  if (unit === 'USD/bbl') return `${value < 0 ? '−' : ''}$${money.format(Math.abs(value))}`;
  return formatValue(value, unit);
}

/** "−0.9 %", "+12.3 %", "±0 %". */
export function formatDiff(pct: number): string {
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
  return `${sign}${Math.abs(pct).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
}

/** When the reference value was taken, relative to the figure's own date or period. */
function when(check: ReferenceCheck, asOf: string | null, asOfTo: string | null): string {
  if (check.refDate === null) return '';
  if (asOfTo !== null && asOfTo !== asOf) return asOf?.slice(0, 7) === asOfTo.slice(0, 7) && check.refDate.endsWith('-01') && asOf?.endsWith('-01') ? ' that month' : ' over that period';
  if (check.refDate === asOf) return ' that day';
  if (asOf && check.refDate.slice(0, 7) === asOf.slice(0, 7) && check.refDate.endsWith('-01') && !asOf.endsWith('-01')) return ' that month';
  return ` on ${check.refDate}, the nearest trading day`;
}

export function describeCheck(check: ReferenceCheck, figure: { asOf: string | null; asOfTo: string | null; unit: Unit }): string {
  if (check.refValue === null || check.diffPct === null) return `${check.label}: no value within three days of this date`;
  return `${check.label}${when(check, figure.asOf, figure.asOfTo)}: ${formatReferenceValue(check.refValue, figure.unit)}, ${formatDiff(check.diffPct)}`;
}

export const STATUS_TEXT: Record<ReferenceCheck['status'], string> = {
  agrees: 'agrees (within 3 %)',
  near: 'near (3–10 % apart)',
  off: 'off (more than 10 % apart)',
  'no reference': 'no reference value',
};
