/** Deutsch: Abschnitt 8 (Wachstum und Entfernung) und die Wörter seiner Diagramme; Schlüssel die von en-growth.ts. */
import type { Translation } from '../../i18n/messages.ts';
import type { enGrowth } from './en-growth.ts';

export const deGrowth = {
  'growth.title': 'Wachstum und Entfernung',
  'growth.series': 'Das Netz Jahr für Jahr',
  'growth.seriesScope':
    'Jedes Jahr von {from} bis {to} enthält die datierten Partnerschaften, die bis dahin gegründet und nicht vorher beendet wurden, für die Arten, Staaten und Blöcke des Berichts (sein Jahresbereich gilt nicht: Die Jahre sind die Reihe).',
  'growth.lastYear':
    'Im Jahr {year}: {places} Orte, {partnerships} Partnerschaften, Modularität {modularity}. <strong>{undated} Partnerschaften ohne Gründungsjahr sind zeitlich nicht eingeordnet</strong> (in jedem Jahr mitgezählt, nie gezeichnet).',
  'growth.seriesMethod':
    'Modularität nach Louvain mit Startwert {seed} und Auflösung {resolution}, neu berechnet in jedem der {runs} Jahre, in denen sich das Netz geändert hat; Ost-West-Anteil und E-I-Index über die Partnerschaften mit einer Seite an beiden Enden.',
  'growth.seriesCaption': 'Ein Diagramm je Maß über dieselben Jahre ({points} Punkte, Schrittweite {step}). <code>GET {request}</code>',
  'growth.newPartnerships': 'Neue Partnerschaften je Jahr, nach Art',
  'growth.measure.places': 'Orte',
  'growth.measure.partnerships': 'Partnerschaften',
  'growth.measure.largestComponent': 'Größte Komponente',
  'growth.measure.components': 'Komponenten',
  'growth.measure.meanDegree': 'Mittlerer Grad',
  'growth.measure.averageClustering': 'Clusterkoeffizient',
  'growth.measure.transitivity': 'Transitivität',
  'growth.measure.modularity': 'Modularität (Louvain)',
  'growth.measure.communities': 'Gemeinschaften',
  'growth.measure.germany.crossShare': 'Ost-West-Anteil, Deutschland',
  'growth.measure.europe.crossShare': 'Ost-West-Anteil, Europa',
  'growth.measure.germany.eiIndex': 'E-I-Index, Deutschland',
  'growth.measure.europe.eiIndex': 'E-I-Index, Europa',

  'distance.title': 'Wie weit Partnerschaften reichen',
  'distance.summary':
    '{n} Partnerschaften haben an beiden Enden eine Position ({unpositioned} nicht; sie bleiben außen vor). Median {median}, Mittel {mean}; {within500km} liegen innerhalb von 500 km, {sameCountry} innerhalb eines Staates und {sameBloc} innerhalb einer Seite der alten Teilung Europas (unter denen mit einer Seite an beiden Enden).',
  'distance.histogram': 'Partnerschaften nach Großkreisentfernung (die Klassen werden mit der Entfernung breiter)',
  'distance.median': 'Median {km}',
  'distance.decay':
    'Ab {dMin} ({tail} Partnerschaften) fällt die Zahl der Partnerschaften je Kilometer mit der Entfernung hoch −{exponent}: Bei doppelter Entfernung gibt es etwa {factor}-mal weniger Partnerschaften je Kilometer. Je größer der Exponent, desto mehr bleiben Partnerschaften in der Nähe.',
  'distance.decayInterval':
    'Ab {dMin} ({tail} Partnerschaften) fällt die Zahl der Partnerschaften je Kilometer mit der Entfernung hoch −{exponent} (95-%-Intervall {low} bis {high}): Bei doppelter Entfernung gibt es etwa {factor}-mal weniger Partnerschaften je Kilometer. Je größer der Exponent, desto mehr bleiben Partnerschaften in der Nähe.',
  'distance.noDecay': 'Zu wenige Partnerschaften haben eine Länge, um einen Abklingexponenten anzupassen.',
  'distance.decayChart':
    'Abklingen mit der Entfernung, doppelt logarithmisch: Partnerschaften je km in jeder Klasse und das angepasste Potenzgesetz',
  'distance.perKm': 'Anteil je km',
  'distance.decayCaption':
    'Maximum-Likelihood-Anpassung von p(d) ∝ d^−γ für d ≥ d<sub>min</sub>, d<sub>min</sub> nach der Kolmogorow-Smirnow-Distanz (Clauset, Shalizi &amp; Newman 2009); graue Punkte liegen unter d<sub>min</sub>. <code>GET {request}</code>',
  'distance.byType': 'Nach Art',
  'distance.byDecade': 'Nach Gründungsjahrzehnt',
  'distance.partnerships': 'Partnerschaften',
  'distance.median.head': 'Median',
  'distance.sameCountry': 'Gleicher Staat',
  'distance.sameSide': 'Gleiche Seite',
  'distance.decade': '{decade}er',
  'distance.undated': 'ohne Gründungsjahr',
} as const satisfies Translation<typeof enGrowth>;
