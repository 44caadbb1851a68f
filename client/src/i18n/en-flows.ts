/** English: the flows of the zoomed-out map (features/flows.ts, its legend) and the force layout's community graph (community-graph.ts), part of the catalogue of en.ts. */
export const enFlows = {
  'flows.legend':
    'Lines join countries (German states), wider for more partnerships; circles count those within one. Zoom in or choose a town for each partnership.',
  'flows.crossGermany': 'Mostly between East and West Germany',
  'flows.crossEurope': 'Mostly between the eastern and the western bloc',
  'flows.other': 'Other partnerships',
  'communityGraph.toggle': 'Communities as nodes',
  'communityGraph.fold': 'Close all communities',
  'communityGraph.legend':
    'Circles are communities (area: their towns in view), lines the partnerships between them, wider for more. Click a circle to open it in place; choose a town for its own partnerships.',
  'communityGraph.unnamed': 'Community {id}',
} as const;
