/**
 * Every populated municipality of the Destatis directory into the test database, partnered or
 * not, as the default dataset has them (what the regions' count model is fitted over): an import
 * of a small file with `allMunicipalities=true` through a service started with the directory as
 * its gazetteer (`DIRECTORY_ENV`). About 10,800 places; some 40 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { seededTestDb } from './neo4j.ts';
import { startTestService } from './service.ts';

export const DIRECTORY_ENV = { GAZETTEER_FILE: path.resolve('open-data/gemeindeverzeichnis-destatis.csv') };

export async function importDirectory(service: RunningService, token: string): Promise<void> {
  const res = await fetch(`${service.url}/api/imports?allMunicipalities=true&name=directory.csv`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
    body: fs.readFileSync(path.resolve('test/fixtures/import/jumelage-combined.csv')),
  });
  if (res.status !== 200) throw new Error(`importing the directory: ${res.status} ${await res.text()}`);
}

/**
 * For the tests of one file (call it inside `describe`): the seed dataset with the directory's
 * municipalities imported, and the service on it (with `token` as its write token).
 */
export function directoryService(token: string): { readonly service: RunningService } {
  let service: RunningService | undefined;
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService({ API_TOKEN: token, ...DIRECTORY_ENV });
    await importDirectory(service, token);
  }, 300_000);
  afterAll(async () => {
    await service?.stop();
  });
  return {
    get service() {
      if (!service) throw new Error('directoryService: used before its beforeAll hook ran');
      return service;
    },
  };
}
