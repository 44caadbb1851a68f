/**
 * The partnership types' names in German, as the client and the German report write them: one
 * list, spread into each catalogue as its `type.<type>` entries. A module without zod, so that the
 * client can import it.
 */
import { PARTNERSHIP_TYPES, type PartnershipType } from './vocabularies.ts';

export const GERMAN_TYPE_NAMES: Readonly<Record<PartnershipType, string>> = {
  partnership: 'Partnerschaft',
  friendship: 'Freundschaft',
  contact: 'Kontakt',
  development: 'Entwicklungspartnerschaft',
  climate: 'Klimapartnerschaft',
  sponsorship: 'Patenschaft',
};

/** A catalogue's entries `type.<type>` for these names. */
export function typeMessages(names: Readonly<Record<PartnershipType, string>>): { [K in PartnershipType as `type.${K}`]: string } {
  return Object.fromEntries(PARTNERSHIP_TYPES.map((t) => [`type.${t}`, names[t]])) as { [K in PartnershipType as `type.${K}`]: string };
}
