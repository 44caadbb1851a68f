/**
 * POST /api/imports: the file is the raw request body (at most 50 MB). The token is checked
 * before the body is read (api-router.ts); the format comes from `?format=` or the Content-Type
 * (text/csv, application/json, application/xml) and the content (auto). The answer is the import
 * summary; a rejected file is a 400 problem+json whose `errors` name each line.
 * POST /api/imports/columns takes the same body and answers a table's columns, first rows and a
 * guessed mapping (the client's import dialog maps them before a dry run).
 */
import express from 'express';
import {
  IMPORT_MEDIA_TYPES,
  ImportFileSchema,
  ImportQuery,
  ImportSummarySchema,
  TableColumnsSchema,
} from '../../../contract/api/imports.ts';
import type { DataLayer } from '../../db/data-layer.ts';
import { AppError } from '../../errors.ts';
import type { ImportGazetteer } from '../../import/pipeline.ts';
import type { ImportFormat } from '../../import/types.ts';
import { runImport } from '../../services/import.service.ts';
import { readTableColumns } from '../../services/table-columns.service.ts';
import type { ApiRouter } from '../api-router.ts';

export const IMPORT_LIMIT = '50mb';

const raw = express.raw({ type: () => true, limit: IMPORT_LIMIT });

function readBody(req: express.Request, res: express.Response): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    raw(req, res, (err?: unknown) => (err ? reject(err) : resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0))));
  });
}

export function importRoutes(api: ApiRouter, data: DataLayer, gazetteer: ImportGazetteer | null): void {
  api.route(
    {
      method: 'post',
      path: '/api/imports/columns',
      tag: 'imports',
      expensive: true,
      summary: "A table's columns, its first rows and a guessed column mapping (the raw body: a CSV or XLSX file)",
      description:
        'The same body as POST /api/imports (at most 50 MB); nothing is imported and no database is needed. ' +
        'The header is read as an import with `columns` reads it (CSV: the delimiter of `,` `;` tab `|` the header uses most; ' +
        'XLSX: the first worksheet); `suggested` guesses the mapping from German and English header names, to be checked ' +
        'before it is sent as `columns`. See docs/importing.md.',
      auth: true,
      rawBody: { schema: ImportFileSchema, mediaTypes: IMPORT_MEDIA_TYPES },
      answer: TableColumnsSchema,
      responses: {
        200: 'The columns, the first five rows and a guessed mapping',
        400: 'An empty body, or not a table (XML, JSON, one column, no rows, an unreadable XLSX)',
        401: 'No token',
        403: 'Wrong token, or the server is read-only',
        413: 'Body over 50 MB',
      },
    },
    async ({ req, res }) => {
      res.json(await readTableColumns(await readBody(req, res)));
    },
  );
  api.route(
    {
      method: 'post',
      path: '/api/imports',
      tag: 'imports',
      expensive: true,
      summary:
        'Import a file of partnerships (the raw body): CSV, Wikipedia list, Wikidata JSON/CSV, GEXF, GraphML, or any CSV/XLSX table with columns',
      description:
        'The request body is the file itself (Content-Type text/csv, application/json or application/xml), at most 50 MB. ' +
        'A spreadsheet in its own layout (CSV or XLSX) is read through `columns` (field=column pairs), `types` and `countryA`. ' +
        'All or nothing: a rejected file (400, each error with its line) changes nothing. See docs/importing.md.',
      auth: true,
      query: ImportQuery,
      rawBody: { schema: ImportFileSchema, mediaTypes: IMPORT_MEDIA_TYPES },
      answer: ImportSummarySchema,
      responses: {
        200: 'The import summary',
        400: 'The file was rejected; errors name each line',
        401: 'No token',
        403: 'Wrong token, or the server is read-only',
        413: 'Body over 50 MB',
        503: 'Neo4j unavailable',
      },
    },
    async ({ query, req, res }) => {
      const useGazetteer = query.gazetteer ?? gazetteer !== null;
      if (useGazetteer && !gazetteer) {
        throw new AppError('bad-request', 'Invalid query parameters.', {
          errors: [{ field: 'gazetteer', message: 'this server has no municipality directory: set GAZETTEER_FILE to the Destatis CSV' }],
        });
      }
      if ((query.types || query.countryA) && !query.columns) {
        throw new AppError('bad-request', 'Invalid query parameters.', {
          errors: [{ field: query.types ? 'types' : 'countryA', message: 'goes with columns (a table in its own layout)' }],
        });
      }
      if (query.allMunicipalities && !useGazetteer) {
        throw new AppError('bad-request', 'Invalid query parameters.', {
          errors: [{ field: 'allMunicipalities', message: 'needs the gazetteer' }],
        });
      }
      const body = await readBody(req, res);
      if (body.length === 0) throw new AppError('bad-request', 'The request body is empty: send the file as the body.');
      await data.ensureReady();
      // The Content-Type is accepted as sent; `auto` reads the format from the content itself.
      const name = query.name ?? 'upload';
      const summary = await runImport(data.db, [{ name, bytes: body }], name, {
        format: query.format as ImportFormat | 'auto',
        strict: query.strict,
        dryRun: query.dryRun,
        replace: query.replace,
        allMunicipalities: query.allMunicipalities,
        licence: query.licence ?? null,
        attribution: query.attribution ?? null,
        gazetteer: useGazetteer ? gazetteer : null,
        table: query.columns ? { columns: query.columns, types: query.types ?? null, countryA: query.countryA ?? null } : null,
      });
      res.json(summary);
    },
  );
}
