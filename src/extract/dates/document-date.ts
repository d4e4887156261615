// "In a ruling dated March 23, the court found that … . The tribunal ordered Ankara to pay about
// $1.5 billion": a sum of money a decision sets (damages, a fine, compensation) is as of the
// decision's date, when its sentence has no time words of its own and names the decision (or who
// made it) again with "the". Reports, letters and statements only say things: their date is like "said on
// Tuesday" and dates no figure.
import type { ExtractContext } from '../base/context';
import type { TimeExpr } from './time-spec';

const DOCUMENT = String.raw`ruling|award|judg(?:e)?ment|decision|verdict|order|decree`;
const DATED_BEFORE = new RegExp(String.raw`\b(?<doc>${DOCUMENT})\s+dated\s+$`, 'i');
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
    if (!prev || !ctx.text.slice(prev.start, prev.end).includes(' dated ')) continue;
    for (const t of ctx.times(k)) {
      if (t.spec.type !== 'date' || t.role === 'speech') continue;
      const doc = DATED_BEFORE.exec(ctx.text.slice(Math.max(prev.start, t.start - 30), t.start))?.groups?.doc?.toLowerCase();
      if (!doc) continue;
      const issuers = ISSUERS[doc];
      const again = new RegExp(String.raw`\bthe\s+(?:[\w-]+\s+)?(?:${doc}${issuers ? `|${issuers}` : ''})\b`, 'i');
      if (again.test(ctx.text.slice(s.start, s.end))) return t;
    }
  }
  return null;
}
