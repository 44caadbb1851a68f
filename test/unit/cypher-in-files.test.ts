/**
 * Values travel only as parameters, and query text lives only in cypher/*.cypher: no file in
 * server/ builds Cypher text or hands text to the driver (by the scanner of
 * test/helpers/cypher-scanner.ts, which reads server/ the way the compiler does, and whose
 * self-tests are test/unit/cypher-scanner.test.ts), and every statement has its file with a header.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries, QUERY_NAMES } from '../../server/db/queries.ts';
import { cypherFileNames, CypherScanner, SERVER, tsFiles } from '../helpers/cypher-scanner.ts';

describe('Cypher lives in .cypher files, values only as parameters', () => {
  let scanner: CypherScanner;
  const serverFiles = tsFiles(SERVER);

  beforeAll(() => {
    scanner = new CypherScanner(serverFiles);
  });
  afterAll(() => scanner?.close());

  it('no file in server/ builds Cypher text or hands text to the driver', () => {
    expect(serverFiles.length).toBeGreaterThan(50);
    expect(serverFiles.flatMap((f) => scanner.scan(f))).toEqual([]);
  });

  it('every statement has its file with a header, and every .cypher file is used', () => {
    const queries = loadQueries();
    for (const name of QUERY_NAMES) expect(queries.get(name).length).toBeGreaterThan(0);
    const files = tsFiles(path.resolve('cypher')).length; // no .ts there
    expect(files).toBe(0);
    const cypherFiles = [...cypherFileNames()];
    const used = new Set<string>([...QUERY_NAMES, ...queries.schema.map((s) => s.name)]);
    // cypher/examples/ is for users, run by test/integration/analysis-write.test.ts
    expect(cypherFiles.filter((f) => !used.has(f) && !f.startsWith('examples/'))).toEqual([]);
    for (const f of cypherFiles) {
      expect(fs.readFileSync(path.resolve('cypher', `${f}.cypher`), 'utf8')).toMatch(/^\/\/ name: .+\n\/\/ params: .+\n\/\/ returns: .+/);
    }
  });
});
