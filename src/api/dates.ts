// Calendar arithmetic on YYYY-MM-DD strings, in UTC so no zone can shift a day.

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
