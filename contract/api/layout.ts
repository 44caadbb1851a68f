/**
 * GET /api/layout/force: the force layout of the graph of GET /api/graph (every place, every
 * partnership), computed once per dataset version on the server (ForceAtlas2 from the places' map
 * positions, stopped by the rule of contract/force-layout.ts).
 */
import { z } from 'zod';

/** Decimal places of a coordinate: the layout spans a few hundred units, so 0.01 is far below a pixel. */
export const LAYOUT_DECIMALS = 2;

export const ForceLayoutSchema = z.object({
  version: z.number().int().describe('The dataset version the positions are of (the graph’s `datasetVersion`)'),
  rounds: z.number().int().describe('ForceAtlas2 rounds run'),
  settled: z.boolean().describe('true: stopped because the drawing settled; false: stopped at the maximum of rounds'),
  positions: z
    .record(z.string(), z.tuple([z.number(), z.number()]))
    .describe(`x and y of every place by id, rounded to ${LAYOUT_DECIMALS} decimals`),
});
export type ForceLayoutAnswer = z.infer<typeof ForceLayoutSchema>;
