// What kind of source a document's `source` name is: a ministry, a company, a tanker tracker or a
// wire. The dashboard filters and colours by it and the evidence names it. Read from the name's
// words (documents carry only a name), so it needs no table and works for names never seen before;
// a name that says nothing of its kind counts as `wire`, the usual carrier of news.
// Pure (no I/O): runs in Node, Workers and the browser.

export const SOURCE_KINDS = ['ministry', 'company', 'tanker-tracker', 'wire'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  ministry: 'ministry',
  company: 'company',
  'tanker-tracker': 'tanker tracker',
  wire: 'wire',
};

// Checked in this order: "ministry of oil company" is a ministry, "TankerTrack wire" a tracker.
const RULES: [SourceKind, RegExp][] = [
  ['ministry', /\b(ministry|ministries|minister|government|authority|opec secretariat|statistics (office|agency)|central bank|somo)\b/i],
  ['tanker-tracker', /\b(tanker|tankers|tanker ?track\w*|kpler|vortexa|petro-logistics|ship[- ]?tracking|hull ?watch|ais data)\b|tanker/i],
  ['company', /\b(company|companies|corp|corporation|petroleum|energy|oil co|inc|plc|ltd|llc|group|operator|release)\b/i],
];

export function sourceKind(name: string | null | undefined): SourceKind {
  const text = (name ?? '').trim();
  for (const [kind, pattern] of RULES) if (pattern.test(text)) return kind;
  return 'wire';
}

/** The reports whose document's source is of one of the kinds; all of them when none is given. */
export function keepSources<T extends { document: { source: string | null } }>(points: T[], kinds: readonly SourceKind[] | null | undefined): T[] {
  if (!kinds?.length) return points;
  return points.filter((p) => kinds.includes(sourceKind(p.document.source)));
}
