// Whether an article can mean a known event by one of its aliases. "Before the vote" is the
// Kurdish referendum only in a story about Kurdistan told in the year after it: a 2025 story's
// vote, or a takeover in an unrelated story, is another event the article itself must date
// (article-events.ts) or nothing does. A story published before the event cannot look back on it.
import type { EventRef } from '../types';

// How long after an event a story still calls it "the takeover" without saying which: a year, its
// anniversary included ("A year after the pipeline closed, …" runs on that day).
const anniversary = (date: string): string => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

/** Whether `text`, published on `published` (null: unknown), can refer to `event` by an alias. */
export function eventInScope(event: EventRef, text: string, published: string | null): boolean {
  // Without a publication day the window cannot be checked; the names still must match.
  if (published && (published < event.date || published > anniversary(event.date))) return false;
  const names = event.names ?? [];
  if (!names.length) return true;
  // Names are words: "Kurds" is not found inside "Kurdsville". One pass over the text per event.
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(String.raw`\b(?:${escaped.join('|')})\b`, 'i').test(text);
}
