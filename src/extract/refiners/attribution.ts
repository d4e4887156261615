// Who the text says a figure comes from: "…, a shipping source in London said", "according to
// loading data", "the 180,000 bpd that Norland's energy ministry reported". Conflicting reports are
// all kept; the attribution tells them apart.
import { tag } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { isRegexSpace, leftOf } from '../base/clauses';

const SAY = String.raw`(?:said|says|told\s+\w+|added|reported|reports|estimated|estimates|showed|shows)`;
const THAT_REPORTED = new RegExp(String.raw`^\s*(?:that|which)\s+([^,;.]{3,80}?)\s+${SAY}\b`, 'i');
// In the figure's own clause: "while Kurdish officials put them at 300,000 bpd".
const OWN_CLAUSE = /(?:^|\b(?:while|whereas|but|and)\s+)((?:an?|the|some)\s+[^,;]{2,60}?|[A-Z][^,;]{1,60}?)\s+(?:put|puts|estimated|estimates|pegged|gave)\s+(?:it|them|the\s+\w+|flows|exports|output)?\s*(?:at\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$/;
// OWN_CLAUSE needs one of its verbs between spaces; testing for that first spares its slow
// search (lazy spans tried from every position) on the clauses of nearly every figure.
const OWN_VERB = /\s(?:put|puts|estimated|estimates|pegged|gave)\s/;
const ownClause = (left: string) => (OWN_VERB.test(left) ? OWN_CLAUSE.exec(left) : null);
const ACCORDING = /\baccording\s+to\s+([^,;.]{3,100})/i;
const TRAILING = new RegExp(String.raw`,\s*((?:an?|the|one|two|three|some|several)\s+[^,;]{2,90}?|[A-Z][^,;]{1,90}?|he|she|they)\s+${SAY}\b`, 'g');
const LEADING = new RegExp(String.raw`^\s*["“]?((?:an?|the)\s+[^,;]{2,80}?|[A-Z][^,;]{1,80}?)\s+${SAY}\b`);
const INVERTED = new RegExp(String.raw`\b(?:said|says)\s+((?:an?|the)\s+[^,;.]{2,80})`, 'i');

export const attribution: Refiner = {
  name: 'attribution',
  refine(ctx, figures) {
    const cache = new Map<number, string | null>();
    // Per sentence: whether OWN_VERB occurs in it at all. The clause left of a figure lies inside
    // its sentence, so without one there the clause needs no slicing or testing, figure by figure.
    const ownVerbIn = new Map<number, boolean>();
    for (const f of figures) {
      const near = thatReported(ctx.text, f.end) ?? (mayOwnClause(ctx, f.start, ownVerbIn) ? ownClause(leftOf(ctx, f.start, 100)) : null);
      let who = near?.[1] && !notAName(near[1]) ? near[1] : null;
      if (!who) {
        if (!cache.has(f.sentence)) {
          const s = ctx.sentences[f.sentence];
          cache.set(f.sentence, s ? sourceOf(ctx.text.slice(s.start, s.end)) : null);
        }
        who = cache.get(f.sentence) ?? null;
      }
      if (who && notAName(who)) who = null;
      if (who) {
        f.attribution = withoutTrailingVerb(who);
        tag(f, 'attribution');
      }
    }
    return figures;
  },
};

/** THAT_REPORTED on the 100 characters after `end`, run only when "that" or "which" can open them. */
function thatReported(text: string, end: number): RegExpExecArray | null {
  let i = end;
  while (i < end + 100 && i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 32;
  if (i >= end + 100 || (c !== 116 && c !== 119)) return null;
  return THAT_REPORTED.exec(text.slice(end, end + 100));
}

function mayOwnClause(ctx: ExtractContext, pos: number, memo: Map<number, boolean>): boolean {
  const at = ctx.sentenceAt(pos);
  const s = ctx.sentences[at];
  // A position past its sentence's end (between sentences) reads past the sentence: no shortcut.
  if (!s || pos > s.end) return true;
  let has = memo.get(at);
  if (has === undefined) {
    has = OWN_VERB.test(ctx.text.slice(s.start, s.end));
    memo.set(at, has);
  }
  return has;
}

// A verb the attribution's span ran into ("officials have", "the ministry later"): dropped, as
// /\s+(?:has|have|…)$/i would, by reading the last word instead of trying that pattern at every
// position of the name.
const TRAILING_VERBS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'later', 'previously', 'earlier']);

function withoutTrailingVerb(who: string): string {
  const s = who.trim();
  let i = s.length;
  while (i > 0 && !isRegexSpace(s.charCodeAt(i - 1))) i--;
  if (i === 0 || !TRAILING_VERBS.has(s.slice(i).toLowerCase())) return s;
  while (i > 0 && isRegexSpace(s.charCodeAt(i - 1))) i--;
  return s.slice(0, i);
}


// "an estimated 40 percent" is a qualifier, not someone estimating.
const notAName = (who: string) => /^(?:an?|the|one|some)$/i.test(who.trim()) || /\b(?:an?|the)$/i.test(who.trim());

// Every pattern after ACCORDING needs one of the speech verbs; a sentence without any (most
// figure sentences without a source) skips TRAILING's and LEADING's lazy spans, tried from every
// comma and every position. Case-blind, as INVERTED is.
const ANY_SAY = /said|says|told|added|reported|reports|estimated|estimates|showed|shows/i;

function sourceOf(sentence: string): string | null {
  const acc = ACCORDING.exec(sentence);
  if (acc?.[1]) return acc[1];
  if (!ANY_SAY.test(sentence)) return null;
  let trailing: string | null = null;
  TRAILING.lastIndex = 0;
  for (let m = TRAILING.exec(sentence); m; m = TRAILING.exec(sentence)) trailing = m[1] ?? trailing;
  if (trailing) return trailing;
  return LEADING.exec(sentence)?.[1] ?? INVERTED.exec(sentence)?.[1] ?? null;
}
