/** The answer of GET /api/layout/force: the running job, or the positions rounded for the wire. */
import { LAYOUT_DECIMALS, type ForceLayoutAnswer } from '../../../contract/api/layout.ts';
import type { LayoutService, VersionedLayout } from '../layout.service.ts';
import type { Answer } from './answer.ts';

const SCALE = 10 ** LAYOUT_DECIMALS;

export function forceLayoutBody(layout: VersionedLayout): ForceLayoutAnswer {
  const positions: ForceLayoutAnswer['positions'] = {};
  layout.nodes.forEach((id, i) => {
    positions[id] = [Math.round(layout.xy[2 * i]! * SCALE) / SCALE, Math.round(layout.xy[2 * i + 1]! * SCALE) / SCALE];
  });
  return { version: layout.version, rounds: layout.rounds, settled: layout.settled, positions };
}

export async function forceLayout(layouts: LayoutService): Promise<Answer<ForceLayoutAnswer>> {
  const outcome = await layouts.force();
  if (outcome.state === 'running') return outcome;
  const layout = outcome.value;
  return { state: 'done', version: layout.version, build: () => ({ body: forceLayoutBody(layout) }) };
}
