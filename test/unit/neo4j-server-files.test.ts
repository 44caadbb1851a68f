/**
 * The embedded Neo4j's configuration and command line (server/neo4j/server-files.ts), with and
 * without OpenGDS: GDS's jars are both the plugins folder and the head of the class path (its
 * procedures load only from plugins, its extension only from the class path; neo4j/gds/pom.xml).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { javaArgs, writeConf, type InstanceOptions } from '../../server/neo4j/server-files.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function instance(gdsDir: string | null): { o: InstanceOptions; conf: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-conf-'));
  dirs.push(dataDir);
  const o: InstanceOptions = { dataDir, libDir: '/home/j/lib', gdsDir, boltPort: 7687, httpPort: null, heap: '1g', pageCache: '64m' };
  const confDir = writeConf(o);
  return { o, conf: fs.readFileSync(path.join(confDir, 'neo4j.conf'), 'utf8') };
}

const classPath = (args: string[]) => args[args.indexOf('-cp') + 1]!.split(path.delimiter);

describe('the embedded Neo4j with and without OpenGDS', () => {
  it('without GDS: lib/ alone on the class path, no plugins folder, no unrestricted procedures', () => {
    const { o, conf } = instance(null);
    expect(classPath(javaArgs(o, 'conf'))).toEqual(['/home/j/lib/*']);
    expect(conf).not.toMatch(/plugins|unrestricted/);
  });

  it('with GDS: its folder is the plugins folder and comes first on the class path, its procedures unrestricted', () => {
    const { o, conf } = instance('/home/j/gds');
    expect(classPath(javaArgs(o, 'conf'))).toEqual(['/home/j/gds/*', '/home/j/lib/*']);
    expect(conf.split('\n')).toEqual(
      expect.arrayContaining(['server.directories.plugins=/home/j/gds', 'dbms.security.procedures.unrestricted=gds.*']),
    );
  });
});
