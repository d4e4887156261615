// "In a ruling dated May 11, the panel found that … . The tribunal ordered Velmar to pay roughly
// $0.9 billion": a sum of money a decision sets (damages, a fine, compensation) is as of the
// decision's date, when its sentence has no time words of its own and names the decision (or who
// made it) again with "the". Reports, letters and statements only say things: their date is like "said on
// Tuesday" and dates no figure. A court that "ruled on Thursday" dates its ruling the same way.
import type { ExtractContext } from '../base/context';
import { DAY_SPECS, type TimeExpr } from './time-spec';

const DOCUMENT = String.raw`ruling|award|judg(?:e)?ment|decision|verdict|order|decree`;
const DATED_BEFORE = new RegExp(String.raw`\b(?<doc>${DOCUMENT})\s+dated\s+$`, 'i');
// "the court in Paris ruled on Thursday": the verb stands for a ruling.
const RULED_BEFORE = /\bruled\s+$/i;
// Who issues a ruling: "the tribunal ordered …" refers back to "a ruling dated …".
const ISSUERS: Record<string, string> = {
  ruling: 'tribunal|court|panel|arbitrators?|judges?',
  award: 'tribunal|court|panel|arbitrators?',
  judgment: 'court|judges?',
  judgement: 'court|judges?',
  decision: 'tribunal|court|panel|judges?|regulator',
  verdict: 'court|jury|judges?',
  order: 'court|tribunal|judges?|regulator',
  decree: 'government|president|cabinet|ministry',
};
// The sentence after the document's, or the one after that.
const SENTENCES_BACK = 2;

/** Time words "<decision> dated <day>" shortly before the figure's sentence, when it refers back. */
export function documentDate(ctx: ExtractContext, sentence: number): TimeExpr | null {
  const s = ctx.sentences[sentence];
  if (!s) return null;
  for (let k = sentence - 1; k >= 0 && k >= sentence - SENTENCES_BACK; k--) {
    const prev = ctx.sentences[k];
    // The word first, in that sentence only (a slice shares the text's characters).
    const words = prev ? ctx.text.slice(prev.start, prev.end) : '';
    if (!prev || (!words.includes(' dated ') && !words.includes(' ruled '))) continue;
    for (const t of ctx.times(k)) {
      if (!DAY_SPECS.has(t.spec.type) || t.role === 'speech') continue;
      const before = ctx.text.slice(Math.max(prev.start, t.start - 30), t.start);
      const doc = t.spec.type === 'date' ? DATED_BEFORE.exec(before)?.groups?.doc?.toLowerCase() : undefined;
      const found = doc ?? (RULED_BEFORE.test(before) ? 'ruling' : undefined);
      if (!found) continue;
      const issuers = ISSUERS[found];
      const again = new RegExp(String.raw`\bthe\s+(?:[\w-]+\s+)?(?:${found}${issuers ? `|${issuers}` : ''})\b`, 'i');
      if (again.test(ctx.text.slice(s.start, s.end))) return t;
    }
  }
  return null;
}
