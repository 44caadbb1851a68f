/**
 * POST /api/analyses/write: the full analysis of the whole dataset (no filters: the places hold
 * one set of results) written onto the places in Neo4j under the names of contract/node-metrics.ts,
 * and an (:Analysis) node with the version and the options. Writing again replaces both.
 */
import { z } from 'zod';
import { AnalysisShape } from './query.ts';

/** The options as a JSON body, each with the analyses' default; no body at all takes them all. */
export const AnalysisWriteBody = z.strictObject(AnalysisShape).default({ resolution: 1, seed: 0, betweenness: 'exact', k: 500 });
export type AnalysisWriteBodyValue = z.output<typeof AnalysisWriteBody>;

export const AnalysisWrittenSchema = z.object({
  datasetVersion: z.number().int().describe('The dataset version analysed (and still current when written)'),
  written: z.number().int().describe('Places that received results: the places with a partnership'),
  cleared: z.number().int().describe('Places that held results of an earlier write, removed first'),
  properties: z.array(z.string()).describe('The property names written (contract/node-metrics.ts)'),
  options: z.object({
    resolution: z.number(),
    seed: z.number().int(),
    betweenness: z.enum(['exact', 'sampled']),
    k: z.number().int(),
  }),
  writtenAt: z.string().describe('ISO time of the write, also on the (:Analysis) node'),
});
export type AnalysisWritten = z.infer<typeof AnalysisWrittenSchema>;
