// When each figure holds. Each time expression in a sentence belongs to the figure nearest to
// it ("385,000 b/d last month, after 470 kb/d in April"); a figure takes the best of its
// own: calendar dates and months first, then days, then weeks, then events. Words naming when
// something was said ("said on Tuesday") or the other end of a comparison ("from Monday's
// level", "since Monday" for a change) never date a figure. No time words: the publication day.
import { tag, type Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { perArticle } from '../base/memo';
import type { Period, TimeExpr } from '../dates/time-expr';
import { resolveTimeUnmemoised } from '../dates/resolve-time';
import { thatMonth } from '../dates/that-month';
import { comparisonBase, earlierThan } from '../dates/comparison-base';
import { whenClause } from '../dates/when-clause';
import { articleEventPeriod } from '../dates/article-events';
import { sinceThenPeriod } from '../dates/since-then';
import { documentDate } from '../dates/document-date';
import { namesOtherTime } from '../dates/not-figure-time';
import { datesEarlierLevel } from '../derived/fraction-of-earlier-level';
import { inStoryPeriod, storyPeriod } from '../dates/story-period';
import { donorFor, sameReport } from '../dates/donors';
import { dateByArticleEvent, dateByOwnYear } from '../dates/no-publication';
import { datedStatements, restatedPeriod } from '../dates/restated';
import { minusDays, monthFrom } from '../dates/calendar';
import { chooseTime } from '../dates/choice/choose';
import type { TimeOption } from '../dates/choice/options';
import { asOfDay, currentFigure } from '../dates/as-of-day';
import { carriedPeriod } from '../dates/carried-period';
import { continuedStatementDay, statedAsNow } from '../dates/statement-day';
import { dayBeforeHalt, habitualFlow, runningAtTheStop } from '../dates/before-halt';
import { lossAtHalt, lossInCauseClause } from '../dates/loss-at-halt';
import { articlePlanStart, decidedAt, isPlannedCut, isPlannedLevel, nearestStart, startsPlan } from '../dates/plan-start';
import { budgetStoryYear, budgetYearOf } from '../dates/budget-year';
import { fromLevelPeriod } from '../dates/from-level';
import { spillDay } from '../dates/spill-size';
import { eventMoveDay } from '../dates/event-move';
import { saidInMonth } from '../dates/said-in-month';
import { planSaidOn } from '../dates/plan-said';
import { previousWeekEnd, stockAtWeekEnd } from '../dates/stock-at-week-end';
import { countedTo, isRunningTotal, runningFrom } from '../dates/running-total';
import { leadRestated } from '../dates/lead-restated';
import { levelBeforeFall } from '../dates/level-before-fall';
import { monthsUntil } from '../dates/months-until';
import { DAY_SPECS } from '../dates/time-spec';

const TIER: Record<TimeExpr['spec']['type'], number> = {
  date: 0, month: 0, 'ord-week': 0, year: 0, 'end-of-year': 0,
  'week-to': 0, months: 0, 'by-month': 0, 'half-month': 0, quarter: 0, 'first-days': 0, 'year-from': 0, 'year-start': 2,
  weekday: 1, relday: 1, weekend: 1, 'same-day': 1, ago: 1,
  week: 2, 'month-rel': 2, 'year-rel': 2, 'rolling-week': 2, rolling: 2, earlier: 2,
  event: 3, 'article-event': 3, 'since-then': 3, now: 4,
};
const FROM_BEFORE = /\bfrom\s+$/i;
const SAME_PERIOD_BEFORE = /\b(?:from|than|versus|against|compared\s+(?:with|to))\s+the\s+same\s+(?:period|month|quarter|week|time|point|day)\s+(?:(?:of|in|a)\s+)?$/i;
const SINCE_TO = /^\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
// "has dropped 45% to about": the move's size may come between the verb and "to".
const MOVED_TO = /\b(?:dropped|fallen|fell|slumped|plunged|declined|decreased|shrunk|shrank|sunk|sank|risen|rose|climbed|recovered|rebounded|increased|grown|grew|edged\s+(?:up|down))\s+(?:(?:by\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s*cent)\s+)?to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/i;
// "… to about 290,000 bpd since the pipelines broke last Tuesday": the clause "since" opens,
// up to its time words.
const SINCE_CLAUSE_AFTER = /^\s*,?\s*since\s+[^,;.]{0,70}$/i;
// "now" then at most a verb and an adverb before the figure: "is now refining about".
const NOW_VERB = /^\s+(?:[a-z]+\s+){0,2}(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|only\s+|just\s+)?$/i;
const THAN_BEFORE = /\bthan\s+$/i;
// "held 150,000 bpd below their winter average", "above the 2030 levels": time words naming
// the other end of a comparison, whose noun follows them.
const COMPARED_OWNER = /\b(?:below|above|under|over|than|versus|vs\.?|against|from|with)\s+(?:the|their|its|a|an)\s+$/i;
const COMPARED_NOUN = /^\s+(?:averages?|levels?|figures?|highs?|lows?|peaks?|marks?|totals?)\b/i;
// "compared with its average for March", "below the level of two years ago": the compared noun comes
// first and the time words say when it held.
const COMPARED_NOUN_FOR = /\b(?:in\s+line\s+with|compared\s+(?:with|to)|below|above|than|versus|vs\.?|against)\s+(?:the|their|its)\s+(?:[a-z]+\s+)?(?:averages?|levels?|figures?|highs?|lows?|peaks?|totals?)\s+(?:(?:for|in|of|during)\s+)?$/i;
// "was running at 40% until Monday, when loading stopped": the state held up to the day before.
const UNTIL_BEFORE = /\b(?:until|till|up\s+until)\s+(?:on\s+)?$/i;
const MONTH_EARLIER_IN = /^(?:than|from)\s+(?:a|one)\s+month\s+(?:earlier|before),?\s+in\s/i;

// "80,000 bpd has been offline since May 3": a volume still lost was lost then, so "since" dates
// it (the gold's convention); for other changes "since" is the base they are measured from.
const lostSince = (f: Candidate) => f.lost;
// "is up 9% since the beginning of the year": a year-to-date change runs over the year so
// far, which dates it (its first day), as "so far this year" does; it is not a base to measure from.
const sinceIsBase = (f: Candidate, t: TimeExpr) => t.role === 'since' && f.kind === 'change' && !lostSince(f) && t.spec.type !== 'year-start';

export const dates: Refiner = {
  name: 'date',
  refine(ctx, figures) {
    owners.clear();
    ownedIn.clear();
    asides.clear();
    const bySentence = new Map<number, Candidate[]>();
    for (const f of figures) {
      const list = bySentence.get(f.sentence) ?? [];
      list.push(f);
      bySentence.set(f.sentence, list);
    }
    if (!ctx.published) {
      for (const f of figures) {
        const own = owned(ctx, f, bySentence.get(f.sentence) ?? []);
        if (!dateByOwnYear(f, own)) dateByArticleEvent(ctx, f, own);
      }
      return figures;
    }
    // A plan may run through the month just ended ("the cut in July and August", August 3), as
    // yearForMonth reads it; a period ending earlier is not when a plan holds. A past day still
    // is not: "could reach 700,000 barrels on Sunday" looks ahead, and time-expr reads weekdays
    // back.
    const planFloor = monthFrom(ctx.published, -1).asOf;
    let previous = null as Candidate | null;
    for (const f of figures) {
      const own = owned(ctx, f, bySentence.get(f.sentence) ?? []);
      // A plan looks ahead; a facility's size ("the 250,000 bpd refinery") is a fact of its time.
      const future = f.kind === 'target' && !f.tags.includes('target:facility-size');
      f.baseTime = own.find((t) => t.role === 'base' || sinceIsBase(f, t)) ?? null;
      let chosen: { t: TimeExpr; p: Period; joined: boolean } | null = null;
      // What the exact rules leave open; the date model (dates/choice) may pick among them.
      const options: TimeOption[] = [];
      let exact = false;
      const aside = relativeAside(ctx, f);
      for (const t of own) {
        // "The Forties pipeline, which carries 450,000 bpd, was shut in December": the time
        // words of the main clause do not date a figure inside the relative clause.
        if (aside && (t.end <= aside[0] || t.start >= aside[1])) continue;
        // "The Zubair field, which restarted in 2016, is now pumping 300,000 bpd": time words
        // inside an aside date only figures inside it, never the main clause's.
        const around = asideAround(ctx, t, f.sentence);
        if (around && (f.end <= around[0] || f.start >= around[1])) continue;
        // A semicolon joins two statements; each has its own time words.
        if (acrossSemicolon(ctx.text, f, t)) continue;
        // "cut output by 9.7 million bpd from May 1": when the cut starts, not what it is measured from.
        if (future && isPlannedCut(f) && startsPlan(ctx, f, t)) {
          const p = nearestStart(ctx, t);
          if (p) {
            if (f.baseTime === t) f.baseTime = null;
            chosen = { t, p: { ...p, tag: 'date:plan-start' }, joined: false };
            exact = true;
            break;
          }
        }
        // "agreed on Sunday to cut 1.2 million bpd … due to begin on April 1": the day of the
        // decision dates a cut only when the article does not say when it starts.
        if (future && isPlannedCut(f) && decidedAt(ctx, t) && articlePlanStart(ctx)) continue;
        if (t.role === 'base' || sinceIsBase(f, t)) continue;
        // "down 1.9 per cent from the same period in 2023": the other end of the comparison.
        if (SAME_PERIOD_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 60), t.start))) {
          f.baseTime ??= t;
          continue;
        }
        // "have doubled since January to about 480,000 bpd": "since" starts the change; the level
        // it led to holds now.
        if (t.role === 'since' && f.kind !== 'change' && t.end <= f.start && SINCE_TO.test(ctx.text.slice(t.end, f.start))) {
          f.baseTime ??= t;
          continue;
        }
        // "output has dropped to about 150,000 bpd since March 2023": the level a move led to holds
        // now; "since" is where the move started (an average "since January" keeps its start).
        if (t.role === 'since' && f.kind === 'level' && t.start >= f.end && (t.start - f.end < 30 || SINCE_CLAUSE_AFTER.test(ctx.text.slice(f.end, t.start))) && MOVED_TO.test(ctx.text.slice(Math.max(0, f.start - 40), f.start))) {
          f.baseTime ??= t;
          continue;
        }
        // "the highest since February 2023", "Brent for June delivery": another time than the figure's.
        if (namesOtherTime(ctx.text, t) || datesEarlierLevel(ctx.text, f.end, t.start)) continue;
        // "climbed on Friday as a halt … took 320,000 bpd off": the stoppage's loss, dated by it.
        if (lossInCauseClause(ctx, f, t)) continue;
        // "fell 5 percent from a year earlier": the other end of the change, placed from the
        // change's own period once that is known (comparison-base.ts).
        if (t.spec.type === 'earlier' && FROM_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 12), t.start))) continue;
        if (t.start >= f.end && ((COMPARED_OWNER.test(ctx.text.slice(Math.max(0, t.start - 16), t.start)) && COMPARED_NOUN.test(ctx.text.slice(t.end, t.end + 12))) || COMPARED_NOUN_FOR.test(ctx.text.slice(Math.max(0, t.start - 60), t.start)))) {
          f.baseTime ??= t;
          continue;
        }
        // "20.9% more than in July", "60,000 bpd less than a year earlier": what a change is
        // measured against is its base, not its time.
        if (f.kind === 'change' && THAN_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 8), t.start))) {
          f.baseTime ??= t;
          continue;
        }
        // Words before the figure that "since" separates from it are the start, not its time:
        // "began on Nov. 26 and have since doubled to 30,000 bpd".
        if (t.end <= f.start && /\bsince\b/i.test(ctx.text.slice(t.end, f.start))) {
          f.baseTime ??= t;
          continue;
        }
        const back = previousUnit(t);
        // "the cut agreed in April": the decision, which has happened, even for a plan.
        const ahead = future && !decidedAt(ctx, t);
        const p: Period | null = t.spec.type === 'same-day' ? previous?.period ?? null : back ? earlierPeriod(ctx, f, t, back) : resolveOnce(ctx, t, ahead);
        if (!p) continue;
        // A plan or capacity is not dated by a past year ("out of action since attacks in 2014").
        if (ahead && (p.asOfTo ? p.asOfTo < planFloor : p.asOf < ctx.published)) continue;
        // "pumped 800,000 bpd last week, and on Saturday NOC said …": time words past ", and"
        // belong to the next clause; they date the figure only when its own clause has none.
        const joined = acrossClauseJoin(ctx.text, f, t);
        options.push({ t, p, joined });
        if (!chosen || (chosen.joined && !joined) || (chosen.joined === joined && better(f, t, chosen.t))) chosen = { t, p, joined };
        // "up from about 860,000 bpd a week earlier": "a week earlier" touching the figure is its
        // own time (counted back from the day the sentence named), over that day itself.
        if (back && t.start >= f.end && t.start - f.end <= 4) {
          chosen = { t, p, joined: false };
          exact = true;
          break;
        }
        // "is now refining about 150,000 bpd": "now" at the figure's own verb outranks a date in
        // another clause ("before fighters overran it in June 2014").
        if (t.spec.type === 'now' && t.end <= f.start && f.start - t.end < 40 && NOW_VERB.test(ctx.text.slice(t.end, f.start))) {
          chosen = { t, p, joined: false };
          exact = true;
          break;
        }
      }
      if (!exact) chosen = chooseTime(ctx, f, options, chosen);
      // "the deal now under consideration would cut 1.8 million bpd": "now" is when the plan is
      // talked about; the cut holds from its start (second pass).
      if (chosen && !exact && chosen.t.spec.type === 'now' && isPlannedCut(f)) chosen = null;
      // "up from $7.66 billion in July, when exports averaged 3.31 million bpd": inside a ", when"
      // clause, the time named before "when" (unless the clause has time words of its own).
      const when = whenClause(ctx, f.sentence, f.start);
      if (when && !(chosen && chosen.t.start > when.at)) {
        const p = resolveOnce(ctx, when.t, future);
        if (p) {
          chosen = null;
          f.time = when.t;
          f.period = { ...p, tag: 'date:when-clause' };
          tag(f, 'date:when-clause');
        }
      }
      // "3.19 million bpd in February, up 45,000 bpd from January, officials told us on
      // Tuesday": a change written after its level is measured over the level's period; time
      // words after the change (a report's day) do not move it. (With no time words of its own,
      // the second pass gives it the level's period anyway.)
      const level = f.paired;
      if (level && f.kind === 'change' && level.start < f.start && level.time?.role === 'time' && level.period && chosen && chosen.t.start >= f.end && TIER[chosen.t.spec.type] >= TIER[level.time.spec.type]) {
        chosen = null;
        f.period = { ...level.period };
        tag(f, 'date:level-of-change');
      }
      // "31,000 bpd less than a month earlier in June": a change measured from a named month
      // with no time of its own runs over the month after it.
      if (!chosen && f.kind === 'change' && f.baseTime && MONTH_EARLIER_IN.test(f.baseTime.text)) {
        const base = resolveOnce(ctx, f.baseTime, false);
        if (base) {
          f.period = { ...monthFrom(base.asOf, 1), tag: 'date:month-after-base' };
          tag(f, 'date:month-after-base');
        }
      }
      // "on Saturday the company said output now exceeds …": the speaker's now; else the day the
      // article's statement gives its data for ("as of Sunday, production stands at …").
      const said = chosen?.t.spec.type === 'now' ? continuedStatementDay(ctx, f.sentence) ?? asOfDay(ctx) : null;
      if (chosen && said) chosen = { ...chosen, p: said };
      // "would reach 11 million bpd by the end of September, he said", "aims to lift output to N by
      // the end of the year, the ministry said on Sunday": a deadline's window runs from the day
      // it was set, when that was before the story ran.
      const deadline = chosen?.t.spec.type === 'by-month' || chosen?.t.spec.type === 'end-of-year';
      const set = deadline && chosen?.p.asOf === ctx.published ? continuedStatementDay(ctx, f.sentence) : null;
      if (chosen && set) chosen = { ...chosen, p: { ...chosen.p, asOf: set.asOf } };
      if (chosen && !future && DAY_SPECS.has(chosen.t.spec.type) && !chosen.p.asOfTo && (UNTIL_BEFORE.test(ctx.text.slice(Math.max(0, chosen.t.start - 14), chosen.t.start)) || /^(?:until|till)\s/i.test(chosen.t.text))) {
        chosen = { ...chosen, p: { asOf: minusDays(chosen.p.asOf, 1), asOfTo: null, tag: 'date:until-day' } };
      }
      // "was pumping 75,000 bpd when it was shut on Monday": the day before the stoppage.
      if (chosen && !future && f.kind === 'level' && DAY_SPECS.has(chosen.t.spec.type) && !chosen.p.asOfTo && runningAtTheStop(ctx, f, chosen.t.start)) {
        chosen = { ...chosen, p: { asOf: minusDays(chosen.p.asOf, 1), asOfTo: null, tag: 'date:before-halt' } };
      }
      // "a cut of 2 million bpd for six months, until December 31": from the span's first month.
      const span = chosen ? monthsUntil(ctx, f.end, chosen.t, chosen.p) : null;
      if (chosen && span) chosen = { ...chosen, p: span };
      // "has cost $400m since the ports closed a week ago": a total counted to a day, whose
      // "since" clause names only where it started.
      const running = runningFrom(ctx, f);
      if (running >= 0 && (!chosen ? !f.period : chosen.t.start >= running - 12)) {
        chosen = null;
        f.period = countedTo(ctx, f);
        tag(f, f.period.tag);
      }
      // "approved on Monday a budget of … for 2031": the budget's year, not the vote's day.
      const budget = (chosen ? TIER[chosen.t.spec.type] >= 1 : !f.period) ? budgetYearOf(ctx, f) : null;
      if (budget) {
        chosen = null;
        f.period = { ...budget };
        tag(f, budget.tag);
      }
      if (chosen) {
        f.time = chosen.t;
        f.period = chosen.t.role !== 'since' ? chosen.p : isRunningTotal(f) ? countedTo(ctx, f) : { asOf: chosen.p.asOf, asOfTo: ctx.published, tag: 'date:since' };
        tag(f, f.period.tag);
      }
      previous = f.period ? f : previous;
    }
    // Second pass: figures still undated borrow from the figure they are tied to, else from the
    // period the story's lead reports on, else take the publication day.
    const story = storyPeriod(ctx, figures);
    const dated = datedStatements(figures);
    figures.forEach((f, i) => {
      if (f.period || !ctx.published) return;
      const donor = donorFor(ctx, f, i, figures, ownerOfTime);
      const month = donor?.period ? null : thatMonth(ctx, f.sentence, f.start, f.end);
      const monthPeriod = month ? resolveOnce(ctx, month, false) : null;
      // Decisions set sums of money (damages, fines, compensation); other units are not looked up.
      const doc = donor?.period || monthPeriod || (f.unit !== 'USD' && f.unit !== 'IQD') ? null : documentDate(ctx, f.sentence);
      const docPeriod = doc ? resolveOnce(ctx, doc, false) : null;
      let report: Candidate | null = null;
      let planStart: Period | null = null;
      let beforeHalt: Period | null = null;
      let lostOn: Period | null = null;
      let said: Period | null = null;
      let carried: Period | null = null;
      let dataDay: Period | null = null;
      let budget: Period | null = null;
      let fromLevel: Period | null = null;
      // The day of an event the figure measures: a spill's size, a market's move on the news.
      let eventDay: Period | null = null;
      let saidMonth: Period | null = null;
      const restated = donor?.period || monthPeriod || docPeriod ? null : restatedPeriod(dated, f);
      // "to 430,000 bpd in July from 220,000 bpd": the level it moved from, before any figure it is tied to.
      if ((fromLevel = fromLevelPeriod(ctx, f, i, figures))) {
        f.period = { ...fromLevel };
        tag(f, fromLevel.tag);
      } else if (docPeriod) {
        f.time = doc;
        f.period = { ...docPeriod, tag: 'date:document' };
        tag(f, 'date:document');
      } else if (monthPeriod) {
        f.period = { ...monthPeriod, tag: 'date:that-month' };
        tag(f, 'date:that-month');
      } else if (donor?.period) {
        f.period = { ...donor.period };
        tag(f, 'date:from-related-figure');
      } else if ((budget = budgetStoryYear(ctx, f))) {
        f.period = { ...budget };
        tag(f, budget.tag);
      } else if (restated) {
        f.period = { ...restated, tag: 'date:restated' };
        tag(f, 'date:restated');
      } else if ((eventDay = spillDay(ctx, f, (t) => resolveOnce(ctx, t, false)) ?? eventMoveDay(ctx, f, (t) => resolveOnce(ctx, t, false)))) {
        f.period = { ...eventDay };
        tag(f, eventDay.tag);
      } else if (habitualFlow(ctx, f) && (beforeHalt = dayBeforeHalt(ctx))) {
        f.period = { ...beforeHalt };
        tag(f, beforeHalt.tag);
      } else if ((lostOn = lossAtHalt(ctx, f))) {
        f.period = { ...lostOn };
        tag(f, lostOn.tag);
      } else if ((isPlannedCut(f) || isPlannedLevel(ctx, f)) && (planStart = articlePlanStart(ctx))) {
        f.period = { ...planStart };
        tag(f, planStart.tag);
      } else if ((saidMonth = saidInMonth(ctx, f, (t) => resolveOnce(ctx, t, false)))) {
        f.period = { ...saidMonth };
        tag(f, saidMonth.tag);
      } else if (story && inStoryPeriod(ctx, f, story)) {
        f.period = { ...story.period };
        tag(f, story.period.tag);
      } else if ((carried = carriedPeriod(ctx, f, (t) => resolveOnce(ctx, t, false)))) {
        f.period = { ...carried };
        tag(f, carried.tag);
      } else if ((report = sameReport(ctx, f, i, figures))?.period) {
        f.period = { ...report.period };
        tag(f, 'date:same-report');
      } else if (currentFigure(ctx, f) && (dataDay = asOfDay(ctx))) {
        f.period = { ...dataDay };
        tag(f, dataDay.tag);
      } else if (statedAsNow(ctx, f) && (said = continuedStatementDay(ctx, f.sentence))) {
        f.period = { ...said };
        tag(f, said.tag);
      } else if ((said = planSaidOn(ctx, f, (t) => resolveOnce(ctx, t, false)))) {
        f.period = { ...said };
        tag(f, said.tag);
      } else {
        f.period = { asOf: ctx.published, asOfTo: null, tag: 'date:published' };
        tag(f, 'date:published');
      }
    });
    // "Output has climbed to 2 million bpd. … On Friday the ministry said output now tops …":
    // after the second pass, when the restatement has its statement's day.
    figures.forEach((f, i) => {
      const lead = leadRestated(ctx, figures, i);
      if (!lead) return;
      f.period = lead;
      tag(f, lead.tag);
    });
    // "Exports have fallen from 450,000 bpd to zero" after a dated stoppage: after the second
    // pass, which may have given the level the publication day or the stoppage's own.
    for (const f of figures) {
      const before = levelBeforeFall(ctx, f);
      if (!before) continue;
      f.period = before;
      tag(f, before.tag);
    }
    // "stocks fell by 2.4 million barrels to 402.7 million barrels in the week to March 8":
    // after the second pass (the build keeps the week), the stock holds on the week's last day.
    for (const f of figures) {
      const end = stockAtWeekEnd(ctx, f);
      if (!end) continue;
      f.period = end;
      tag(f, end.tag);
      const c = f.paired;
      if (c && c.kind === 'change' && !c.baseTime) c.baseTime = previousWeekEnd(ctx, c, end);
    }
    // "up 2 percent year-on-year": the change is measured from a year before its own period.
    for (const f of figures) {
      if (f.kind !== 'change' || f.baseTime || !f.period) continue;
      const base = comparisonBase(ctx.text, f.end, f.period);
      if (base) f.baseTime = base;
    }
    return figures;
  },
};

