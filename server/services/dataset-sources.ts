/**
 * The imported datasets (Source nodes) as the page names them: a short name and the page of the
 * data's origin when its format says where it comes from, else the file's name. Places and
 * partnerships cite them by id ("wikipedia:twin-cities-wikipedia.csv:0964bc76ba1d"); the page
 * shows this name and link instead, and credits them in its footer.
 */
import type { DatasetSource } from '../../contract/api/graph.ts';
import type { SourceRow } from '../export/credits.ts';

/** Origins by the format the importer read (server/import/pipeline.ts, loadGazetteer). */
const ORIGINS: Record<string, { name: string; url: string }> = {
  wikipedia: {
    name: 'English Wikipedia, lists of twin towns and sister cities',
    url: 'https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities',
  },
  'wikidata-json': { name: 'Wikidata, twinned administrative body (P190)', url: 'https://www.wikidata.org/wiki/Property:P190' },
  'wikidata-csv': { name: 'Wikidata, twinned administrative body (P190)', url: 'https://www.wikidata.org/wiki/Property:P190' },
  'destatis-gemeindeverzeichnis': {
    name: 'Destatis, Gemeindeverzeichnis',
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
  },
};

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export function datasetSources(rows: readonly SourceRow[]): DatasetSource[] {
  return rows.map(({ id, props }) => {
    const format = str(props.format);
    const origin = format !== null ? ORIGINS[format] : undefined;
    return {
      id,
      name: origin?.name ?? str(props.file) ?? id,
      url: origin?.url ?? null,
      format,
      licence: str(props.licence),
      attribution: str(props.attribution),
    };
  });
}
