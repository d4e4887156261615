// A budget speaks for its year. "Parliament on Monday approved a budget of 90 trillion dinars for
// 2031", "the 2031 budget is built on a crude price of $65 a barrel", "has budgeted exports of 1.2
// million bpd for the year that began on July 1": every figure of such a sentence (the
// spending, the deficit, the price and volumes it is built on) holds for the budget's year, not
// for the day the vote or the story happened. A story whose lead names a budget's year goes on
// about that budget: its later plans, and figures of sentences about the budget's money (the
// deficit, revenue, spending), hold for the same year unless they name a time of their own. A
// lead may name the budget and leave its year to the next sentences ("passed an unprecedented budget
// of 174.2 trillion dinars … The bill foresees a deficit of 51 trillion dinars for 2032"): that
// year is the budget's, in the lead too.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import { resolveTimeUnmemoised } from './resolve-time';
import type { Period } from './time-spec';

const BUDGET = /\bbudget(?:s|ed)?\b|\b(?:fiscal|financial)\s+year\b/i;
// "the 2031 budget", "the 2030-31 fiscal year", "its 2031 federal budget proposal".
const YEAR_BEFORE = /\b((?:19|20)\d{2})(?:[-–/]\d{2,4})?\s+(?:[a-z]+\s+){0,2}?(?:budget|(?:fiscal|financial)\s+year)\b/i;
// "a budget of 90 trillion dinars for 2031", "budgeted at $4 billion for fiscal 2031".
const YEAR_AFTER = /\b(?:budget(?:s|ed)?|(?:fiscal|financial)\s+year)\b[^;]{0,90}?\bfor\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})\b(?![-–/]\d)/i;
// What a budget's later sentences speak of.
const BUDGET_MONEY = /\b(?:budget(?:s|ed)?|deficit|surplus|revenues?|spending|expenditures?|expenses|state\s+income|allocat(?:ed|ions?))\b/i;
/** How far into the story a budget's year makes it a budget story, in sentences (headline included). */
const LEAD_SENTENCES = 4;

const sentenceMemo = perArticle<number, Period | null>();

/** The year a budget named in sentence k holds for, or null when k names no budget's year. */
export function budgetYear(ctx: ExtractContext, k: number): Period | null {
  return sentenceMemo(ctx, k, findYear);
}

function findYear(ctx: ExtractContext, k: number): Period | null {
  const s = ctx.sentences[k];
  if (!s) return null;
  const text = ctx.text.slice(s.start, s.end);
  if (!BUDGET.test(text)) return null;
  // A year that begins on a named day ("the year that began on July 1") runs from that day.
  if (ctx.published) {
    for (const t of ctx.times(k)) {
      if (t.spec.type !== 'year-from') continue;
      const p = resolveTimeUnmemoised(t.spec, ctx.published, false);
      if (p) return { asOf: p.asOf, asOfTo: p.asOfTo, tag: 'date:budget-year' };
    }
  }
  const m = YEAR_BEFORE.exec(text) ?? YEAR_AFTER.exec(text);
  const y = m?.[1];
  return y ? { asOf: `${y}-01-01`, asOfTo: `${y}-12-31`, tag: 'date:budget-year' } : null;
}

// "The bill foresees a deficit of about 51 trillion dinars for 2032": the budget's money for a
// year, in a story whose lead names the budget without one.
const MONEY_FOR_YEAR = /\b(?:deficit|surplus|spending|expenditures?|revenues?)\b[^;.]{0,70}?\bfor\s+((?:19|20)\d{2})\b(?![-–/]\d)/i;

/** The year a sentence gives the budget's money, in a story whose first sentences name a budget; or null. */
function moneyYear(ctx: ExtractContext, k: number): Period | null {
  const s = ctx.sentences[k];
  if (!s) return null;
  const y = MONEY_FOR_YEAR.exec(ctx.text.slice(s.start, s.end))?.[1];
  if (!y) return null;
  for (let j = 0; j < k; j++) {
    const e = ctx.sentences[j];
    if (e && BUDGET.test(ctx.text.slice(e.start, e.end))) return { asOf: `${y}-01-01`, asOfTo: `${y}-12-31`, tag: 'date:budget-year' };
  }
  return null;
}