// A time expression is resolved once per article and direction (a plan looks ahead), however many
// figures ask for it. Per article, not per publication day across a batch: state shared between
// documents served benchmark templates, not real copy, where days and words differ.
const resolvedPast = perArticle<TimeExpr, Period | null>();
const resolvedFuture = perArticle<TimeExpr, Period | null>();
const resolvePast = (ctx: ExtractContext, t: TimeExpr) => resolveTimeUnmemoised(t.spec, ctx.published as string, false);
const resolveFuture = (ctx: ExtractContext, t: TimeExpr) => resolveTimeUnmemoised(t.spec, ctx.published as string, true);

function resolveOnce(ctx: ExtractContext, t: TimeExpr, future: boolean): Period | null {
  if (t.spec.type === 'article-event') return articleEventPeriod(ctx, t, (d) => resolveOnce(ctx, d, false));
  if (t.spec.type === 'since-then') return sinceThenPeriod(ctx, t, (d) => resolveOnce(ctx, d, false));
  return future ? resolvedFuture(ctx, t, resolveFuture) : resolvedPast(ctx, t, resolvePast);
}

function distance(f: Candidate, t: TimeExpr): number {
  return t.start >= f.end ? t.start - f.end : t.end <= f.start ? f.start - t.end : 0;
}

