// Words several time phrases share: month and weekday names, counts in words, and the small
// readers of their groups. Patterns here are regex source to splice into a phrase's pattern.
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month's name or abbreviation, with its dot: "Oct.", "Sept", "December". */
export const MONTH_ABBR = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
export const MONTH_FULL = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
/** A month's or a weekday's first three letters: enough for an opener (phrase.ts `opens`). */
export const M3 = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
export const WD3 = 'mon|tue|wed|thu|fri|sat|sun';
/** Every spelling a month may open with, as a whole word. */
export const MONTH_WORDS = ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'];

/** An opener that is a whole word: "since" but not "sincere". */
export const word = (w: string): string => `${w}(?![a-z])`;

/** Index 0-11 of a month's name or abbreviation; -1 for anything else. */
const MONTH_3 = MONTH_NAMES.map((m) => m.slice(0, 3));
export const monthIndex = (s: string): number => MONTH_3.indexOf(s.slice(0, 3).toLowerCase());

// At module level: a closure inside a spec is rebuilt (and, under tsx, renamed) on every match.
export const num = (s: string | undefined): number | null => (s ? Number(s) : null);

/** Counts in words, two to twelve ("three months ago", "the first nine months"). */
export const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** The same counts as regex source: "two|three|…|twelve". */
export const COUNT_WORD = Object.keys(COUNT_WORDS).join('|');

// "of this year" (0), "of last year" (-1), "of next year" (1); "of the year" or none: null, the
// latest such span that has ended (resolve-time.ts).
export const relYear = (w: string | undefined): number | null => {
  const r = (w ?? '').toLowerCase();
  return r === 'last' ? -1 : r === 'next' ? 1 : r === 'this' ? 0 : null;
};

// "the ministry said September exports averaged …", "third-quarter output": time words right
// before a noun that counts oil moved or pumped label that noun, which always has a period, even
// with no "the" and right after "said". Money and other nouns are left out ("officials said
// November receipts would fall" names what is awaited, not when it held).
const FLOW_NOUN = /\s+(?:crude\s+|oil\s+)?(?:exports|imports|output|production|loadings|liftings|shipments|flows|throughput)\b/iy;

/** Whether the words from `end` on are a flow noun that the time words before them label. */
export function labelsFlow(slice: string, end: number): boolean {
  FLOW_NOUN.lastIndex = end;
  return FLOW_NOUN.test(slice);
}
