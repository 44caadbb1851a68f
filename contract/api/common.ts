/** Pieces many answers share: what a view left out, a job, the 202 answer, the problem document. */
import { z } from 'zod';

export const LeftOutSchema = z
  .object({
    partnerships: z.object({ type: z.number(), undated: z.number(), outOfRange: z.number(), ended: z.number(), place: z.number() }),
    municipalities: z.object({ withoutPartnership: z.number(), belowMinDegree: z.number() }),
  })
  .describe('What the filters left out, and why');

export const JobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ fraction: z.number(), stage: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().optional(),
});
export type JobBody = z.infer<typeof JobSchema>;

/** 202 Accepted: the analysis runs; poll `Location` (the job), then repeat the request. */
export const AcceptedSchema = z.object({ job: JobSchema, detail: z.string() });
export type Accepted = z.infer<typeof AcceptedSchema>;

/** RFC 9457 problem details, the body of every error. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** A place named in an answer. */
export const PlaceRefSchema = z.object({ id: z.string(), name: z.string(), country: z.string().nullable() });

/** A partnership named in an answer by its two ends. */
export const TieRefSchema = z.object({ a: z.string(), aName: z.string(), b: z.string(), bName: z.string() });
