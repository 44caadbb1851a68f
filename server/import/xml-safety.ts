/**
 * The one rule for XML input (GEXF, GraphML, the parts of an XLSX workbook): a DOCTYPE or ENTITY
 * declaration refuses the file before any parser sees it. None of these formats uses one, and
 * entity declarations are how XML bombs ("billion laughs") and external entity reads are built.
 */
import type { IssueList } from './types.ts';

/** The line of the first DOCTYPE or ENTITY declaration outside comments, or null. */
export function declarationLine(text: string): number | null {
  const clean = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const m = /<!(DOCTYPE|ENTITY)\b/i.exec(clean);
  if (!m) return null;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (clean.charCodeAt(i) === 10) line++;
  return line;
}

/** Records the error (at its line, `column` naming a part when there are several) and returns true when `text` declares any. */
export function refuseDeclarations(text: string, where: string, column: string | null, issues: IssueList): boolean {
  const line = declarationLine(text);
  if (line === null) return false;
  issues.error(
    'xml-doctype',
    line,
    column,
    `a DOCTYPE or ENTITY declaration is not accepted in ${where} (entity expansion and external entities are refused): remove it`,
  );
  return true;
}
