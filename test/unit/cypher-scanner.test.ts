/**
 * The self-tests of the Cypher scanner (test/helpers/cypher-scanner.ts): what it takes for Cypher
 * text and what it does not, and in-memory snippets compiled next to the real files (so their
 * imports resolve), one per way of evading a line-based scan, each checked for the exact rules it
 * trips; and correct code, which trips none.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries, QUERY_NAMES } from '../../server/db/queries.ts';
import { CypherScanner, FIXTURE_DIR, looksLikeCypher, SERVER, tsFiles, type Rule } from '../helpers/cypher-scanner.ts';

/** In-memory sources compiled next to the real ones; `code` has the imports it needs. */
const PRELUDE = [
  "import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';",
  "import type { Database, Tx } from '../db/database.ts';",
  "import type { Queries, QueryName } from '../db/queries.ts';",
  'export type Deps = { driver: Driver; session: Session; mtx: ManagedTransaction; db: Database; tx: Tx; queries: Queries };',
  '',
].join('\n');

const EVASIONS: { name: string; code: string; rules: Rule[] }[] = [
  {
    name: 'a multi-line template literal passed to executeQuery',
    code: 'export const f = ({ driver }: Deps, id: string) =>\n  driver.executeQuery(`\n    MATCH (m:Municipality)\n    WHERE m.id = $id\n    RETURN m`, { id });\n',
    rules: ['cypher-text', 'driver-query-not-loaded'],
  },
  {
    name: 'a query built in a variable, piece by piece, then run',
    code: "export async function f({ session }: Deps, label: string) {\n  let q = 'MATCH (m:' + label + ')';\n  q += '\\n';\n  q += 'RETURN m';\n  return session.run(q);\n}\n",
    rules: ['cypher-text', 'cypher-text', 'driver-query-not-loaded'],
  },
  {
    name: '[...].join of lines',
    code: "export function f({ mtx }: Deps, id: string) {\n  const q = [\n    'MATCH (m:Municipality {id: $id})',\n    'DETACH DELETE m',\n  ].join('\\n');\n  return mtx.run(q, { id });\n}\n",
    rules: ['cypher-text', 'cypher-text', 'driver-query-not-loaded'],
  },
  {
    name: 'executeQuery(variable) with text from elsewhere, no Cypher in sight',
    code: 'export const f = ({ driver }: Deps, text: string) => driver.executeQuery(text);\n',
    rules: ['driver-query-not-loaded'],
  },
  {
    name: 'pieces that do not look like Cypher, joined',
    code: "export const f = ({ driver }: Deps) => driver.executeQuery(['mat', 'ch (n) ret', 'urn n'].join(''));\n",
    rules: ['driver-query-not-loaded'],
  },
  {
    name: 'a destructured executeQuery and a bound run',
    code: 'export function f({ driver, session }: Deps, text: string) {\n  const run = session.run.bind(session);\n  const { executeQuery } = driver;\n  return [executeQuery(text), run(text)];\n}\n',
    rules: ['driver-query-not-loaded', 'driver-query-not-loaded'],
  },
  {
    name: 'a template literal with a value inside, cast to a query name for db.read',
    code: "export const f = ({ db }: Deps, id: string) => db.read(`MATCH (m {id: '${id}'}) RETURN m` as QueryName);\n",
    rules: ['cypher-text', 'query-name-assertion'],
  },
  {
    name: 'a plain string variable given to Tx.run',
    code: 'export const f = ({ tx }: Deps, name: string) => tx.run(name as never);\n',
    rules: ['query-name-not-literal'],
  },
  {
    name: 'a computed query name',
    code: "export const f = ({ tx }: Deps, kind: string) => tx.run(('write/' + kind) as QueryName);\n",
    rules: ['query-name-assertion'],
  },
  {
    name: 'a loaded statement with a value spliced in by replace',
    code: "export const f = ({ driver, queries }: Deps, id: string) =>\n  driver.executeQuery(queries.get('read/get-municipality').replace('$id', JSON.stringify(id)));\n",
    rules: ['parameter-substitution', 'driver-query-not-loaded'],
  },
  {
    name: 'lower-case Cypher, to a receiver typed any',
    code: "export const f = (conn: any) => conn.run('match (n:Municipality) return n');\n",
    rules: ['cypher-text', 'untyped-query-call'],
  },
];

const CORRECT = [
  'export async function ok({ driver, mtx, db, tx, queries }: Deps, name: QueryName, id: string, graph: { run(n: number): number }) {',
  "  await db.read('read/get-municipality', { id });",
  "  await tx.run<{ n: number }>('write/delete-municipality', { id });",
  '  await tx.run(name, { id });',
  "  const text = queries.get('read/get-dataset');",
  "  await driver.executeQuery(text, { key: 'current' });",
  '  await mtx.run(queries.get(name), { id });',
  '  for (const { text: statement } of queries.schema) await driver.executeQuery(statement);',
  '  for (const s of queries.schema) await driver.executeQuery(s.text);',
  '  process.stderr.write(`matched ${id}\\n`);',
  "  const pick = (n: 'read/get-dataset' | 'read/count-graph') => db.read(n);",
  "  await pick('read/count-graph');",
  '  graph.run(3);',
  "  return `Return the match (see the list) where the name is set: ${id.replace('-', ' ')}`;",
  '}',
  '',
].join('\n');

const fixturePath = (i: number | string) => path.join(FIXTURE_DIR, `case-${i}.ts`);

describe('the Cypher scanner', () => {
  let scanner: CypherScanner;
  const serverFiles = tsFiles(SERVER);

  beforeAll(() => {
    const overlay: Record<string, string> = { [fixturePath('correct')]: PRELUDE + CORRECT };
    EVASIONS.forEach((e, i) => (overlay[fixturePath(i)] = PRELUDE + e.code));
    scanner = new CypherScanner(serverFiles, overlay);
  });
  afterAll(() => scanner?.close());

  it('recognises every line of every statement in cypher/ as Cypher, and each statement in lower case', () => {
    const queries = loadQueries();
    const statements = [...QUERY_NAMES.map((n) => ({ name: n, text: queries.get(n) })), ...queries.schema];
    expect(statements.length).toBeGreaterThan(20);
    const missed = statements.flatMap(({ name, text }) =>
      text
        .split('\n')
        .filter((l) => l.trim() && !looksLikeCypher(l))
        .map((l) => `${name}: ${l}`)
        .concat(looksLikeCypher(text.toLowerCase()) ? [] : [`${name} in lower case`]),
    );
    expect(missed).toEqual([]);
  });

  it('does not take prose or identifiers for Cypher', () => {
    const sparql =
      'SELECT ?statement ?item WHERE {\n  { SELECT ?statement WHERE { ?item p:P190 ?statement . } ORDER BY ?statement LIMIT ${…} }\n}';
    for (const text of [
      'Return the match (see below)',
      'set the value',
      'where the name is',
      'read/get-dataset',
      'Neo4j unreachable: retry later',
      'order by year',
      sparql,
    ]) {
      expect(looksLikeCypher(text), text).toBe(false);
    }
  });

  for (const [i, evasion] of EVASIONS.entries()) {
    it(`flags ${evasion.name}`, () => {
      const rules = scanner.scan(fixturePath(i)).map((f) => f.rule);
      expect(rules.sort()).toEqual([...evasion.rules].sort());
    });
  }

  it('passes statements by name, loaded statements, and calls that are not queries', () => {
    expect(scanner.scan(fixturePath('correct'))).toEqual([]);
  });
});
