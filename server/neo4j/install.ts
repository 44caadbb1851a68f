/**
 * Resolves the Neo4j Community 5.26 jars from Maven Central (neo4j/pom.xml) into `<home>/lib`,
 * and, when asked, OpenGDS (neo4j/gds/pom.xml) into `<home>/gds`, once per content of the pom (the
 * marker holds its hash, so that a changed pom, e.g. a new artifact, resolves again). The copy goes
 * to a temporary folder first and is renamed into place, so an interrupted download never leaves a
 * half-filled folder behind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../project-root.ts';
import { Neo4jSetupError } from './errors.ts';

const POM = projectPath('neo4j/pom.xml');
const GDS_POM = projectPath('neo4j/gds/pom.xml');
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

/** OpenGDS's jars beyond Neo4j's own (neo4j/gds/pom.xml): the plugins folder, and on the class path. */
export function gdsDirOf(homeDir: string): string {
  return path.join(homeDir, 'gds');
}

/** One folder of jars resolved from a pom: where it goes, and how to tell that it resolved. */
interface Resolution {
  pom: string;
  /** Other poms whose change makes this folder stale (the GDS folder: Neo4j's own pom). */
  dependsOn?: string[];
  target: string;
  what: string;
  /** A jar whose presence shows that Maven resolved what was asked. */
  expect: RegExp;
  /** Jars left out (those that lib/ holds already). */
  skip?: ReadonlySet<string>;
}


/** What the marker says of a complete folder: the poms it was resolved from. */
function pomHash(r: Pick<Resolution, 'pom' | 'dependsOn'>): string {
  const hash = createHash('sha256');
  for (const pom of [r.pom, ...(r.dependsOn ?? [])]) hash.update(fs.readFileSync(pom));
  return hash.digest('hex');
}

function isResolved(r: Pick<Resolution, 'pom' | 'dependsOn' | 'target'>): boolean {
  try {
    return fs.readFileSync(path.join(r.target, MARKER), 'utf8').includes(`pom ${pomHash(r)}`);
  } catch {
    return false;
  }
}

/**
 * Resolves the pom's jars with Maven into a staging folder beside the target, then renames it into
 * place: an interrupted download never leaves a half-filled folder behind.
 */
function resolve(r: Resolution, log: (msg: string) => void): string {
  if (isResolved(r)) return r.target;
  requireTool('mvn', 'Install Maven (Debian: apt-get install maven).');
  const parent = path.dirname(r.target);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `${path.basename(r.target)}-staging-`));
  log(`Resolving ${r.what} from Maven Central into ${r.target} (once)...`);
  const run = spawnSync(
    'mvn',
    ['-q', '-B', '-f', r.pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const jars = fs.existsSync(staging) ? fs.readdirSync(staging).filter((f) => f.endsWith('.jar')) : [];
  if (run.status !== 0 || !jars.some((j) => r.expect.test(j))) {
    fs.rmSync(staging, { recursive: true, force: true });
    const tail = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`Maven could not resolve ${r.what} (exit ${run.status}):\n${tail}`);
  }
  for (const jar of jars) if (r.skip?.has(jar)) fs.rmSync(path.join(staging, jar));
  const kept = jars.filter((jar) => !r.skip?.has(jar));
  fs.writeFileSync(path.join(staging, MARKER), `${kept.length} jars\npom ${pomHash(r)}\n`);
  fs.rmSync(r.target, { recursive: true, force: true });
  fs.renameSync(staging, r.target);
  log(`${r.what} resolved: ${kept.length} jars.`);
  return r.target;
}

/** Makes sure `<home>/lib` holds the Neo4j jars; downloads them with Maven on first use. */
export function ensureInstalled(homeDir: string, log: (msg: string) => void = () => {}): string {
  return resolve({ pom: POM, target: libDirOf(homeDir), what: 'Neo4j Community', expect: /^neo4j-server-/ }, log);
}

/**
 * Makes sure `<home>/gds` holds OpenGDS (Neo4j Graph Data Science, open-source build) beyond
 * what `<home>/lib` has; downloads it with Maven on first use. Installs Neo4j first.
 */
export function ensureGdsInstalled(homeDir: string, log: (msg: string) => void = () => {}): string {
  const lib = ensureInstalled(homeDir, log);
  const skip = new Set(fs.readdirSync(lib).filter((f) => f.endsWith('.jar')));
  return resolve(
    {
      pom: GDS_POM,
      dependsOn: [POM],
      target: gdsDirOf(homeDir),
      what: 'OpenGDS (Neo4j Graph Data Science)',
      expect: /^proc-2\./,
      skip,
    },
    log,
  );
}
