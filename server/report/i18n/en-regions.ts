/**
 * English, the reference catalogue (see ./locale.ts): section 5 (regions, with the maps and the
 * rules that flag the under-connected) and section 6 (recommendations).
 */
export const enRegions = {
  'regions.title': 'Regions',
  'regions.intro':
    'For each region: its municipalities in the view, those with at least one partnership, the partnerships with an end there (a tie inside the region once), partnership ends per municipality (the mean degree), per 100,000 inhabitants where populations are known, and the share of its ties that cross the divide. German states and districts count every municipality of the Destatis directory; a German region is <strong>under-connected</strong> when the 95 % interval of its observed/expected partnerships (expected from its municipalities’ populations by the count model; exact Poisson interval) lies wholly below 1. Countries, which are not normalised, are under-connected below the lower quartile of the partnerships per municipality of the countries with at least {min} places.',
  'regions.coverage': 'What the counts cover: {states} Countries: {countries}.',
  'regions.coverageText':
    '{basis}. Partnerships from: {sources}. The world list is English Wikipedia&#39;s &quot;List of twin towns and sister cities&quot; pages: a region&#39;s count partly measures how well those pages cover it.',
  'regions.coverageOutside':
    '{basis}. Partnerships from: {sources}. The world list is English Wikipedia&#39;s &quot;List of twin towns and sister cities&quot; pages: a region&#39;s count partly measures how well those pages cover it. {places} German places with {partnerships} partnerships have no directory key and are not counted here.',
  'regions.basisGerman': 'Every municipality of the Destatis directory in the view (AGS-keyed places, partnered or not)',
  'regions.basisCountries':
    'The places listed for each country (only those named by a source; not normalised by the number of municipalities)',
  'regions.noSources': 'none',
  'regions.ruleRatio':
    'Under-connected: the {confidence} % interval of observed/expected partnership ends lies wholly below 1 (exact Poisson interval of the observed count; expected from the municipalities&#39; populations by the count model). {judged} {regions} judged.',
  'regions.ruleRatioNone':
    'No {region} has an expected value (too few municipalities with a population for the count model); none is judged.',
  'regions.rulePercentile':
    'Under-connected: partnerships per municipality below {threshold}, the {percentile}th percentile of the {judged} {regions} with at least {min} municipalities.',
  'regions.rulePercentileNone': 'No {region} has at least {min} municipalities; none is judged.',
  'regions.ruleCountries': 'Countries have no expected value (only Germany&#39;s directory is known); the percentile rule applies. {rule}',
  // {regions} after “of”: the plural as it follows “von” in German (dative)
  'regions.ruleSummary.one': '{rule} {under} of {total} {regions} is under-connected. Cross share: over {divide}.',
  'regions.ruleSummary.other': '{rule} {under} of {total} {regions} are under-connected. Cross share: over {divide}.',
  'regions.country': 'country',
  'regions.state': 'state',
  'regions.district': 'district',
  'regions.countries': 'countries',
  'regions.states': 'states',
  'regions.districts': 'districts',
  'regions.ofCountries': 'countries',
  'regions.ofStates': 'states',
  'regions.ofDistricts': 'districts',
  'regions.countriesTitle': 'Countries',
  'regions.statesTitle': 'German states',
  'regions.districtsTitle': 'German districts',
  'regions.countryHead': 'Country',
  'regions.stateHead': 'State',
  'regions.districtHead': 'District',
  'regions.blocsDivide': 'Europe’s blocs',
  'regions.borderDivide': 'the inner-German border',
  'regions.rank': 'Rank',
  'regions.places': 'Places',
  'regions.partnered': 'Partnered',
  'regions.partnerships': 'Partner&shy;ships',
  'regions.perPlace': 'Per place',
  'regions.per100k': 'Per 100k',
  'regions.crossShare': 'Cross share',
  'regions.underConnected': 'Under-connected',
  'regions.none': 'None.',
  'regions.leastConnected': 'The {cap} least connected of {count}; all at /api/regions/under-connected?level={level}.',
  'regions.onlyUnder': 'Only the under-connected are listed here; the full table of {count} {regions} is at /api/regions?level={level}.',
  'regions.noneUnder': 'No region is under-connected; the full table of {count} {regions} is at /api/regions?level={level}.',
  'regions.topCountries': 'Countries with the most partnerships per municipality',
  'regions.figureRatio': 'Observed/expected partnerships',
  'regions.figurePerMunicipality': 'Partnership ends per municipality',
  'regions.mapTitleRatio': 'German {regions} by observed/expected partnerships',
  'regions.mapTitlePerMunicipality': 'German {regions} by partnership ends per municipality',
  'regions.noValue': 'no value',
  'regions.hatched': 'under-connected (hatched)',
  'regions.captionRatio': '{level}: observed/expected partnerships (red below 1, blue above; classes symmetric around 1)',
  'regions.captionPerMunicipality':
    '{level}: partnership ends per municipality, in quantile classes (no region has an expected value under these filters)',
  'regions.captionUnder.one': '{n} under-connected region is hatched and outlined',
  'regions.captionUnder.other': '{n} under-connected regions are hatched and outlined',
  'regions.caption': '{figure}; {under}; grey: no value.',
  'regions.captionUnmapped': '{figure}; {under}; grey: no value; without a boundary: {unmapped}.',
  'regions.mapsNote':
    'Boundaries: {attribution}, {licence}. Albers equal-area projection; quantile classes (observed/expected: classes symmetric around 1 on the log scale); colours from ColorBrewer (RdBu, YlGnBu), as in the client’s regions map.',

  'recommendations.nav': 'Recommendations',
  'recommendations.title': 'Recommendations for the most under-connected',
  'recommendations.ruleState':
    'For each under-connected German state (the {shown} least connected, of {count}), its municipality with the fewest partnerships (ties: the larger population, then the id), with its {candidates} best candidates, as /api/recommendations/&lt;id&gt;?limit={limit} gives them.',
  'recommendations.ruleDistrict':
    'For each under-connected German district (the {shown} least connected, of {count}), its municipality with the fewest partnerships (ties: the larger population, then the id), with its {candidates} best candidates, as /api/recommendations/&lt;id&gt;?limit={limit} gives them.',
  'recommendations.ruleCountry':
    'For each under-connected country (the {shown} least connected, of {count}), its municipality with the fewest partnerships (ties: the larger population, then the id), with its {candidates} best candidates, as /api/recommendations/&lt;id&gt;?limit={limit} gives them.',
  'recommendations.noRegion': 'No region of any level is under-connected.',
  'recommendations.score':
    'Score = {proximity} × proximity (1 − e^−AA, AA the Adamic–Adar index over shared partners) + {geography} × geography (1 / (1 + distance / {scale} km)) + {size} × size similarity (log population) + {crossing} × crossing (1 when the candidate lies on the other side of the divide); the weights and the distance scale fitted by hiding 10 % of the partnerships and ranking them back (<code>npm run bench -- recommend</code>): of {hidden} hidden partnerships, {hit} come back among their town’s first 10 (mean reciprocal rank {mrr}), against {aaHit} (MRR {aaMrr}) for Adamic–Adar alone, {cnHit} for common neighbours and {dHit} for distance alone. Places of the same country are not proposed, except German places across the former inner-German border.',
  'recommendations.region': '{region}: {perMunicipality} partnerships per municipality.',
  'recommendations.has.one': '{name} has {n} partnership.',
  'recommendations.has.other': '{name} has {n} partnerships.',
  'recommendations.hasPopulation.one': '{name} has {n} partnership, {population} inhabitants.',
  'recommendations.hasPopulation.other': '{name} has {n} partnerships, {population} inhabitants.',
  'recommendations.noCandidate': 'No candidate found.',
  'recommendations.noneUnder': 'No under-connected region, so no recommendation.',
  'recommendations.candidate': 'Candidate',
  'recommendations.scoreHead': 'Score',
  'recommendations.shared': 'Shared partners',
  'recommendations.distance': 'Distance',
  'recommendations.proximity': 'Proximity',
  'recommendations.geography': 'Geography',
  'recommendations.size': 'Size',
  'recommendations.crossing': 'Crossing',
} as const;
