/**
 * The project's folder (where package.json, cypher/, neo4j/ and node_modules/ lie), for the files
 * the server reads beside its code. Found by walking up from this module to the nearest
 * package.json, so it is the same whether the server runs from its sources (server/) or compiled
 * (dist/server/server/), where a path like `../../cypher` would point one level too shallow.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

function findRoot(from: URL): URL {
  for (let dir = new URL('.', from); ; dir = new URL('..', dir)) {
    if (fs.existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') throw new Error(`project-root: no package.json above ${fileURLToPath(from)}`);
  }
}

/** The project's folder as a file URL, ending in `/`. */
export const PROJECT_ROOT: URL = findRoot(new URL(import.meta.url));

/** The path of `relative` (forward slashes) inside the project's folder. */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(relative, PROJECT_ROOT));
}
