// Events added, edited and deleted by analysts (POST/PATCH/DELETE /api/events). Each write lands
// in one batch with its audit entry and a bump of the data version, so markers, the before/after
// panel and every ETag turn over at once. The audit entry also marks the event as the analysts'
// (seedEvents leaves such ids alone): otherwise the next start, or the next Worker isolate, would
// put data/events.json's version back.
import { eq, like, sql } from 'drizzle-orm';
import type { EventRef } from '../../extract/types';
import { auditStatement } from '../../curation/store';
import type { Orm } from '../orm';
import { audit, events } from '../schema';
import { getEvent } from './events';
import { bumpDataVersion } from './meta';

export const EVENT_AUDIT_PREFIX = 'event.';

export interface EventEdit {
  date?: string;
  label?: string;
  aliases?: string[];
}

const describe = (e: EventRef) => `event ${e.id} ("${e.label}", ${e.date})`;

/** Ids of events an analyst created, edited or deleted through the API. */
export async function analystEventIds(db: Orm): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ target: sql<string>`json_extract(${audit.new}, '$.id')` })
    .from(audit)
    .where(like(audit.action, `${EVENT_AUDIT_PREFIX}%`));
  return new Set(rows.map((r) => r.target).filter((id): id is string => typeof id === 'string'));
}

export async function createEvent(db: Orm, event: EventRef, by: string): Promise<void> {
  await db.batch([
    db.insert(events).values({ id: event.id, date: event.date, label: event.label, aliases: event.aliases }),
    auditStatement(db, { by, action: 'event.create', documentId: null, target: describe(event), old: null, new: event, at: new Date().toISOString() }),
    bumpDataVersion(db),
  ]);
}

/** The event as now stored, or null when there is no such event. */
export async function updateEvent(db: Orm, id: string, edit: EventEdit, by: string): Promise<EventRef | null> {
  const old = await getEvent(db, id);
  if (!old) return null;
  const next: EventRef = { id, date: edit.date ?? old.date, label: edit.label ?? old.label, aliases: edit.aliases ?? old.aliases };
  await db.batch([
    db.update(events).set({ date: next.date, label: next.label, aliases: next.aliases }).where(eq(events.id, id)),
    auditStatement(db, { by, action: 'event.update', documentId: null, target: describe(next), old, new: next, at: new Date().toISOString() }),
    bumpDataVersion(db),
  ]);
  return next;
}

/** The event deleted, or null when there was none. */
export async function deleteEvent(db: Orm, id: string, by: string): Promise<EventRef | null> {
  const old = await getEvent(db, id);
  if (!old) return null;
  await db.batch([
    db.delete(events).where(eq(events.id, id)),
    // `new` keeps the id (and nothing else) so analystEventIds still finds a deleted seed event.
    auditStatement(db, { by, action: 'event.delete', documentId: null, target: describe(old), old, new: { id }, at: new Date().toISOString() }),
    bumpDataVersion(db),
  ]);
  return old;
}
