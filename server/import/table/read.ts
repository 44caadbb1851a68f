/**
 * A spreadsheet in the user's own layout as a header and rows of text: an XLSX workbook's first
 * sheet (xlsx.ts, recognised by its zip signature), else a CSV text (decode.ts) whose delimiter
 * is the one of `,` `;` tab `|` that the header line uses most (German exports write semicolons).
 */
import { readCsv, type CsvRecord } from '../csv.ts';
import { decodeText } from '../decode.ts';
import type { IssueList } from '../types.ts';
import { isZip, MAX_XLSX_UNPACKED, readXlsx } from './xlsx.ts';

export interface TableRows {
  header: string[];
  records: CsvRecord[];
  /** The worksheet read (XLSX), or null. */
  sheet: string | null;
  /** The delimiter found (CSV), or null. */
  delimiter: string | null;
  encoding: string;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
export function sniffDelimiter(text: string): string {
  const first = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = first.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

export async function readTableFile(bytes: Uint8Array, issues: IssueList, xlsxLimit = MAX_XLSX_UNPACKED): Promise<TableRows | null> {
  if (isZip(bytes)) {
    const sheet = await readXlsx(bytes, issues, xlsxLimit);
    if (!sheet) return null;
    const [head, ...rest] = sheet.rows;
    if (!head || head.line !== 1) {
      issues.error('empty-file', 1, null, `the worksheet "${sheet.sheet}" has no header in its first row`);
      return null;
    }
    const header = head.cells.map((h) => h.trim());
    const records = rest.map(({ line, cells }) => {
      const values: Record<string, string> = {};
      header.forEach((h, i) => {
        if (h !== '') values[h] = cells[i] ?? '';
      });
      return { line, values };
    });
    return { header, records, sheet: sheet.sheet, delimiter: null, encoding: 'xlsx' };
  }
  const decoded = decodeText(bytes, issues);
  if (!decoded) return null;
  const delimiter = sniffDelimiter(decoded.text);
  const table = readCsv(decoded.text, [], issues, delimiter);
  if (!table) return null;
  return { header: table.header, records: table.records, sheet: null, delimiter, encoding: decoded.encoding };
}
