/** English, the reference catalogue (see ./locale.ts): section 9, the methods (data, parameters, definitions, software, reproduction). */
export const enMethods = {
  'methods.title': 'Methods',
  'methods.data': 'Data',
  'methods.version': 'Dataset version',
  'methods.versionUpdated': '{version}, updated {updated}',
  'methods.filters': 'Filters',
  'methods.hash': 'SHA-256 of the data',
  'methods.hashNote':
    'of the {bytes} bytes of <code>GET {request}</code> (the graph and every attribute, without analysis results), e.g. <code>curl -s &#39;http://127.0.0.1:3000{request}&#39; | sha256sum</code> while the dataset is at this version.',
  'methods.sources': 'Sources and licences',
  'methods.dataset': 'Imported dataset',
  'methods.licence': 'Licence',
  'methods.attribution': 'Attribution',
  'methods.citations': 'Citations',
  'methods.notStated': 'not stated',
  'methods.site': 'Cited web site',
  'methods.pages': 'Pages',
  'methods.pagesLicence': 'Licence of the pages',
  'methods.pageOwn': 'the page’s own',
  'methods.moreSites': 'And {n} more sites; every URL is in the exports’ sources lists.',
  'methods.outlines': 'Map outlines: Natural Earth (public domain), via world-atlas.',

  'methods.parameters': 'Parameters and seeds',
  'methods.louvain': 'resolution {resolution}, seed {seed}; stability against seeds {first}–{last}',
  'methods.betweenness': 'Betweenness',
  'methods.betweennessExact': 'exact (all sources)',
  'methods.betweennessSampled': 'sampled, k = {k} pivots, seed {seed}',
  'methods.pagerank': 'α = {alpha}, at most {iterations} iterations, tolerance {tolerance} × n',
  'methods.eigenvector': 'Eigenvector',
  'methods.eigenvectorValue': 'at most {iterations} iterations, tolerance {tolerance} × n, scope {scope}',
  'methods.baseline': 'Random baseline',
  'methods.baselineValue':
    '{samples} samples, seed {seed}, burn-in {burnIn} × m swaps, then one sample every {thin} × m attempted swaps (m = partnerships)',
  'methods.underConnected': 'Under-connected',
  'methods.underConnectedValue':
    'German levels: the {confidence} % interval of observed/expected below 1; countries: below the {percentile}th percentile of those with at least {min} places',
  'methods.recommendations': 'Recommendations',
  'methods.recommendationsValue':
    'weights proximity {proximity}, geography {geography} (½ at {scale} km), size {size}, crossing {crossing}; candidates two steps away and the {nearby} nearest',

  'methods.definitions': 'Definitions',
  'definition.degree': 'Degree centrality',
  'definition.degreeText': 'deg(v) / (n − 1), as NetworkX’s degree_centrality (Freeman 1978).',
  'definition.betweenness': 'Betweenness',
  'definition.betweennessText':
    'Σ over pairs s ≠ t ≠ v of σ_st(v) / σ_st, the share of shortest paths through v, scaled by 2 / ((n − 1)(n − 2)) as NetworkX (Brandes 2001). Sampled: k pivots drawn with the seed, scaled as NetworkX; error bound by Hoeffding’s inequality with a union bound over all nodes (Brandes &amp; Pich 2007).',
  'definition.closeness': 'Closeness',
  'definition.closenessText':
    '(r − 1) / Σ d(v, u) × (r − 1) / (n − 1), r the places v reaches: the Wasserman–Faust correction for disconnected graphs, NetworkX’s default (Freeman 1978; Wasserman &amp; Faust 1994).',
  'definition.harmonic': 'Harmonic closeness',
  'definition.harmonicText': 'Σ over u ≠ v of 1 / d(v, u), 1/∞ = 0, unnormalised (Boldi &amp; Vigna 2014).',
  'definition.pagerank': 'PageRank',
  'definition.pagerankText':
    'Power iteration as NetworkX’s pagerank on the unweighted graph, each tie followed both ways, uniform teleport (Page et al. 1999).',
  'definition.eigenvector': 'Eigenvector centrality',
  'definition.eigenvectorText': 'Power iteration on A + I, L2-normalised, as NetworkX’s eigenvector_centrality (Bonacich 1987).',
  'definition.clustering': 'Clustering',
  'definition.clusteringText':
    'Local: 2 T(v) / (d(v)(d(v) − 1)), 0 below degree 2; average: mean over all places; transitivity: 3 × triangles / connected triples (Watts &amp; Strogatz 1998; Newman, Strogatz &amp; Watts 2001).',
  'definition.assortativity': 'Assortativity',
  'definition.assortativityText':
    'Degree: Pearson correlation of the degrees at the two ends of a tie; country and bloc: Newman’s r for a categorical attribute, a missing value a category of its own (Newman 2003).',
  'definition.components': 'Components, bridges, articulation points',
  'definition.componentsText':
    'Connected components by breadth-first search; bridges and cut vertices by Tarjan’s low points in an iterative depth-first search (Tarjan 1974; Hopcroft &amp; Tarjan 1973).',
  'definition.diameter': 'Diameter, average path length',
  'definition.diameterText': 'Of the largest connected component, exact.',
  'definition.paths': 'How shortest paths are counted',
  'definition.pathsText':
    'Betweenness, closeness, harmonic closeness, the distances and the brokers come from one sweep: a breadth-first search from every place of the 2-core, the trees of places hanging from it (towns with a single partner, and their partners’ partners) folded in exactly by counting (Brandes 2001; Baglioni et al. 2012; Sariyüce et al. 2013). The values are those of a search from every place.',
  'definition.communities': 'Communities',
  'definition.communitiesText':
    'Louvain on the unweighted graph with the resolution and a seeded random order (Blondel et al. 2008); modularity with NetworkX’s definition at the same resolution (Newman &amp; Girvan 2004; Reichardt &amp; Bornholdt 2006).',
  'definition.nmi': 'NMI',
  'definition.nmiText':
    'I(U; V) / ((H(U) + H(V)) / 2), scikit-learn’s default (Vinh, Epps &amp; Bailey 2010); a place without a country or bloc is a class of its own. Stability: mean NMI to the partitions of the following seeds.',
  'definition.crossTies': 'Cross ties',
  'definition.crossTiesText':
    'Partnerships whose ends lie on different sides. Inside Germany: former GDR (Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt, Thüringen, East Berlin’s districts) against the former Federal Republic; Berlin as a whole on neither side. In Europe: Warsaw Pact and Soviet successor states and Albania against European NATO/EC members before 1990; neutral and non-European countries on neither side.',
  'definition.ei': 'E-I index',
  'definition.eiText':
    '(E − I) / (E + I) over the ties with a side at both ends: E across, I within (Krackhardt &amp; Stern 1988); per region over the ties with an end in it.',
  'definition.baseline': 'Random baseline',
  'definition.baselineText':
    'Degree-preserving double-edge swaps (Maslov &amp; Sneppen 2002; Milo et al. 2003), one seeded chain: a burn-in, then a sample at regular intervals; z = (observed − mean) / sd of the samples.',
  'definition.brokers': 'Brokers',
  'definition.brokersText':
    'Betweenness over the shortest paths between an eastern and a western place only, as a share of such pairs not involving the town (Brandes 2008, betweenness with sources and targets).',
  'definition.regions': 'Regions',
  'definition.regionsText':
    'Municipalities of the region in the view, partnered ones, partnerships with an end there, partnership ends per municipality, per 100,000 inhabitants of the places with a known population, cross share over the region’s ties with a side at both ends.',
  'definition.underConnected': 'Under-connected',
  'definition.underConnectedText':
    'German states and districts: the exact Poisson (Garwood) 95 % interval of observed/expected partnership ends lies wholly below 1; expected from a Poisson GLM (quasi-Poisson errors when overdispersed) of each municipality’s partnerships on log population over all directory municipalities, with no East/West term (McCullagh &amp; Nelder 1989). Countries: partnerships per place below the lower quartile (linear interpolation, NumPy’s default) of the countries with a minimum number of places.',
  'definition.recommendations': 'Recommendations',
  'definition.recommendationsText':
    'Places not yet linked, two steps away or among the nearest with coordinates, ranked by weighted proximity (Adamic &amp; Adar 2003), geography, size similarity and crossing of the divide.',

  'methods.software': 'Software',
  'methods.softwareText':
    '{generator}, {runtime}. Libraries: {libraries}. Louvain is graphology-communities-louvain’s; every other analysis runs in the project’s own code (server/analytics), checked against NetworkX; NetworkX is not needed to run it.',
  'methods.reproducing': 'Reproducing each number',
  'methods.reproducingIntro':
    'The API of the same service answers every number of this report for the same dataset version and parameters:',
  'methods.callSummary': 'Summary: <code>GET /api/structure{query}</code>',
  'methods.callRankings':
    'Rankings: <code>GET /api/metrics/centrality?measure=betweenness{and}</code> (and degree, closeness, harmonic, pagerank, eigenvector)',
  'methods.callCommunities': 'Communities: <code>GET /api/communities{query}</code>',
  'methods.callEastWest': 'East-west bridges: <code>GET /api/bridges/east-west?level=germany{and}</code> and <code>level=europe</code>',
  'methods.callRegions':
    'Regions: <code>GET /api/regions?level=state{and}</code> (country, district) and <code>/api/regions/under-connected</code>',
  'methods.callRecommendations': 'Recommendations: <code>GET /api/recommendations/&lt;id&gt;?limit=5{and}</code>',
  'methods.callExport': 'The graph with every result per place: <code>GET /api/export?format=gexf{and}</code> (graphml, csv, json)',
  'methods.callReport':
    'This report: <code>GET /api/report?format=pdf{and}</code>, or <code>npm run report -- --format pdf --out report.pdf</code> with the same options',
} as const;
