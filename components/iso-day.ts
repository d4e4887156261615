// The one test of a typed or linked day, shared by the date fields and the URL check.
import { isCalendarDate } from '../src/input/published';

/** "2019-02-30" is not a day: the calendar decides, not the pattern alone. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
