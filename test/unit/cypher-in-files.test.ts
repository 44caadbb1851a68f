/**
 * Values travel only as parameters: no Cypher text may be built in code. This scans server/ for
 * query text in TypeScript (template literals or string concatenation holding Cypher, calls of
 * run/executeQuery with literal text) and fails naming each place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQueries, QUERY_NAMES } from '../../server/db/queries.ts';

const CYPHER = /\b(MATCH|MERGE|UNWIND|RETURN|DETACH DELETE|CREATE (CONSTRAINT|INDEX)|SET \w+\.|WHERE \w+\.)\b/;

/** Returns a description of each place in `source` that builds or inlines Cypher text. */
export function findBuiltCypher(source: string): string[] {
  const found: string[] = [];
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    for (const m of line.matchAll(/`([^`]*)`/g)) {
      if (m[1]?.includes('${') && CYPHER.test(m[1])) found.push(`${where}: template literal with Cypher`);
    }
    for (const m of line.matchAll(/(['"])((?:(?!\1).)*)\1\s*\+|\+\s*(['"])((?:(?!\3).)*)\3/g)) {
      const text = m[2] ?? m[4] ?? '';
      if (CYPHER.test(text)) found.push(`${where}: string concatenation with Cypher`);
    }
    // the project's Tx.run/db.read take a query *name* ('read/get-dataset'); anything else is text
    for (const m of line.matchAll(/\.(run|read|executeQuery)(?:<[^>]*>)?\(\s*([`'"])((?:(?!\2).)*)\2/g)) {
      if (!/^(read|write)\/[a-z0-9-]+$/.test(m[3] ?? '')) found.push(`${where}: query text passed inline`);
    }
    if (/\.replace\(\s*['"`/]\$\w+/.test(line)) found.push(`${where}: parameter substituted into text`);
  });
  return found;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('Cypher lives in .cypher files, values only as parameters', () => {
  it('the scanner catches each way of building query text', () => {
    expect(findBuiltCypher('const q = `MATCH (m {id: "${id}"}) RETURN m`;')).toHaveLength(1);
    expect(findBuiltCypher("const q = 'MATCH (m) WHERE m.name = ' + name;")).toHaveLength(1);
    expect(findBuiltCypher("await tx.run('MATCH (n) RETURN n')")).toHaveLength(1);
    expect(findBuiltCypher("text.replace('$id', id)")).toHaveLength(1);
    expect(findBuiltCypher("await tx.run(queries.get('read/x'), { id })")).toEqual([]);
    expect(findBuiltCypher("await tx.run<{ n: number }>('read/get-dataset', { key })")).toEqual([]);
    expect(findBuiltCypher("await db.read('MATCH (n) RETURN n')")).toHaveLength(1);
  });

  it('no file in server/ builds Cypher text', () => {
    const offences = tsFiles(path.resolve('server')).flatMap((file) =>
      findBuiltCypher(fs.readFileSync(file, 'utf8')).map((o) => `${path.relative('.', file)} ${o}`),
    );
    expect(offences).toEqual([]);
  });

  it('every statement has its file with a header, and every .cypher file is used', () => {
    const queries = loadQueries();
    for (const name of QUERY_NAMES) expect(queries.get(name).length).toBeGreaterThan(0);
    const files = tsFiles(path.resolve('cypher')).length; // no .ts there
    expect(files).toBe(0);
    const cypherFiles = fs
      .readdirSync(path.resolve('cypher'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.replace(/\.cypher$/, ''));
    const used = new Set<string>([...QUERY_NAMES, ...queries.schema.map((s) => s.name)]);
    expect(cypherFiles.filter((f) => !used.has(f))).toEqual([]);
    for (const f of cypherFiles) {
      expect(fs.readFileSync(path.resolve('cypher', `${f}.cypher`), 'utf8')).toMatch(/^\/\/ name: .+\n\/\/ params: .+\n\/\/ returns: .+/);
    }
  });
});
