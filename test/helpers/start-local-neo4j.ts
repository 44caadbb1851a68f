/**
 * A separate process that starts the project-managed Neo4j on a data folder and prints READY
 * with its status, then waits: tests SIGKILL it to leave a server behind, as a crash would.
 * Usage: node --import tsx test/helpers/start-local-neo4j.ts <homeDir> <dataDir>
 */
import { LocalNeo4j } from '../../server/neo4j/local-neo4j.ts';

const [homeDir, dataDir] = process.argv.slice(2);
if (!homeDir || !dataDir) throw new Error('usage: start-local-neo4j.ts <homeDir> <dataDir>');
const server = new LocalNeo4j({ homeDir, dataDir, boltPort: 0, heap: '512m', pageCache: '64m', startTimeoutMs: 120_000 });
await server.start();
process.stdout.write(`READY ${JSON.stringify(server.status())}\n`);
setInterval(() => {}, 1 << 30);
