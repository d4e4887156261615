// Events: the dates comparisons are anchored on and charts are marked with.
import { asc, eq, sql } from 'drizzle-orm';
import type { EventRef } from '../../extract/types';
import type { Orm } from '../orm';
import { events } from '../schema';
import { analystEventIds } from './event-edits';
import { bumpDataVersion } from './meta';

/**
 * Upserts the events (from data/events.json); run at every start (and once per Worker isolate), so
 * edits there take effect. Writes, and bumps the data version, only when something differs:
 * otherwise every restart would turn over every ETag clients hold. Events an analyst created, edited
 * or deleted through the API (src/db/repo/event-edits.ts) are theirs and left as they are.
 */
export async function seedEvents(db: Orm, list: readonly EventRef[]): Promise<void> {
  const [stored, analysts] = await Promise.all([listEvents(db), analystEventIds(db)]);
  const seen = new Map(stored.map((e) => [e.id, JSON.stringify([e.date, e.label, e.aliases])]));
  const changed = list.filter((e) => !analysts.has(e.id) && seen.get(e.id) !== JSON.stringify([e.date, e.label, e.aliases]));
  const [first, ...rest] = changed.map((e) =>
    db
      .insert(events)
      .values({ id: e.id, date: e.date, label: e.label, aliases: e.aliases })
      .onConflictDoUpdate({
        target: events.id,
        set: { date: sql`excluded.date`, label: sql`excluded.label`, aliases: sql`excluded.aliases` },
      }),
  );
  // Events are served with the same ETags as figures, so a change here must turn them over too.
  if (first) await db.batch([first, ...rest, bumpDataVersion(db)]);
}

export async function listEvents(db: Orm): Promise<EventRef[]> {
  return db.select().from(events).orderBy(asc(events.date), asc(events.id));
}

export async function getEvent(db: Orm, id: string): Promise<EventRef | null> {
  const rows = await db.select().from(events).where(eq(events.id, id)).limit(1);
  return rows[0] ?? null;
}
