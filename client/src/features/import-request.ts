/**
 * The import dialog's two requests, POST /api/imports/columns and POST /api/imports: the file
 * itself as the body, the options in the query, the write token as a Bearer header (the server
 * checks it before it reads the body, server/http/auth.ts). A refused request becomes an
 * `ImportRequestError` with the problem's `detail` and its `errors` (each naming a line or a
 * parameter), so that the dialog can list them.
 */
import type { Problem } from '../../../contract/api/common.ts';
import { apiUrl } from '../api.ts';

export type FieldError = NonNullable<Problem['errors']>[number];

export class ImportRequestError extends Error {
  constructor(
    message: string,
    /** The HTTP status; null when the server could not be reached. */
    readonly status: number | null,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
  }
}

/** The media type the server reads the body as (any is accepted; this one tells a proxy what it carries). */
export function mediaType(fileName: string): string {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

/** By file extension. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  xml: 'application/xml',
  gexf: 'application/xml',
  graphml: 'application/xml',
  csv: 'text/csv',
  tsv: 'text/csv',
  txt: 'text/csv',
};

async function refusal(res: Response): Promise<ImportRequestError> {
  let detail = `${res.status} ${res.statusText}`.trim();
  let errors: FieldError[] = [];
  try {
    const body = (await res.json()) as Partial<Problem>;
    detail = body.detail ?? body.title ?? detail;
    if (Array.isArray(body.errors)) errors = body.errors;
  } catch {
    /* not a problem document (a proxy's page): the status line says it */
  }
  return new ImportRequestError(detail, res.status, errors);
}

/** POSTs `file` to `path` with `query`; the answer as JSON, or an ImportRequestError. */
export async function postFile<T>(path: string, query: Record<string, string | undefined>, file: File, token: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, 'Content-Type': mediaType(file.name) },
      body: file,
    });
  } catch {
    throw new ImportRequestError('The Jumelage server cannot be reached.', null);
  }
  if (!res.ok) throw await refusal(res);
  return (await res.json()) as T;
}
