// "on 2017-10-16", "since 2024-03-01": a day written the ISO way.
import { word } from './words';
import { roleOfPrep, type TimePhrase } from './phrase';

export const isoDate: TimePhrase = {
  group: 'iso',
  pattern: String.raw`(?:\b(?<isoPrep>on|since|from|by|until)\s+)?\b(?<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b`,
  examples: ['on 2017-10-16', 'since 2024-03-01', '2025-12-31'],
  opens: [String.raw`19\d\d-`, String.raw`20\d\d-`, word('since'), ...['on', 'from', 'by', 'until'].map((w) => String.raw`${w}\s+(?:\d)`)],
  spec: (g) => ({ type: 'date', text: g.iso ?? '', year: Number((g.iso ?? '').slice(0, 4)), before: false }),
  role: ({ g }) => roleOfPrep(g.isoPrep),
};
