// The truth check's rules: which reference value a figure meets, and the status bands.
import { describe, expect, it } from 'vitest';
import { checkFigure, nearestValue, type ReferenceValues } from '../../src/reference/check';

// Thursday 2 Jan 2020 .. Monday 6 Jan 2020: no values on the weekend of the 4th and 5th.
const daily: ReferenceValues = { id: 'ref-daily', label: 'Daily ref', frequency: 'daily', dates: ['2020-01-02', '2020-01-03', '2020-01-06', '2020-01-31'], values: [66, 68, 70, 58] };
const monthly: ReferenceValues = { id: 'ref-monthly', label: 'Monthly ref', frequency: 'monthly', dates: ['2020-01-15', '2020-02-15'], values: [63.6, 55.5] };
const level = (value: number, asOf: string | null, asOfTo: string | null = null) => ({ value, low: null, high: null, kind: 'level', asOf, asOfTo });

describe('which reference value a figure meets', () => {
  it('takes the same day, else the nearest trading day within three days, ties to the earlier', () => {
    expect(nearestValue(daily, '2020-01-03')).toEqual({ date: '2020-01-03', value: 68 });
    expect(nearestValue(daily, '2020-01-04')).toEqual({ date: '2020-01-03', value: 68 });
    expect(nearestValue(daily, '2020-01-05')).toEqual({ date: '2020-01-06', value: 70 });
    expect(nearestValue(daily, '2020-01-20')).toBeNull();
  });

  it('meets a whole month with the monthly mean, another period with the mean of its days', () => {
    expect(checkFigure(level(63.6, '2020-01-01', '2020-01-31'), { daily, monthly })).toMatchObject({ reference: 'ref-monthly', refDate: '2020-01-01', refValue: 63.6, status: 'agrees' });
    expect(checkFigure(level(67, '2020-01-02', '2020-01-03'), { daily, monthly })).toMatchObject({ reference: 'ref-daily', refValue: 67, diffPct: 0 });
  });

  it('falls back to the month when only a monthly series covers a day', () => {
    expect(checkFigure(level(55.5, '2020-02-20'), { monthly })).toMatchObject({ reference: 'ref-monthly', refValue: 55.5, status: 'agrees' });
  });
});

describe('statuses', () => {
  it('agrees within 3 %, is near up to 10 %, off beyond, with the signed difference', () => {
    expect(checkFigure(level(68, '2020-01-03'), { daily })).toEqual({ reference: 'ref-daily', label: 'Daily ref', refDate: '2020-01-03', refValue: 68, diffPct: 0, status: 'agrees' });
    expect(checkFigure(level(70, '2020-01-03'), { daily })).toMatchObject({ diffPct: 2.9, status: 'agrees' });
    expect(checkFigure(level(64, '2020-01-03'), { daily })).toMatchObject({ diffPct: -5.9, status: 'near' });
    expect(checkFigure(level(80, '2020-01-03'), { daily })).toMatchObject({ diffPct: 17.6, status: 'off' });
  });

  it('says "no reference" on a day the reference does not reach', () => {
    expect(checkFigure(level(60, '2020-01-20'), { daily })).toEqual({ reference: 'ref-daily', label: 'Daily ref', refDate: null, refValue: null, diffPct: null, status: 'no reference' });
  });

  it('lets a stated range agree when the record falls inside it', () => {
    expect(checkFigure({ value: 66, low: 65, high: 69, kind: 'level', asOf: '2020-01-03', asOfTo: null }, { daily })).toMatchObject({ diffPct: 0, status: 'agrees' });
  });

  it('checks only dated levels: changes, targets and undated figures get nothing', () => {
    expect(checkFigure({ ...level(2, '2020-01-03'), kind: 'change' }, { daily })).toBeNull();
    expect(checkFigure({ ...level(68, '2020-01-03'), kind: 'target' }, { daily })).toBeNull();
    expect(checkFigure(level(68, null), { daily })).toBeNull();
    expect(checkFigure({ ...level(68, '2020-01-03'), kind: 'derived' }, { daily })?.status).toBe('agrees');
  });
});
