/** English, the reference catalogue (see ./locale.ts): the council summary, the first page of a report asked for a region (`region=`). */
export const enCouncil = {
  'council.nav': 'Summary for the region',
  'council.title': '{name}: town twinning at a glance',
  'council.lead':
    'A one-page summary for {name} ({code}), with the network under the report’s filters; the sections after it are the technical annex for the whole network.',
  'council.connectedHead': 'How connected, against expectation',
  'council.connected':
    'The {municipalities} municipalities of {name} have {observed} partnership ends (a partnership inside the region counts twice); their populations lead one to expect {expected}. Observed/expected: <strong>{ratio}</strong> (95 % interval {low}–{high}), rank {rank} of {of} by partnerships per municipality.',
  'council.noModel':
    'The {municipalities} municipalities of {name} have {partnerships} partnerships; there is no expected value (too few municipalities with a known population for the count model). Rank {rank} of {of} by partnerships per municipality.',
  'council.verdictUnder': 'That is clearly fewer than expected: {name} is <strong>under-connected</strong>.',
  'council.verdictOver': 'That is clearly more than expected.',
  'council.verdictAbout': 'That lies within what chance allows around the expectation.',
  'council.mapHeadState': 'Its districts',
  'council.mapHeadDistrict': 'Among the districts of its state',
  'council.mapCaptionState':
    'The districts of {name} by {figure}, in the classes of the map of all Germany (under regions); hatched: under-connected.',
  'council.mapCaptionDistrict': '{name} outlined among the districts of its state, by {figure}; hatched: under-connected.',
  'council.underList.one': 'Under-connected: {list}.',
  'council.underList.other': 'Under-connected ({n}): {list}.',
  'council.underNone': 'None of these districts is under-connected.',
  'council.crossHead': 'Across the former inner-German border',
  'council.cross': '{cross} of the region’s {ties} partnerships cross the former inner-German border ({share}).',
  'council.crossExamples': 'Among them: {list}.',
  'council.partnersHead': 'Partners that would help',
  'council.partnersIntro':
    'Each line: one of the region’s municipalities with the candidate outside the region that scores highest for it (network proximity, distance, size, crossing; see recommendations), each partner once, pairs across the former border first.',
  'council.partnersNone': 'No candidates: the region’s municipalities have neither a position nor partners of partners.',
  'council.headMunicipality': 'Municipality',
  'council.headPartner': 'Proposed partner',
  'council.headReasons': 'Why',
  'council.headScore': 'Score',
  'council.reasonShared.one': '1 shared partner',
  'council.reasonShared.other': '{n} shared partners',
  'council.reasonKm': '{km} away',
  'council.reasonCross': 'across the former border',
  'council.whatIf':
    'If these {k} partnerships were founded, with the expectation held fixed: observed/expected {before} → {after}, rank {rankBefore} → {rankAfter}.',
  'council.whatIfNoModel': 'If these {k} partnerships were founded: partnerships {before} → {after}, rank {rankBefore} → {rankAfter}.',
  'council.whatIfOff': 'It would no longer be under-connected.',
  'council.whatIfStill': 'It would still be under-connected.',
  'council.source': 'Figures: <code>{region}</code>, <code>{partners}</code>.',
} as const;
