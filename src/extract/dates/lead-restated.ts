// A lead gives the news without a day ("Output has climbed to more than 2 million bpd", "The
// strike has cost an estimated $90m, the union says") and the paragraphs after it say it again
// with the day the source spoke ("on Friday the ministry said output now tops the 2-million mark").
// The lead's figure is the same report, so it holds on that day, not on the day the story ran.
// Any value counts, even a round one: the restatement sits in the next few sentences and has the
// lead figure's unit and kind, which two different figures seldom share so close together.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import type { Period } from './time-spec';

/** Sentences that make up a lead: headline, standfirst, first paragraph. */
const LEAD_SENTENCES = 3;
/** How many sentences after the lead figure its restatement may come. */
const REACH = 4;

const kindGroup = (f: Candidate) => (f.kind === 'derived' ? 'level' : f.kind);

/** Whether a figure ended on the publication day only because nothing dated it. */
const datedByDefault = (ctx: ExtractContext, f: Candidate) =>
  !!f.period && !f.time && f.period.asOf === ctx.published && !f.period.asOfTo && (f.period.tag === 'date:published' || f.period.tag === 'date:running-total');

/** The period of the lead figure `figures[i]`'s dated restatement a few sentences on, or null. */
export function leadRestated(ctx: ExtractContext, figures: readonly Candidate[], i: number): Period | null {
  const f = figures[i] as Candidate;
  if (f.sentence >= LEAD_SENTENCES || !ctx.published || !datedByDefault(ctx, f)) return null;
  for (let j = i + 1; j < figures.length; j++) {
    const g = figures[j] as Candidate;
    if (g.sentence > f.sentence + REACH) break;
    if (g.sentence === f.sentence || g.unit !== f.unit || Math.abs(g.value) !== Math.abs(f.value) || kindGroup(g) !== kindGroup(f)) continue;
    const p = g.period;
    if (p && p.asOf < ctx.published && !datedByDefault(ctx, g)) return { asOf: p.asOf, asOfTo: p.asOfTo, tag: 'date:lead-restated' };
  }
  return null;
}
