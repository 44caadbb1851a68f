/**
 * `--format auto`: the format from the content, never from the file name.
 * - XML: a `<gexf` root is GEXF, a `<graphml` root GraphML.
 * - JSON: SPARQL results or an array of objects: Wikidata.
 * - CSV by its header: `city1,country1,…` the Wikipedia list; `record,…` or a seeds/ header the
 *   project's own format; `item`/`twin` variables a Wikidata query service CSV.
 */
import { jumelageHeaderKind } from './parsers/jumelage-csv.ts';
import { WIKIPEDIA_COLUMNS } from './parsers/wikipedia-csv.ts';
import type { ImportFormat } from './types.ts';

export function detectFormat(text: string): { format: ImportFormat } | { reason: string } {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/.test(head)) return { format: 'gexf' };
    if (/<graphml[\s>]/.test(head)) return { format: 'graphml' };
    const body = text.slice(0, 200_000);
    if (/<gexf[\s>]/.test(body)) return { format: 'gexf' };
    if (/<graphml[\s>]/.test(body)) return { format: 'graphml' };
    return { reason: 'an XML document, but neither GEXF (<gexf>) nor GraphML (<graphml>)' };
  }
  if (head.startsWith('{') || head.startsWith('[')) return { format: 'wikidata-json' };
  const header = (head.split(/\r?\n/, 1)[0] ?? '').split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (WIKIPEDIA_COLUMNS.every((c) => header.includes(c))) return { format: 'wikipedia' };
  if (jumelageHeaderKind(header)) return { format: 'jumelage' };
  if (header.some((c) => ['item', 'city'].includes(c)) && header.some((c) => ['twin', 'partner', 'twinned'].includes(c)))
    return { format: 'wikidata-csv' };
  const sep = [';', '\t', '|'].find((d) => head.split(/\r?\n/, 1)[0]!.includes(d));
  return {
    reason: `the first line is not a header of a known format${sep ? ` (it is separated by ${JSON.stringify(sep)}; the CSV formats need commas)` : ''}`,
  };
}
