/**
 * Random mutations of small valid files (fast-check from fixed seeds, printed; FUZZ_SEED sets another): the
 * import never crashes with anything but a bad-request rejection, a summary it returns always
 * reconciles, and it never writes part of a file: a replacing import into a database that holds
 * data (the seeds, the Wikipedia sample merged in) leaves either exactly the file's places, ties,
 * memberships and source, nothing else, or exactly what the database held before (every
 * attribute, the dataset version included).
 */
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { writeBatch } from '../../server/db/graph-writer.ts';
import type { ImportBatch } from '../../server/domain/model.ts';
import { AppError } from '../../server/errors.ts';
import type { ImportSummary } from '../../server/import/report.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { runImport, type ImportOptions } from '../../server/services/import.service.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { graphSnapshot, type GraphSnapshot } from '../integration/write-atomicity.ts';
import { dryRun, fixture } from './helpers.ts';

const FILES = ['wikipedia-small.csv', 'jumelage-combined.csv', 'networkx-1.2draft.gexf', 'networkx.graphml', 'wikidata-sparql.json'];

/** Fixed seeds, printed; FUZZ_SEED=<integer> explores other inputs (as in test/api/fuzz.test.ts). */
function seed(fixed: number): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return fixed;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(raw)}`);
  return n;
}
const DRY_RUN_SEED = seed(42);
const WRITE_SEED = seed(7);

/** A mutation: delete, insert or replace a slice of the text. */
const mutation = fc.record({
  file: fc.constantFrom(...FILES),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 12 }),
  insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', ',', '\n', '<', '>', '&', '\u0000', ';', '{', 'é', '\r\n')),
});

function apply(m: { file: string; at: number; length: number; insert: string }): Buffer {
  const text = fixture(m.file).toString('utf8');
  const i = Math.floor(m.at * text.length);
  return Buffer.from(text.slice(0, i) + m.insert + text.slice(i + m.length), 'utf8');
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** The counts of a summary reconcile (docs/importing.md, "The summary"). */
function reconciles(s: ImportSummary): boolean {
  const dropped = Object.values(s.dropped).reduce((a, b) => a + b, 0);
  return s.rows === s.partnerships + s.merged.partnerships + dropped && s.places === s.nodes + s.merged.places;
}

/** What an attempt came to, in words; anything but the two accepted answers is a failure of the property. */
function verdict(outcome: Settled<ImportSummary>): string {
  if (outcome.ok)
    return reconciles(outcome.value) ? 'accepted' : `accepted, but the summary does not reconcile: ${JSON.stringify(outcome.value)}`;
  const err = outcome.error;
  if (err instanceof AppError && err.kind === 'bad-request' && (err.details.errors?.length ?? 0) > 0) return 'rejected';
  return `failed otherwise: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
}

/** Which places, ties, memberships and sources a graph holds (ids only, ties in either direction as one). */
function outline(g: { places: string[]; ties: string[]; memberships: string[]; sources: string[] }) {
  const sorted = (xs: string[]) => [...xs].sort();
  return { places: sorted(g.places), ties: sorted(g.ties), memberships: sorted(g.memberships), sources: sorted(g.sources) };
}
const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const outlineOfGraph = (s: GraphSnapshot) =>
  outline({
    places: s.municipalities.map((r) => String(r.id)),
    ties: s.partnerships.map((r) => pair(String(r.source), String(r.target))),
    memberships: s.memberships.map((r) => `${String(r.network)} ${String(r.member)}`),
    sources: s.sources.map((r) => String(r.id)),
  });
const outlineOfBatch = (b: ImportBatch) =>
  outline({
    places: b.places.map((p) => p.id),
    ties: b.partnerships.map((p) => pair(p.a, p.b)),
    memberships: b.networks.flatMap((n) => n.members.map((m) => `${n.id} ${m.id}`)),
    sources: (b.datasets ?? []).map((d) => d.id),
  });

describe('mutated files', () => {
  it('never crash the parser, and a summary always reconciles (dry run)', async () => {
    console.info(`[property] dry run: fast-check seed ${DRY_RUN_SEED} (FUZZ_SEED=${DRY_RUN_SEED} replays these runs)`);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const outcome = await settle(dryRun(apply(m)).then((p) => p.summary));
        expect(['accepted', 'rejected']).toContain(verdict(outcome));
      }),
      { numRuns: 300, seed: DRY_RUN_SEED },
    );
  });

  describe('against the real Neo4j, holding data', () => {
    const REPLACE: ImportOptions = { format: 'auto', strict: false, dryRun: false, replace: true, allMunicipalities: false };
    const seeds = readSeedBatch(path.resolve('seeds'));
    let db: Database;
    beforeAll(async () => {
      db = await seededTestDb();
    });
    afterAll(async () => {
      await db.close();
    });

    /** Every attempt starts from the same non-empty graph: the seeds with the Wikipedia sample merged in (a Source node too). */
    async function holdSeedsAndSample(): Promise<GraphSnapshot> {
      // an empty replacing write removes the graph and every Source node (clearGraph keeps the Sources)
      await writeBatch(db, { places: [], partnerships: [], networks: [] }, { replace: true });
      await writeBatch(db, seeds);
      await runImport(db, [{ name: 'small.csv', bytes: fixture('wikipedia-small.csv') }], 'small.csv', { ...REPLACE, replace: false });
      return graphSnapshot(db);
    }

    it('never write part of a file: the graph is the whole file, or exactly what it was', async () => {
      const start = await holdSeedsAndSample();
      expect(start.municipalities.length).toBeGreaterThan(500);
      expect(start.sources).toHaveLength(1);
      console.info(
        `[property] replacing imports into the seeds: fast-check seed ${WRITE_SEED} (FUZZ_SEED=${WRITE_SEED} replays these runs)`,
      );
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const before = await holdSeedsAndSample();
          const bytes = apply(m);
          const planned = await settle(dryRun(bytes, { replace: true }, 'm'));
          const outcome = await settle(runImport(db, [{ name: 'm', bytes }], 'm', REPLACE));
          const after = await graphSnapshot(db);

          expect(verdict(outcome)).toMatch(/^(accepted|rejected)$/);
          // the write accepts what the dry run accepted, and nothing else
          expect(outcome.ok).toBe(planned.ok);
          // accepted: the graph is the file's, whole, and nothing else; rejected: exactly what it held
          const [actual, expected] =
            planned.ok && outcome.ok ? [outlineOfGraph(after), outlineOfBatch(planned.value.batch)] : [after, before];
          expect(actual).toEqual(expected);
        }),
        { numRuns: 25, seed: WRITE_SEED },
      );
    }, 300_000);
  });
});
