/** Small helpers of the plain-SVG charts: "nice" tick steps (1, 2, 5 × 10^k) and coordinates. */
export function niceStep(max: number, ticks = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
}

export function niceMax(max: number, ticks = 5): { max: number; step: number } {
  const step = niceStep(max, ticks);
  return { max: Math.max(step, Math.ceil(max / step) * step), step };
}

export const r1 = (v: number) => Math.round(v * 10) / 10;
