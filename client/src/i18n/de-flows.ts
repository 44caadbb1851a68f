import type { enFlows } from './en-flows.ts';

/** Deutsch: die Verbindungslinien der herausgezoomten Karte (features/flows.ts, ihre Legende), Teil des Katalogs von de.ts. */
export const deFlows: Record<keyof typeof enFlows, string> = {
  'flows.legend':
    'Linien verbinden Staaten (deutsche Länder), je breiter, desto mehr Partnerschaften; Kreise zählen die innerhalb eines. Hineinzoomen oder einen Ort wählen zeigt jede Partnerschaft.',
  'flows.crossGermany': 'Überwiegend zwischen Ost- und Westdeutschland',
  'flows.crossEurope': 'Überwiegend zwischen Ost- und Westblock',
  'flows.other': 'Andere Partnerschaften',
};
