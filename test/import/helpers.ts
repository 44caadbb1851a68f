/** Shared helpers of the import tests: fixtures by path, a dry-run import, the rejected-file errors. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../server/errors.ts';
import { prepareImport, type ImportOptions, type Prepared } from '../../server/import/pipeline.ts';

export const FIXTURES = path.resolve('test/fixtures/import');
export const WIKI_CSV = path.resolve('open-data/twin-cities-wikipedia.csv');
export const DESTATIS_CSV = path.resolve('open-data/gemeindeverzeichnis-destatis.csv');

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export const DEFAULTS: ImportOptions = { format: 'auto', strict: false, dryRun: true, replace: false, allMunicipalities: false };

export function dryRun(bytes: Uint8Array | string, options: Partial<ImportOptions> = {}, name = 'test-file'): Promise<Prepared> {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return prepareImport([{ name, bytes: b }], name, { ...DEFAULTS, ...options }, async () => null);
}

/** The errors of a rejected import (fails the test when the import was not rejected). */
export async function rejection(p: Promise<unknown>): Promise<{ field: string; message: string }[]> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError && err.kind === 'bad-request') return err.details.errors ?? [];
    throw err;
  }
  throw new Error('the import was not rejected');
}
