/**
 * The selected town's recommended partners as the map draws them (draw.ts marks and names them,
 * focus.ts draws a dashed line to each): the ones the town panel lists (town-sections.ts), for the
 * current filters, that are in view.
 */
import type { AppContext } from '../context.ts';
import { RECOMMENDATIONS_SHOWN } from './town-sections.ts';

export function recommendedPartners(ctx: AppContext): readonly string[] {
  const { selected } = ctx.store.get();
  const resource = ctx.analytics.recommendations;
  const data = resource.data;
  if (selected === null || !data || !resource.key?.startsWith(`${selected}|`)) return [];
  const view = ctx.view();
  return data
    .slice(0, RECOMMENDATIONS_SHOWN)
    .map((r) => r.id)
    .filter((id) => view.nodes.has(id));
}
