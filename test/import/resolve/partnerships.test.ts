import { describe, expect, it } from 'vitest';
import { mergePartnerships } from '../../../server/import/resolve/partnerships.ts';
import type { Place } from '../../../server/import/resolve/types.ts';
import { IssueList, type RawTie } from '../../../server/import/types.ts';
import { place, rawPlace } from './helpers.ts';

const koeln = place('de-koeln', 'Köln');
const lille = place('fr-lille', 'Lille');
const byMention: (Place | null)[] = [koeln, lille, koeln, null];
const mentions = [rawPlace('Köln'), rawPlace('Lille'), rawPlace('Cologne'), rawPlace('')];
const tie = (a: number, b: number, fields: Partial<RawTie> = {}): RawTie => ({
  line: null,
  a,
  b,
  type: 'partnership',
  since: null,
  until: null,
  sources: [],
  ...fields,
});

describe('partnerships', () => {
  it('merge the ties of one pair, in either order: earliest since, first until, sources joined', () => {
    const issues = new IssueList();
    const r = mergePartnerships(
      {
        places: mentions,
        dropped: {},
        ties: [
          tie(0, 1, { since: 1980, sources: ['s1'] }),
          tie(1, 2, { since: 1958, until: 2001, sources: ['s2'] }),
          tie(0, 1, { since: 1990, until: 2010, sources: ['s1', 's3'] }),
        ],
      },
      (m) => byMention[m]!,
      'file',
      issues,
    );
    expect(r.partnerships).toEqual([
      { a: 'de-koeln', b: 'fr-lille', type: 'partnership', since: 1958, until: 2001, sources: ['file', 's1', 's2', 's3'] },
    ]);
    expect([r.merged, r.reversed]).toEqual([2, 1]);
    expect(issues.items).toEqual([]);
  });

  it("drop a tie of a place with itself (reported on its line) or with an unknown reference, after the parser's drops", () => {
    const issues = new IssueList();
    const parserDropped = { 'empty-name': 2 };
    const r = mergePartnerships(
      { places: mentions, dropped: parserDropped, ties: [tie(0, 2, { line: 9 }), tie(0, 3), tie(1, 0)] },
      (m) => byMention[m]!,
      'file',
      issues,
    );
    expect(r.partnerships.map((p) => [p.a, p.b])).toEqual([['fr-lille', 'de-koeln']]);
    expect(r.dropped).toEqual({ 'empty-name': 2, 'self-loop': 1, 'unknown-reference': 1 });
    expect(parserDropped).toEqual({ 'empty-name': 2 });
    expect(issues.items.map((i) => [i.code, i.line, i.message])).toEqual([
      ['self-loop', 9, 'Köln and Cologne are the same place (de-koeln); the row is dropped'],
    ]);
  });
});
