// A figure about two parts of one group ("Field A and Field B were pumping 200,000 bpd between
// them") is a figure about the group, not about whichever part the extractor named: filed under
// the part, it would make that part's series jump to both parts' total. The way of writing looked
// for is coordination: two names of parts of the same group joined by "and", "&" or a comma, one
// of them the figure's own subject, in the words before the figure.
import type { Entity, EntityIndex, GazetteerEntry } from './entities';

/** Only the words this close before the figure are read: a run-on sentence stays linear. */
const WINDOW = 240;

const JOINER = /^\s*(?:fields?\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*|as\s+well\s+as\s+)(?:the\s+)?$/i;

interface Mention {
  start: number;
  end: number;
  id: string;
}

function mentionsOf(words: string, members: readonly GazetteerEntry[]): Mention[] {
  const lower = words.toLowerCase();
  const found: Mention[] = [];
  for (const m of members) {
    for (const alias of [m.label, ...m.aliases]) {
      const a = alias.toLowerCase();
      for (let at = lower.indexOf(a); at >= 0; at = lower.indexOf(a, at + 1)) {
        const before = lower[at - 1];
        const after = lower[at + a.length];
        if ((before && /[a-z0-9]/.test(before)) || (after && /[a-z0-9]/.test(after))) continue;
        found.push({ start: at, end: at + a.length, id: m.id });
      }
    }
  }
  // Longest first at a position, so "Avana Dome" wins over "Avana".
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  return found.filter((m, i) => i === 0 || m.start >= found[i - 1]!.end);
}

/**
 * The group entity when the words before the figure coordinate the subject with another part of
 * its group; else the subject itself.
 */
export function groupForCoordinatedParts(
  index: EntityIndex,
  subject: Entity,
  sentence: string,
  figureText: string,
): Entity {
  if (!subject.partOf) return subject;
  const group = index.byId.get(subject.partOf);
  if (!group) return subject;
  const at = sentence.indexOf(figureText);
  if (at < 0) return subject;
  const words = sentence.slice(Math.max(0, at - WINDOW), at);
  const mentions = mentionsOf(words, index.parts.get(group.id) ?? []);
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.id === b.id || (a.id !== subject.id && b.id !== subject.id)) continue;
    if (JOINER.test(words.slice(a.end, b.start))) {
      return { id: group.id, label: group.label, kind: group.kind, partOf: group.partOf ?? group.group ?? null, listed: true };
    }
  }
  return subject;
}
