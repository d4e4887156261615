// Mentions of subjects in one sentence: gazetteer names, and references back to them
// ("the pipeline", "the three fields", "It", "the pumping rate") that resolve later.
import type { Entity, EntityKind, Gazetteer } from './gazetteer';

export interface Mention {
  start: number;
  end: number;
  /** The named entity, or null for an anaphor resolved by the subject refiner. */
  entity: Entity | null;
  /** For anaphors: the kinds it can refer to, or 'generic' for "it", "flows", "the rate". */
  refers: readonly EntityKind[] | 'generic' | 'group' | null;
  text: string;
}

interface AnaphorRule {
  pattern: RegExp;
  refers: readonly EntityKind[] | 'generic' | 'group';
}

// Order matters: the first rule that matches at a position wins.
const ANAPHORS: AnaphorRule[] = [
  { pattern: /\b(?:the|its|their|this|that)\s+(?:main\s+|old\s+|export\s+|oil\s+|crude\s+)?(?:pipeline|line)\b/gi, refers: ['pipeline'] },
  { pattern: /\b(?:the|both|these|those|all)\s+(?:two\s+|three\s+|four\s+|five\s+|\d\s+)?(?:major\s+|main\s+|big\s+|northern\s+)?(?:oil\s?fields|fields)\b/gi, refers: 'group' },
  { pattern: /\b(?:the|that|this)\s+(?:oil\s?field|field)\b/gi, refers: ['field'] },
  { pattern: /\b(?:the|that|this)\s+(?:port|terminals?|oil\s+terminal)\b/gi, refers: ['port'] },
  { pattern: /\b(?:the|this)\s+(?:autonomous\s+)?region\b/gi, refers: ['region', 'government'] },
  { pattern: /\b(?:the|this)\s+province\b/gi, refers: ['province'] },
  { pattern: /\b(?:the|this)\s+(?:company|firm)\b/gi, refers: ['company'] },
  { pattern: /\b(?:the|this)\s+(?:benchmark|contract)\b/gi, refers: ['benchmark'] },
  {
    pattern: /\b(?:it|flows?|output|production|exports|loadings|shipments|deliveries|the\s+(?:pumping\s+|flow\s+|export\s+|production\s+)?(?:rate|volume)s?)\b/gi,
    refers: 'generic',
  },
];

export function findMentions(text: string, start: number, end: number, gazetteer: Gazetteer): Mention[] {
  const slice = text.slice(start, end);
  const out: Mention[] = [];
  const p = gazetteer.pattern;
  p.lastIndex = 0;
  for (let m = p.exec(slice); m; m = p.exec(slice)) {
    const entity = gazetteer.lookup(m[0]);
    if (entity) out.push({ start: start + m.index, end: start + m.index + m[0].length, entity, refers: null, text: m[0] });
  }
  for (const rule of ANAPHORS) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (out.some((o) => o.start < e && o.end > s)) continue;
      out.push({ start: s, end: e, entity: null, refers: rule.refers, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
