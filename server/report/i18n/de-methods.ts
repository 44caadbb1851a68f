/** Deutsch: Abschnitt 9, die Methoden; Schlüssel und Platzhalter die von en-methods.ts. */
import type { Translation } from '../../i18n/messages.ts';
import type { enMethods } from './en-methods.ts';

export const deMethods = {
  'methods.title': 'Methoden',
  'methods.data': 'Daten',
  'methods.version': 'Version des Datenbestands',
  'methods.versionUpdated': '{version}, aktualisiert am {updated}',
  'methods.filters': 'Filter',
  'methods.hash': 'SHA-256 der Daten',
  'methods.hashNote':
    'über die {bytes} Bytes von <code>GET {request}</code> (der Graph mit allen Attributen, ohne Analyseergebnisse), z. B. <code>curl -s &#39;http://127.0.0.1:3000{request}&#39; | sha256sum</code>, solange der Datenbestand diese Version hat.',
  'methods.sources': 'Quellen und Lizenzen',
  'methods.dataset': 'Importierter Datenbestand',
  'methods.licence': 'Lizenz',
  'methods.attribution': 'Namensnennung',
  'methods.citations': 'Nennungen',
  'methods.notStated': 'nicht angegeben',
  'methods.site': 'Zitierte Website',
  'methods.pages': 'Seiten',
  'methods.pagesLicence': 'Lizenz der Seiten',
  'methods.pageOwn': 'die der jeweiligen Seite',
  'methods.moreSites': 'Und {n} weitere Websites; jede URL steht in den Quellenlisten der Exporte.',
  'methods.outlines': 'Umrisse der Karten: Natural Earth (gemeinfrei), über world-atlas.',

  'methods.parameters': 'Parameter und Startwerte',
  'methods.louvain': 'Auflösung {resolution}, Startwert {seed}; Stabilität gegenüber den Startwerten {first}–{last}',
  'methods.betweenness': 'Betweenness (Zwischenzentralität)',
  'methods.betweennessExact': 'exakt (von allen Quellen aus)',
  'methods.betweennessSampled': 'geschätzt, k = {k} Pivots, Startwert {seed}',
  'methods.pagerank': 'α = {alpha}, höchstens {iterations} Iterationen, Toleranz {tolerance} × n',
  'methods.eigenvector': 'Eigenvektor-Zentralität',
  'methods.eigenvectorValue': 'höchstens {iterations} Iterationen, Toleranz {tolerance} × n, Bereich {scope}',
  'methods.baseline': 'Zufallsvergleich',
  'methods.baselineValue':
    '{samples} Stichproben, Startwert {seed}, Einlaufphase von {burnIn} × m Vertauschungen, danach eine Stichprobe alle {thin} × m versuchten Vertauschungen (m = Partnerschaften)',
  'methods.underConnected': 'Schwach vernetzt',
  'methods.underConnectedValue':
    'Deutsche Ebenen: das {confidence}-%-Intervall von beobachtet/erwartet unter 1; Staaten: unter dem {percentile}. Perzentil derer mit mindestens {min} Orten',
  'methods.recommendations': 'Empfehlungen',
  'methods.recommendationsValue':
    'Gewichte Netznähe {proximity}, Geografie {geography} (½ bei {scale} km), Größe {size}, Grenzüberschreitung {crossing}; Kandidaten zwei Schritte entfernt und die {nearby} nächstgelegenen',

  'methods.definitions': 'Definitionen',
  'definition.degree': 'Gradzentralität',
  'definition.degreeText': 'deg(v) / (n − 1), wie degree_centrality von NetworkX (Freeman 1978).',
  'definition.betweenness': 'Betweenness (Zwischenzentralität)',
  'definition.betweennessText':
    'Σ über Paare s ≠ t ≠ v von σ_st(v) / σ_st, der Anteil der kürzesten Wege durch v, skaliert mit 2 / ((n − 1)(n − 2)) wie bei NetworkX (Brandes 2001). Geschätzt: k mit dem Startwert gezogene Pivots, skaliert wie bei NetworkX; Fehlerschranke nach der Hoeffding-Ungleichung mit einer Vereinigungsschranke über alle Knoten (Brandes &amp; Pich 2007).',
  'definition.closeness': 'Closeness (Nähezentralität)',
  'definition.closenessText':
    '(r − 1) / Σ d(v, u) × (r − 1) / (n − 1), r die von v erreichten Orte: die Korrektur nach Wasserman–Faust für nicht zusammenhängende Graphen, die Voreinstellung von NetworkX (Freeman 1978; Wasserman &amp; Faust 1994).',
  'definition.harmonic': 'Harmonische Nähezentralität',
  'definition.harmonicText': 'Σ über u ≠ v von 1 / d(v, u), 1/∞ = 0, nicht normiert (Boldi &amp; Vigna 2014).',
  'definition.pagerank': 'PageRank',
  'definition.pagerankText':
    'Potenzmethode wie pagerank von NetworkX auf dem ungewichteten Graphen, jede Verbindung in beide Richtungen, gleichverteilter Sprung (Page u. a. 1999).',
  'definition.eigenvector': 'Eigenvektor-Zentralität',
  'definition.eigenvectorText': 'Potenzmethode auf A + I, L2-normiert, wie eigenvector_centrality von NetworkX (Bonacich 1987).',
  'definition.clustering': 'Clusterkoeffizient',
  'definition.clusteringText':
    'Lokal: 2 T(v) / (d(v)(d(v) − 1)), 0 unter Grad 2; Mittel: über alle Orte; Transitivität: 3 × Dreiecke / verbundene Tripel (Watts &amp; Strogatz 1998; Newman, Strogatz &amp; Watts 2001).',
  'definition.assortativity': 'Assortativität',
  'definition.assortativityText':
    'Grad: Pearson-Korrelation der Grade an beiden Enden einer Verbindung; Staat und Block: Newmans r für ein kategoriales Merkmal, ein fehlender Wert als eigene Kategorie (Newman 2003).',
  'definition.components': 'Komponenten, Brücken, Artikulationspunkte',
  'definition.componentsText':
    'Zusammenhangskomponenten durch Breitensuche; Brücken und Schnittknoten über Tarjans Low-Werte in einer iterativen Tiefensuche (Tarjan 1974; Hopcroft &amp; Tarjan 1973).',
  'definition.diameter': 'Durchmesser, mittlere Weglänge',
  'definition.diameterText': 'Der größten Zusammenhangskomponente, exakt.',
  'definition.paths': 'Wie kürzeste Wege gezählt werden',
  'definition.pathsText':
    'Betweenness, Closeness, harmonische Nähezentralität, die Entfernungen und die Vermittler stammen aus einem Durchlauf: einer Breitensuche von jedem Ort des 2-Kerns aus, wobei die daran hängenden Bäume von Orten (Orte mit einem einzigen Partner und die Partner ihrer Partner) durch Zählen exakt eingerechnet werden (Brandes 2001; Baglioni u. a. 2012; Sariyüce u. a. 2013). Die Werte sind die einer Suche von jedem Ort aus.',
  'definition.communities': 'Gemeinschaften',
  'definition.communitiesText':
    'Louvain auf dem ungewichteten Graphen mit der Auflösung und einer durch den Startwert festgelegten Zufallsreihenfolge (Blondel u. a. 2008); Modularität nach der Definition von NetworkX bei derselben Auflösung (Newman &amp; Girvan 2004; Reichardt &amp; Bornholdt 2006).',
  'definition.nmi': 'NMI (normierte Transinformation)',
  'definition.nmiText':
    'I(U; V) / ((H(U) + H(V)) / 2), die Voreinstellung von scikit-learn (Vinh, Epps &amp; Bailey 2010); ein Ort ohne Staat oder Block ist eine eigene Klasse. Stabilität: mittlere NMI zu den Zerlegungen der folgenden Startwerte.',
  'definition.crossTies': 'Ost-West-Verbindungen',
  'definition.crossTiesText':
    'Partnerschaften, deren Enden auf verschiedenen Seiten liegen. In Deutschland: ehemalige DDR (Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt, Thüringen, die Bezirke Ost-Berlins) gegenüber der alten Bundesrepublik; Berlin als Ganzes auf keiner Seite. In Europa: die Staaten des Warschauer Pakts, die Nachfolgestaaten der Sowjetunion und Albanien gegenüber den europäischen Mitgliedern von NATO oder EG vor 1990; neutrale und außereuropäische Staaten auf keiner Seite.',
  'definition.ei': 'E-I-Index',
  'definition.eiText':
    '(E − I) / (E + I) über die Verbindungen mit einer Seite an beiden Enden: E über die Teilung, I innerhalb einer Seite (Krackhardt &amp; Stern 1988); je Region über die Verbindungen mit einem Ende in ihr.',
  'definition.baseline': 'Zufallsvergleich',
  'definition.baselineText':
    'Gradtreue doppelte Kantenvertauschungen (Maslov &amp; Sneppen 2002; Milo u. a. 2003) in einer Kette mit Startwert: eine Einlaufphase, dann Stichproben in regelmäßigen Abständen; z = (beobachtet − Mittel) / Standardabweichung der Stichproben.',
  'definition.brokers': 'Vermittler',
  'definition.brokersText':
    'Betweenness nur über die kürzesten Wege zwischen einem östlichen und einem westlichen Ort, als Anteil solcher Paare ohne den Ort selbst (Brandes 2008, Betweenness mit Quellen und Zielen).',
  'definition.regions': 'Regionen',
  'definition.regionsText':
    'Kommunen der Region in der Ansicht, die mit Partnern, Partnerschaften mit einem Ende dort, Partnerschaftsenden je Kommune, je 100.000 Einwohner der Orte mit bekannter Einwohnerzahl, Ost-West-Anteil über die Partnerschaften der Region mit einer Seite an beiden Enden.',
  'definition.underConnected': 'Schwach vernetzt',
  'definition.underConnectedText':
    'Bundesländer und Kreise: Das exakte Poisson-Intervall (Garwood) zu 95 % der beobachteten/erwarteten Partnerschaftsenden liegt ganz unter 1; erwartet nach einem Poisson-GLM (mit Quasi-Poisson-Fehlern bei Überdispersion) der Partnerschaften jeder Kommune auf die logarithmierte Einwohnerzahl über alle Kommunen des Verzeichnisses, ohne Ost-West-Term (McCullagh &amp; Nelder 1989). Staaten: Partnerschaften je Ort unter dem unteren Quartil (lineare Interpolation, die Voreinstellung von NumPy) der Staaten mit einer Mindestzahl an Orten.',
  'definition.recommendations': 'Empfehlungen',
  'definition.recommendationsText':
    'Noch nicht verbundene Orte, zwei Schritte entfernt oder unter den nächstgelegenen mit Koordinaten, geordnet nach gewichteter Netznähe (Adamic &amp; Adar 2003), Geografie, Größenähnlichkeit und Überschreitung der Teilung.',

  'methods.software': 'Software',
  'methods.softwareText':
    '{generator}, {runtime}. Bibliotheken: {libraries}. Louvain stammt aus graphology-communities-louvain; jede andere Analyse läuft im eigenen Code des Projekts (server/analytics), geprüft gegen NetworkX; NetworkX wird zum Ausführen nicht gebraucht.',
  'methods.reproducing': 'Jede Zahl nachrechnen',
  'methods.reproducingIntro':
    'Die API desselben Dienstes liefert jede Zahl dieses Berichts für dieselbe Version des Datenbestands und dieselben Parameter:',
  'methods.callSummary': 'Zusammenfassung: <code>GET /api/structure{query}</code>',
  'methods.callRankings':
    'Ranglisten: <code>GET /api/metrics/centrality?measure=betweenness{and}</code> (ebenso degree, closeness, harmonic, pagerank, eigenvector)',
  'methods.callCommunities': 'Gemeinschaften: <code>GET /api/communities{query}</code>',
  'methods.callEastWest':
    'Brücken zwischen Ost und West: <code>GET /api/bridges/east-west?level=germany{and}</code> und <code>level=europe</code>',
  'methods.callRegions':
    'Regionen: <code>GET /api/regions?level=state{and}</code> (ebenso country, district) und <code>/api/regions/under-connected</code>',
  'methods.callRecommendations': 'Empfehlungen: <code>GET /api/recommendations/&lt;id&gt;?limit=5{and}</code>',
  'methods.callExport': 'Der Graph mit allen Ergebnissen je Ort: <code>GET /api/export?format=gexf{and}</code> (ebenso graphml, csv, json)',
  'methods.callReport':
    'Dieser Bericht: <code>GET /api/report?format=pdf&amp;lang=de{and}</code> oder <code>npm run report -- --format pdf --lang de --out bericht.pdf</code> mit denselben Optionen',
} as const satisfies Translation<typeof enMethods>;
