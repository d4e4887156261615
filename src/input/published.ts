// Publication dates as written in manifests, CLI options and request bodies. Pure.
// A date that is present but wrong is refused rather than dropped: ingest is idempotent by content,
// so an article first stored with the wrong (or no) date would keep its wrongly dated figures even
// after the manifest is fixed and the batch run again.

export type PublishedCheck = { ok: true; published: string | null } | { ok: false; message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Accepts YYYY-MM-DD (or an ISO timestamp, whose date part is kept as written: the date the
 * publisher printed), or nothing (undefined, null, ""). Anything else gets a message saying how
 * to write it.
 */
export function checkPublished(value: unknown): PublishedCheck {
  if (value === undefined || value === null) return { ok: true, published: null };
  if (typeof value !== 'string') {
    return { ok: false, message: `published must be a date string like "2017-10-24", not ${describe(value)}` };
  }
  const written = value.trim();
  if (written === '') return { ok: true, published: null };
  const m = DATE.exec(written);
  if (!m) {
    return { ok: false, message: `published "${clip(written)}" is not a date in the form YYYY-MM-DD (e.g. "2017-10-24")` };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) {
    return { ok: false, message: `published "${clip(written)}" is not a real calendar date; write it as YYYY-MM-DD (e.g. "2017-10-24")` };
  }
  return { ok: true, published: written.slice(0, 10) };
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** How a wrong JSON value reads in a message: `the number 20171024`, `an object`, … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string "${clip(value)}"`;
  return `the ${typeof value} ${String(value)}`;
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
