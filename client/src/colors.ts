/** Colours by East/West inside Germany, from the Okabe–Ito colour-blind-safe palette. */
export const SIDE_COLORS: Record<string, { color: string; label: string }> = {
  west: { color: '#0072B2', label: 'West Germany (old Länder)' },
  east: { color: '#D55E00', label: 'East Germany (former GDR)' },
  berlin: { color: '#CC79A7', label: 'Berlin' },
  abroad: { color: '#999999', label: 'Outside Germany' },
};

export function sideOf(attr: Record<string, unknown>): keyof typeof SIDE_COLORS {
  const side = attr.germany;
  return side === 'east' || side === 'west' || side === 'berlin' ? side : 'abroad';
}