function better(f: Candidate, a: TimeExpr, b: TimeExpr): boolean {
  const ta = TIER[a.spec.type];
  const tb = TIER[b.spec.type];
  return ta !== tb ? ta < tb : distance(f, a) < distance(f, b);
}

const BREAK = /[,;:()]\s|\s[-–—]\s/;
// ", and …", ", but …", ", while …": a second clause, with its own subject and time words.
const CLAUSE_JOIN = /[,;]\s+(?:and|but|while|whereas)\s/;

function acrossClauseJoin(text: string, f: Candidate, t: TimeExpr): boolean {
  if (distance(f, t) > 400) return true;
  return CLAUSE_JOIN.test(t.start >= f.end ? text.slice(f.end, t.start) : text.slice(t.end, f.start));
}

/** Characters between a figure and time words, plus a clause's worth for each break crossed. */
function reach(ctx: ExtractContext, f: Candidate, t: TimeExpr): number {
  const d = distance(f, t);
  // Farther than any clause: certainly across a break, and not worth reading the text between.
  if (d > 400) return d + 48;
  const between = t.start >= f.end ? ctx.text.slice(f.end, t.start) : ctx.text.slice(t.end, f.start);
  // Wire copy puts the time after the figure ("3.6 million bpd early next year"): words before a
  // figure reach it a little less easily than words after it.
  return (BREAK.test(between) ? d + 40 : d) + (CLAUSE_JOIN.test(between) ? 80 : 0) + (t.end <= f.start ? 8 : 0);
}

