/** Each format parses into the same summary shape; detection works from the content alone. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../server/import/detect.ts';
import { dryRun, fixture, rejection } from './helpers.ts';

describe('format detection from the content', () => {
  it.each([
    ['wikipedia-small.csv', 'wikipedia'],
    ['wikidata-sparql.json', 'wikidata-json'],
    ['wikidata-query-service.csv', 'wikidata-csv'],
    ['jumelage-combined.csv', 'jumelage'],
    ['networkx-1.2draft.gexf', 'gexf'],
    ['gephi-1.3.gexf', 'gexf'],
    ['networkx.graphml', 'graphml'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(fixture(file).toString('utf8'))).toEqual({ format });
  });

  it('names the reason for an unknown header', () => {
    expect(detectFormat('a;b;c\n1;2;3\n')).toMatchObject({ reason: expect.stringContaining('";"') });
  });
});

describe('the Wikipedia list', () => {
  it('cleans, merges and reports with lines', async () => {
    const { summary, batch } = await dryRun(fixture('wikipedia-small.csv'));
    // 16 rows: 1 reversed duplicate merged, 1 self-loop and 1 empty name dropped.
    expect(summary.rows).toBe(16);
    expect(summary.partnerships + summary.merged.partnerships + Object.values(summary.dropped).reduce((a, b) => a + b, 0)).toBe(
      summary.rows,
    );
    expect(summary.merged).toMatchObject({ partnerships: 1, reversed: 1 });
    expect(summary.dropped).toEqual({ 'self-loop': 1, 'empty-name': 1 });
    expect(summary.places).toBe(summary.nodes + summary.merged.places);
    // "England" and "England, United Kingdom" are one Liverpool (GB); the Berlin district's two spellings are one place.
    const liverpool = batch.places.filter((p) => p.name === 'Liverpool');
    expect(liverpool).toHaveLength(1);
    expect(liverpool[0]).toMatchObject({ country: 'GB' });
    const lichtenberg = batch.places.filter((p) => p.name === 'Lichtenberg');
    expect(lichtenberg).toHaveLength(1);
    expect(lichtenberg[0]).toMatchObject({
      germany: 'east',
      admin1: 'DE-BE',
      aliases: expect.arrayContaining(['Lichtenberg (Berlin)', 'Berlin – Lichtenberg']),
    });
    expect(batch.places.find((p) => p.name === 'Kreuzberg')).toMatchObject({ germany: 'west' });
    // Georgia: the US state west of 30° W, the country east of it.
    expect(batch.places.find((p) => p.name === 'Athens')).toMatchObject({ country: 'US' });
    expect(batch.places.find((p) => p.name === 'Tbilisi')).toMatchObject({ country: 'GE' });
    // East/West by coordinates against the GDR boundary.
    expect(batch.places.find((p) => p.name === 'Rostock')).toMatchObject({ germany: 'east' });
    expect(batch.places.find((p) => p.name === 'Wolfsburg')).toMatchObject({ germany: 'west' });
    expect(batch.places.find((p) => p.name === 'Halberstadt')).toMatchObject({ germany: 'east' });
    // Bad values cost only the attribute.
    expect(batch.places.find((p) => p.name === 'Atlantis')).toMatchObject({ country: null });
    expect(batch.places.find((p) => p.name === 'Kiel')).toMatchObject({ country: 'DE', lat: null, lon: null });
    const lines = summary.warnings.map((w) => `${w.line} ${w.code}`);
    expect(lines).toEqual(
      expect.arrayContaining(['6 self-loop', '9 unknown-country', '10 bad-coordinates', '11 empty-name', '15 wrong-country-geocode']),
    );
    expect(batch.places.find((p) => p.name === 'Perth')).toMatchObject({ country: 'GB', lat: null, lon: null });
    expect(summary.countries).toMatchObject({ DE: expect.any(Number), FR: expect.any(Number) });
    expect(summary.source.licence).toMatch(/CC BY-SA/);
  });

  it('reads BOM, CRLF and Latin-1 the same as UTF-8', async () => {
    const utf8 = fixture('wikipedia-small.csv').toString('utf8');
    const base = (await dryRun(utf8)).summary;
    const crlfBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8.replace(/\n/g, '\r\n'), 'utf8')]);
    const latin1 = Buffer.from(utf8.replace('Kadıköy', 'Kadikö').replace('Hajnówka', 'Hajnówka').replace(' – ', ' - '), 'latin1');
    const a = (await dryRun(crlfBom)).summary;
    expect({ ...a, encoding: 'utf-8', timings: null, source: null }).toEqual({ ...base, timings: null, source: null });
    const b = await dryRun(latin1);
    expect(b.summary.encoding).toBe('windows-1252');
    expect(b.batch.places.find((p) => p.name === 'Eisenhüttenstadt')).toBeDefined();
    expect(b.summary.rows).toBe(base.rows);
  });

  it('--strict makes every reported problem fatal, with its line', async () => {
    const errors = await rejection(dryRun(fixture('wikipedia-small.csv'), { strict: true }));
    expect(errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['line 6', 'line 9, column country1', 'line 10, column lat2', 'line 11, column city1', 'line 15']),
    );
  });
});

describe('Wikidata P190 results', () => {
  it.each(['wikidata-sparql.json', 'wikidata-query-service.csv'])(
    '%s: start/end qualifiers as years, both directions merged',
    async (file) => {
      const { summary, batch } = await dryRun(fixture(file));
      expect(summary.rows).toBe(3);
      expect(summary.partnerships).toBe(2);
      expect(summary.merged.reversed).toBe(1);
      expect(batch.places.find((p) => p.name === 'Münster')).toMatchObject({ id: 'de-05515000', wikidata: 'Q2742', ags: '05515000' });
      const dd = batch.partnerships.find((p) => [p.a, p.b].includes('de-14612000'));
      expect(dd).toMatchObject({ since: 1987, until: 1999 });
      const ms = batch.partnerships.find((p) => [p.a, p.b].includes('de-05515000'));
      expect(ms).toMatchObject({ since: 1957 });
    },
  );

  it('JSON syntax errors name the line', async () => {
    const text = fixture('wikidata-sparql.json').toString('utf8').replace('"Münster" },', '"Münster" ');
    const errors = await rejection(dryRun(text));
    expect(errors[0]!.field).toMatch(/^line \d+/);
  });
});

describe('GEXF and GraphML', () => {
  it('GEXF 1.2draft as NetworkX writes it', async () => {
    const { summary, batch } = await dryRun(fixture('networkx-1.2draft.gexf'));
    expect(summary.format).toBe('gexf');
    expect(summary.partnerships).toBe(5);
    expect(batch.places.find((p) => p.name === 'Saarlouis')).toMatchObject({ id: 'de-10044115', ags: '10044115', country: 'DE' });
    expect(batch.places.find((p) => p.name === 'Liverpool')).toMatchObject({ country: 'GB' });
    expect(batch.partnerships.find((p) => [p.a, p.b].includes('de-12067124'))).toMatchObject({ since: 1986, type: 'partnership' });
  });

  it('GEXF 1.3 as Gephi writes it; two node ids are never merged on a name', async () => {
    const { summary, batch } = await dryRun(fixture('gephi-1.3.gexf'));
    expect(summary.rows).toBe(4);
    expect(summary.partnerships).toBe(3);
    expect(summary.merged.reversed).toBe(1);
    expect(batch.places.filter((p) => p.name === 'Münster')).toHaveLength(2);
    expect(batch.places.find((p) => p.wikidata === 'Q2742')).toMatchObject({ germany: 'west' });
    expect(batch.places.find((p) => p.name === 'Dresden')).toMatchObject({ germany: 'east' });
    expect(batch.partnerships.find((p) => p.type === 'friendship')).toBeDefined();
    expect(batch.partnerships.some((p) => p.since === 1957)).toBe(true);
  });

  it('GraphML as NetworkX writes it', async () => {
    const { summary, batch } = await dryRun(fixture('networkx.graphml'));
    expect(summary.format).toBe('graphml');
    expect(summary.nodes).toBe(7);
    expect(summary.partnerships).toBe(5);
    expect(batch.places.find((p) => p.name === 'Köln')).toMatchObject({ germany: 'west', country: 'DE' });
  });

  it('malformed XML, unknown edge ends and duplicate ids are rejected with their line', async () => {
    const gexf = fixture('networkx-1.2draft.gexf').toString('utf8');
    const broken = await rejection(dryRun(gexf.replace('</nodes>', '')));
    expect(broken[0]!.field).toMatch(/^line \d+, column column \d+$/);
    const unknown = await rejection(dryRun(gexf.replace('target="lille"', 'target="nowhere"')));
    expect(unknown[0]).toMatchObject({
      field: expect.stringMatching(/^line \d+, column target$/),
      message: expect.stringContaining('nowhere'),
    });
    const dup = await rejection(dryRun(gexf.replace('<node id="lille"', '<node id="koeln"')));
    expect(dup[0]!.message).toMatch(/duplicate node id/);
  });
});

describe('XML with a DOCTYPE or entity declarations', () => {
  it('a "billion laughs" GEXF is refused at the line of its DOCTYPE, before any parser expands it', async () => {
    const errors = await rejection(dryRun(fixture('billion-laughs.gexf')));
    expect(errors).toEqual([{ field: 'line 2', message: expect.stringMatching(/DOCTYPE or ENTITY declaration is not accepted in GEXF/) }]);
  });

  it('an external entity in GraphML is refused at its line', async () => {
    const graphml = fixture('networkx.graphml')
      .toString('utf8')
      .replace(
        "<?xml version='1.0' encoding='utf-8'?>\n",
        '<?xml version="1.0"?>\n<!-- a comment: <!DOCTYPE is no declaration here -->\n\n<!ENTITY x SYSTEM "file:///etc/passwd">\n',
      );
    const errors = await rejection(dryRun(graphml, { format: 'graphml' }));
    expect(errors).toEqual([{ field: 'line 4', message: expect.stringMatching(/GRAPHML/) }]);
  });
});

describe("the project's own CSV", () => {
  it('the combined one-file form', async () => {
    const { summary, batch } = await dryRun(fixture('jumelage-combined.csv'));
    expect(summary.format).toBe('jumelage');
    expect(summary).toMatchObject({ nodes: 3, partnerships: 2, networks: 1 });
    expect(batch.networks[0]!.members.map((m) => m.id).sort()).toEqual(['de-12067124', 'fr-test-ville']);
    expect(batch.places.find((p) => p.id === 'fr-test-ville')!.sources).toContain('https://example.org/testville');
  });

  it('bad values reject the file, each with its line and column, all at once', async () => {
    const text = fixture('jumelage-combined.csv')
      .toString('utf8')
      .replace('49.3136', 'north')
      .replace('partnership,1986', 'partnership,86');
    const errors = await rejection(dryRun(text));
    expect(errors.map((e) => e.field)).toEqual(['line 2, column lat', 'line 5, column since']);
  });
});

describe('files that cannot be read as their format', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]), /binary/],
    ['unbalanced quotes', 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"Köln,Germany,1,2,Lille,France,3,4\n', /unbalanced|Quote/],
    ['missing columns', 'city1,country1,lat1,lng1,city2,country2\nA,B,1,2,C,D\n', /"lat2"/],
    ['the wrong delimiter', 'city1;country1;lat1;lng1;city2;country2;lat2;lng2\nA;B;1;2;C;D;3;4\n', /;/],
    ['a wrong field count', 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nA,B,1,2,C,D,3\n', /fields/],
  ])('%s', async (_name, content, pattern) => {
    const format = typeof content === 'string' && content.startsWith('city1') ? 'wikipedia' : 'auto';
    const errors = await rejection(dryRun(content, { format }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => `${e.field}: ${e.message}`).join('\n')).toMatch(pattern);
    expect(errors[0]!.field).toMatch(/line \d+/);
  });
});
