/** English, the reference catalogue (see ./locale.ts): section 8 (growth and distance) and the words of its charts. */
export const enGrowth = {
  'growth.title': 'Growth and distance',
  'growth.series': 'The network year by year',
  'growth.seriesScope':
    'Each year {from} to {to} holds the dated partnerships founded up to that year and not ended before it, for the report’s types, countries and blocs (its year range does not apply: the years are the series).',
  'growth.lastYear':
    'In {year}: {places} places, {partnerships} partnerships, modularity {modularity}. <strong>{undated} partnerships without a founding year are not placed in time</strong> (counted each year, never drawn).',
  'growth.seriesMethod':
    'Modularity from Louvain with seed {seed} and resolution {resolution}, run afresh in each of the {runs} years whose network changed; cross share and E-I index over the partnerships with a side at both ends.',
  'growth.seriesCaption': 'One chart per measure over the same years ({points} points, step {step}). <code>GET {request}</code>',
  'growth.newPartnerships': 'New partnerships per year, by type',
  'growth.measure.places': 'Places',
  'growth.measure.partnerships': 'Partnerships',
  'growth.measure.largestComponent': 'Largest component',
  'growth.measure.components': 'Components',
  'growth.measure.meanDegree': 'Mean degree',
  'growth.measure.averageClustering': 'Average clustering',
  'growth.measure.transitivity': 'Transitivity',
  'growth.measure.modularity': 'Modularity (Louvain)',
  'growth.measure.communities': 'Communities',
  'growth.measure.germany.crossShare': 'Cross share, Germany',
  'growth.measure.europe.crossShare': 'Cross share, Europe',
  'growth.measure.germany.eiIndex': 'E-I index, Germany',
  'growth.measure.europe.eiIndex': 'E-I index, Europe',

  'distance.title': 'How far partnerships reach',
  'distance.summary':
    '{n} partnerships have a position at both ends ({unpositioned} do not and are left out). Median {median}, mean {mean}; {within500km} lie within 500 km, {sameCountry} inside one country and {sameBloc} inside one side of Europe’s old divide (of those with a side at both ends).',
  'distance.histogram': 'Partnerships by great-circle distance (bins widen with distance)',
  'distance.median': 'median {km}',
  'distance.decay':
    'Beyond {dMin} ({tail} partnerships), the number of partnerships per kilometre falls as the distance to the power −{exponent}: at twice the distance, about {factor} times fewer partnerships per kilometre. The larger the exponent, the more twinning stays close to home.',
  'distance.decayInterval':
    'Beyond {dMin} ({tail} partnerships), the number of partnerships per kilometre falls as the distance to the power −{exponent} (95 % interval {low} to {high}): at twice the distance, about {factor} times fewer partnerships per kilometre. The larger the exponent, the more twinning stays close to home.',
  'distance.noDecay': 'Too few partnerships have a length for a decay exponent to be fitted.',
  'distance.decayChart': 'Distance decay, log-log: partnerships per km in each bin, and the fitted power law',
  'distance.perKm': 'share per km',
  'distance.decayCaption':
    'Maximum-likelihood fit of p(d) ∝ d^−γ for d ≥ d<sub>min</sub>, d<sub>min</sub> by the Kolmogorov-Smirnov distance (Clauset, Shalizi &amp; Newman 2009); grey points lie below d<sub>min</sub>. <code>GET {request}</code>',
  'distance.byType': 'Per type',
  'distance.byDecade': 'Per founding decade',
  'distance.partnerships': 'Partnerships',
  'distance.median.head': 'Median',
  'distance.sameCountry': 'Same country',
  'distance.sameSide': 'Same side',
  'distance.decade': '{decade}s',
  'distance.undated': 'no founding year',
} as const;
