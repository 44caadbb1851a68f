/**
 * Cross-checks of the project's own seed dataset (seeds/*.csv).
 *
 * 1. Structure: ids, references, types, years, ISO codes, coverage (≥300 partnerships, ≥250 places,
 *    all 16 German states, Saarlouis–Eisenhüttenstadt 1986, a development partnership, a network).
 * 2. Against English Wikipedia's twin-town lists (open-data/twin-cities-wikipedia.csv):
 *    of the seed pairs whose two places both occur in that list, ≥80 % must occur there as a pair.
 * 3. Against the official municipality directory (open-data/gemeindeverzeichnis-destatis.csv):
 *    ≥95 % of the German seed municipalities found there lie within 15 km of the directory's
 *    point, and every AGS given in the seeds exists there under a matching name.
 *
 * The shared files are read where they lie; nothing from them is copied into seeds/. Mismatches
 * are printed so a wrong seed fact can be found and corrected (never by loosening the thresholds).
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldAscii as fold } from '../../contract/names.ts';
import { haversineKm } from '../../server/domain/geo.ts';
import { isIsoAlpha2, toIsoCountry } from '../../server/domain/countries.ts';
import { PARTNERSHIP_TYPES } from '../../contract/vocabularies.ts';
import {
  readSeedDataset,
  readSeedPartnerships,
  type SeedDataset,
  type SeedMunicipality,
} from '../../server/seeds/seed-files.ts';

const ROOT = process.cwd();
const SEEDS_DIR = resolve(ROOT, 'seeds');
const WIKI_CSV = resolve(ROOT, 'open-data/twin-cities-wikipedia.csv');
const DESTATIS_CSV = resolve(ROOT, 'open-data/gemeindeverzeichnis-destatis.csv');

const WIKI_MIN_RATIO = 0.8;
const GAZETTEER_MIN_RATIO = 0.95;
const GAZETTEER_MAX_KM = 15;
/** A match by a shortened name (rather than the full name) must lie this close to the seed point. */
const FALLBACK_MATCH_KM = 25;

/** ISO 3166-2 code of each German state → the first two AGS digits. */
const STATE_AGS: Readonly<Record<string, string>> = {
  'DE-SH': '01', 'DE-HH': '02', 'DE-NI': '03', 'DE-HB': '04', 'DE-NW': '05', 'DE-HE': '06',
  'DE-RP': '07', 'DE-BW': '08', 'DE-BY': '09', 'DE-SL': '10', 'DE-BE': '11', 'DE-BB': '12',
  'DE-MV': '13', 'DE-SN': '14', 'DE-ST': '15', 'DE-TH': '16',
};

// ---------- helpers ----------


/**
 * Shortened forms of a name, used only when the full name does not match:
 * without parentheses ("Halle (Saale)"), before a comma or slash ("Schwedt/Oder"), without a river
 * or region qualifier ("Frankfurt am Main", "Newcastle upon Tyne"), without a title prefix
 * ("Lutherstadt Wittenberg").
 */
function shortForms(name: string): string[] {
  const out = new Set<string>();
  const noParen = name.replace(/\s*\([^)]*\)/g, '');
  for (const s of [noParen, name.split(',')[0] ?? '', name.split('/')[0] ?? '']) out.add(fold(s));
  const f = fold(noParen);
  const qualified = /^(.+?) (?:am|an der|an|im|in der|ob der|upon|on|sur|nad) .+$/.exec(f);
  if (qualified?.[1]) out.add(qualified[1]);
  const titled = /^(?:lutherstadt|hansestadt|universitatsstadt) (.+)$/.exec(f);
  if (titled?.[1]) out.add(titled[1]);
  out.delete('');
  return [...out];
}