// Per refine call (cleared at its start): plain maps rather than WeakMaps, whose entries for
// short-lived keys cost more to look up and to collect.
const owners = new Map<TimeExpr, Candidate | null>();
const ownerOfTime = (t: TimeExpr): Candidate | null | undefined => owners.get(t);

const NONE: readonly TimeExpr[] = [];

/** Time expressions of the sentence that are nearer to `f` than to any other figure in it. */
function owned(ctx: ExtractContext, f: Candidate, inSentence: Candidate[]): readonly TimeExpr[] {
  let bySentence = ownedIn.get(f.sentence);
  if (!bySentence) {
    bySentence = assignOwners(ctx, f.sentence, inSentence);
    ownedIn.set(f.sentence, bySentence);
  }
  return bySentence.get(f) ?? NONE;
}

// Per refine call, like `owners`: each sentence's time words by the figure that owns them, so a
// figure's lookup does not read every time word of a run-on sentence again.
const ownedIn = new Map<number, Map<Candidate, TimeExpr[]>>();

// What reach() adds to a distance at most (a break, a clause join, words before the figure): a
// figure farther than the nearest one by more than this cannot own the time words.
const MAX_PENALTY = 48 + 40 + 80 + 8;

/**
 * Each time expression of the sentence measured once against the figures that may own it: those
 * within the nearest figure's distance plus the largest penalty, found by walking out from the
 * time words over the figures sorted by position (a run-on sentence stays linear); among them,
 * as before, the least reach wins and ties go to the earlier figure.
 */
