/**
 * GEXF (1.2draft as NetworkX writes it, and 1.3 as Gephi writes it) and GraphML, read with
 * graphology-gexf and graphology-graphml after the XML is checked well-formed (fast-xml-parser's
 * validator, which names the line and column of the first fault).
 *
 * Node attributes read (any of the names, case-insensitive): label or name → name; country
 * (ISO code or a name); lat/latitude; lon/lng/long/longitude; ags; wikidata; admin1; admin2;
 * population; kind; aliases (separated by ";" or "|"); networks, the ids of the multilateral
 * networks the place belongs to, with networkNames, their names in the same order (as the
 * exports write them; a network without a name is named by its id). The node id is the file's own id: nodes
 * with different ids are never merged by name. Edge attributes: type (partnership, friendship,
 * contact, development, climate, sponsorship; default partnership), since/start/year,
 * until/end; a GEXF edge's own `start`/`end` (spells) count as since/until.
 */
import { XMLValidator } from 'fast-xml-parser';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { PARTNERSHIP_TYPES, PLACE_KINDS, type PartnershipType, type PlaceKind } from '../../../contract/vocabularies.ts';
import { parseCoordinate } from '../csv.ts';
import { emptyParse, emptyPlace, type IssueList, type ParsedFile, type RawNetwork } from '../types.ts';
import { refuseDeclarations } from '../xml-safety.ts';

