/**
 * The charts of GET /api/evolution, the same in the client and the report: the measures drawn as
 * small multiples (which, in which order, on which scale) and the new partnerships per point of
 * the series stacked by type. Labels come from the caller, in its language.
 */
import type { Evolution, EvolutionYear } from '../contract/api/evolution.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../contract/vocabularies.ts';
import { TYPE_COLOURS } from './colours.ts';
import type { SafeHtml } from './markup.ts';
import { smallMultiples, stackedBars } from './small-multiples.ts';

export const EVOLUTION_MEASURES = [
  'places',
  'partnerships',
  'largestComponent',
  'components',
  'meanDegree',
  'averageClustering',
  'transitivity',
  'modularity',
  'communities',
  'germany.crossShare',
  'europe.crossShare',
  'germany.eiIndex',
  'europe.eiIndex',
] as const;
export type EvolutionMeasure = (typeof EVOLUTION_MEASURES)[number];

/** Shares (0 to 1) among the measures: the caller writes them as percentages. */
export const SHARE_MEASURES: ReadonlySet<string> = new Set<EvolutionMeasure>(['germany.crossShare', 'europe.crossShare']);

const DIVIDED: Partial<Record<EvolutionMeasure, (year: EvolutionYear) => number | null>> = {
  'germany.crossShare': (y) => y.germany.crossShare,
  'europe.crossShare': (y) => y.europe.crossShare,
  'germany.eiIndex': (y) => y.germany.eiIndex,
  'europe.eiIndex': (y) => y.europe.eiIndex,
};

/** A measure's value in one year of the series (null: undefined then). */
export function measureValue(year: EvolutionYear, measure: EvolutionMeasure): number | null {
  const divided = DIVIDED[measure];
  return divided ? divided(year) : year[measure as Exclude<EvolutionMeasure, `${string}.${string}`>];
}

export interface EvolutionChartLabels {
  /** The group's accessible name. */
  group: string;
  measures: Record<EvolutionMeasure, string>;
  /** The stacked bars' caption. */
  newPartnerships: string;
  types: Record<PartnershipType, string>;
}

export interface EvolutionChartOptions {
  labels: EvolutionChartLabels;
  markedYear?: number | null;
  format?: (value: number, measure: string) => string;
}

export function evolutionMultiples(evolution: Pick<Evolution, 'years'>, options: EvolutionChartOptions): SafeHtml {
  const { years } = evolution;
  return smallMultiples({
    years: years.map((y) => y.year),
    label: options.labels.group,
    markedYear: options.markedYear ?? null,
    ...(options.format ? { format: options.format } : {}),
    measures: EVOLUTION_MEASURES.map((key) => ({
      key,
      label: options.labels.measures[key],
      values: years.map((y) => measureValue(y, key)),
      ...(key.endsWith('eiIndex') ? { domain: [-1, 1] as const } : {}),
    })),
  });
}

/** New partnerships per point of the series, stacked by type (every type that has one). */
export function newPartnershipBars(evolution: Pick<Evolution, 'years'>, options: EvolutionChartOptions): SafeHtml {
  const { years } = evolution;
  const format = options.format;
  return stackedBars({
    years: years.map((y) => y.year),
    measure: 'newPartnerships',
    label: options.labels.newPartnerships,
    markedYear: options.markedYear ?? null,
    ...(format ? { format: (v: number) => format(v, 'newPartnerships') } : {}),
    parts: PARTNERSHIP_TYPES.map((type) => ({
      key: type,
      label: options.labels.types[type],
      colour: TYPE_COLOURS[type],
      values: years.map((y) => y.newPartnerships.byType[type] ?? 0),
    })),
  });
}
