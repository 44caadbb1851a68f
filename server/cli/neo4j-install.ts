/**
 * `npm run neo4j:install [-- --gds]`: resolves the embedded Neo4j from Maven Central ahead of the
 * first start (CI does this before the tests); with `--gds` (or NEO4J_GDS=true) OpenGDS too. Prints
 * where the jars went; exits non-zero, saying what is missing, when Java or Maven is absent.
 */
import { loadConfig } from '../config.ts';
import { Neo4jSetupError } from '../neo4j/errors.ts';
import { ensureGdsInstalled, ensureInstalled, requireJava } from '../neo4j/install.ts';
import path from 'node:path';

try {
  const config = loadConfig();
  const homeDir = config.neo4j.mode === 'embedded' ? config.neo4j.homeDir : path.resolve('.neo4j');
  const java = requireJava();
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--gds');
  if (unknown.length) throw new Neo4jSetupError(`Unknown argument ${unknown.join(' ')}; the only one is --gds (OpenGDS too).`);
  const gds = args.includes('--gds') || (config.neo4j.mode === 'embedded' && config.neo4j.gds);
  const lib = ensureInstalled(homeDir, (m) => console.error(m));
  console.error(`Neo4j is installed in ${lib} (Java ${java.version}).`);
  if (gds)
    console.error(`OpenGDS is installed in ${ensureGdsInstalled(homeDir, (m) => console.error(m))}; NEO4J_GDS=true starts Neo4j with it.`);
} catch (err) {
  console.error(err instanceof Neo4jSetupError ? err.message : err);
  process.exit(1);
}
