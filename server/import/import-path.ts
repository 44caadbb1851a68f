/** The files of an import path, as the CLIs read them: one file, or the CSV files of a directory (jumelage format). */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportFile } from './pipeline.ts';

export function readImportPath(p: string): { files: ImportFile[]; label: string } {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    const names = fs
      .readdirSync(p)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    return { files: names.map((name) => ({ name, bytes: fs.readFileSync(path.join(p, name)) })), label: path.basename(path.resolve(p)) };
  }
  return { files: [{ name: path.basename(p), bytes: fs.readFileSync(p) }], label: path.basename(p) };
}
