// What a reference series is about: a gazetteer entity, named by its id or any alias ("North Sea
// Brent", "West Texas Intermediate"), so it meets the news series the extractor files there.
import { GAZETTEER } from '../series/gazetteer';
import { slug } from '../series/entities';

/** The gazetteer id for `subject` (an id or an alias), or null when the gazetteer does not list it. */
export function referenceEntity(subject: string): string | null {
  const key = slug(subject);
  return (GAZETTEER.byId.get(subject) ?? GAZETTEER.byId.get(key) ?? GAZETTEER.bySlug.get(key))?.id ?? null;
}

export function unknownSubjectMessage(subject: string): string {
  return `"${subject}" is not in data/gazetteer.json; name a listed entity by its id or an alias (e.g. brent, wti, "West Texas Intermediate")`;
}
