import { describe, expect, it } from 'vitest';
import { mentionPlaces, resolveReferences } from '../../../server/import/resolve/references.ts';
import { IssueList } from '../../../server/import/types.ts';
import { place, rawPlace } from './helpers.ts';

const REFS = [
  { id: 'de-05315000', line: 2, column: 'a' },
  { id: 'fr-nowhere', line: 3, column: 'b' },
];
const koeln = place('de-05315000', 'Köln', { touched: false, existing: true });
const byId = new Map([[koeln.id, koeln]]);

describe('references: ids a file names without describing them', () => {
  it('are the places of that id; an unknown one is an error when the database was read', () => {
    const issues = new IssueList();
    const found = resolveReferences(REFS, byId, { replace: false, database: true }, issues);
    expect([...found]).toEqual([['de-05315000', koeln]]);
    expect(issues.items.map((i) => [i.severity, i.code, i.line, i.column])).toEqual([['error', 'unknown-reference', 3, 'b']]);
    expect(issues.items[0]!.message).toMatch(/neither in the file nor in the database/);
  });

  it('must be described in the file of a replacing import', () => {
    const issues = new IssueList();
    resolveReferences(REFS, byId, { replace: true, database: false }, issues);
    expect(issues.items.map((i) => [i.severity, i.code])).toEqual([['error', 'unknown-reference']]);
    expect(issues.items[0]!.message).toMatch(/a replacing import must describe every place it names/);
  });

  it('are only warned about when there is no database to check them against', () => {
    const issues = new IssueList();
    resolveReferences(REFS, byId, { replace: false, database: false }, issues);
    expect(issues.items.map((i) => [i.severity, i.code])).toEqual([['warning', 'unchecked-reference']]);
  });

  it("give each mention its place: a description's, or a known reference's", () => {
    const paris = place('fr-paris', 'Paris');
    const mentions = [rawPlace('Paris'), rawPlace('', { fileId: 'de-05315000' }), rawPlace('', { fileId: 'fr-nowhere' })];
    const placeOf = mentionPlaces(mentions, [0, -1, -1], [paris], new Map([[koeln.id, koeln]]));
    expect([placeOf(0), placeOf(1), placeOf(2)]).toEqual([paris, koeln, null]);
  });
});
