// Reading reference CSVs as providers publish them, and refusing what cannot be read whole.
import { describe, expect, it } from 'vitest';
import { parseReferenceCsv, ReferenceCsvError, type CsvProblem } from '../../src/reference/csv';

function problems(text: string, options = {}): CsvProblem[] {
  try {
    parseReferenceCsv(text, options);
  } catch (error) {
    if (error instanceof ReferenceCsvError) return error.problems;
    throw error;
  }
  throw new Error('expected the CSV to be refused');
}

describe('provider layouts', () => {
  it('reads the data package layout (Date,Price) with CRLF and a BOM', () => {
    const parsed = parseReferenceCsv('\uFEFFDate,Price\r\n1987-05-20,18.63\r\n1987-05-21,18.45\r\n');
    expect(parsed.rows.map((r) => [r.date, r.value, r.line])).toEqual([['1987-05-20', 18.63, 2], ['1987-05-21', 18.45, 3]]);
    expect([parsed.dateColumn, parsed.valueColumn]).toEqual(['Date', 'Price']);
  });

  it('reads FRED: DATE,DCOILBRENTEU with "." for a day without a value, counted as missing', () => {
    const parsed = parseReferenceCsv('DATE,DCOILBRENTEU\n2020-01-01,.\n2020-01-02,66.25\n2020-01-03,68.9\n');
    expect(parsed.rows.map((r) => r.value)).toEqual([66.25, 68.9]);
    expect(parsed.missing).toBe(1);
    expect(parseReferenceCsv('observation_date,DCOILWTICO\n2020-01-02,61.17\n').rows[0]).toMatchObject({ date: '2020-01-02', value: 61.17 });
  });

  it("reads the EIA's download: title lines above the header, US dates, newest first", () => {
    const eia = [
      'Europe Brent Spot Price FOB, Daily',
      'https://www.eia.gov/dnav/pet/hist/LeafHandler.ashx?n=PET&s=RBRTE&f=D',
      '08:00:00 GMT-0500 (Eastern Standard Time)',
      'Source: U.S. Energy Information Administration',
      'Day,Europe Brent Spot Price FOB  Dollars per Barrel',
      '01/03/2020,68.9',
      '01/02/2020,66.25',
    ].join('\n');
    const parsed = parseReferenceCsv(eia);
    expect(parsed.rows.map((r) => [r.date, r.value, r.line])).toEqual([['2020-01-02', 66.25, 7], ['2020-01-03', 68.9, 6]]);
  });

  it("reads the EIA's monthly download (Month, \"Jan 1986\") as months", () => {
    const parsed = parseReferenceCsv('Cushing, OK WTI Spot Price FOB, Monthly\nMonth,Cushing OK WTI Spot Price FOB Dollars per Barrel\nFeb 1986,15.46\nJan 1986,22.93\n', { frequency: 'monthly' });
    expect(parsed.rows.map((r) => [r.date, r.value])).toEqual([['1986-01-01', 22.93], ['1986-02-01', 15.46]]);
    expect(parseReferenceCsv('Month,Price\nSep-2017,55.51\n').rows[0]!.date).toBe('2017-09-01');
  });

  it('takes the columns named by options, case-insensitively, among several', () => {
    const parsed = parseReferenceCsv('when,open,close\n2020-01-02,65,66.25\n', { dateColumn: 'When', valueColumn: 'close' });
    expect(parsed.rows[0]).toMatchObject({ date: '2020-01-02', value: 66.25 });
    expect(problems('when,open,high\n2020-01-02,65,66.25\n', { dateColumn: 'when' })[0]!.message).toMatch(/which column holds the values.*--value-column/);
    expect(problems('Date,Price\n2020-01-02,1\n', { valueColumn: 'Settle' })[0]!.message).toMatch(/no column "Settle".*Date, Price/);
  });
});

describe('refusals name the line', () => {
  it('refuses text in the value column', () => {
    expect(problems('Date,Price\n2020-01-02,66.25\n2020-01-03,n/a-ish\n')).toEqual([{ line: 3, message: '"n/a-ish" in column Price is not a number' }]);
  });

  it('refuses a duplicate date, naming both lines', () => {
    expect(problems('Date,Price\n2020-01-02,66.25\n2020-01-03,67\n2020-01-02,66.3\n')).toEqual([
      { line: 4, message: 'date 2020-01-02 is already on line 2; a reference series has one value per date' },
    ]);
  });

  it('refuses two values for one month in a monthly series, however the day is written', () => {
    expect(problems('Date,Price\n2020-01-15,63.6\n2020-01-01,64\n', { frequency: 'monthly' })[0]).toMatchObject({ line: 3, message: expect.stringMatching(/month 2020-01 is already on line 2/) });
  });

  it('refuses a file whose first row is data', () => {
    expect(problems('2020-01-02,66.25\n2020-01-03,67\n')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/where a header was expected/) });
  });

  it('refuses a file without any date column and an empty file', () => {
    expect(problems('Price,Volume\n66.25,3\n')[0]!.message).toMatch(/missing header/);
    expect(problems('')[0]!.message).toMatch(/empty/);
  });

  it('refuses impossible dates and lists every bad row, capped with a count', () => {
    expect(problems('Date,Price\n2020-02-30,1\n')[0]).toEqual({ line: 2, message: '"2020-02-30" in column Date is not a date (YYYY-MM-DD, M/D/YYYY or Jan 2020)' });
    const many = ['Date,Price', ...Array.from({ length: 30 }, (_, i) => `2020-01-${String(i + 1).padStart(2, '0')},x`)].join('\n');
    const found = problems(many);
    expect(found).toHaveLength(21);
    expect(found[20]).toEqual({ line: null, message: '… and 10 more bad rows' });
  });
});
