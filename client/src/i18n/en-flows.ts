/** English: the flows of the zoomed-out map (features/flows.ts, its legend), part of the catalogue of en.ts. */
export const enFlows = {
  'flows.legend':
    'Lines join countries (German states), wider for more partnerships; circles count those within one. Zoom in or choose a town for each partnership.',
  'flows.crossGermany': 'Mostly between East and West Germany',
  'flows.crossEurope': 'Mostly between the eastern and the western bloc',
  'flows.other': 'Other partnerships',
} as const;
