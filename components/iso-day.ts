// The one test of a typed or linked day, shared by the date fields and the URL check.

/** "2019-02-30" is not a day: the calendar decides, not the pattern alone. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
