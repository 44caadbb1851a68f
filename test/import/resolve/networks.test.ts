import { describe, expect, it } from 'vitest';
import { resolveNetworks } from '../../../server/import/resolve/networks.ts';
import { place } from './helpers.ts';

describe('networks', () => {
  it("list their members' places, leaving out members whose place is unknown", () => {
    const places = [place('de-koeln', 'Köln'), null, place('fr-lille', 'Lille')];
    const networks = resolveNetworks(
      [
        {
          id: 'eurocities',
          name: 'Eurocities',
          sources: ['https://eurocities.eu'],
          members: [0, 1, 2].map((i) => ({ place: i, line: i + 2, sources: i === 2 ? ['m'] : [] })),
        },
      ],
      (m) => places[m] ?? null,
      'file',
    );
    expect(networks).toEqual([
      {
        id: 'eurocities',
        name: 'Eurocities',
        sources: ['file', 'https://eurocities.eu'],
        members: [
          { id: 'de-koeln', sources: ['file'] },
          { id: 'fr-lille', sources: ['file', 'm'] },
        ],
      },
    ]);
  });
});