function assignOwners(ctx: ExtractContext, sentence: number, inSentence: Candidate[]): Map<Candidate, TimeExpr[]> {
  const out = new Map<Candidate, TimeExpr[]>();
  const order = new Map<Candidate, number>(inSentence.map((g, k) => [g, k]));
  const sorted = [...inSentence].sort((a, b) => a.start - b.start);
  const maxLen = sorted.reduce((m, g) => Math.max(m, g.end - g.start), 0);
  for (const t of ctx.times(sentence)) {
    if (t.role === 'speech') continue;
    // First figure starting at or after the time words.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Candidate).start < t.start) lo = mid + 1;
      else hi = mid;
    }
    let nearest = Infinity;
    const near: Candidate[] = [];
    // To the right, distances grow with the start.
    for (let k = lo; k < sorted.length; k++) {
      const g = sorted[k] as Candidate;
      if (g.start - t.end > nearest + MAX_PENALTY) break;
      if (t.start < g.end && t.end > g.start) continue;
      nearest = Math.min(nearest, distance(g, t));
      near.push(g);
    }
    // To the left, a figure ends at most maxLen after its start.
    for (let k = lo - 1; k >= 0; k--) {
      const g = sorted[k] as Candidate;
      if (t.start - g.start - maxLen > nearest + MAX_PENALTY) break;
      if (t.start < g.end && t.end > g.start) continue;
      nearest = Math.min(nearest, distance(g, t));
      near.push(g);
    }
    near.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    let owner: Candidate | null = null;
    let best = Infinity;
    for (const g of near) {
      if (distance(g, t) > best) continue;
      const d = reach(ctx, g, t);
      if (d < best) {
        best = d;
        owner = g;
      }
    }
    owners.set(t, owner);
    if (owner) {
      const list = out.get(owner);
      if (list) list.push(t);
      else out.set(owner, [t]);
    }
  }
  return out;
}

