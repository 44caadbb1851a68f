/**
 * An XLSX workbook's first sheet as rows of text, read safely. An XLSX file is a zip of XML
 * parts, so before exceljs sees it every part is unpacked here (fflate) with a running count:
 * past MAX_XLSX_UNPACKED bytes in all, or MAX_XLSX_PARTS parts, the file is refused as a
 * possible zip bomb (the declared sizes in a zip can lie; the count cannot). Each XML part then
 * follows the rule of GEXF and GraphML input: a DOCTYPE or ENTITY declaration refuses the file
 * (xml-safety.ts).
 */
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import { refuseDeclarations } from '../xml-safety.ts';
import type { IssueList } from '../types.ts';

/** The most an XLSX file may unpack to (all parts together). */
export const MAX_XLSX_UNPACKED = 200 * 1024 * 1024;
/** The most parts (files inside the zip) an XLSX file may have. */
export const MAX_XLSX_PARTS = 10_000;

/** A zip starts with a local file header, "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface SheetRows {
  sheet: string;
  /** Row number in the sheet (1 is the header) and its cells as text. */
  rows: { line: number; cells: string[] }[];
}

class Refused extends Error {}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`);

/** Unpacks every part with the limits; the XML parts' text by name, or null (an error in `issues`). */
function unpack(bytes: Uint8Array, issues: IssueList, limit: number): Map<string, string> | null {
  const xmlParts = new Map<string, Uint8Array[]>();
  let total = 0;
  let parts = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (++parts > MAX_XLSX_PARTS) throw new Refused(`it has more than ${MAX_XLSX_PARTS} parts (the limit for XLSX input)`);
    const chunks: Uint8Array[] | null = /\.(xml|rels)$/i.test(file.name) ? [] : null;
    if (chunks) xmlParts.set(file.name, chunks);
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > limit) throw new Refused(`it unpacks to more than ${sizeText(limit)} (the limit for XLSX input; a possible zip bomb)`);
      chunks?.push(chunk);
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (err) {
    const why = err instanceof Refused ? err.message : `it is not a readable zip (${(err as Error).message})`;
    issues.error('xlsx-refused', null, null, `the XLSX file is refused: ${why}; nothing was read`);
    return null;
  }
  const decoder = new TextDecoder();
  return new Map([...xmlParts].map(([name, chunks]) => [name, decoder.decode(Buffer.concat(chunks))]));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first worksheet's rows, or null when the file is refused (the reason in `issues`). */
export async function readXlsx(bytes: Uint8Array, issues: IssueList, limit = MAX_XLSX_UNPACKED): Promise<SheetRows | null> {
  const parts = unpack(bytes, issues, limit);
  if (!parts) return null;
  for (const [name, text] of parts) if (refuseDeclarations(text, `XLSX (part ${name}), as in GEXF and GraphML`, name, issues)) return null;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    issues.error('xlsx-syntax', null, null, `not a readable XLSX workbook: ${(err as Error).message}`);
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    issues.error('empty-file', null, null, 'the workbook has no worksheet');
    return null;
  }
  const rows: SheetRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (cells.some((v) => v !== '')) rows.push({ line, cells });
  });
  return { sheet: sheet.name, rows };
}
