/** A problem that keeps the embedded Neo4j from running: missing tools, a failed start. */
export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}
