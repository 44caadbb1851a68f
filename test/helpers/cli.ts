/** Runs a CLI of the project (`server/cli/<name>.ts`) as a child process against the test Neo4j. */
import { execFile } from 'node:child_process';
import { testConnection } from './neo4j.ts';

export function runCli(
  name: 'import' | 'report' | 'analyze',
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const conn = testConnection();
  const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, LOG_LEVEL: 'warn' };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `server/cli/${name}.ts`, ...args],
      { env, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}
