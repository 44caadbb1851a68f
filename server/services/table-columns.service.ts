/**
 * A table's columns for the import dialog (POST /api/imports/columns): the header, the first rows
 * and a guessed mapping, read as an import of format `table` would read the file
 * (import/table/read.ts), so that what the user maps is what the import will find. Needs no
 * database. A body that is not a table is a bad request naming why.
 */
import type { TableColumns } from '../../contract/api/imports.ts';
import { AppError, type FieldError } from '../errors.ts';
import { SAMPLE_ROWS } from '../import/parsers/table.ts';
import { issueField } from '../import/report.ts';
import { readTableFile } from '../import/table/read.ts';
import { suggestColumns } from '../import/table/suggest.ts';
import { IssueList } from '../import/types.ts';

const notATable = (message: string, field = 'line 1') =>
  new AppError('bad-request', 'The file is not a table with a header row (CSV or XLSX).', { errors: [{ field, message }] });

const errorsOf = (issues: IssueList): FieldError[] =>
  issues.items.filter((i) => i.severity === 'error').map((i) => ({ field: issueField(i), message: i.message }));

/** XML or JSON by its first character (after a UTF-8 byte order mark and white space), which a CSV reading would only garble. */
function markup(bytes: Uint8Array): 'XML' | 'JSON' | null {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i]!)) i++;
  const first = String.fromCharCode(bytes[i] ?? 0);
  return first === '<' ? 'XML' : first === '{' || first === '[' ? 'JSON' : null;
}

export async function readTableColumns(bytes: Uint8Array): Promise<TableColumns> {
  if (bytes.length === 0) throw new AppError('bad-request', 'The request body is empty: send the file as the body.');
  const kind = markup(bytes);
  if (kind) throw notATable(`it begins like ${kind}: import it with the format recognised automatically`);
  const issues = new IssueList();
  const table = await readTableFile(bytes, issues);
  if (!table) throw new AppError('bad-request', 'The file is not a table we can read (CSV or XLSX).', { errors: errorsOf(issues) });
  const header = table.header.filter((h) => h !== '');
  if (header.length < 2)
    throw notATable('the header has one column: a table needs at least the names of both sides, separated by , ; tab or |');
  if (table.records.length === 0) {
    if (issues.errors > 0) throw new AppError('bad-request', 'No row of the table could be read.', { errors: errorsOf(issues) });
    throw notATable('the table has a header but no rows', '(file)');
  }
  return {
    header,
    sheet: table.sheet,
    delimiter: table.delimiter,
    encoding: table.encoding,
    rows: table.records.length,
    samples: table.records
      .slice(0, SAMPLE_ROWS)
      .map(({ line, values }) => ({ line, values: Object.fromEntries(header.map((h) => [h, values[h] ?? ''])) })),
    suggested: suggestColumns(header),
  };
}
