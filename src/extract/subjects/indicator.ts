// An economic measure is somebody's: "Saudi Arabia's economy contracted 4.5%", "Iraq's foreign
// reserves stood at $112 billion", "U.S. crude stocks rose". The figure's subject is the measure
// qualified by whose it is ("Saudi Arabia GDP (economic growth)"), so each country's series stays
// apart. Whose: the nearest country, government, region or company named before the figure in its
// sentence, else the first one the story's lede names.
import type { ExtractContext } from '../base/context';
import type { Entity, EntityKind } from './gazetteer';
import type { Mention } from './mentions';
import { qualifiesOther } from './roles';

/** Kinds that hold things: own money, measures, stakes. */
export const HOLDER_KINDS: ReadonlySet<EntityKind> = new Set(['country', 'government', 'region', 'company', 'org']);
const LEDE_SENTENCES = 3;
// Composite entities are shared across articles so equal labels share one object; bounded like
// the other per-batch caches.
const composites = new Map<string, Entity>();
const qualified = new WeakSet<Entity>();

export function ofHolder(ctx: ExtractContext, sentence: number, at: number, measure: Entity): Entity {
  // An indicator already qualified (carried from the previous figure) keeps its holder.
  if (measure.kind !== 'indicator' || qualified.has(measure)) return measure;
  const holder = holderBefore(ctx, sentence, at) ?? holderInLede(ctx);
  if (!holder) return measure;
  const key = `${holder.id}\u0000${measure.id}`;
  let e = composites.get(key);
  if (!e) {
    e = { id: `${holder.id}-${measure.id}`, label: `${holder.label} ${measure.label}`, kind: 'indicator', aliases: [], local: true };
    if (composites.size >= 10_000) composites.clear();
    composites.set(key, e);
    qualified.add(e);
  }
  return e;
}

function holderBefore(ctx: ExtractContext, sentence: number, at: number): Entity | null {
  let found: Entity | null = null;
  for (const m of ctx.mentions(sentence)) {
    if (m.start >= at) break;
    // In its own sentence a place qualifies the measure too: "Gulf Coast crude stocks".
    if (isHolder(ctx, m) || m.entity?.kind === 'place') found = m.entity;
  }
  return found;
}

function holderInLede(ctx: ExtractContext): Entity | null {
  for (let s = 0; s < LEDE_SENTENCES && s < ctx.sentences.length; s++) {
    for (const m of ctx.mentions(s)) if (isHolder(ctx, m)) return m.entity;
  }
  return null;
}

// An economy's measures (growth, inflation, reserves, a budget) are a country's, a region's or a
// group's, never a company's: "Chevron's ventures ship …" in the lede does not own the inflation.
const ECONOMY_KINDS: ReadonlySet<EntityKind> = new Set(['country', 'government', 'region', 'org']);

/** A country, government or region named as an actor, not as a currency or nationality ("U.S. dollars"). */
function isHolder(ctx: ExtractContext, m: Mention): m is Mention & { entity: Entity } {
  return m.entity !== null && m.entity !== undefined && ECONOMY_KINDS.has(m.entity.kind) && !qualifiesOther(ctx.text, m);
}
