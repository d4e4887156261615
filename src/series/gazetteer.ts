// The entity index over data/gazetteer.json, built once at load and never changed afterwards.
import entries from '../../data/gazetteer.json';
import { entityIndex, type EntityIndex, type GazetteerEntry } from './entities';

export const GAZETTEER: EntityIndex = entityIndex(entries as GazetteerEntry[]);