function acrossSemicolon(text: string, f: Candidate, t: TimeExpr): boolean {
  const from = t.start >= f.end ? f.end : t.end;
  const to = t.start >= f.end ? t.start : f.start;
  const i = text.indexOf(';', from);
  return i >= 0 && i < to;
}

/** "the month before", "a year earlier": counted back from the last period the sentence named before it. */
function earlierPeriod(ctx: ExtractContext, f: Candidate, t: TimeExpr, unit: 'day' | 'week' | 'month' | 'year'): Period | null {
  const times = ctx.times(f.sentence);
  for (let i = times.length - 1; i >= 0; i--) {
    const a = times[i] as TimeExpr;
    if (a.end > t.start || a.role === 'speech' || a.spec.type === 'earlier' || a.spec.type === 'same-day' || a.spec.type === 'now') continue;
    const p = resolveOnce(ctx, a, false);
    if (p) return earlierThan(p, unit);
  }
  return resolveOnce(ctx, t, false);
}

// "4.1 million barrels in the week to Thursday, against 5.6 million the previous week": like "a
// week earlier", the week before the one the sentence named, not the week before publication.
const PREVIOUS = /^the\s+(?:previous|preceding|prior)\s/i;

// "150,000 bpd on Wednesday, up from 110,000 bpd the day before": the day before the day the
// sentence named, as "a week earlier" is; "yesterday" and "a day ago" count from publication.
const DAY_EARLIER = /^(?:the\s+day\s+before|a\s+day\s+earlier|the\s+(?:previous|preceding|prior)\s+day)$/i;