// ", and the 2031 budget year ended": another clause, about the budget, not the figure's. ", and
// assumes exports of 3.9 million bpd" goes on with the budget's own verbs: the same subject.
const CLAUSE_JOIN = /[,;]\s+(?:and|but|while|whereas)\s(?!(?:also\s+)?(?:assumes|assumed|allocates|allocated|projects|projected|envisages|envisaged|foresees|forecasts|sets|includes|included|earmarks|earmarked|provides|plans|puts|caps|targets)\b)|;/;

/** The budget year of the figure's own sentence, when no clause join stands between them. */
export function budgetYearOf(ctx: ExtractContext, f: Candidate): Period | null {
  const period = budgetYear(ctx, f.sentence);
  if (!period) return null;
  const s = ctx.sentences[f.sentence];
  if (!s) return null;
  const text = ctx.text.slice(s.start, s.end);
  const at = BUDGET.exec(text);
  if (!at) return null;
  const word = s.start + at.index;
  return CLAUSE_JOIN.test(word < f.start ? ctx.text.slice(word, f.start) : ctx.text.slice(f.end, word)) ? null : period;
}

interface BudgetStory {
  period: Period;
  /** The lead's sentence that names the budget's year. */
  sentence: number;
  /** The countries that sentence names, itself or through what it names: whose budget it is. */
  countries: Set<string>;
}

const storyMemo = perArticle<number, BudgetStory | null>();

/** The budget year the story's lead names, and the sentence that names it; null in other stories. */
function budgetStory(ctx: ExtractContext): BudgetStory | null {
  return storyMemo(ctx, 0, findStory);
}

function findStory(ctx: ExtractContext): BudgetStory | null {
  for (let k = 0; k < Math.min(LEAD_SENTENCES, ctx.sentences.length); k++) {
    const period = budgetYear(ctx, k) ?? moneyYear(ctx, k);
    if (!period) continue;
    const countries = new Set<string>();
    for (const m of ctx.mentions(k)) {
      const e = m.entity ?? m.resolved;
      const c = e ? e.country ?? (e.kind === 'country' ? e.id : null) : null;
      if (c) countries.add(c);
    }
    return { period, sentence: k, countries };
  }
  return null;
}

/**
 * The budget year an undated figure after a budget story's lead holds for: a plan's, or any
 * figure of a sentence about the budget's money. Null outside budget stories.
 */
export function budgetStoryYear(ctx: ExtractContext, f: Candidate): Period | null {
  const story = budgetStory(ctx);
  if (!story || f.sentence === story.sentence) return null;
  // Before the sentence that gives the year, only a sentence naming the budget itself ("passed
  // an unprecedented budget of 174.2 trillion dinars") speaks of it.
  if (f.sentence < story.sentence) return budgetWithoutYear(ctx, f.sentence) ? story.period : null;
  // A plan of another country ("Kazakhstan is to hold output at …") is not the budget's.
  const country = f.subject && f.subjectVia === 'named' ? f.subject.country ?? (f.subject.kind === 'country' ? f.subject.id : null) : null;
  if (country && !story.countries.has(country)) return null;
  if (f.kind === 'target') return story.period;
  const s = ctx.sentences[f.sentence];
  return s && BUDGET_MONEY.test(ctx.text.slice(s.start, s.end)) ? story.period : null;
}

/** Whether sentence k names a budget but no year of its own. */
function budgetWithoutYear(ctx: ExtractContext, k: number): boolean {
  const s = ctx.sentences[k];
  return !!s && BUDGET.test(ctx.text.slice(s.start, s.end)) && !budgetYear(ctx, k);
}
