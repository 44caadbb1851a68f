import type { enFlows } from './en-flows.ts';

/** Deutsch: die Verbindungslinien der herausgezoomten Karte (features/flows.ts, ihre Legende) und der Gemeinschaftsgraph der Kräfteanordnung (community-graph.ts), Teil des Katalogs von de.ts. */
export const deFlows: Record<keyof typeof enFlows, string> = {
  'flows.legend':
    'Linien verbinden Staaten (deutsche Länder), je breiter, desto mehr Partnerschaften; Kreise zählen die innerhalb eines. Hineinzoomen oder einen Ort wählen zeigt jede Partnerschaft.',
  'flows.crossGermany': 'Überwiegend zwischen Ost- und Westdeutschland',
  'flows.crossEurope': 'Überwiegend zwischen Ost- und Westblock',
  'flows.other': 'Andere Partnerschaften',
  'communityGraph.toggle': 'Gemeinschaften als Knoten',
  'communityGraph.fold': 'Alle Gemeinschaften schließen',
  'communityGraph.legend':
    'Kreise sind Gemeinschaften (Fläche: ihre Orte in der Ansicht), Linien die Partnerschaften zwischen ihnen, je breiter, desto mehr. Ein Klick auf einen Kreis öffnet ihn an Ort und Stelle; ein gewählter Ort zeigt seine eigenen Partnerschaften.',
  'communityGraph.unnamed': 'Gemeinschaft {id}',
};
