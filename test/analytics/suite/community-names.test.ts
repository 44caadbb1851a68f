/** The community names (analytics/suite/community-names.ts): the rule, case by case, and on a suite. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../server/analytics/csr.ts';
import { communityName, type NamedPlace } from '../../../server/analytics/suite/community-names.ts';
import { communityProfiles } from '../../../server/analytics/suite/profiles.ts';

const places = (spec: Record<string, number>): NamedPlace[] =>
  Object.entries(spec).flatMap(([key, n]) => {
    const [country, admin1] = key.split('/');
    return Array.from({ length: n }, () => ({ country, ...(admin1 ? { admin1 } : {}) }));
  });

describe('community names', () => {
  it('names the countries that hold a quarter of the places, most first, ties by code', () => {
    expect(communityName(places({ DE: 5, FR: 4, PL: 1 }), 'Saarbrücken')).toBe('DE–FR · Saarbrücken');
    expect(communityName(places({ FR: 3, DE: 3, IT: 2 }), 'Lyon')).toBe('DE–FR–IT · Lyon');
    // exactly a quarter counts; a fourth country at a quarter is left out (at most three)
    expect(communityName(places({ AT: 1, CH: 1, DE: 1, FR: 1 }), 'Basel')).toBe('AT–CH–DE · Basel');
  });

  it('falls back to the most frequent countries until they hold a quarter together when none holds one alone', () => {
    expect(communityName(places({ FR: 2, DE: 1, PL: 1, CZ: 1, IT: 1, ES: 1, NL: 1, BE: 1 }), 'Lille')).toBe('FR–BE · Lille');
    // a town with partners all over the world: 4 + 4 + 4 of 39
    expect(
      communityName(
        places({ DE: 4, FR: 4, GB: 4, JP: 3, US: 2, CN: 2, IT: 2, ES: 2, PL: 2, CZ: 2, AT: 2, NL: 2, BE: 2, SE: 2, NO: 2, DK: 2 }),
        'Frankfurt am Main',
      ),
    ).toBe('DE–FR–GB · Frankfurt am Main');
    // still short of a quarter after three: three named (ties by code)
    expect(communityName(places({ DE: 1, FR: 1, GB: 1, JP: 1, US: 1, CN: 1, IT: 1, ES: 1, PL: 1, CZ: 1, AT: 1, NL: 1, BE: 1 }), 'X')).toBe(
      'AT–BE–CN · X',
    );
    // no regions for a country named by the fallback (DE 2 of 9, then CN)
    expect(communityName(places({ 'DE/DE-HE': 2, FR: 1, GB: 1, JP: 1, US: 1, CN: 1, IT: 1, ES: 1 }), 'Y')).toBe('DE–CN · Y');
  });

  it('adds the regions of a single country that hold a quarter, at most two, German states by name', () => {
    expect(communityName(places({ 'DE/DE-SN': 6, 'DE/DE-BY': 3, 'DE/DE-TH': 1 }), 'Dresden')).toBe('DE Sachsen–Bayern · Dresden');
    expect(communityName(places({ 'DE/DE-SN': 3, 'DE/DE-BY': 3, 'DE/DE-TH': 3, PL: 1 }), 'Hof')).toBe('DE Bayern–Sachsen · Hof');
    expect(communityName(places({ 'FR/FR-IDF': 4, US: 1 }), 'Paris')).toBe('FR IDF · Paris');
    // no region with a quarter of the places: no region named
    expect(communityName(places({ 'DE/DE-SN': 2, 'DE/DE-BY': 2, 'DE/DE-TH': 2, 'DE/DE-HE': 2, 'DE/DE-NW': 2 }), 'Kassel')).toBe(
      'DE · Kassel',
    );
    // two countries: no regions
    expect(communityName(places({ 'DE/DE-SN': 5, PL: 5 }), 'Görlitz')).toBe('DE–PL · Görlitz');
  });

  it('counts places without a country in the size, and names what it can', () => {
    expect(communityName([{}, {}, {}, { country: 'NO' }], 'Tromsø')).toBe('NO · Tromsø');
    expect(communityName([{}, {}], 'Atlantis')).toBe('Atlantis');
    expect(communityName([{ country: 'DE' }], null)).toBe('DE');
  });

  it("gives each profile a name ending with its largest town's", () => {
    const graph = new UndirectedGraph();
    const add = (id: string, name: string, country: string, admin1?: string) =>
      graph.addNode(id, { name, country, ...(admin1 ? { admin1 } : {}) });
    add('a', 'Görlitz', 'DE', 'DE-SN');
    add('b', 'Zgorzelec', 'PL');
    add('c', 'Bautzen', 'DE', 'DE-SN');
    add('d', 'Jelenia Góra', 'PL');
    graph.addEdge('a', 'b');
    graph.addEdge('a', 'c');
    graph.addEdge('a', 'd');
    graph.addEdge('b', 'd');
    const csr = buildCsr(graph);
    const [profile] = communityProfiles(graph, csr, [0, 0, 0, 0]);
    expect(profile!.name).toBe('DE–PL · Görlitz');
    expect(communityProfiles(graph, csr, [0, 0, 0, 0])[0]!.name).toBe(profile!.name);
  });
});