/** The unit that "a week earlier", "the previous month", "the day before" … count back by, or null for other words. */
function previousUnit(t: TimeExpr): 'day' | 'week' | 'month' | 'year' | null {
  const spec = t.spec;
  if (spec.type === 'earlier') return spec.unit;
  if (spec.type === 'relday' && spec.days === -1 && DAY_EARLIER.test(t.text)) return 'day';
  if (!PREVIOUS.test(t.text)) return null;
  if (spec.type === 'week' && spec.which === 'last') return 'week';
  if (spec.type === 'month-rel' && spec.which === 'last') return 'month';
  if (spec.type === 'year-rel' && spec.offset === -1) return 'year';
  return null;
}

const RELATIVE_OPEN = /,\s*(?:which|whose)\b[^,;]*$/i;

/** The span of a ", which … ," clause the figure sits in, when it closes before the sentence ends. */
function relativeAside(ctx: ExtractContext, f: Candidate): [number, number] | null {
  const s = ctx.sentences[f.sentence];
  if (!s) return null;
  const from = Math.max(s.start, f.start - 80);
  const open = RELATIVE_OPEN.exec(ctx.text.slice(from, f.start));
  if (!open) return null;
  const close = ctx.text.indexOf(',', f.end);
  if (close < 0 || close >= s.end - 1 || close - f.end > 60) return null;
  return [from + open.index, close];
}

