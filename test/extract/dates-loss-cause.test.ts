// A market story's day is the market's: the volume a stoppage removed, told in the clause that
// gives the cause, is lost on the stoppage's day. Invented copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f): [number, string | null] => [f.value, f.asOf]);

describe('a loss told as the cause of a market move', () => {
  const lead = 'Norland halted exports through the Vesk line on Saturday after a court ruling. ';

  it('holds on the stoppage\'s day, not the market\'s', () => {
    const text = lead + 'Crude futures climbed on Monday as a halt to oil shipments from Norland removed about 400,000 barrels a day from supply.';
    expect(dated(text, '2031-03-31')).toContainEqual([-400000, '2031-03-29']);
  });

  it('keeps the day when no stoppage is the cause, or the article dates none', () => {
    const fell = lead + 'Exports fell by 400,000 bpd on Monday as buyers stayed away.';
    expect(dated(fell, '2031-03-31')).toContainEqual([-400000, '2031-03-31']);
    const undated = 'Crude futures climbed on Monday as a halt to oil shipments from Norland removed about 400,000 barrels a day from supply.';
    expect(dated(undated, '2031-03-31').find((r) => r[0] === -400000)?.[1]).not.toBe('2031-03-29');
  });
});
