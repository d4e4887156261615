// A reference series from a CSV of date,value rows, as providers publish them: the data package's
// `Date,Price` (ISO dates), FRED's `DATE,DCOILBRENTEU` (or `observation_date,…`) with "." for a
// day without a value, and the EIA's own download with lines of title, url and source above its
// `Day,Europe Brent Spot Price FOB Dollars per Barrel` header and US dates (05/20/1987), newest
// first. Pure (no node:), so the API can parse an upload on Workers too. Every problem is collected
// with its line number, and a file with any problem gives no rows at all: nothing half-imported.
import type { ReferenceFrequency } from '../db/schema-reference';

export interface ReferenceCsvOptions {
  /** Header of the date column (case-insensitive); default: the first column named like a date. */
  dateColumn?: string;
  /** Header of the value column; default: the only other column, or one named price/value. */
  valueColumn?: string;
  frequency?: ReferenceFrequency;
}

export interface ReferenceRow {
  /** YYYY-MM-DD; for a monthly series the date as given (the 15th or the 1st stands for its month). */
  date: string;
  value: number;
  line: number;
}

export interface ParsedReference {
  rows: ReferenceRow[];
  /** Rows the provider left without a value (FRED's "."), skipped. */
  missing: number;
  dateColumn: string;
  valueColumn: string;
}

export interface CsvProblem {
  line: number | null;
  message: string;
}

/** The file cannot be imported as it is; `problems` name each bad line. */
export class ReferenceCsvError extends Error {
  override name = 'ReferenceCsvError';
  constructor(readonly problems: CsvProblem[]) {
    super(problems.map((p) => (p.line === null ? p.message : `line ${p.line}: ${p.message}`)).join('\n'));
  }
}

const DATE_HEADERS = ['date', 'day', 'month', 'observation_date', 'period', 'time'];
const VALUE_HEADERS = ['price', 'value', 'close', 'settle'];
const MISSING = new Set(['.', '', 'NA', 'N/A', '#N/A', 'NaN', '--']);
/** More than this many problems are summed up: a wrong file need not print 10,000 lines. */
const MAX_PROBLEMS = 20;

function cells(line: string): string[] {
  // Providers' date,value files quote only headers with commas in them; a quoted cell keeps its commas.
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < line.length && (m = re.exec(line))) {
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '').trim());
    if (m[0].length === 0) break;
  }
  if (line.endsWith(',')) out.push('');
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * YYYY-MM-DD, YYYY-MM (a month), the EIA's M/D/YYYY or its monthly "Jan 1986" / "Jan-1986", as a
 * real calendar date (a month as its first day); else null.
 */
export function parseDate(raw: string): string | null {
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw))) [y, mo, d] = [Number(m[3]), Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{4})-(\d{2})$/.exec(raw))) [y, mo, d] = [Number(m[1]), Number(m[2]), 1];
  else if ((m = /^([A-Za-z]{3})[a-z]*[ -](\d{4})$/.exec(raw)) && MONTHS.includes(m[1]!.toLowerCase())) [y, mo, d] = [Number(m[2]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, 1];
  else return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function parseValue(raw: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return null;
  const v = Number(raw);
  return Number.isFinite(v) ? v : null;
}

interface Header {
  index: number;
  dateAt: number;
  valueAt: number;
  names: string[];
}

function findHeader(lines: string[], options: ReferenceCsvOptions): Header {
  const wantDate = options.dateColumn?.toLowerCase();
  const wantValue = options.valueColumn?.toLowerCase();
  for (let i = 0; i < lines.length; i++) {
    const names = cells(lines[i]!);
    const lower = names.map((n) => n.toLowerCase());
    if (parseDate(names[0] ?? '') !== null) {
      throw new ReferenceCsvError([
        {
          line: i + 1,
          message: `reads as data ("${lines[i]!.slice(0, 60)}") where a header was expected: the first row must name the columns (e.g. Date,Price); add one, or name them with --date-column and --value-column`,
        },
      ]);
    }
    const dateAt = wantDate ? lower.indexOf(wantDate) : lower.findIndex((n) => DATE_HEADERS.includes(n));
    if (dateAt < 0 || names.length < 2) continue;
    let valueAt: number;
    if (wantValue) valueAt = lower.indexOf(wantValue);
    else if (names.length === 2) valueAt = 1 - dateAt;
    else valueAt = lower.findIndex((n) => VALUE_HEADERS.includes(n));
    if (valueAt < 0) {
      throw new ReferenceCsvError([
        {
          line: i + 1,
          message: wantValue
            ? `no column "${options.valueColumn}" in the header (columns: ${names.join(', ')}); pass one of them with --value-column`
            : `which column holds the values? The header has ${names.join(', ')}: pass one with --value-column`,
        },
      ]);
    }
    return { index: i, dateAt, valueAt, names };
  }
  const wanted = wantDate ? `a column "${options.dateColumn}"` : `a date column (${DATE_HEADERS.join(', ')})`;
  throw new ReferenceCsvError([{ line: null, message: `missing header: no row names ${wanted} and a value column; the first row must name the columns (e.g. Date,Price)` }]);
}

/** Rows of a reference CSV; throws ReferenceCsvError naming every bad line (nothing is returned then). */
export function parseReferenceCsv(text: string, options: ReferenceCsvOptions = {}): ParsedReference {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (!lines.length) throw new ReferenceCsvError([{ line: null, message: 'the file is empty; expected a header (e.g. Date,Price) and one row per date' }]);
  const header = findHeader(lines, options);
  const monthly = options.frequency === 'monthly';
  const problems: CsvProblem[] = [];
  const rows: ReferenceRow[] = [];
  const seen = new Map<string, number>();
  let missing = 0;
  let bad = 0;
  const problem = (line: number, message: string) => {
    bad++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };
  for (let i = header.index + 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i]!.trim() === '') continue;
    const row = cells(lines[i]!);
    const rawDate = row[header.dateAt] ?? '';
    const rawValue = row[header.valueAt] ?? '';
    const date = parseDate(rawDate);
    if (date === null) {
      problem(line, `"${rawDate}" in column ${header.names[header.dateAt]} is not a date (YYYY-MM-DD, M/D/YYYY or Jan 2020)`);
      continue;
    }
    if (MISSING.has(rawValue)) {
      missing++;
      continue;
    }
    const value = parseValue(rawValue);
    if (value === null) {
      problem(line, `"${rawValue}" in column ${header.names[header.valueAt]} is not a number`);
      continue;
    }
    const key = monthly ? date.slice(0, 7) : date;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(line, `${monthly ? `month ${key}` : `date ${date}`} is already on line ${first}; a reference series has one value per ${monthly ? 'month' : 'date'}`);
      continue;
    }
    seen.set(key, line);
    rows.push({ date, value, line });
  }
  if (bad > problems.length) problems.push({ line: null, message: `… and ${bad - problems.length} more bad rows` });
  if (problems.length) throw new ReferenceCsvError(problems);
  if (!rows.length) throw new ReferenceCsvError([{ line: null, message: `no rows with a value under the header on line ${header.index + 1}` }]);
  // The EIA's download is newest first; the store and the check want date order.
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { rows, missing, dateColumn: header.names[header.dateAt]!, valueColumn: header.names[header.valueAt]! };
}
