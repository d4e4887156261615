// Who a figure is about when the sentence names a speaker, a headline sits above the dateline, a
// comparison follows the figure, or an alias of a line ends in a possessor. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const subjectsOf = (text: string, published = '2026-06-10'): string[] =>
  extract(text, { published }).figures.map((f) => `${f.text} → ${f.subject}`);

describe('a ministry that reports flows', () => {
  it('is not what flows: the flows refer back to the line named before', () => {
    expect(subjectsOf("The Kurdistan pipeline restarted on Saturday. Turkey's energy ministry said flows reached 90,000 bpd.")).toEqual([
      '90,000 bpd → Kurdistan pipeline to Ceyhan',
    ]);
  });

  it('but a country that says its exports are N keeps them', () => {
    expect(subjectsOf('The Kurdistan pipeline restarted on Saturday. Iraq said exports averaged 3.1 million bpd in April.')).toEqual([
      '3.1 million bpd → Iraq',
    ]);
  });

  it('and keeps flows when nothing that carries oil was named before', () => {
    expect(subjectsOf("Brent rose 2% on Monday. Turkey's energy ministry said flows averaged 3.1 million bpd in April.")[1]).toBe('3.1 million bpd → Turkey');
  });
});

describe('a headline above the dateline', () => {
  it('is read for names like any sentence', () => {
    expect(subjectsOf('Oil climbs 3% as Gulf supply tightens\n\nLONDON, June 9 (Wire) - Traders bought on Tuesday.')).toEqual(['3% → crude oil price']);
  });

  it('while the dateline itself still names nothing', () => {
    expect(subjectsOf('BAGHDAD, June 9 (Wire) - Output rose to 4.6 million bpd last month.')).toEqual(['4.6 million bpd → unspecified']);
  });
});

describe('the other side of a comparison', () => {
  it('after the figure is not its subject', () => {
    expect(subjectsOf('Kurdish crude sold locally for $41 a barrel, compared with $66 for Brent.')[0]).toBe('$41 a barrel → Kurdish crude (Kurdistan Blend)');
  });
});

describe('a line whose alias ends in a possessor', () => {
  it('still counts as the line, not as the owner of the terminal after it', () => {
    expect(subjectsOf("Tankers queued as a pipeline to Turkey's Ceyhan terminal restarted on Saturday. Early volumes are 180,000 bpd.")).toEqual([
      '180,000 bpd → Kurdistan pipeline to Ceyhan',
    ]);
  });
});
