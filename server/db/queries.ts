/**
 * Every Cypher statement lives in a `.cypher` file under cypher/, one statement per file, with
 * a header (`// name:`, `// params:`, `// returns:`). They are read once at start: a missing or
 * headerless file fails the boot, not a request. Code refers to a statement by its path
 * without extension, e.g. `read/stream-partnerships`; values always travel as parameters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../project-root.ts';

export const CYPHER_DIR = projectPath('cypher');

/** The statements the service uses; the loader checks that each has its file. */
export const QUERY_NAMES = [
  'read/get-dataset',
  'read/count-graph',
  'read/stream-municipalities',
  'read/stream-partnerships',
  'read/stream-memberships',
  'read/get-municipality',
  'read/get-partnership',
  'write/upsert-municipalities',
  'write/upsert-partnerships',
  'write/upsert-networks',
  'write/upsert-memberships',
  'write/bump-dataset-version',
  'write/delete-graph',
  'write/create-municipality',
  'write/replace-municipality',
  'write/delete-municipality',
  'write/create-partnership',
  'write/replace-partnership',
  'write/delete-partnership',
  'read/stream-place-identities',
  'write/upsert-sources',
  'write/delete-sources',
  'read/list-sources',
  'write/set-default-dataset',
  'write/clear-analysis-properties',
  'write/set-analysis-properties',
  'write/replace-analysis-node',
  'read/find-gds',
  'read/gds-version',
  'read/gds-project',
  'read/gds-drop',
  'read/gds-degree',
  'read/gds-betweenness',
  'read/gds-closeness',
  'read/gds-harmonic',
  'read/gds-pagerank',
  'read/gds-kcore',
  'read/gds-louvain',
  'read/gds-leiden',
  'read/gds-components',
  'read/gds-bridges',
  'read/gds-articulation-points',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

export interface Queries {
  get(name: QueryName): string;
  /** Schema statements (constraints, indexes), in file-name order. */
  schema: { name: string; text: string }[];
}

function readStatement(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  if (!/^\/\/ name: /m.test(text)) throw new Error(`Cypher file ${file} lacks its "// name:" header`);
  const body = text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  if (!body) throw new Error(`Cypher file ${file} holds no statement`);
  return body;
}

export function loadQueries(dir = CYPHER_DIR): Queries {
  const map = new Map<string, string>();
  for (const name of QUERY_NAMES) {
    const file = path.join(dir, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`Missing Cypher file ${file}`);
    map.set(name, readStatement(file));
  }
  const schemaDir = path.join(dir, 'schema');
  const schema = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ name: `schema/${f.replace(/\.cypher$/, '')}`, text: readStatement(path.join(schemaDir, f)) }));
  return {
    get(name) {
      const text = map.get(name);
      if (text === undefined) throw new Error(`Unknown query ${name}`);
      return text;
    },
    schema,
  };
}
