/**
 * The charts' colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), eight
 * colours that stay distinct under the common colour-vision deficiencies, as the client's map and
 * the report's figures use them; one colour per partnership type for stacked bars.
 */
import type { PartnershipType } from '../contract/vocabularies.ts';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** A series' line and points. */
export const SERIES = OKABE_ITO.blue;
/** The marked year and the median: vermillion, apart from the blue of the data. */
export const MARK = OKABE_ITO.vermillion;
export const GRID = '#E6E6E6';
export const AXIS = '#555555';
export const MUTED = '#B4B4B4';

export const TYPE_COLOURS: Record<PartnershipType, string> = {
  partnership: OKABE_ITO.blue,
  friendship: OKABE_ITO.skyBlue,
  contact: OKABE_ITO.yellow,
  development: OKABE_ITO.orange,
  climate: OKABE_ITO.green,
  sponsorship: OKABE_ITO.purple,
};
