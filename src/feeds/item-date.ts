// An item's date (RSS pubDate, Atom published/updated) as the publication date. The date is kept
// as the publisher wrote it (24 Oct in "Tue, 24 Oct 2017 23:30:00 -0500"), the way manifests and
// ISO timestamps are read (src/input/published.ts), and refused when it is in the future or
// before 1900, like every other publication date the product takes.
import { checkPublished, clip, isCalendarDate, publishedOutOfRange } from '../input/published';

export type ItemDate = { ok: true; published: string | null } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822/1123 as feeds write it: optional weekday, day, month name, 2- or 4-digit year, time.
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s|$)/;

export function itemDate(written: string | null, now: Date = new Date()): ItemDate {
  if (written === null || written.trim() === '') return { ok: true, published: null };
  const text = written.trim();
  const rfc = RFC822.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.slice(0, 3).toLowerCase()) + 1;
    const twoDigits = rfc[3]!.length === 2;
    const year = twoDigits ? 2000 + Number(rfc[3]) - (Number(rfc[3]) > 50 ? 100 : 0) : Number(rfc[3]);
    const day = Number(rfc[1]);
    if (month === 0 || !isCalendarDate(year, month, day)) return { ok: false, message: `its date "${clip(text)}" is not a real calendar date` };
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const outOfRange = publishedOutOfRange(date, now);
    return outOfRange ? { ok: false, message: `its date: ${outOfRange}` } : { ok: true, published: date };
  }
  const iso = checkPublished(text);
  if (iso.ok) return iso;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return { ok: false, message: `its date: ${iso.message}` };
  return { ok: false, message: `its date "${clip(text)}" is neither an RFC 822 date (Tue, 24 Oct 2017 08:00:00 GMT) nor ISO 8601 (2017-10-24T08:00:00Z)` };
}