interface Tag {
  line: number;
  attrs: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** The start tags named `name`, in document order, with their line and attributes (comments skipped). */
function scanTags(text: string, name: string): Tag[] {
  const clean = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const re = new RegExp(`<${name}(?=[\\s/>])([^>]*)>`, 'g');
  const tags: Tag[] = [];
  let line = 1;
  let last = 0;
  for (const m of clean.matchAll(re)) {
    for (let i = last; i < m.index; i++) if (clean.charCodeAt(i) === 10) line++;
    last = m.index;
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    tags.push({ line, attrs });
  }
  return tags;
}

function pick(attrs: Record<string, unknown>, names: string[]): { value: string; key: string } | null {
  for (const [k, v] of Object.entries(attrs)) {
    if (names.includes(k.toLowerCase()) && v !== null && v !== undefined && String(v).trim() !== '')
      return { value: String(v).trim(), key: k };
  }
  return null;
}

function splitList(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function yearOf(raw: string): number | null {
  const m = /^(\d{4})(?:$|-\d\d(?:-\d\d)?(?:T.*)?$|\.0+$)/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}

export function parseGraphXml(text: string, format: 'gexf' | 'graphml', issues: IssueList): ParsedFile {
  const parsed = emptyParse(format, issues);
  if (refuseDeclarations(text, format.toUpperCase(), null, issues)) return parsed;
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    issues.error('xml-syntax', valid.err.line, `column ${valid.err.col}`, `malformed XML: ${valid.err.msg}`);
    return parsed;
  }
  const root = format === 'gexf' ? /<gexf[\s>]/ : /<graphml[\s>]/;
  if (!root.test(text)) {
    issues.error(
      'wrong-format',
      1,
      null,
      `the XML document is not ${format === 'gexf' ? 'GEXF (no <gexf> root)' : 'GraphML (no <graphml> root)'}`,
    );
    return parsed;
  }
  const nodeTags = scanTags(text, 'node');
  const edgeTags = scanTags(text, 'edge');
  const nodeLine = new Map<string, number>();
  for (const t of nodeTags) {
    const id = t.attrs.id;
    if (id === undefined || id === '') issues.error('missing-id', t.line, 'id', 'a node has no id');
    else if (nodeLine.has(id))
      issues.error('duplicate-id', t.line, 'id', `duplicate node id ${JSON.stringify(id)} (first on line ${nodeLine.get(id)})`);
    else nodeLine.set(id, t.line);
  }
  for (const t of edgeTags) {
    for (const end of ['source', 'target'] as const) {
      const id = t.attrs[end];
      if (id === undefined) issues.error('missing-id', t.line, end, `an edge has no ${end}`);
      else if (!nodeLine.has(id))
        issues.error('unknown-node', t.line, end, `the edge's ${end} ${JSON.stringify(id)} is not a node of the file`);
    }
  }
  if (issues.errors > 0) return parsed;

  let graph: MultiGraph;
  try {
    // respectInputGraphType keeps the MultiGraph's own (mixed) type: NetworkX writes an edge attribute
    // named "type" as the edge's GEXF type, which graphology would otherwise take for the graph's type.
    graph = (
      format === 'gexf'
        ? parseGexf(MultiGraph, text, { addMissingNodes: false, allowUndeclaredAttributes: true, respectInputGraphType: true })
        : parseGraphml(MultiGraph, text, { addMissingNodes: false })
    ) as MultiGraph;
  } catch (err) {
    issues.error('wrong-format', null, null, `cannot read the ${format.toUpperCase()} graph: ${(err as Error).message}`);
    return parsed;
  }

  const index = new Map<string, number>();
  const networks = new Map<string, RawNetwork>();
  graph.forEachNode((id, attrs) => {
    const line = nodeLine.get(id) ?? null;
    const name = pick(attrs, ['label', 'name'])?.value ?? id;
    const place = emptyPlace(line, name);
    place.fileId = id;
    const country = pick(attrs, ['country', 'country_code', 'countrycode', 'iso']);
    place.countryRaw = country?.value ?? null;
    place.countryColumn = country?.key ?? 'country';
    const lat = pick(attrs, ['lat', 'latitude']);
    const lon = pick(attrs, ['lon', 'lng', 'long', 'longitude']);
    if (lat && lon) {
      const la = parseCoordinate(lat.value, 'lat');
      const lo = parseCoordinate(lon.value, 'lon');
      if (la.problem || lo.problem)
        issues.warn(
          'bad-coordinates',
          line,
          la.problem ? lat.key : lon.key,
          `${la.problem ?? lo.problem}; the coordinates of ${name} are left unknown`,
        );
      else {
        place.lat = la.value;
        place.lon = lo.value;
      }
    }
    const ags = pick(attrs, ['ags']);
    if (ags) {
      if (/^\d{8}$/.test(ags.value)) place.ags = ags.value;
      else issues.warn('bad-ags', line, ags.key, `expected an 8-digit AGS, got ${JSON.stringify(ags.value)}; left unknown`);
    }
    const wd = pick(attrs, ['wikidata', 'qid']);
    if (wd) {
      const q = /(Q\d+)$/.exec(wd.value)?.[1];
      if (q) place.wikidata = q;
      else issues.warn('bad-item', line, wd.key, `expected a Wikidata item (Q…), got ${JSON.stringify(wd.value)}; left unknown`);
    }
    place.admin1 = pick(attrs, ['admin1'])?.value ?? null;
    if (place.admin1 && !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(place.admin1)) {
      issues.warn(
        'bad-value',
        line,
        'admin1',
        `expected an ISO 3166-2 code like "DE-BY", got ${JSON.stringify(place.admin1)}; left unknown`,
      );
      place.admin1 = null;
    }
    place.admin2 = pick(attrs, ['admin2'])?.value ?? null;
    const pop = pick(attrs, ['population']);
    if (pop) {
      const n = Number(pop.value);
      if (Number.isInteger(n) && n >= 0) place.population = n;
      else issues.warn('bad-value', line, pop.key, `expected a whole number, got ${JSON.stringify(pop.value)}; left unknown`);
    }
    const kind = pick(attrs, ['kind'])?.value;
    if (kind && (PLACE_KINDS as readonly string[]).includes(kind)) place.kind = kind as PlaceKind;
    const aliases = pick(attrs, ['aliases', 'alias']);
    if (aliases) place.aliases = splitList(aliases.value);
    const at = parsed.places.push(place) - 1;
    index.set(id, at);
    const memberOf = splitList(pick(attrs, ['networks', 'network'])?.value ?? '');
    const names = splitList(pick(attrs, ['networknames'])?.value ?? '');
    memberOf.forEach((networkId, i) => {
      let network = networks.get(networkId);
      if (!network) {
        network = { id: networkId, name: names[i] ?? networkId, sources: [], members: [] };
        networks.set(networkId, network);
      }
      network.members.push({ place: at, line, sources: [] });
    });
  });
  parsed.networks = [...networks.values()];

  const edges = graph.edges();
  const byOrder = edges.length === edgeTags.length;
  parsed.rows = edges.length;
  edges.forEach((key, i) => {
    const attrs = graph.getEdgeAttributes(key);
    const source = graph.source(key);
    const target = graph.target(key);
    const tag = byOrder && edgeTags[i]!.attrs.source === source && edgeTags[i]!.attrs.target === target ? edgeTags[i]! : null;
    const line = tag?.line ?? null;
    let type: PartnershipType = 'partnership';
    // NetworkX writes an edge attribute named "type" as the GEXF edge's own type="…".
    const t = pick(attrs, ['type', 'relation', 'kind']) ?? (tag?.attrs.type ? { value: tag.attrs.type, key: 'type' } : null);
    if (t) {
      const v = t.value.toLowerCase();
      if ((PARTNERSHIP_TYPES as readonly string[]).includes(v)) type = v as PartnershipType;
      else if (!['undirected', 'directed'].includes(v))
        issues.warn('bad-value', line, t.key, `unknown partnership type ${JSON.stringify(t.value)}; read as "partnership"`);
    }
    const years: (number | null)[] = [];
    for (const [names, spell] of [
      [['since', 'start', 'year', 'founded'], 'start'],
      [['until', 'end', 'ended'], 'end'],
    ] as const) {
      const f = pick(attrs, [...names]) ?? (tag?.attrs[spell] ? { value: tag.attrs[spell]!, key: spell } : null);
      if (!f) {
        years.push(null);
        continue;
      }
      const y = yearOf(f.value);
      if (y === null) issues.warn('bad-year', line, f.key, `expected a year, got ${JSON.stringify(f.value)}; left unknown`);
      years.push(y);
    }
    let [since, until] = years as [number | null, number | null];
    if (since !== null && until !== null && until < since) {
      issues.warn('bad-year', line, 'until', `until ${until} is before since ${since}; the end is left unknown`);
      until = null;
    }
    parsed.ties.push({ line, a: index.get(source)!, b: index.get(target)!, type, since, until, sources: [] });
  });
  return parsed;
}
