/**
 * Reading the analysis endpoints' answers. Their paths are a contract (issue 5) but their bodies
 * were still being built when the client was written, so these readers accept the usual spellings
 * (`items`, `value` or `score`, `members` or a `membership` map, …) and render what they do not
 * know generically. This is the one place to adjust when a shape is settled.
 */

export type Json = Record<string, unknown>;

export function record(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** The first array among `keys` of `body` (or `body` itself when it is an array). */
export function itemsOf(body: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(body)) return body;
  const rec = record(body);
  for (const key of [...keys, 'items', 'results', 'data', 'rows']) {
    if (Array.isArray(rec[key])) return rec[key] as unknown[];
  }
  return [];
}

export function idOf(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item === 'number') return String(item);
  const rec = record(item);
  const id = rec.id ?? rec.key ?? rec.node ?? record(rec.municipality).id ?? rec.municipalityId;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

function numberOf(item: unknown, ...keys: string[]): number | null {
  const rec = record(item);
  for (const key of keys) {
    const v = rec[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return null;
}

export function stringOf(item: unknown, ...keys: string[]): string | null {
  const rec = record(item);
  for (const key of keys) {
    const v = rec[key];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

/** One page of a centrality ranking: id -> value. */
export function readRanking(
  body: unknown,
  measure: string,
): { values: Array<{ id: string; value: number; rank: number | null; name: string | null }>; total: number | null } {
  const values: Array<{ id: string; value: number; rank: number | null; name: string | null }> = [];
  for (const item of itemsOf(body, 'ranking', 'rankings', 'nodes', 'municipalities')) {
    const id = idOf(item);
    const value = numberOf(item, 'value', 'score', 'centrality', measure);
    if (id !== null && value !== null)
      values.push({ id, value, rank: numberOf(item, 'rank'), name: stringOf(item, 'name') ?? stringOf(record(item).municipality, 'name') });
  }
  return { values, total: numberOf(body, 'total', 'count') };
}

export interface Community {
  id: string;
  size: number;
  /** Member ids when the answer lists them. */
  members: string[] | null;
  raw: Json;
}

export interface CommunityData {
  communities: Community[];
  /** Town id -> community id, for the towns whose community is known. */
  membership: Map<string, string>;
  raw: Json;
}

function memberIds(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.map(idOf).filter((id): id is string => id !== null);
}

export function readCommunities(body: unknown): CommunityData {
  const raw = record(body);
  const membership = new Map<string, string>();
  const communities: Community[] = [];
  for (const item of itemsOf(body, 'communities')) {
    const rec = record(item);
    const id = idOf(item) ?? String(communities.length);
    const members = memberIds(rec.members ?? rec.municipalities ?? rec.nodes);
    const size = numberOf(item, 'size', 'count', 'municipalities') ?? members?.length ?? 0;
    communities.push({ id, size, members, raw: rec });
    for (const m of members ?? []) membership.set(m, id);
  }
  const map = record(raw.membership ?? raw.assignment ?? raw.partition ?? raw.nodeCommunities);
  for (const [node, community] of Object.entries(map)) {
    if (typeof community === 'string' || typeof community === 'number') membership.set(node, String(community));
  }
  communities.sort((a, b) => b.size - a.size);
  return { communities, membership, raw };
}

/** The members of one community (GET /api/communities/{id}). */
export function readCommunityMembers(body: unknown): string[] {
  const rec = record(body);
  const inner = record(rec.community);
  return (
    memberIds(rec.members ?? rec.municipalities ?? inner.members ?? inner.municipalities) ??
    itemsOf(body, 'members', 'municipalities', 'nodes')
      .map(idOf)
      .filter((id): id is string => id !== null)
  );
}

export interface Broker {
  id: string;
  name: string | null;
  value: number | null;
}

export function readBrokers(body: unknown): Broker[] {
  const rec = record(body);
  return itemsOf(rec.brokers ?? record(rec.summary).brokers ?? [], 'items')
    .map((item) => ({
      id: idOf(item),
      name: stringOf(item, 'name') ?? stringOf(record(item).municipality, 'name'),
      value: numberOf(item, 'value', 'score', 'brokerage', 'pairs'),
    }))
    .filter((b): b is Broker => b.id !== null);
}

export interface Recommendation {
  id: string;
  name: string | null;
  country: string | null;
  score: number | null;
  reasons: string[];
  /** The parts of the score by name (proximity, geography, …), when the API gives them. */
  parts: Record<string, number | null>;
}

function reasonsOf(item: unknown): string[] {
  const rec = record(item);
  const r = rec.reasons ?? rec.explanation ?? rec.explanations ?? rec.why;
  if (typeof r === 'string') return [r];
  if (Array.isArray(r))
    return r.map((x) => (typeof x === 'string' ? x : (stringOf(x, 'text', 'reason', 'description', 'label') ?? describeObject(x))));
  if (r && typeof r === 'object')
    return Object.entries(r as Json).map(([k, v]) => `${k}: ${typeof v === 'number' ? Math.round(v * 1000) / 1000 : String(v)}`);
  return [];
}

function describeObject(value: unknown): string {
  return Object.entries(record(value))
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? Math.round(v * 1000) / 1000 : String(v)}`)
    .join(', ');
}

export function readRecommendations(body: unknown): Recommendation[] {
  return itemsOf(body, 'recommendations', 'candidates')
    .map((item) => {
      const partner = record(record(item).municipality ?? record(item).candidate);
      return {
        id: idOf(item) ?? idOf(partner),
        name: stringOf(item, 'name') ?? stringOf(partner, 'name'),
        country: stringOf(item, 'country') ?? stringOf(partner, 'country'),
        score: numberOf(item, 'score', 'value'),
        reasons: reasonsOf(item),
        parts: Object.fromEntries(
          Object.entries(record(record(item).parts)).filter(([, v]) => typeof v === 'number' || v === null) as Array<
            [string, number | null]
          >,
        ),
      };
    })
    .filter((r): r is Recommendation => r.id !== null);
}

/** Rows of a table (regions, rankings): plain objects with scalar values. */
export function readRows(body: unknown, ...keys: string[]): Json[] {
  return itemsOf(body, ...keys)
    .map(record)
    .filter((row) => Object.keys(row).length > 0);
}
