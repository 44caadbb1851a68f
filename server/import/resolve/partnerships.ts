/**
 * Phase 4, partnerships (docs/importing.md, "Cleaning", step 7): each tie between two resolved
 * places; a tie whose two ends are one place is dropped (`self-loop`, reported with its line), one
 * with an unknown reference dropped silently (the reference is reported); duplicate pairs, in
 * either order, merge into the first (earliest `since`, the first known `until`, sources joined).
 */
import type { PartnershipType } from '../../../contract/vocabularies.ts';
import type { PartnershipRecord } from '../../domain/model.ts';
import type { IssueList, ParsedFile } from '../types.ts';
import { bump } from './counts.ts';
import type { PlaceOfMention } from './types.ts';

export interface MergedPartnerships {
  partnerships: PartnershipRecord[];
  /** Ties merged into an earlier one of the same pair; of those, the ones naming the pair in the other order. */
  merged: number;
  reversed: number;
  /** The parser's dropped rows with this phase's added. */
  dropped: Record<string, number>;
}

export function mergePartnerships(
  parsed: Pick<ParsedFile, 'ties' | 'places' | 'dropped'>,
  placeOf: PlaceOfMention,
  sourceId: string,
  issues: IssueList,
): MergedPartnerships {
  const dropped: Record<string, number> = { ...parsed.dropped };
  const pairs = new Map<string, { record: PartnershipRecord; a: string }>();
  let merged = 0;
  let reversed = 0;
  for (const t of parsed.ties) {
    const a = placeOf(t.a);
    const b = placeOf(t.b);
    if (!a || !b) {
      bump(dropped, 'unknown-reference');
      continue;
    }
    if (a === b) {
      bump(dropped, 'self-loop');
      const ra = parsed.places[t.a]!;
      const rb = parsed.places[t.b]!;
      issues.warn('self-loop', t.line, null, `${ra.name} and ${rb.name} are the same place (${a.id}); the row is dropped`);
      continue;
    }
    const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
    const first = pairs.get(key);
    if (first) {
      merged++;
      if (first.a !== a.id) reversed++;
      const r = first.record;
      if (t.since !== null && (r.since === null || t.since < r.since)) r.since = t.since;
      r.until ??= t.until;
      for (const s of t.sources) if (!r.sources.includes(s)) r.sources.push(s);
      continue;
    }
    pairs.set(key, {
      a: a.id,
      record: { a: a.id, b: b.id, type: t.type as PartnershipType, since: t.since, until: t.until, sources: [sourceId, ...t.sources] },
    });
  }
  return { partnerships: [...pairs.values()].map((v) => v.record), merged, reversed, dropped };
}
