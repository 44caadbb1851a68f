/**
 * Phase 5, networks (docs/importing.md, "Cleaning", step 8): each multilateral network with the
 * places its members resolved to; a member whose place is unknown (an unknown reference) is left out.
 */
import type { NetworkRecord } from '../../domain/model.ts';
import type { RawNetwork } from '../types.ts';
import type { PlaceOfMention } from './types.ts';

export function resolveNetworks(networks: readonly RawNetwork[], placeOf: PlaceOfMention, sourceId: string): NetworkRecord[] {
  return networks.map((n) => ({
    id: n.id,
    name: n.name,
    sources: [sourceId, ...n.sources],
    members: n.members.flatMap((m) => {
      const p = placeOf(m.place);
      return p ? [{ id: p.id, sources: [sourceId, ...m.sources] }] : [];
    }),
  }));
}
