/**
 * Europe's old east-west divide, by today's country (ISO 3166-1 alpha-2). A documented
 * decision (see docs/architecture.md):
 * - `east`: the former Eastern bloc: the Warsaw Pact states and the Soviet republics'
 *   successors, and Albania (a Warsaw Pact member until 1968).
 * - `west`: European states of the Western camp (NATO or EC members before 1990).
 * - `other`: the neutral and non-aligned states of Europe (Austria, Switzerland, Sweden,
 *   Finland, Ireland, Yugoslavia's successors, the microstates) and every non-European country.
 * Germany is decided per place (classify.ts).
 */
export type Bloc = 'east' | 'west' | 'other';

const EAST = [
  'PL',
  'CZ',
  'SK',
  'HU',
  'RO',
  'BG',
  'AL',
  'RU',
  'UA',
  'BY',
  'MD',
  'EE',
  'LV',
  'LT',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'UZ',
  'TM',
  'KG',
  'TJ',
];
const WEST = ['FR', 'GB', 'IT', 'BE', 'NL', 'LU', 'DK', 'NO', 'IS', 'PT', 'ES', 'GR', 'TR'];

const TABLE = new Map<string, Bloc>([...EAST.map((c) => [c, 'east'] as const), ...WEST.map((c) => [c, 'west'] as const)]);

export function blocOfCountry(country: string): Bloc {
  return TABLE.get(country.toUpperCase()) ?? 'other';
}
