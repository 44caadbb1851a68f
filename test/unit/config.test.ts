import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('configuration from the environment', () => {
  it('has the documented defaults: the embedded Neo4j, port 3000 on loopback, no token, no gazetteer', () => {
    const c = loadConfig({}, '/srv/jumelage');
    expect(c.http).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(c.neo4j.mode).toBe('embedded');
    expect(c.apiToken).toBeUndefined();
    expect(c.gazetteerFile).toBeNull();
    expect(c.seedsDir).toBe('/srv/jumelage/seeds');
    expect(c.neo4j.mode === 'embedded' && c.neo4j.gds).toBe(false);
  });

  it('adds Graph Data Science to the embedded Neo4j with NEO4J_GDS=true, and refuses anything but true or false', () => {
    const c = loadConfig({ NEO4J_GDS: 'true' });
    expect(c.neo4j.mode === 'embedded' && c.neo4j.gds).toBe(true);
    expect(() => loadConfig({ NEO4J_GDS: 'yes' })).toThrow(/NEO4J_GDS: true or false/);
    expect(() => loadConfig({ NEO4J_GDS: 'true', NEO4J_URI: 'bolt://example.org:7687' })).toThrow(/NEO4J_GDS: .*embedded Neo4j only/);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', API_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', API_TOKEN: 'short' })).toThrow(/PORT[\s\S]*API_TOKEN: must be at least 16 characters/);
  });

  it('checks that GAZETTEER_FILE exists, relative to the working directory', () => {
    expect(() => loadConfig({ GAZETTEER_FILE: 'no/such/directory.csv' }, '/tmp')).toThrow(
      /GAZETTEER_FILE: no such file: \/tmp\/no\/such\/directory\.csv/,
    );
    const here = path.resolve('open-data/gemeindeverzeichnis-destatis.csv');
    expect(loadConfig({ GAZETTEER_FILE: 'open-data/gemeindeverzeichnis-destatis.csv' }).gazetteerFile).toBe(here);
  });
});
