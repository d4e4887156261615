// The shapes the reference routes serve (schemas in src/api/response-schemas-reference.ts).
import type { Measure, Unit } from '../extract/types';
import type { ReferenceFrequency } from '../db/schema-reference';

export type { ReferenceCheck, CheckStatus } from './check';

/** A reference series: official data from a provider, never mixed with news observations. */
export interface ReferenceSummary {
  id: string;
  label: string;
  /** Always "reference": what tells it from a news series wherever both are listed. */
  source: 'reference';
  /** The gazetteer entity, measure and unit of the news series it sits beside and checks. */
  entity: string;
  measure: Measure;
  unit: Unit;
  frequency: ReferenceFrequency;
  provider: string;
  licence: string | null;
  url: string | null;
  /** When the provider's data were downloaded, YYYY-MM-DD. */
  retrieved: string | null;
  values: number;
  first: string | null;
  last: string | null;
}

export interface ReferenceListResponse {
  references: ReferenceSummary[];
}

export interface ReferenceValue {
  date: string;
  value: number;
}

export interface ReferenceResponse {
  reference: ReferenceSummary;
  /** The values in [from, to], in date order. */
  values: ReferenceValue[];
  /** Mean of those values (each trading day or month once), null when there are none. */
  mean: number | null;
}

export interface ReferenceImportResponse {
  reference: ReferenceSummary;
  /** false when the same file was already stored for this series: nothing changed. */
  imported: boolean;
  /** Rows the provider left without a value (FRED's "."), skipped. */
  missing: number;
}
