/**
 * Which side of an east-west divide a place is on, from the two attributes every place carries
 * (`germany`: east | west | berlin, `bloc`: east | west | other; derived when written,
 * server/domain/classify.ts). The one rule every count of cross ties uses.
 */
import type { Divide, Side } from './vocabularies.ts';

/** The attributes the rule reads; any other attributes may be present. */
export interface Sided {
  germany?: unknown;
  bloc?: unknown;
}

/** The side of `place` on `divide`; null: on neither (Berlin as a whole, neutral states, abroad). */
export function sideOf(place: Sided, divide: Divide): Side | null {
  const value = divide === 'germany' ? place.germany : place.bloc;
  return value === 'east' || value === 'west' ? value : null;
}

/** True when one end is east and the other west of `divide`. */
export function isCross(a: Sided, b: Sided, divide: Divide): boolean {
  const sa = sideOf(a, divide);
  const sb = sideOf(b, divide);
  return sa !== null && sb !== null && sa !== sb;
}
