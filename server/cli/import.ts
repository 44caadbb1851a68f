/**
 * `npm run import -- <file|directory> [--format auto|jumelage|wikipedia|wikidata-json|wikidata-csv|gexf|graphml]
 *   [--gazetteer <destatis.csv>] [--all-municipalities] [--dry-run] [--json] [--strict] [--replace]
 *   [--licence <text>] [--attribution <text>] [--columns <field>=<column>,… [--types <value>=<type>,…] [--country-a <country>]]`
 * `npm run import -- --default [--replace] [--dry-run] [--json]`: the default dataset (seeds, the
 *   Wikipedia list, the Destatis directory; services/default-dataset.ts).
 * `npm run import -- --wikidata [--endpoint <url>] [--out <dir>]`: a refresh from Wikidata's P190
 *   statements (import/wikidata-query.ts), saved with its date, then imported.
 *
 * Imports a file into the graph (see docs/importing.md). A progress bar on a terminal (stderr),
 * then a summary; with --json the summary is one JSON object on stdout and logs go to stderr.
 * --dry-run needs no Neo4j and writes nothing. Exit code 0 on success; 1 with the errors (each
 * with its line) when the file is rejected; 2 for a bad command line (a bad --columns mapping too).
 * With --columns a CSV or XLSX file in its own layout is read (format table, import/table/); a dry
 * run prints how each column was read and the first rows.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { pino } from 'pino';
import { loadConfig, type Config } from '../config.ts';
import { handleCliStop } from '../stop-signals.ts';
import { openNeo4j, type OpenedNeo4j } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { FORMAT_NAMES, type Phase } from '../import/pipeline.ts';
import { parseTableOptions, type TableOptions } from '../import/table/mapping.ts';
import { formatSummary, formatTableReading } from '../import/report.ts';
import type { ImportFormat } from '../import/types.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportGazetteer } from '../import/pipeline.ts';
import { fetchP190, WIKIDATA_ENDPOINT } from '../import/wikidata-query.ts';
import { DESTATIS_DIRECTORY, importDefaultDataset } from '../services/default-dataset.ts';
import type { ImportFile } from '../services/import.service.ts';
import { readImportPath } from '../import/import-path.ts';
import { loadGazetteer, runImport } from '../services/import.service.ts';

const USAGE = `usage: npm run import -- <file|directory> [--format ${FORMAT_NAMES.join('|')}] [--gazetteer <file>] [--all-municipalities] [--dry-run] [--json] [--strict] [--replace] [--licence <text>] [--attribution <text>]
       npm run import -- <file.csv|file.xlsx> --columns <field>=<column>,… [--types <value>=<type>,…] [--country-a <country>] [options as above]
       npm run import -- --default [--replace] [--dry-run] [--json]
       npm run import -- --wikidata [--endpoint <sparql url>] [--out <dir>] [--gazetteer <file>] [--replace] [--dry-run] [--json]`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      gazetteer: { type: 'string' },
      'all-municipalities': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      licence: { type: 'string' },
      attribution: { type: 'string' },
      columns: { type: 'string' },
      types: { type: 'string' },
      'country-a': { type: 'string' },
      default: { type: 'boolean', default: false },
      wikidata: { type: 'boolean', default: false },
      endpoint: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`, 2);
}
const { values: opts, positionals } = args;
if (opts.help) fail(USAGE, 0);
if (opts.default && opts.wikidata) fail(`--default and --wikidata are two imports: run them one after the other\n${USAGE}`, 2);
if (positionals.length !== (opts.default || opts.wikidata ? 0 : 1)) fail(USAGE, 2);
if (!(FORMAT_NAMES as readonly string[]).includes(opts.format)) fail(`unknown format ${opts.format}\n${USAGE}`, 2);
if (opts['all-municipalities'] && !opts.gazetteer) fail('--all-municipalities needs --gazetteer', 2);
if ((opts.types || opts['country-a']) && !opts.columns) fail('--types and --country-a go with --columns', 2);
if (opts.format === 'table' && !opts.columns) fail('--format table needs --columns <field>=<column>,…', 2);
const table: TableOptions | null = opts.columns
  ? { columns: opts.columns, types: opts.types ?? null, countryA: opts['country-a'] ?? null }
  : null;
if (table) {
  const mapping = parseTableOptions(table);
  if (Array.isArray(mapping)) fail(mapping.map((e) => `--${e.field === 'countryA' ? 'country-a' : e.field}: ${e.message}`).join('\n'), 2);
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
const input = positionals[0] ?? '';
let neo4j: OpenedNeo4j | null = null;
let bar: cliProgress.SingleBar | null = null;
let phase: Phase | null = null;
const progress =
  process.stderr.isTTY && !opts.json
    ? (p: Phase, done: number, total: number) => {
        if (p !== phase) {
          bar?.stop();
          phase = p;
          bar = new cliProgress.SingleBar(
            { format: `${p.padEnd(7)} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done);
        } else bar?.update(done);
      }
    : undefined;

/** Says which database the import writes to, so that nobody imports into a server the app does not use. */
function describeTarget(config: Config, opened: OpenedNeo4j): string {
  if (config.neo4j.mode === 'external') return `Writing to the Neo4j at ${opened.uri} (database ${config.neo4j.database}; NEO4J_URI)`;
  const status = opened.localNeo4j?.status();
  const how =
    status?.role === 'attached'
      ? "the project's running server (attached; the app uses it)"
      : "the project's own server, which this import stops when it ends (no app was running on it)";
  return `Writing to ${how}: ${opened.uri}, data folder ${config.neo4j.dataDir} (NEO4J_DATA_DIR)`;
}

