/**
 * The files of one embedded Neo4j instance under its data folder:
 *   conf/neo4j.conf   written anew at every start (Bolt and, when asked, HTTP with the Browser on 127.0.0.1)
 *   password          generated once, mode 0600, set as the initial password before the first start
 *   data/ logs/ run/  the store, the server's logs (console.log holds its stdout and stderr)
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jSetupError } from './errors.ts';

export interface InstanceOptions {
  dataDir: string;
  libDir: string;
  /** OpenGDS's jars (install.ts gdsDirOf): the plugins folder and the class path's head; null: no GDS. */
  gdsDir: string | null;
  boltPort: number;
  /** The HTTP connector (Neo4j Browser at /browser/, the HTTP API); null: off. */
  httpPort: number | null;
  heap: string;
  pageCache: string;
}

export function consoleLogPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'console.log');
}

export function writeConf(o: InstanceOptions): string {
  const confDir = path.join(o.dataDir, 'conf');
  fs.mkdirSync(confDir, { recursive: true });
  for (const d of ['data', 'logs', 'run', 'import']) fs.mkdirSync(path.join(o.dataDir, d), { recursive: true });
  const lines = [
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    ...(o.httpPort === null
      ? ['server.http.enabled=false']
      : ['server.http.enabled=true', `server.http.listen_address=127.0.0.1:${o.httpPort}`, `server.http.advertised_address=127.0.0.1:${o.httpPort}`]),
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${path.join(o.dataDir, 'data')}`,
    `server.directories.transaction.logs.root=${path.join(o.dataDir, 'data', 'transactions')}`,
    `server.directories.logs=${path.join(o.dataDir, 'logs')}`,
    `server.directories.run=${path.join(o.dataDir, 'run')}`,
    `server.directories.import=${path.join(o.dataDir, 'import')}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.usage_report.enabled=false',
    // a guard against runaway queries, long enough for the default dataset's one-transaction
    // load over an existing graph (--replace: 26,000 places, 25,000 partnerships) on a busy machine
    'db.transaction.timeout=600s',
    'db.shutdown_transaction_end_timeout=2s',
    // Netty's graceful shutdown waits 5 s twice by default (values in seconds); a local server need not
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2',
    'db.tx_log.rotation.retention_policy=2 files',
    // OpenGDS: its procedures come from the plugins folder; some of them (gds.list, gds.util.asNode)
    // are refused as "sandboxed" unless unrestricted
    ...(o.gdsDir === null ? [] : [`server.directories.plugins=${o.gdsDir}`, 'dbms.security.procedures.unrestricted=gds.*']),
  ];
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), `${lines.join('\n')}\n`);
  return confDir;
}

/** The instance's password: read, or generated and set as Neo4j's initial password. */
export function ensurePassword(o: InstanceOptions, confDir: string): string {
  const file = path.join(o.dataDir, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  // a leading letter: a password starting with '-' would be read as an option by neo4j-admin
  const password = `j${randomBytes(18).toString('base64url')}`;
  const r = spawnSync(
    'java',
    ['-cp', path.join(o.libDir, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { cwd: o.dataDir, env: { ...process.env, NEO4J_HOME: o.dataDir, NEO4J_CONF: confDir }, encoding: 'utf8' },
  );
  if (r.status !== 0) {
    throw new Neo4jSetupError(`Could not set Neo4j's initial password: ${(r.stderr || r.stdout || '').trim()}`);
  }
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export function javaArgs(o: InstanceOptions, confDir: string): string[] {
  return [
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    // GDS's extension is found only on the class path, its procedures only in the plugins folder
    [...(o.gdsDir === null ? [] : [path.join(o.gdsDir, '*')]), path.join(o.libDir, '*')].join(path.delimiter),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${o.dataDir}`,
    `--config-dir=${confDir}`,
    '--console-mode',
  ];
}

/** The last lines of the server's console log, for error messages. */
export function logTail(dataDir: string, lines = 25): string {
  try {
    return fs.readFileSync(consoleLogPath(dataDir), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}
