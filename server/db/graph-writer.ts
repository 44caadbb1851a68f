/**
 * Writes an ImportBatch into Neo4j in ONE transaction (batched UNWIND statements): a failure at
 * any row rolls everything back, so the database holds exactly what it held before. The derived
 * classifications (`germany`, `bloc`) are computed here, so every writer stores them alike.
 * The dataset version is bumped once, and only when something changed.
 */
import type { WriteSummary } from '../../contract/api/imports.ts';
import { blocOf, germanySide } from '../domain/classify.ts';
import type { ImportBatch, PartnershipRecord, PlaceRecord } from '../domain/model.ts';
import { AppError } from '../errors.ts';
import type { Database, Tx } from './database.ts';

export const DATASET_KEY = 'current';
const BATCH = 2000;

export type { WriteSummary };

type Counts = WriteSummary['municipalities'];

function withoutNulls(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

function placeRow(p: PlaceRecord) {
  const { id, sources, ...rest } = p;
  return { id, sources, props: withoutNulls({ ...rest, germany: germanySide(p), bloc: blocOf(p) }) };
}

/** The canonical direction: the smaller id first, so that each pair has one relationship. */
function partnershipRow(p: PartnershipRecord) {
  const [a, b] = p.a < p.b ? [p.a, p.b] : [p.b, p.a];
  return { a, b, sources: p.sources, props: withoutNulls({ type: p.type, since: p.since, until: p.until }) };
}

async function runBatched(tx: Tx, name: Parameters<Tx['run']>[0], rows: unknown[]): Promise<Counts> {
  const total: Counts = { rows: 0, changed: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const [r] = await tx.run<Counts>(name, { rows: rows.slice(i, i + BATCH) });
    total.rows += r?.rows ?? 0;
    total.changed += r?.changed ?? 0;
  }
  return total;
}

export interface WriteOptions {
  /** Delete the whole graph first, in the same transaction. */
  replace?: boolean;
  /**
   * The default dataset the graph holds after this write (its fingerprint), recorded on the
   * Dataset node in the same transaction; a replacing write without it records that the graph
   * holds other data (null).
   */
  defaultDataset?: string;
}

export async function writeBatch(db: Database, batch: ImportBatch, options: WriteOptions = {}): Promise<WriteSummary> {
  const replace = options.replace ?? false;
  return db.writeTransaction(async (tx) => {
    let deleted = 0;
    if (replace) deleted = (await tx.run<{ deleted: number }>('write/delete-graph'))[0]?.deleted ?? 0;
    const municipalities = await runBatched(tx, 'write/upsert-municipalities', batch.places.map(placeRow));
    const partnershipRows = batch.partnerships.map(partnershipRow);
    const partnerships = await runBatched(tx, 'write/upsert-partnerships', partnershipRows);
    if (partnerships.rows !== partnershipRows.length) {
      throw new AppError(
        'bad-request',
        `${partnershipRows.length - partnerships.rows} partnerships name a municipality that does not exist`,
      );
    }
    const networks = await runBatched(
      tx,
      'write/upsert-networks',
      batch.networks.map((n) => ({ id: n.id, name: n.name, sources: n.sources })),
    );
    const membershipRows = batch.networks.flatMap((n) =>
      n.members.map((m) => ({ network: n.id, member: m.id, sources: m.sources, props: {} })),
    );
    const memberships = await runBatched(tx, 'write/upsert-memberships', membershipRows);
    if (memberships.rows !== membershipRows.length) {
      throw new AppError(
        'bad-request',
        `${membershipRows.length - memberships.rows} network memberships name a municipality that does not exist`,
      );
    }
    if (replace) await tx.run<{ deleted: number }>('write/delete-sources');
    if (batch.datasets?.length) {
      await runBatched(
        tx,
        'write/upsert-sources',
        batch.datasets.map(({ id, ...props }) => ({ id, props: withoutNulls(props) })),
      );
    }
    if (options.defaultDataset !== undefined || replace) {
      await tx.run('write/set-default-dataset', { key: DATASET_KEY, fingerprint: options.defaultDataset ?? null });
    }
    const changed = deleted > 0 || [municipalities, partnerships, networks, memberships].some((c) => c.changed > 0);
    const [dataset] = changed
      ? await tx.run<{ version: number }>('write/bump-dataset-version', { key: DATASET_KEY })
      : await tx.run<{ version: number }>('read/get-dataset', { key: DATASET_KEY });
    return { municipalities, partnerships, networks, memberships, replaced: replace, version: dataset?.version ?? 0 };
  });
}