let opening: Promise<OpenedNeo4j | null> = Promise.resolve(null);
// Ctrl-C or SIGTERM: the transaction under way rolls back, a Neo4j this command started is stopped
const stopped = handleCliStop(() => opening);

async function openTarget(): Promise<OpenedNeo4j> {
  const config = loadConfig();
  const opened = await (opening = openNeo4j(config, logger, stopped));
  process.stderr.write(`${describeTarget(config, opened)}\n`);
  await opened.db.applySchema();
  return opened;
}

/** --default: the default dataset, built from the configured folders (SEEDS_DIR, OPEN_DATA_DIR). */
async function importDefault(): Promise<void> {
  const config = loadConfig();
  if (!opts['dry-run']) neo4j = await openTarget();
  process.stderr.write(`Building the default dataset from ${config.seedsDir} and ${config.openDataDir} …\n`);
  const result = await importDefaultDataset(
    neo4j?.db ?? null,
    { seedsDir: config.seedsDir, openDataDir: config.openDataDir },
    { replace: opts.replace, dryRun: opts['dry-run'] },
  );
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    if (result.summary) process.stdout.write(`${formatSummary(result.summary)}\n`);
    const how = result.write
      ? `written as dataset version ${result.write.version}${opts.replace ? ' (graph replaced)' : ''}`
      : 'dry run, nothing written';
    process.stdout.write(`Default dataset ${result.fingerprint}: ${result.places} places, ${result.partnerships} partnerships; ${how}\n`);
  }
}

/** A file or a directory. */
function importPath(): Promise<void> {
  const { files, label } = readImportPath(input);
  return importFiles(files, label, opts.format as ImportFormat | 'auto', opts.gazetteer ? loadGazetteer(opts.gazetteer) : null);
}

/**
 * --wikidata: every P190 statement from the SPARQL endpoint (--endpoint, WIKIDATA_ENDPOINT, else
 * the public Wikidata Query Service), saved with its date under --out (default
 * .jumelage/downloads), then imported with the directory of the default dataset as gazetteer.
 */
async function importWikidata(): Promise<void> {
  const config = loadConfig();
  const endpoint = opts.endpoint ?? process.env.WIKIDATA_ENDPOINT ?? WIKIDATA_ENDPOINT;
  process.stderr.write(`Querying ${endpoint} for Wikidata's P190 statements, page by page …\n`);
  const results = await fetchP190({
    endpoint,
    userAgent: `Jumelage/${process.env.npm_package_version ?? 'dev'} (town twinning network analysis; Node.js)`,
    onPage: (page, rows, total) => process.stderr.write(`  page ${page}: ${rows} rows (${total} in all)\n`),
    signal: stopped,
  });
  const day = new Date().toISOString().slice(0, 10);
  const dir = path.resolve(opts.out ?? '.jumelage/downloads');
  fs.mkdirSync(dir, { recursive: true });
  const name = `wikidata-p190-${day}.json`;
  const bytes = Buffer.from(JSON.stringify(results));
  fs.writeFileSync(path.join(dir, name), bytes);
  process.stderr.write(`Saved ${results.results.bindings.length} rows to ${path.join(dir, name)}\n`);
  const gazetteer = loadGazetteer(opts.gazetteer ?? path.join(config.openDataDir, DESTATIS_DIRECTORY));
  await importFiles([{ name, bytes }], name, 'wikidata-json', gazetteer);
}

async function importFiles(
  files: ImportFile[],
  label: string,
  format: ImportFormat | 'auto',
  gazetteer: ImportGazetteer | null,
): Promise<void> {
  if (!opts['dry-run']) neo4j = await openTarget();
  const summary = await runImport(
    neo4j?.db ?? null,
    files,
    label,
    {
      format,
      strict: opts.strict,
      dryRun: opts['dry-run'],
      replace: opts.replace,
      allMunicipalities: opts['all-municipalities'],
      licence: opts.licence ?? null,
      attribution: opts.attribution ?? null,
      gazetteer,
      table,
    },
    progress,
  );
  (bar as cliProgress.SingleBar | null)?.stop();
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else {
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (summary.table && summary.dryRun) process.stdout.write(`${formatTableReading(summary.table)}\n`);
    for (const w of summary.warnings.slice(0, 20))
      process.stderr.write(`warning: line ${w.line ?? '?'}${w.column ? `, column ${w.column}` : ''}: ${w.message}\n`);
    if (summary.warnings.length > 20)
      process.stderr.write(`… ${summary.warnings.length - 20 + summary.warningsOmitted} more warnings (see --json)\n`);
  }
}

try {
  await (opts.default ? importDefault() : opts.wikidata ? importWikidata() : importPath());
  process.exitCode = 0;
} catch (err) {
  (bar as cliProgress.SingleBar | null)?.stop();
  if (err instanceof AppError) {
    const lines = (err.details.errors ?? []).map((e) => `  ${e.field}: ${e.message}`);
    if (opts.json) process.stdout.write(`${JSON.stringify({ error: err.message, kind: err.kind, errors: err.details.errors ?? [] })}\n`);
    process.stderr.write(`${err.message}\n${lines.join('\n')}\n`);
  } else process.stderr.write(`import failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  const opened = await opening.catch(() => null);
  await opened?.close();
}