function readCsv(path: string): Record<string, string>[] {
  if (!existsSync(path)) throw new Error(`missing shared data file ${path} (it ships in open-data/)`);
  return parse(readFileSync(path), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

function label(m: SeedMunicipality): string {
  return `${m.name} (${m.country})`;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

let seeds: SeedDataset;
let byId: Map<string, SeedMunicipality>;

beforeAll(() => {
  seeds = readSeedDataset(SEEDS_DIR);
  byId = new Map(seeds.municipalities.map((m) => [m.id, m]));
});

// ---------- 1. structure ----------

describe('seed dataset: structure', () => {
  it('parses, and every reference resolves', () => {
    for (const p of seeds.partnerships) {
      expect(byId.has(p.a), `unknown id ${p.a}`).toBe(true);
      expect(byId.has(p.b), `unknown id ${p.b}`).toBe(true);
    }
    for (const n of seeds.networks) expect(byId.has(n.member_id), `unknown id ${n.member_id}`).toBe(true);
  });

  it('has no self-loops and no repeated pair (in either order)', () => {
    const seen = new Set<string>();
    for (const p of seeds.partnerships) {
      expect(p.a).not.toBe(p.b);
      const key = [p.a, p.b].sort().join(' ');
      expect(seen.has(key), `repeated pair ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('uses only the allowed types, and years 1900–2026 with until ≥ since', () => {
    for (const p of seeds.partnerships) {
      expect(PARTNERSHIP_TYPES).toContain(p.type);
      for (const y of [p.since, p.until]) {
        if (y !== null) {
          expect(Number.isInteger(y)).toBe(true);
          expect(y).toBeGreaterThanOrEqual(1900);
          expect(y).toBeLessThanOrEqual(2026);
        }
      }
      if (p.since !== null && p.until !== null) expect(p.until).toBeGreaterThanOrEqual(p.since);
    }
  });

  it('puts the German place first when only one side is German', () => {
    for (const p of seeds.partnerships) {
      const a = byId.get(p.a);
      const b = byId.get(p.b);
      if (b?.country === 'DE' && a?.country !== 'DE') throw new Error(`German place ${p.b} is b in ${p.a}–${p.b}`);
    }
  });

  it('uses valid ISO 3166-1 alpha-2 country codes and consistent German state codes', () => {
    for (const m of seeds.municipalities) {
      expect(isIsoAlpha2(m.country), `${m.id}: country ${m.country}`).toBe(true);
      expect(m.id.startsWith(`${m.country.toLowerCase()}-`), m.id).toBe(true);
      if (m.country === 'DE') {
        expect(m.admin1 !== null && m.admin1 in STATE_AGS, `${m.id}: admin1 ${m.admin1}`).toBe(true);
        if (m.ags !== null) {
          expect(m.id).toBe(`de-${m.ags}`);
          expect(m.ags.slice(0, 2), `${m.id}: AGS state prefix vs ${m.admin1}`).toBe(STATE_AGS[m.admin1 ?? '']);
        }
      }
    }
  });

  it('carries a source URL on every row', () => {
    const urls = [
      ...seeds.municipalities.map((m) => m.source),
      ...seeds.partnerships.map((p) => p.source),
      ...seeds.networks.map((n) => n.source),
    ];
    for (const u of urls) {
      expect(u).toMatch(/^https?:\/\/\S+$/);
      expect(() => new URL(u)).not.toThrow();
    }
  });

  it('is large enough and covers what the project needs', () => {
    const types = new Map<string, number>();
    for (const p of seeds.partnerships) types.set(p.type, (types.get(p.type) ?? 0) + 1);
    const states = new Map<string, number>();
    for (const m of seeds.municipalities) {
      if (m.country === 'DE' && m.admin1) states.set(m.admin1, (states.get(m.admin1) ?? 0) + 1);
    }
    const networks = new Map<string, number>();
    for (const n of seeds.networks) networks.set(n.network_id, (networks.get(n.network_id) ?? 0) + 1);
    console.log(
      `seeds: ${seeds.municipalities.length} places (${seeds.municipalities.filter((m) => m.country === 'DE').length} German, ` +
        `${new Set(seeds.municipalities.map((m) => m.country)).size} countries), ${seeds.partnerships.length} partnerships ` +
        `${JSON.stringify(Object.fromEntries(types))}, states ${JSON.stringify(Object.fromEntries([...states].sort()))}, ` +
        `networks ${JSON.stringify(Object.fromEntries(networks))}`,
    );
    expect(seeds.partnerships.length).toBeGreaterThanOrEqual(300);
    expect(seeds.municipalities.length).toBeGreaterThanOrEqual(250);
    expect([...states.keys()].sort()).toEqual(Object.keys(STATE_AGS).sort());
    expect(types.get('development') ?? 0).toBeGreaterThanOrEqual(1);
    expect(Math.max(0, ...networks.values())).toBeGreaterThanOrEqual(5);

    const saarlouis = seeds.municipalities.find((m) => m.name === 'Saarlouis' && m.country === 'DE');
    const ehst = seeds.municipalities.find((m) => m.name === 'Eisenhüttenstadt' && m.country === 'DE');
    expect(saarlouis && ehst).toBeTruthy();
    const first = seeds.partnerships.find(
      (p) => [p.a, p.b].sort().join(' ') === [saarlouis?.id, ehst?.id].sort().join(' '),
    );
    expect(first?.since).toBe(1986);
  });

  it('reports a bad value with file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jumelage-seeds-'));
    for (const f of ['municipalities.csv', 'networks.csv']) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
    const lines = readFileSync(join(SEEDS_DIR, 'partnerships.csv'), 'utf8').split('\n');
    const cols = (lines[2] ?? '').split(',');
    cols[3] = '86';
    lines[2] = cols.join(',');
    writeFileSync(join(dir, 'partnerships.csv'), lines.join('\n'));
    expect(() => readSeedPartnerships(dir)).toThrow(/partnerships\.csv line 3, column "since" \(4\): .*4-digit year.*"86"/);
  });
});

// ---------- 2. Wikipedia twin-town lists ----------

describe('seed dataset: cross-check with the Wikipedia twin-town lists', () => {
  it(`≥${WIKI_MIN_RATIO * 100} % of the checkable seed pairs are listed there`, () => {
    const rows = readCsv(WIKI_CSV);
    type WikiPlace = { key: string; lat: number; lon: number };
    const exact = new Map<string, WikiPlace>(); // iso|folded full name → place
    const short = new Map<string, WikiPlace[]>(); // iso|short form → places
    const pairs = new Set<string>();
    const unresolved = new Map<string, number>();

    const place = (city: string, country: string, latS: string, lonS: string): WikiPlace | null => {
      const lat = Number(latS);
      const lon = Number(lonS);
      const iso = toIsoCountry(country, { lat, lon });
      if (!iso) {
        unresolved.set(country, (unresolved.get(country) ?? 0) + 1);
        return null;
      }
      const key = `${iso}|${fold(city)}`;
      let p = exact.get(key);
      if (!p) {
        p = { key, lat, lon };
        exact.set(key, p);
        for (const s of shortForms(city)) {
          const k = `${iso}|${s}`;
          const list = short.get(k) ?? [];
          list.push(p);
          short.set(k, list);
        }
      }
      return p;
    };
    for (const r of rows) {
      const a = place(r.city1 ?? '', r.country1 ?? '', r.lat1 ?? '', r.lng1 ?? '');
      const b = place(r.city2 ?? '', r.country2 ?? '', r.lat2 ?? '', r.lng2 ?? '');
      if (a && b && a !== b) pairs.add([a.key, b.key].sort().join('\t'));
    }

    /** The Wikipedia places a seed place may be: by full name (or English name), else by a short form nearby. */
    const candidates = (m: SeedMunicipality): WikiPlace[] => {
      const names = [m.name, ...(m.name_en ? [m.name_en] : [])];
      const byFull = names.map((n) => exact.get(`${m.country}|${fold(n)}`)).filter((p): p is WikiPlace => !!p);
      if (byFull.length > 0) return [...new Set(byFull)];
      const near = new Set<WikiPlace>();
      for (const n of names) {
        for (const s of shortForms(n)) {
          for (const p of short.get(`${m.country}|${s}`) ?? []) {
            if (Number.isFinite(p.lat) && haversineKm(m.lat, m.lon, p.lat, p.lon) <= FALLBACK_MATCH_KM) near.add(p);
          }
        }
      }
      return [...near];
    };

    let checkable = 0;
    let matched = 0;
    let absentPlace = 0;
    const mismatches: string[] = [];
    for (const p of seeds.partnerships) {
      const a = byId.get(p.a);
      const b = byId.get(p.b);
      if (!a || !b) throw new Error(`unknown id in ${p.a}–${p.b}`);
      const ca = candidates(a);
      const cb = candidates(b);
      if (ca.length === 0 || cb.length === 0) {
        absentPlace++;
        continue;
      }
      checkable++;
      const found = ca.some((x) => cb.some((y) => pairs.has([x.key, y.key].sort().join('\t'))));
      if (found) matched++;
      else mismatches.push(`${label(a)} – ${label(b)} [${p.type}]`);
    }
    const ratio = checkable === 0 ? 0 : matched / checkable;
    console.log(
      `Wikipedia cross-check: ${rows.length} listed pairs, ${exact.size} places; ` +
        `unresolved country strings: ${JSON.stringify(Object.fromEntries(unresolved))}`,
    );
    console.log(
      `Wikipedia cross-check: ${matched} of ${checkable} checkable seed pairs listed (${pct(ratio)}); ` +
        `${absentPlace} seed pairs not checkable (a place is not in the list)`,
    );
    if (mismatches.length > 0) console.log(`not listed as a pair (${mismatches.length}):\n  ${mismatches.join('\n  ')}`);
    expect(checkable).toBeGreaterThan(0);
    expect(ratio).toBeGreaterThanOrEqual(WIKI_MIN_RATIO);
  });
});

// ---------- 3. official municipality directory ----------

describe('seed dataset: cross-check with the official municipality directory', () => {
  type DirPlace = { ags: string; name: string; land: string; lat: number; lon: number };
  let byAgs: Map<string, DirPlace>;
  let byName: Map<string, DirPlace[]>; // land|form → places

  /** Forms of a directory name: "Lübeck, Hansestadt" → "lubeck", "hansestadt lubeck", and the short forms. */
  const dirForms = (name: string): string[] => {
    const [before = '', after = ''] = name.split(/,\s*/, 2);
    const forms = new Set([fold(before), ...shortForms(before)]);
    if (after) forms.add(fold(`${after} ${before}`));
    forms.delete('');
    return [...forms];
  };
  const seedForms = (m: SeedMunicipality): string[] =>
    [...new Set([m.name, ...(m.name_en ? [m.name_en] : [])].flatMap((n) => [fold(n), ...shortForms(n)]))];

  beforeAll(() => {
    byAgs = new Map();
    byName = new Map();
    for (const r of readCsv(DESTATIS_CSV)) {
      if (r.satzart !== '60') continue;
      const ags = `${r.land ?? ''}${r.rb ?? ''}${r.kreis ?? ''}${r.gemeinde ?? ''}`;
      const p: DirPlace = {
        ags,
        name: r.gemeindename ?? '',
        land: r.land ?? '',
        lat: Number((r.breitengrad ?? '').replace(',', '.')),
        lon: Number((r.laengengrad ?? '').replace(',', '.')),
      };
      byAgs.set(ags, p);
      for (const f of dirForms(p.name)) {
        const k = `${p.land}|${f}`;
        const list = byName.get(k) ?? [];
        list.push(p);
        byName.set(k, list);
      }
    }
  });

  it('knows every seed AGS, under a matching name', () => {
    const problems: string[] = [];
    for (const m of seeds.municipalities) {
      if (m.country !== 'DE' || m.ags === null) continue;
      const d = byAgs.get(m.ags);
      if (!d) {
        problems.push(`${m.id} ${m.name}: AGS ${m.ags} not in the directory`);
        continue;
      }
      const forms = new Set(dirForms(d.name));
      if (!seedForms(m).some((f) => forms.has(f))) problems.push(`${m.id} ${m.name}: AGS ${m.ags} is "${d.name}" in the directory`);
    }
    if (problems.length > 0) console.log(`AGS problems (${problems.length}):\n  ${problems.join('\n  ')}`);
    expect(problems).toEqual([]);
  });

  it(`puts ≥${GAZETTEER_MIN_RATIO * 100} % of the German seed municipalities within ${GAZETTEER_MAX_KM} km of the directory`, () => {
    const notFound: string[] = [];
    const far: string[] = [];
    const skipped: string[] = [];
    let found = 0;
    for (const m of seeds.municipalities) {
      if (m.country !== 'DE') continue;
      if (m.kind !== 'municipality') {
        skipped.push(`${m.name} (${m.kind})`);
        continue;
      }
      let d: DirPlace | undefined;
      if (m.ags !== null) d = byAgs.get(m.ags);
      else {
        const land = STATE_AGS[m.admin1 ?? ''] ?? '';
        const full = [m.name, ...(m.name_en ? [m.name_en] : [])].map(fold);
        let hits = new Set(full.flatMap((f) => byName.get(`${land}|${f}`) ?? []));
        if (hits.size === 0) hits = new Set(seedForms(m).flatMap((f) => byName.get(`${land}|${f}`) ?? []));
        if (hits.size === 1) d = [...hits][0];
        else if (hits.size > 1) {
          notFound.push(`${m.name} (${m.admin1}): ambiguous, ${[...hits].map((h) => `${h.ags} ${h.name}`).join(' / ')}`);
          continue;
        }
      }
      if (!d || !Number.isFinite(d.lat) || !Number.isFinite(d.lon)) {
        notFound.push(`${m.name} (${m.admin1}${m.ags ? `, AGS ${m.ags}` : ''})`);
        continue;
      }
      found++;
      const km = haversineKm(m.lat, m.lon, d.lat, d.lon);
      if (km > GAZETTEER_MAX_KM) far.push(`${m.name} (${m.admin1}): ${km.toFixed(1)} km from "${d.name}" (${d.ags})`);
    }
    const ratio = found === 0 ? 0 : (found - far.length) / found;
    console.log(
      `Directory cross-check: ${found - far.length} of ${found} found German municipalities within ${GAZETTEER_MAX_KM} km (${pct(ratio)}); ` +
        `${notFound.length} not found; ${skipped.length} not municipalities, not checked: ${skipped.join(', ')}`,
    );
    if (far.length > 0) console.log(`farther than ${GAZETTEER_MAX_KM} km (${far.length}):\n  ${far.join('\n  ')}`);
    if (notFound.length > 0) console.log(`not found in the directory (${notFound.length}):\n  ${notFound.join('\n  ')}`);
    expect(found).toBeGreaterThan(0);
    expect(ratio).toBeGreaterThanOrEqual(GAZETTEER_MIN_RATIO);
  });
});
