/**
 * The project's own seed dataset (seeds/*.csv) as an ImportBatch for the graph writer: loaded
 * by `npm start` when the database holds no partnerships.
 */
import type { ImportBatch, NetworkRecord } from '../domain/model.ts';
import { readSeedMunicipalities, readSeedNetworks, readSeedPartnerships } from './seed-files.ts';

export function readSeedBatch(dir: string): ImportBatch {
  const places = readSeedMunicipalities(dir).map((m) => ({
    id: m.id,
    name: m.name,
    aliases: m.name_en ? [m.name_en] : [],
    country: m.country,
    admin1: m.admin1 ?? null,
    admin2: m.admin2 ?? null,
    ags: m.ags ?? null,
    wikidata: null,
    kind: m.kind,
    lat: m.lat ?? null,
    lon: m.lon ?? null,
    population: m.population ?? null,
    sources: [m.source],
  }));
  const partnerships = readSeedPartnerships(dir).map((p) => ({
    a: p.a,
    b: p.b,
    type: p.type,
    since: p.since ?? null,
    until: p.until ?? null,
    sources: [p.source],
  }));
  const networks = new Map<string, NetworkRecord>();
  for (const row of readSeedNetworks(dir)) {
    const network = networks.get(row.network_id) ?? { id: row.network_id, name: row.network_name, sources: [], members: [] };
    if (!network.sources.includes(row.source)) network.sources.push(row.source);
    network.members.push({ id: row.member_id, sources: [row.source] });
    networks.set(row.network_id, network);
  }
  return { places, partnerships, networks: [...networks.values()] };
}
