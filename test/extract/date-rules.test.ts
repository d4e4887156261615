// Time words whose part in the sentence decides how they date a figure: when something was said,
// a month used as an adjective, an event the article dates itself. Golden files (date-*.txt)
// show the same rules end to end; these pin the time words found and the role each gets.
import { describe, expect, it } from 'vitest';
import { eventAliases, findTimes, resolveTime } from '../../src/extract/dates/time-expr';
import { defaultEvents, extract } from '../../src/extract/index';
import { PHRASES, type TimePhrase } from '../../src/extract/dates/phrases/index';
import { opening } from '../../src/extract/dates/phrases/opening';

const times = (s: string) => findTimes(s, 0, s.length, defaultEvents).map((t) => ({ text: t.text, role: t.role, type: t.spec.type }));

describe('speech words', () => {
  it.each([
    'two officials who spoke on Tuesday',
    'the ministry said in a statement on Friday',
    'a trader speaking on Tuesday',
    'analysts wrote in a note on Thursday',
    'a spokesman told reporters on Monday',
    'the minister told a news conference on Monday',
  ])('"%s" marks the day as speech', (s) => {
    expect(times(s).map((t) => t.role)).toEqual(['speech']);
  });

  it('leaves a figure\'s own day alone', () => {
    expect(times('flows reached 450,000 bpd on Tuesday, officials briefed on the talks said')).toEqual([{ text: 'on Tuesday', role: 'time', type: 'weekday' }]);
  });
});

describe('a month as an adjective', () => {
  it.each(['70 per cent of the February volume', 'the March average was', 'the May total came to', 'the October export figures'])('"%s" is a month', (s) => {
    expect(times(s)).toEqual([expect.objectContaining({ role: 'time', type: 'month' })]);
  });

  it.each(['damaged during the October fighting', 'officials said November receipts would fall', 'relations strained since the September crisis'])('"%s" is not', (s) => {
    expect(times(s)).toEqual([]);
  });

  it('after a comparison word it is the base', () => {
    expect(times('above the February export figures')).toEqual([expect.objectContaining({ role: 'base', type: 'month' })]);
  });
});

describe('"may" in lower case', () => {
  it.each([
    ['exports may rise in June', ['in June']],
    ['output may 12 percent higher on May 12', ['on May 12']],
    ['flows in May may recover', ['in May']],
  ])('"%s" is the verb, "May" the month', (s, want) => {
    expect(times(s).map((t) => t.text)).toEqual(want);
  });
});

describe('events the article dates', () => {
  it('finds "before the stoppage" and "since the halt" as article events', () => {
    expect(times('Before the stoppage, the line carried 400,000 bpd')).toEqual([{ text: 'Before the stoppage', role: 'time', type: 'article-event' }]);
    expect(times('stocks have built up since the halt')).toEqual([{ text: 'since the halt', role: 'since', type: 'article-event' }]);
  });

  it('keeps a known event first', () => {
    expect(times('before the takeover, Kirkuk pumped 500,000 bpd')).toEqual([{ text: 'before the takeover', role: 'time', type: 'event' }]);
  });

  it('reads the day of a stoppage in a "before" clause as the day before', () => {
    const shut = 'pumping 12,000 bpd before guards shut the station on Monday';
    const [t] = findTimes(shut, 0, shut.length, defaultEvents);
    expect(t?.spec).toMatchObject({ type: 'weekday', before: true });
    const rose = 'pumping 12,000 bpd before prices rose on Monday';
    const [u] = findTimes(rose, 0, rose.length, defaultEvents);
    expect(u?.spec).toMatchObject({ type: 'weekday', before: false });
  });
});

describe('report nouns', () => {
  it('date a day only: a statement for a month names the figures\' month', () => {
    expect(times('SOMO said in its monthly statement for March')).toEqual([{ text: 'for March', role: 'time', type: 'month' }]);
    expect(times('the ministry said in a statement on Friday')).toEqual([{ text: 'on Friday', role: 'speech', type: 'weekday' }]);
  });
});

describe('a stoppage told in a "before" clause', () => {
  it.each([
    ['before the pipeline was shut on March 25', 'date'],
    ['before Turkey halted flows on Saturday', 'weekday'],
  ])('"%s" is the day before', (s, type) => {
    expect(findTimes(s, 0, s.length, defaultEvents).map((t) => t.spec)).toEqual([expect.objectContaining({ type, before: true })]);
  });
});

describe('the same words in two roles', () => {
  it('"on Monday" after a stoppage in a "before" clause is not the plain Monday met earlier', () => {
    const text = 'The Khurmala field pumped 100,000 bpd on Monday. The Taq Taq field had been pumping 12,000 bpd before guards shut its gathering station on Monday.';
    const days = extract(text, { published: '2026-04-15' }).figures.map((f) => f.asOf);
    expect(days).toEqual(['2026-04-13', '2026-04-12']);
  });
});

/** The window the first time words of `s` name, seen from `ref`. */
function span(s: string, ref: string): [string, string | null] | null {
  const t = findTimes(s, 0, s.length, defaultEvents)[0];
  const p = t ? resolveTime(t.spec, ref) : null;
  return p ? [p.asOf, p.asOfTo] : null;
}

