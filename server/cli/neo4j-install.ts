/**
 * `npm run neo4j:install`: resolves the embedded Neo4j from Maven Central ahead of the first
 * start (CI does this before the tests). Prints where the jars went; exits non-zero, saying
 * what is missing, when Java or Maven is absent.
 */
import { loadConfig } from '../config.ts';
import { Neo4jSetupError } from '../neo4j/errors.ts';
import { ensureInstalled, requireJava } from '../neo4j/install.ts';
import path from 'node:path';

try {
  const config = loadConfig();
  const homeDir = config.neo4j.mode === 'embedded' ? config.neo4j.homeDir : path.resolve('.neo4j');
  const java = requireJava();
  const lib = ensureInstalled(homeDir, (m) => console.error(m));
  console.error(`Neo4j is installed in ${lib} (Java ${java.version}).`);
} catch (err) {
  console.error(err instanceof Neo4jSetupError ? err.message : err);
  process.exit(1);
}
