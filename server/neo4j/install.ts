/**
 * Resolves the Neo4j Community 5.26 jars from Maven Central (neo4j/pom.xml) into
 * `<home>/lib`, once per content of the pom (the marker holds its hash, so that a changed pom, e.g.
 * a new artifact, resolves again). The copy goes to a temporary folder first and is renamed into
 * place, so an interrupted download never leaves a half-filled lib/ behind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../project-root.ts';
import { Neo4jSetupError } from './errors.ts';

const POM = projectPath('neo4j/pom.xml');
const MARKER = '.complete';

export interface Tool {
  command: string;
  version: string;
}

/** Checks that a command-line tool runs; throws a Neo4jSetupError that says what to install. */
export function requireTool(command: 'java' | 'mvn', hint: string): Tool {
  const r = spawnSync(command, command === 'java' ? ['-version'] : ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const why = r.error ? (r.error as NodeJS.ErrnoException).code ?? r.error.message : `exit code ${r.status}`;
    throw new Neo4jSetupError(
      `The embedded Neo4j needs \`${command}\`, which could not be run (${why}). ${hint} ` +
        'Or set NEO4J_URI to use an existing Neo4j server instead.',
    );
  }
  const text = `${r.stdout}${r.stderr}`;
  const version = /version "?([\d._]+)/i.exec(text)?.[1] ?? /Maven ([\d.]+)/.exec(text)?.[1] ?? 'unknown';
  return { command, version };
}

/** Java 17 or 21 is what Neo4j 5.26 supports. */
export function requireJava(): Tool {
  const java = requireTool('java', 'Install Java 17 or 21 (Debian: apt-get install openjdk-17-jre-headless).');
  const major = Number(java.version.split('.')[0]);
  if (major !== 17 && major !== 21) {
    throw new Neo4jSetupError(`Neo4j 5.26 needs Java 17 or 21, but \`java\` is version ${java.version}.`);
  }
  return java;
}

export function libDirOf(homeDir: string): string {
  return path.join(homeDir, 'lib');
}

/** What the marker says of a complete lib/: the pom it was resolved from. */
function pomHash(): string {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
}

export function isInstalled(homeDir: string): boolean {
  try {
    return fs.readFileSync(path.join(libDirOf(homeDir), MARKER), 'utf8').includes(`pom ${pomHash()}`);
  } catch {
    return false;
  }
}

/** Makes sure `<home>/lib` holds the Neo4j jars; downloads them with Maven on first use. */
export function ensureInstalled(homeDir: string, log: (msg: string) => void = () => {}): string {
  const lib = libDirOf(homeDir);
  if (isInstalled(homeDir)) return lib;
  requireTool('mvn', 'Install Maven (Debian: apt-get install maven).');
  fs.mkdirSync(homeDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(homeDir, 'lib-staging-'));
  log(`Resolving Neo4j Community from Maven Central into ${lib} (first start only)...`);
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const jars = fs.existsSync(staging) ? fs.readdirSync(staging).filter((f) => f.endsWith('.jar')) : [];
  if (r.status !== 0 || !jars.some((j) => j.startsWith('neo4j-server-'))) {
    fs.rmSync(staging, { recursive: true, force: true });
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`Maven could not resolve Neo4j (exit ${r.status}):\n${tail}`);
  }
  fs.writeFileSync(path.join(staging, MARKER), `${jars.length} jars\npom ${pomHash()}\n`);
  fs.rmSync(lib, { recursive: true, force: true });
  fs.renameSync(staging, lib);
  log(`Neo4j resolved: ${jars.length} jars.`);
  return lib;
}
