/** English, the reference catalogue (see ./locale.ts): section 4 (east-west bridges, with its chart) and section 7 (the network's map). */
export const enEastWest = {
  'eastwest.title': 'East-west bridges',
  'eastwest.intro':
    'Cross ties are partnerships whose two ends lie on different sides of a divide; places without a side (abroad for the inner-German divide; neutral or non-European for the European one; Berlin as a whole) are left out of the counts.',
  'eastwest.germany': 'Inside Germany: the former inner-German border',
  'eastwest.germanyEast': 'former GDR (East Berlin included via its districts)',
  'eastwest.germanyWest': 'former Federal Republic',
  'eastwest.europe': 'In Europe: the former Eastern bloc and the West',
  'eastwest.europeEast': 'former Eastern bloc',
  'eastwest.europeWest': 'West (NATO/EC members before 1990)',
  'eastwest.sides':
    'East: {east}, {eastPlaces} places; west: {west}, {westPlaces} places. Of the {sided} partnerships with a side at both ends, {cross} cross the divide ({share}); E-I index {ei} (−1: all ties within a side, +1: all across).',
  'eastwest.baseline':
    '<strong>Random baseline.</strong> Over {samples} degree-preserving rewirings (seed {seed}): mean {mean} cross ties, standard deviation {sd}; observed {observed}, z = {z}. {verdict}',
  'eastwest.baselineNone': 'The random baseline has no spread (no swap possible), so no z-score.',
  'eastwest.baselineAbout':
    'The network has about as many cross ties as random rewiring that keeps each town’s number of partners would give.',
  'eastwest.baselineFewer':
    'The network has fewer cross ties than random rewiring that keeps each town’s number of partners would give (|z| ≥ 2).',
  'eastwest.baselineFewerBeyond':
    'The network has fewer cross ties than random rewiring that keeps each town’s number of partners would give (|z| ≥ 2, well beyond chance).',
  'eastwest.baselineMore':
    'The network has more cross ties than random rewiring that keeps each town’s number of partners would give (|z| ≥ 2).',
  'eastwest.baselineMoreBeyond':
    'The network has more cross ties than random rewiring that keeps each town’s number of partners would give (|z| ≥ 2, well beyond chance).',
  'eastwest.chartTitle': 'Cross ties per founding year: {level}',
  'eastwest.chartCaption': 'Partnerships per founding year, both ends with a side (undated ones are not shown).',
  'eastwest.noTimeline': 'No partnership here has both a founding year and a side at both ends, so there is no timeline to draw.',
  'eastwest.perState': 'Per state',
  'eastwest.perCountry': 'Per country',
  'eastwest.state': 'State',
  'eastwest.country': 'Country',
  'eastwest.noRegion': 'No region has a partnership with a side at both ends.',
  'eastwest.partnerships': 'Partnerships',
  'eastwest.crossTies': 'Cross ties',
  'eastwest.share': 'Share',
  'eastwest.brokers': 'Brokers',
  'eastwest.noBrokers': 'No town lies on a shortest path between the sides.',
  'eastwest.town': 'Town',
  'eastwest.brokerage': 'Brokerage',
  'eastwest.brokersNote': 'Share of the east-west pairs of places whose shortest paths run through the town.',

  'yearChart.none': 'No partnership with a founding year and a side at both ends: nothing to chart.',
  'yearChart.description': 'Founding years {first} to {last}; most cross ties in {peakYear} ({peak}); cumulative share at the end {share}.',
  'yearChart.founded': 'partnerships founded',
  'yearChart.cumulative': 'cumulative cross share',
  'yearChart.sided': 'founded that year, both ends with a side',
  'yearChart.cross': 'of which cross ties',
  'yearChart.share': 'cumulative share of cross ties (right axis)',

  'network.title': 'The network',
  'network.drawn': '{drawn} places drawn at their coordinates, {edges} partnerships as great-circle arcs.',
  'network.drawnUnlocated':
    '{drawn} places drawn at their coordinates, {edges} partnerships as great-circle arcs; {unlocated} places without coordinates (and their ties) are not drawn.',
  'network.dots': 'Dot size grows with the number of partnerships; the ten or so best-connected places are named.',
  'network.world': 'The partnership network: the world',
  'network.europe': 'The partnership network: Europe',
  'network.worldCaption': 'The world (Natural Earth projection): {share} of the partnerships drawn reach beyond Europe.',
  'network.worldOmitted':
    'No world map: only {share} of the partnerships drawn reach beyond Europe (the world map is drawn from {threshold}); Europe shows them all.',
  'network.europeCaption': 'Europe (Lambert azimuthal equal-area, centred at 10° E, 52° N).',
  'network.west': 'West',
  'network.east': 'East (former GDR, Eastern bloc)',
  'network.other': 'neutral or non-European',
  'network.berlin': 'Berlin',
  'network.unknown': 'unknown',
  'network.crossTie': 'tie across the east-west divide',
  'network.otherTie': 'other tie',
} as const;
