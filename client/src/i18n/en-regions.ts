/** English: partners for a region and their what-if (the regions panel), part of the catalogue of en.ts. */
export const enRegions = {
  'partners.heading': 'Partners for this region',
  'partners.explain':
    'Each municipality of the region with its best candidate partner elsewhere, each partner proposed once; pairs across the former inner-German border first. The score and its parts are those of the town’s own recommendations.',
  'partners.load': 'Propose partners',
  'partners.none': 'No candidates: the region’s municipalities have neither a position nor partners of partners.',
  'partners.list': 'Proposed pairs',
  'partners.score': 'score {score}',
  'partners.whatIf': 'What the first {k} would change, with the expected values held fixed (the count model as fitted on today’s network):',
  'partners.change':
    '{name}: partnerships {before} → {after}; observed/expected {ratioBefore} → {ratioAfter}; rank {rankBefore} → {rankAfter}',
  'partners.flagOff': 'no longer under-connected',
  'partners.flagStill': 'still under-connected',
  'partners.report': 'Report for this region (PDF): a one-page summary, then the annex',
  'partners.csv': 'All pairs as CSV',
} as const;
