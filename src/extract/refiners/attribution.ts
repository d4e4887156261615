// Who the text says a figure comes from: "…, a shipping source in London said", "according to
// loading data", "the 250,000 bpd that Iraq's oil ministry reported". Conflicting reports are
// all kept; the attribution tells them apart.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { leftOf } from '../base/clauses';

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
    for (const f of figures) {
      const near = THAT_REPORTED.exec(ctx.text.slice(f.end, f.end + 100)) ?? ownClause(leftOf(ctx, f.start, 100));
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
        f.attribution = who.trim().replace(/\s+(?:has|have|had|was|were|is|are|also|later|previously|earlier)$/i, '');
        tag(f, 'attribution');
      }
    }
    return figures;
  },
};

// "an estimated 40 percent" is a qualifier, not someone estimating.
const notAName = (who: string) => /^(?:an?|the|one|some)$/i.test(who.trim()) || /\b(?:an?|the)$/i.test(who.trim());

function sourceOf(sentence: string): string | null {
  const acc = ACCORDING.exec(sentence);
  if (acc?.[1]) return acc[1];
  let trailing: string | null = null;
  TRAILING.lastIndex = 0;
  for (let m = TRAILING.exec(sentence); m; m = TRAILING.exec(sentence)) trailing = m[1] ?? trailing;
  if (trailing) return trailing;
  return LEADING.exec(sentence)?.[1] ?? INVERTED.exec(sentence)?.[1] ?? null;
}
