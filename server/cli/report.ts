/**
 * `npm run report -- --format html|pdf --out <file> [--lang en|de] [--region DE-SN|14626] [filters] [analysis options]`
 *
 * Writes the report of the current dataset, in English (the default) or German, (the one the service serves: this attaches to the
 * running embedded Neo4j, or starts it, or uses NEO4J_URI) with the same code and numbers as
 * GET /api/report. Filters as the API's, in kebab or camel case: --types partnership,friendship
 * --from 1950 --to 1990 --include-undated --countries DE,FR --blocs east,west --min-degree 2;
 * options: --resolution 1 --seed 0 --betweenness exact|sampled --k 500. Progress on stderr.
 * Exit code 0 on success, 1 when the report could not be made, 2 for a bad command line.
 */
import { LANGUAGES } from '../../contract/languages.ts';
import { REPORT_FORMATS } from '../../contract/vocabularies.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ReportShape } from '../../contract/api/files.ts';
import { analysisQuery, filtersOf } from '../../contract/api/query.ts';
import { ReportService, type ReportFile } from '../services/report.service.ts';
import { withDatabase } from './parts/database-session.ts';

const USAGE = `usage: npm run report -- --format ${REPORT_FORMATS.join('|')} --out <file> [--lang ${LANGUAGES.join('|')}] [--region DE-SN|14626] [--types t1,t2] [--from YEAR] [--to YEAR] [--include-undated] [--countries DE,FR] [--blocs east,west,other] [--min-degree N] [--resolution R] [--seed S] [--betweenness exact|sampled] [--k K]`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const STRINGS = [
  'format',
  'out',
  'lang',
  'region',
  'types',
  'from',
  'to',
  'countries',
  'blocs',
  'min-degree',
  'minDegree',
  'resolution',
  'seed',
  'betweenness',
  'k',
] as const;
let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      ...Object.fromEntries(STRINGS.map((s) => [s, { type: 'string' as const }])),
      'include-undated': { type: 'boolean' },
      includeUndated: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  parsed = parse();
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`, 2);
}
const opts = parsed.values as Record<string, string | boolean | undefined>;
if (opts.help) fail(USAGE, 0);

const CliSchema = analysisQuery({ ...ReportShape, format: z.enum(REPORT_FORMATS), out: z.string().min(1) });
const raw: Record<string, unknown> = {};
for (const [k, v] of Object.entries(opts)) {
  if (v === undefined || k === 'help') continue;
  const camel = k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  raw[camel] = typeof v === 'boolean' ? String(v) : v;
}
const args = CliSchema.safeParse(raw);
if (!args.success) fail(`${args.error.issues.map((i) => `--${i.path.join('.') || '?'}: ${i.message}`).join('\n')}\n${USAGE}`, 2);
const q = args.data;
const filters = filtersOf(q);

try {
  const file = await withDatabase(async ({ data, analysis, exports, jobs }) => {
    const reports = new ReportService(data, analysis, jobs, exports);
    const outcome = await reports.report(filters, q, { format: q.format, lang: q.lang, region: q.region ?? null }, 0);
    const job = outcome.state === 'running' ? outcome.job : null;
    let last = '';
    const timer = job
      ? setInterval(() => {
          const line = `${Math.round(job.progress.fraction * 100)}% ${job.progress.stage}`;
          if (line !== last && process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(60)}`);
          last = line;
        }, 300)
      : null;
    try {
      return outcome.state === 'done' ? outcome.value : ((await job!.promise) as ReportFile);
    } finally {
      if (timer) clearInterval(timer);
      if (process.stderr.isTTY && job) process.stderr.write('\n');
    }
  });
  fs.mkdirSync(path.dirname(path.resolve(q.out)), { recursive: true });
  fs.writeFileSync(q.out, typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  process.stderr.write(`wrote ${q.out} (${q.format}, ${q.lang}, ${fs.statSync(q.out).size} bytes, dataset version ${file.version})\n`);
  process.exitCode = 0;
} catch (err) {
  process.stderr.write(`report failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
