/**
 * Random mutations of small valid files (fast-check): the import never crashes with anything but
 * a bad-request rejection, and never writes part of a file: after each attempt the database
 * holds either the whole file or exactly what it held before.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { AppError } from '../../server/errors.ts';
import { runImport } from '../../server/services/import.service.ts';
import { clearGraph, connectTestDb, countGraph } from '../helpers/neo4j.ts';
import { dryRun, fixture } from './helpers.ts';

const FILES = ['wikipedia-small.csv', 'jumelage-combined.csv', 'networkx-1.2draft.gexf', 'networkx.graphml', 'wikidata-sparql.json'];

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

describe('mutated files', () => {
  it('never crash the parser (dry run)', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        try {
          const { summary } = await dryRun(apply(m));
          expect(summary.rows).toBeGreaterThanOrEqual(0);
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).kind).toBe('bad-request');
          expect((err as AppError).details.errors?.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  describe('against the real Neo4j', () => {
    let db: Database;
    beforeAll(async () => {
      db = connectTestDb();
      await db.applySchema();
    });
    afterAll(async () => {
      await db.close();
    });

    it('never write part of a file', async () => {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await clearGraph(db);
          const bytes = apply(m);
          let expected: { municipalities: number; partnerships: number } | null = null;
          try {
            const s = await runImport(db, [{ name: 'm', bytes }], 'm', { format: 'auto', strict: false, dryRun: false, replace: true, allMunicipalities: false });
            expected = { municipalities: s.nodes, partnerships: s.partnerships };
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
          }
          const counts = await countGraph(db);
          expect({ municipalities: counts.municipalities, partnerships: counts.partnerships }).toEqual(expected ?? { municipalities: 0, partnerships: 0 });
        }),
        { numRuns: 25, seed: 7 },
      );
    });
  });
});
