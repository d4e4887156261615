// A futures price of a later delivery month is not the spot price. News quotes several contracts
// side by side ("the June contract … $20.43, and the July contract … $26.18"); only the front month
// tracks the spot series the check compares with, so a price named for another month is left
// unchecked rather than reported as off. The front month follows each exchange's expiry rule:
// - WTI (NYMEX): a contract stops trading three business days before the 25th of the month before
//   its delivery month, so in month m the front is m+1 until then and m+2 after;
// - Brent (ICE): a contract stops trading on the last business day of the second month before its
//   delivery month, so in month m the front is m+2 (m+3 after that day).
// Holidays are not counted: a day's error around an expiry only decides which of two contracts is
// "front" in that day's news.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
// "the June contract", "June WTI contract", "the July delivery contract", "July Brent futures",
// "the contract for June delivery"; "May" only capitalised (the verb "may" is not a month).
const NAMED_CONTRACT = new RegExp(
  String.raw`\b${MONTH}\s+(?:(?:wti|brent|crude|oil|delivery|futures)\s+){0,2}(?:contracts?|futures)\b|\bcontract\s+for\s+${MONTH}(?:\s+delivery)?\b`,
  'gi',
);
/** How far before the figure's words a contract's name still speaks of the figure. */
const REACH = 120;

type Benchmark = 'wti' | 'brent';
const DAY_MS = 86_400_000;

function isWeekend(t: number): boolean {
  const d = new Date(t).getUTCDay();
  return d === 0 || d === 6;
}

/** The day (ms) a contract for delivery in month `delivery0` of `year` stops trading. */
function lastTradingDay(benchmark: Benchmark, year: number, delivery0: number): number {
  if (benchmark === 'wti') {
    let t = Date.UTC(year, delivery0 - 1, 25);
    while (isWeekend(t)) t -= DAY_MS;
    for (let n = 0; n < 3; ) {
      t -= DAY_MS;
      if (!isWeekend(t)) n++;
    }
    return t;
  }
  let t = Date.UTC(year, delivery0 - 1, 0); // the last day of the second month before delivery
  while (isWeekend(t)) t -= DAY_MS;
  return t;
}

/** The front-month contract on `day` (YYYY-MM-DD), as a month count (year × 12 + month0). */
export function frontMonth(benchmark: Benchmark, day: string): number {
  const t = Date.parse(`${day}T00:00:00Z`);
  const year = Number(day.slice(0, 4));
  const month0 = Number(day.slice(5, 7)) - 1;
  for (let ahead = 1; ; ahead++) {
    const count = year * 12 + month0 + ahead;
    if (t <= lastTradingDay(benchmark, Math.floor(count / 12), count % 12)) return count;
  }
}

function monthOf(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/**
 * Whether the figure's words (`text`, inside `sentence`) price a named contract that is not the
 * front month of `benchmark` on `day`. Only the last contract named before the words counts.
 */
export function laterContract(entity: string, sentence: string, text: string, day: string): boolean {
  const benchmark: Benchmark | null = entity === 'wti' || entity === 'brent' ? entity : null;
  if (!benchmark) return false;
  const at = sentence.indexOf(text);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - REACH), at);
  let named: string | null = null;
  for (const m of before.matchAll(NAMED_CONTRACT)) {
    const word = m[1] ?? m[2] ?? '';
    if (word.toLowerCase() === 'may' && word !== 'May') continue;
    named = word;
  }
  if (!named) return false;
  const year = Number(day.slice(0, 4));
  const month0 = Number(day.slice(5, 7)) - 1;
  const named0 = monthOf(named);
  // The named month is the next one on or after the figure's month ("the January contract" in
  // November is next January's).
  const count = year * 12 + month0 + ((named0 - month0 + 12) % 12);
  return count !== frontMonth(benchmark, day);
}
