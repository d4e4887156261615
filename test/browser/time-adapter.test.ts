// The charts' own date adapter (components/time-adapter.ts), in local time like dayToTime: tick
// labels, and the steps chart.js takes from one tick to the next. Pure, no browser.
import { describe, expect, it } from 'vitest';
import { dayAdapter, formatTime } from '../../components/time-adapter';
import { TIME_FORMATS } from '../../components/time-axis';
import { dayToTime } from '../../components/format';

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('time adapter', () => {
  it('labels ticks with the time axis patterns', () => {
    const t = at(2017, 10, 16, 15);
    expect(formatTime(t, TIME_FORMATS.day)).toBe('Oct 16');
    expect(formatTime(t, TIME_FORMATS.month)).toBe('Oct 2017');
    expect(formatTime(t, TIME_FORMATS.quarter)).toBe('Q4 2017');
    expect(formatTime(t, TIME_FORMATS.year)).toBe('2017');
    expect(formatTime(at(2018, 1, 5, 9), dayAdapter.formats().datetime)).toBe('2018-01-05 09:00');
  });

  it('starts weeks on Sunday, ISO weeks on the weekday given, months, quarters and years on their first day', () => {
    const thu = at(2017, 10, 19, 15); // a Thursday
    expect(dayAdapter.startOf(thu, 'day')).toBe(at(2017, 10, 19));
    expect(dayAdapter.startOf(thu, 'week')).toBe(at(2017, 10, 15));
    expect(dayAdapter.startOf(thu, 'isoWeek', 1)).toBe(at(2017, 10, 16));
    expect(dayAdapter.startOf(thu, 'month')).toBe(at(2017, 10, 1));
    expect(dayAdapter.startOf(thu, 'quarter')).toBe(at(2017, 10, 1));
    expect(dayAdapter.startOf(at(2017, 8, 19), 'quarter')).toBe(at(2017, 7, 1));
    expect(dayAdapter.startOf(thu, 'year')).toBe(at(2017, 1, 1));
    expect(dayAdapter.endOf(thu, 'month')).toBe(at(2017, 11, 1) - 1);
  });

  it('steps by calendar units, across month ends and years', () => {
    expect(dayAdapter.add(at(2017, 12, 30), 3, 'day')).toBe(at(2018, 1, 2));
    expect(dayAdapter.add(at(2017, 12, 1), 1, 'month')).toBe(at(2018, 1, 1));
    expect(dayAdapter.add(at(2017, 10, 1), 1, 'quarter')).toBe(at(2018, 1, 1));
    expect(dayAdapter.add(at(2017, 10, 1), 2, 'week')).toBe(at(2017, 10, 15));
    expect(dayAdapter.add(at(2016, 1, 1), 2, 'year')).toBe(at(2018, 1, 1));
    expect(dayAdapter.diff(at(2018, 1, 1), at(2017, 1, 1), 'day')).toBe(365);
    // Across a change of clock (March in most zones that have one) a day is still a day.
    expect(dayAdapter.diff(at(2017, 4, 1), at(2017, 3, 1), 'day')).toBe(31);
    expect(dayAdapter.diff(at(2018, 1, 1), at(2017, 1, 1), 'month')).toBe(12);
    expect(dayAdapter.diff(at(2018, 1, 1), at(2017, 1, 2), 'month')).toBe(11);
    expect(dayAdapter.diff(at(2018, 1, 1), at(2017, 1, 1), 'year')).toBe(1);
    expect(dayAdapter.diff(at(2017, 1, 1), at(2018, 1, 1), 'quarter')).toBe(-4);
    expect(dayAdapter.diff(at(2017, 1, 15), at(2017, 1, 1), 'week')).toBe(2);
  });

  it('reads the times the charts give it, and days written as text', () => {
    expect(dayAdapter.parse(dayToTime('2017-10-16'))).toBe(at(2017, 10, 16));
    expect(dayAdapter.parse(new Date(2017, 9, 16))).toBe(at(2017, 10, 16));
    expect(dayAdapter.parse('not a date')).toBeNull();
    expect(dayAdapter.parse(null)).toBeNull();
  });
});
