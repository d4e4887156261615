// What a halted line normally carries. A story about a stoppage gives the flow that stopped in the
// present tense of habit, with no time words: "The line carries about 380,000 bpd", "Northern
// exports account for half a million bpd", or "was pumping 75,000 bpd at the time it was
// closed". That is the level before the loss, so it holds the day before the stoppage the article
// dates ("It was closed early Friday", "Pumping halted on Sunday"), not on the day the story
// ran, when the line carries nothing. A flow running "when it was shut on Monday" is dated by its
// own sentence the same way: the day before that Monday.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import { STOP_WORDS } from './article-events';
import { knownStoppageDay } from './known-stoppage';
import { minusDays } from './calendar';
import { resolveTimeUnmemoised } from './resolve-time';
import { DAY_SPECS, type Period } from './time-spec';

// A verb of habit right before the figure (a qualifier or two between): "carries about",
// "account for roughly".
// "had been loading about", "had been running at": the past before the past, the flow before it stopped.
// "used to export about", "normally runs at", "typically ships", "once carried": habit said outright.
const HABIT = /\b(?:carries|carry|accounts?\s+for|handles|pumps|moves|transports|supplies|loads|ships|had\s+been\s+(?:[a-z]+ing(?:\s+at)?|at)|used\s+to\s+(?:carry|export|pump|ship|send|move|handle|load|produce|supply|transport)|once\s+(?:carried|exported|pumped|shipped|sent|moved|handled|loaded|produced|supplied|transported)|(?:normally|usually|typically|ordinarily)\s+(?:(?:runs?|flows?|stands?)\s+at|[a-z]+s?))\s+(?:(?:about|around|some|roughly|nearly|almost|close\s+to|up\s+to|more\s+than|over)\s+)?$/i;
// "… at the time they were closed", "when it was halted": the sentence speaks of the moment of the stoppage.
const AT_THE_STOP = /\b(?:at\s+the\s+time|when|before)\s+(?:it|they|the\s+\w+)\s+(?:was|were)\s+(?:shut|halted|closed|stopped|suspended|shut\s+down|shut\s+in)\b/i;
// "The Sharara field, which pumps 300,000 bpd, restarted on Sunday": its flow is back, now. A
// restart only wished for ("nobody plans to restart it soon") leaves the line halted.
const RESTART = /\b(?:restart(?:s|ed|ing)|resum(?:es|ed|ing|ption)|reopen(?:s|ed|ing)|back\s+online)\b/i;
// The stop words of article-events.ts, and "closures" ("the closures that started on Monday").
const stopped = (text: string): boolean => STOP_WORDS.test(text) || /\bclosures\b/i.test(text);

/** Whether an undated level or share is a halted flow's usual size. */
export function habitualFlow(ctx: ExtractContext, f: Candidate): boolean {
  if (f.kind !== 'level' && f.kind !== 'share') return false;
  const s = ctx.sentences[f.sentence];
  if (!s || restarted(ctx, f.sentence)) return false;
  // A clause's reach after the figure: a run-on sentence is not read again for each of its figures.
  return HABIT.test(leftOf(ctx, f.start, 60)) || AT_THE_STOP.test(ctx.text.slice(f.end, Math.min(s.end, f.end + 160)));
}

const restartMemo = perArticle<number, boolean>();
const restarted = (ctx: ExtractContext, sentence: number): boolean => restartMemo(ctx, sentence, sentenceRestarts);

function sentenceRestarts(ctx: ExtractContext, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  return !!s && RESTART.test(ctx.text.slice(s.start, s.end));
}

const haltMemo = perArticle<number, string | null>();

/** The day before the stoppage the article dates to a day in the month up to publication, or null. */
export function dayBeforeHalt(ctx: ExtractContext): Period | null {
  const day = haltDay(ctx);
  return day ? { asOf: minusDays(day, 1), asOfTo: null, tag: 'date:before-halt' } : null;
}

/**
 * The day of the stoppage the article dates to a day in the month up to publication, else of a
 * stoppage the event list knows and the article means (known-stoppage.ts), or null.
 */
export function haltDay(ctx: ExtractContext): string | null {
  return haltMemo(ctx, 0, findHaltOrKnown);
}

const findHaltOrKnown = (ctx: ExtractContext): string | null => findHalt(ctx) ?? knownStoppageDay(ctx);

// A stoppage told about is recent: an older one is history ("a similar outage in 2022").
const RECENT_DAYS = 31;

function findHalt(ctx: ExtractContext): string | null {
  const published = ctx.published;
  if (!published) return null;
  const floor = minusDays(published, RECENT_DAYS);
  // The earliest stop day, not the first named: "remained halted on Monday, … Flows stopped on Saturday".
  let first: string | null = null;
  for (let k = 0; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    if (!s || !stopped(ctx.text.slice(s.start, s.end))) continue;
    for (const t of ctx.times(k)) {
      // "has been shut since Oct. 2" dates the stop as "shut on Oct. 2" does.
      if ((t.role !== 'time' && t.role !== 'since') || !DAY_SPECS.has(t.spec.type)) continue;
      // The stop word beside the day, in its clause: "It was closed early Friday", "Pumping halted on Sunday".
      const around = ctx.text.slice(Math.max(s.start, t.start - 100), Math.min(s.end, t.end + 30));
      if (!stopped(around)) continue;
      const p = resolveTimeUnmemoised(t.spec, published, false);
      if (p && p.asOf <= published && p.asOf >= floor && (!first || p.asOf < first)) first = p.asOf;
    }
  }
  return first;
}

// "was pumping 75,000 bpd when it was shut on Monday": a flow running at the moment a stoppage
// the same sentence dates. The flow is the level before the loss, so it holds the day before.
const RUNNING = /\b(?:was|were|had\s+been)\s+(?:pumping|producing|carrying|flowing|running|loading|shipping|exporting|moving|handling|transporting|supplying)\s+(?:at\s+)?(?:(?:about|around|some|roughly|nearly|almost|close\s+to|more\s+than|over)\s+)?$/i;
const WHEN_STOPPED = /^[^.;]{0,60}?\b(?:when|as|at\s+the\s+time)\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was|were)\s+(?:shut|halted|closed|stopped|suspended|attacked|hit|blown\s+up)(?:\s+(?:down|in))?\s+(?:early\s+|late\s+)?$/i;

/** Whether time words `at..` after the figure date the stoppage the running flow met. */
export function runningAtTheStop(ctx: ExtractContext, f: Candidate, at: number): boolean {
  return at >= f.end && at - f.end < 120 && WHEN_STOPPED.test(ctx.text.slice(f.end, at)) && RUNNING.test(leftOf(ctx, f.start, 60));
}
