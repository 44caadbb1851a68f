/**
 * Imports a file into the graph: prepare (parse, clean, classify, resolve against the places
 * already in the database), then write everything in one transaction (graph-writer.ts), so a
 * rejected file or a failure at any row leaves the database exactly as it was. Knows nothing of
 * HTTP or the terminal; the CLI and POST /api/imports both call it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import { writeBatch } from '../db/graph-writer.ts';
import { decodeText } from '../import/decode.ts';
import { Gazetteer } from '../import/gazetteer.ts';
import { prepareImport, sha256, type ImportFile, type ImportGazetteer, type ImportOptions, type Progress } from '../import/pipeline.ts';
import type { ImportSummary } from '../import/report.ts';
import type { ExistingPlace } from '../import/resolve.ts';
import { IssueList } from '../import/types.ts';

export type { ImportFile, ImportOptions } from '../import/pipeline.ts';

export async function readExistingPlaces(db: Database): Promise<ExistingPlace[]> {
  return db.read<ExistingPlace & Record<string, unknown>>('read/stream-place-identities');
}

/** Runs one import. `db` may be null only for a dry run. */
export async function runImport(
  db: Database | null,
  files: ImportFile[],
  label: string,
  options: ImportOptions,
  progress?: Progress,
): Promise<ImportSummary> {
  const started = Date.now();
  const { summary, batch } = await prepareImport(files, label, options, async () => (db ? readExistingPlaces(db) : null), progress);
  if (options.dryRun || !db) return summary;
  progress?.('write', 0, 1);
  const writeStarted = Date.now();
  summary.write = await writeBatch(db, batch, { replace: options.replace });
  progress?.('write', 1, 1);
  summary.timings.writeMs = Date.now() - writeStarted;
  summary.timings.totalMs = Date.now() - started;
  return summary;
}

/** Reads the Destatis directory for --gazetteer. */
export function loadGazetteer(file: string, now = new Date()): ImportGazetteer {
  const bytes = fs.readFileSync(file);
  const issues = new IssueList();
  const decoded = decodeText(bytes, issues);
  if (!decoded) throw new Error(`${file}: ${issues.items.map((i) => i.message).join('; ')}`);
  const hash = sha256([bytes]);
  const name = path.basename(file);
  return {
    gazetteer: Gazetteer.parse(decoded.text),
    source: {
      id: `gazetteer:${name}:${hash.slice(0, 12)}`,
      file: name,
      format: 'destatis-gemeindeverzeichnis',
      sha256: hash,
      licence: 'dl-de/by-2-0',
      attribution: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis; data modified',
      importedAt: now.toISOString(),
    },
  };
}
