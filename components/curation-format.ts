// How an audit entry reads in the dashboard: "value 400000 → 410000, approx true → false". Pure.

export interface AuditEntryView {
  at: string;
  by: string;
  action: string;
  target: string;
  old: unknown;
  new: unknown;
}

const show = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The fields that differ between old and new, each "field old → new"; whole values when not objects. */
export function describeChange(entry: Pick<AuditEntryView, 'old' | 'new'>): string {
  const o = entry.old;
  const n = entry.new;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(n)) return isObj(o) ? 'removed' : `${show(o)} → ${show(n)}`;
  if (!isObj(o)) return Object.entries(n).map(([k, v]) => `${k} ${show(v)}`).join(', ');
  const changed = Object.keys({ ...o, ...n }).filter((k) => JSON.stringify(o[k]) !== JSON.stringify(n[k]));
  return changed.length ? changed.map((k) => `${k} ${show(o[k])} → ${show(n[k])}`).join(', ') : 'no change (confirmed)';
}
