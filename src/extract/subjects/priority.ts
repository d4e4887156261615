// How likely each kind of named thing is to be what a figure in a given unit is about: a price
// per barrel is about a benchmark, a flow about a pipeline or field, money about a government or
// a budget line, a rate about an economic measure.
import type { Unit } from '../types';
import type { EntityKind } from './gazetteer';

type Table = Record<EntityKind, number>;

const FLOW: Table = {
  pipeline: 6, field: 6, fieldgroup: 6, port: 5, refinery: 5, grade: 4, company: 4, org: 4, government: 3,
  province: 3, region: 3, country: 2, place: 1, benchmark: 1, indicator: 5, storage: 6,
};
const PRICE: Table = {
  benchmark: 8, grade: 7, org: 1, company: 1, country: 1, government: 1, region: 1, province: 1,
  pipeline: 0, field: 0, fieldgroup: 0, port: 0, refinery: 0, place: 0, indicator: 0, storage: 0,
};
const MONEY: Table = {
  government: 6, company: 6, country: 5, org: 4, region: 4, pipeline: 3, field: 2, fieldgroup: 2,
  port: 2, refinery: 2, province: 2, grade: 1, benchmark: 1, place: 0, indicator: 7, storage: 1,
};
// An economic measure named beside a percentage is what the rate is of ("inflation slowed to 3%").
const PERCENT: Table = { ...FLOW, benchmark: 5, indicator: 7 };

export function priority(unit: Unit | null, kind: EntityKind): number {
  switch (unit) {
    case 'USD/bbl':
      return PRICE[kind];
    case 'USD':
    case 'IQD':
      return MONEY[kind];
    case '%':
      return PERCENT[kind];
    default:
      return FLOW[kind];
  }
}
