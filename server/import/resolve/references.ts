/**
 * Phase 3, references: the Jumelage ids a file names without describing them (a partnerships-only
 * file) are places of this import or of the database. An id found nowhere is an error, except in
 * a dry run without a database, where it cannot be checked and is reported as unchecked.
 */
import type { IssueList, ParsedFile } from '../types.ts';
import type { Place, PlaceOfMention } from './types.ts';

export interface ReferenceContext {
  /** The graph is replaced: every id must be described in the file itself. */
  replace: boolean;
  /** The database's places were read (the id is known to be missing, not merely unchecked). */
  database: boolean;
}

/** The place of each referenced id that is known, by id; reports each one that is not. */
export function resolveReferences(
  references: ParsedFile['references'],
  byId: ReadonlyMap<string, Place>,
  context: ReferenceContext,
  issues: IssueList,
): Map<string, Place> {
  const refPlace = new Map<string, Place>();
  for (const r of references) {
    const p = byId.get(r.id);
    if (p) refPlace.set(r.id, p);
    else if (context.replace)
      issues.error(
        'unknown-reference',
        r.line,
        r.column,
        `unknown municipality id ${r.id}: a replacing import must describe every place it names`,
      );
    else if (context.database)
      issues.error('unknown-reference', r.line, r.column, `unknown municipality id ${r.id} (neither in the file nor in the database)`);
    else
      issues.warn(
        'unchecked-reference',
        r.line,
        r.column,
        `municipality id ${r.id} is not in the file; not checked against the database (no database in a dry run)`,
      );
  }
  return refPlace;
}

/** A mention's place: its description's, or (a reference) the referenced place when it is known. */
export function mentionPlaces(
  mentions: ParsedFile['places'],
  mentionDesc: readonly number[],
  descPlace: readonly Place[],
  refPlace: ReadonlyMap<string, Place>,
): PlaceOfMention {
  return (mention) => {
    const d = mentionDesc[mention]!;
    if (d >= 0) return descPlace[d]!;
    return refPlace.get(mentions[mention]!.fileId!) ?? null;
  };
}
