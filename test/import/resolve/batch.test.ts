import { describe, expect, it } from 'vitest';
import { datasetsOf, fileIdsOf, placeRecords, placesInPlay } from '../../../server/import/resolve/batch.ts';
import { directory, place, source } from './helpers.ts';

describe('the batch', () => {
  it('holds each touched place once, in file order, then the untouched places references name', () => {
    const a = place('a', 'A');
    const b = place('b', 'B');
    const ref = place('r', 'R', { touched: false, existing: true });
    expect(
      placesInPlay(
        [a, b, a],
        new Map([
          ['a', a],
          ['r', ref],
        ]),
      ),
    ).toEqual([a, b, ref]);
  });

  it('writes touched places only, a municipality unless said otherwise, a side only where decided', () => {
    const records = placeRecords([
      place('a', 'A', { sources: new Set(['file', 'destatis']), germany: 'east' }),
      place('b', 'B', { kind: 'district' }),
      place('r', 'R', { touched: false }),
    ]);
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(records[0]).toMatchObject({ kind: 'municipality', sources: ['file', 'destatis'], germany: 'east' });
    expect(records[1]).toMatchObject({ kind: 'district' });
    expect('germany' in records[1]!).toBe(false);
  });

  it('cites the directory only when a place cites it or it added places', () => {
    const file = source('file');
    const gz = directory();
    const record = (sources: string[]) => ({ ...placeRecords([place('a', 'A')])[0]!, sources });
    expect(datasetsOf(file, gz, [record(['file'])], [])).toEqual([file]);
    expect(datasetsOf(file, gz, [record(['file', 'destatis'])], [])).toEqual([file, gz.source]);
    expect(datasetsOf(file, gz, [], [record(['destatis'])])).toEqual([file, gz.source]);
    expect(datasetsOf(file, null, [record(['file'])], [])).toEqual([file]);
  });

  it("keeps the file's own ids of touched places that have any", () => {
    const ids = fileIdsOf([
      place('a', 'A', { fileIds: new Set(['n1', 'n2']) }),
      place('b', 'B'),
      place('c', 'C', { fileIds: new Set(['n3']), touched: false }),
    ]);
    expect([...ids]).toEqual([['a', ['n1', 'n2']]]);
  });
});
