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
  const date = written.slice(0, 10);
  const outOfRange = publishedOutOfRange(date);
  if (outOfRange) return { ok: false, message: outOfRange };
  return { ok: true, published: date };
}

export const EARLIEST_PUBLISHED = '1900-01-01';

/**
 * Why a calendar date cannot be a publication date, or null when it can. A typo such as 2071 or
 * 1017 would otherwise date every relative time word of the article, stretch every chart's axis,
 * and stay: so it is refused. Up to a day ahead of UTC is allowed, since in Asia and the Pacific it
 * is already tomorrow for part of the day.
 */
export function publishedOutOfRange(date: string, now: Date = new Date()): string | null {
  if (date < EARLIEST_PUBLISHED) {
    return `published "${date}" is before ${EARLIEST_PUBLISHED}; no article flowline reads is that old, so it is most likely a typo in the year`;
  }
  const latest = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (date > latest) {
    return `published "${date}" is in the future (today is ${now.toISOString().slice(0, 10)}); check the year, or leave the date out to store the article as undated`;
  }
  return null;
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
