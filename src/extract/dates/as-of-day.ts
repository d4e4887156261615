// The day a statement's data are given for. "The ministry put output at 412,380 bpd as of
// March 9": the company's figures of the moment (how far output "had dropped", the losses
// "so far", what it "now" spends) are all as of that day, even where the story repeats them
// without it ("has cut output to under 150,000 bpd", the lead of a story run days
// later). A report of another time (a past month, "before the strike") keeps its own words.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import { minusDays } from './calendar';
import { resolveTimeUnmemoised } from './resolve-time';
import { DAY_SPECS, type Period } from './time-spec';

const AS_OF = /\bas\s+of\s+$/i;
// Data a week old or older are not the story's "now".
const RECENT_DAYS = 7;
// The state of things at the moment, or a total run up to it.
const CURRENT = /\b(?:now|currently|still|has|have|had|is|are|stands?|cumulative|so\s+far|to\s+date)\b/i;
// "from more than 900,000 barrels to under 150,000": the level it fell from is older.
const FROM_BEFORE = /\bfrom\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|some\s+)?$/i;

/** Whether an undated figure is a statement's figure of the moment. */
export function currentFigure(ctx: ExtractContext, f: Candidate): boolean {
  if (f.kind === 'target') return false;
  const left = leftOf(ctx, f.start, 120);
  return !FROM_BEFORE.test(left) && CURRENT.test(left);
}

// "The ministry put output at …", "… the company said": a speaker's figures, not a data series'
// ("As of October 14, the reserve held 405 million barrels").
const STATEMENT = /\b(?:statement|said|says|confirm(?:s|ed)?|told)\b/i;

const QUOTE_REACH = 1500;

/** Whether sentence k gives a statement: it names one, or sits inside a quote its paragraph opened. */
function fromStatement(ctx: ExtractContext, k: number): boolean {
  const s = ctx.sentences[k];
  if (!s) return false;
  if (STATEMENT.test(ctx.text.slice(s.start, s.end))) return true;
  // A quote opened within the paragraph, a few sentences back at most.
  const floor = Math.max(0, s.start - QUOTE_REACH);
  const paragraph = ctx.text.lastIndexOf('\n\n', s.start);
  const before = ctx.text.slice(Math.max(floor, paragraph), s.start);
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

const memo = perArticle<number, Period | null>();

/** The article's "as of" day, when it falls in the week before publication; else null. */
export function asOfDay(ctx: ExtractContext): Period | null {
  return memo(ctx, 0, findAsOf);
}

function findAsOf(ctx: ExtractContext): Period | null {
  const published = ctx.published;
  if (!published) return null;
  const text = ctx.text;
  const phrase = /\bas\s+of\s/gi;
  let lastSentence = -1;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    const k = ctx.sentenceAt(m.index);
    if (k === lastSentence || !fromStatement(ctx, k)) continue;
    lastSentence = k;
    for (const t of ctx.times(k)) {
      if (!DAY_SPECS.has(t.spec.type) || !(AS_OF.test(text.slice(Math.max(0, t.start - 8), t.start)) || /^as\s+of\s/i.test(t.text))) continue;
      const p = resolveTimeUnmemoised(t.spec, published, false);
      if (p && p.asOf <= published && p.asOf >= minusDays(published, RECENT_DAYS)) return { asOf: p.asOf, asOfTo: null, tag: 'date:as-of-day' };
    }
  }
  return null;
}