describe('spans of whole months', () => {
  it.each([
    ['in the first half of 2025', '2026-04-16', ['2025-01-01', '2025-06-30']],
    ['in the second half of last year', '2026-04-16', ['2025-07-01', '2025-12-31']],
    ['in H2 2025', '2026-04-16', ['2025-07-01', '2025-12-31']],
    ['in the first nine months of the year', '2026-04-16', ['2025-01-01', '2025-09-30']],
    ['in the first nine months of the year', '2026-10-16', ['2026-01-01', '2026-09-30']],
    ['in January-March', '2026-04-16', ['2026-01-01', '2026-03-31']],
    ['between November and February', '2026-04-16', ['2025-11-01', '2026-02-28']],
    ['last December', '2026-04-16', ['2025-12-01', '2025-12-31']],
    ['last April', '2026-04-16', ['2025-04-01', '2025-04-30']],
    ['so far this month', '2026-04-16', ['2026-04-01', '2026-04-16']],
  ])('"%s" seen from %s', (s, ref, want) => {
    expect(span(s, ref)).toEqual(want);
  });

  it.each(['in the first half of trading', 'in the first three months of operation'])('"%s" is no span of the calendar', (s) => {
    expect(times(s)).toEqual([]);
  });
});

describe('since part of a month', () => {
  it.each(['has averaged 1.1 million bpd since mid-March', 'flows have held since early October'])('"%s" runs from that month', (s) => {
    expect(times(s)).toEqual([expect.objectContaining({ role: 'since', type: 'month' })]);
  });
  it('"in mid-March" stays the month', () => {
    expect(times('output fell in mid-March')).toEqual([expect.objectContaining({ role: 'time', type: 'month' })]);
  });
});

describe('months counted to a month, and the start of a month', () => {
  it.each([
    ['in the three months to March', '2024-04-12', ['2024-01-01', '2024-03-31']],
    ['over the 12 months to March 2024', '2024-04-12', ['2023-04-01', '2024-03-31']],
    ['in the six months ended June', '2024-04-12', ['2023-01-01', '2023-06-30']],
    ['at the beginning of March', '2024-04-12', ['2024-03-01', '2024-03-31']],
  ])('"%s" seen from %s', (s, ref, want) => {
    expect(span(s, ref)).toEqual(want);
  });
  it('"the three companies" opens nothing', () => {
    expect(times('the three companies said')).toEqual([]);
  });
});

describe('an article event does not date itself', () => {
  it('"since the halt" right after an unrelated day is not that day', () => {
    const text = 'Prices rose on Monday, and since the halt stocks at Ceyhan have reached 3 million barrels.';
    const [f] = extract(text, { published: '2026-04-15' }).figures;
    expect(f?.asOf).toBe('2026-04-15');
  });
});

describe('time phrases, one file each', () => {
  const aliases = eventAliases(defaultEvents);
  // Each registered phrase finds its examples whole, as its own kind: a phrase whose opening
  // word the opener check does not know would find nothing.
  for (const p of PHRASES) {
    it.each(p.examples)(`${p.group}: "%s"`, (example) => {
      const found = findTimes(`Output was 5 bpd ${example}.`, 0, 99, defaultEvents);
      expect(found.map((t) => t.text)).toEqual([example]);
      expect(found[0]?.spec).toEqual(p.spec(groupsOfExample(p, example), aliases));
      if (typeof p.role === 'string') expect(found[0]?.role).toBe(p.role);
    });
  }

  // Found only by another phrase's opener, a phrase would vanish with that phrase.
  it.each(PHRASES.map((p) => [p.group, p] as const))('%s: every example opens with one of its own openers', (_, p) => {
    expect(p.examples.length).toBeGreaterThan(0);
    const opens = new RegExp(`^(?:${p.opens.join('|')})`, 'i');
    expect(p.examples.filter((e) => !opens.test(e))).toEqual([]);
  });

  it('each phrase has a group of its own', () => {
    expect(new Set(PHRASES.map((p) => p.group)).size).toBe(PHRASES.length);
  });
});

describe('the opener check built from the phrases', () => {
  const phrase = (group: string, opens: string[]): TimePhrase => ({ group, pattern: '(?!)', opens, spec: () => null, examples: [] });
  const phrases = [
    phrase('a', [String.raw`the\s+(?:week|seven)`, String.raw`in\s+the\s+(?:week)`, 'since(?![a-z])']),
    phrase('b', [String.raw`the\s+(?:first|(?:two|three)\s+months)`, String.raw`the\s+(?:week)`, 'since(?![a-z])', String.raw`\d{1,2}\s+(?:jan)`]),
  ];

  it('merges what several phrases open with after one word, and accepts what any of them would', () => {
    const { source, first } = opening(phrases);
    expect(source).toContain(String.raw`t(?:he\s+(?:week|seven|first|(?:two|three)\s+months))|`);
    expect(first).toBe('[tis0-9]');
    const merged = new RegExp(`^(?:${source})`, 'i');
    const each = new RegExp(`^(?:${phrases.flatMap((p) => p.opens).join('|')})`, 'i');
    for (const s of ['the week', 'the seven', 'the first', 'the two months', 'the three weeks', 'in the week', 'in the first', 'since', 'sincere', '12 jan', 'the', 'then week']) {
      expect(merged.test(s), s).toBe(each.test(s));
    }
  });

  it('refuses an opener that does not start with a letter or a digit', () => {
    expect(() => opening([phrase('c', [String.raw`(?:the)\s+week`])])).toThrow(/must start with a lower-case letter/);
  });
});

function groupsOfExample(p: (typeof PHRASES)[number], example: string): Record<string, string | undefined> {
  const source = typeof p.pattern === 'string' ? p.pattern : p.pattern(eventAliases(defaultEvents));
  return new RegExp(source, 'i').exec(example)?.groups ?? {};
}