const TOOK_EFFECT = /\b(?:effect|force|beg[ia]n|start(?:ed|s)?|introduced|imposed|launched)\b/i;
const ASIDE_OPEN = /,\s*(?:which|who|whose)\b[^,;()]*$|\((?:which|who|whose|first|originally|once|[a-z]+(?:ed|en|ght|lt))\b[^()]*$/i;
// Per refine call, like owners.
const asides = new Map<TimeExpr, [number, number] | null>();

/**
 * The ", which … ," / ", who … ," / "(built in 1975)" clause that time words sit in, when it
 * closes before the sentence ends (or, for ", which …", ends it). A bracket counts only when it opens like a clause, so "in the
 * week to Friday (March 6)" still dates the main figure. Memoised per time expression.
 */
function asideAround(ctx: ExtractContext, t: TimeExpr, sentence: number): [number, number] | null {
  let hit = asides.get(t);
  if (hit !== undefined) return hit;
  hit = null;
  const s = ctx.sentences[sentence];
  const from = Math.max(s ? s.start : 0, t.start - 80);
  const open = ASIDE_OPEN.exec(ctx.text.slice(from, t.start));
  if (s && open) {
    const bracket = open[0].startsWith('(');
    const close = ctx.text.indexOf(bracket ? ')' : ',', t.end);
    if (close >= 0 && close < s.end - 1 && close - t.end <= 80) hit = [from + open.index, close];
    // "… from the wells at Tarn and Oskel, which the militia seized two winters ago.":
    // a relative clause that ends the sentence is an aside too, unless it says when the thing the
    // figure sets began ("a cap of $60, which took effect in December").
    else if (!bracket && (close < 0 || close >= s.end - 1) && s.end - t.end <= 80 && !TOOK_EFFECT.test(ctx.text.slice(from + open.index, t.start))) hit = [from + open.index, s.end];
  }
  asides.set(t, hit);
  return hit;
}
