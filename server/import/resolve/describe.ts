/**
 * Phase 1, descriptions: the file's place mentions reduced to distinct descriptions (one per
 * id, name, country as written, point, AGS and Wikidata item), each settled once: its country
 * and point (countries.ts), and for a German place its side and directory match
 * (german-places.ts). A Jumelage reference (an id named but not described) is no description.
 */
import type { IssueList, ParsedFile, RawPlace } from '../types.ts';
import { settlePlaceCountry } from './countries.ts';
import { emptyGazetteerStats, settleGermanPlace, type GazetteerStats } from './german-places.ts';
import { namesakeIndex } from './namesakes.ts';
import type { Description, Directory } from './types.ts';

export interface Descriptions {
  descriptions: Description[];
  /** For each mention of the file, the index of its description; -1 for a reference. */
  mentionDesc: number[];
  /** The directory's match counts (null without a directory); `added` is left to --all-municipalities. */
  gazetteer: GazetteerStats | null;
}

export interface DescribeOptions {
  sourceId: string;
  directory: Directory | null;
  progress?: ((done: number, total: number) => void) | undefined;
}

const descKey = (r: RawPlace) =>
  [
    r.fileId ?? '',
    r.name,
    r.countryRaw ?? '',
    r.lat ?? '',
    r.lon ?? '',
    r.ags ?? '',
    r.wikidata ?? '',
    r.admin1 ?? '',
    r.postcode ?? '',
  ].join('\u0000');

export function describePlaces(parsed: ParsedFile, options: DescribeOptions): Descriptions {
  const issues: IssueList = parsed.issues;
  const { sourceId, directory } = options;
  const gazetteer = directory ? emptyGazetteerStats() : null;
  const descIndex = new Map<string, number>();
  const descriptions: Description[] = [];
  const mentionDesc: number[] = new Array(parsed.places.length);
  const references = new Set(parsed.references.map((r) => r.id));
  const isReference = (r: RawPlace) => parsed.authoritativeIds && r.name === '' && r.fileId !== null && references.has(r.fileId);

  const namesakes = namesakeIndex(parsed, directory?.gazetteer ?? null);
  parsed.places.forEach((raw, i) => {
    if (isReference(raw)) {
      mentionDesc[i] = -1;
      return;
    }
    const key = descKey(raw);
    const known = descIndex.get(key);
    if (known !== undefined) {
      mentionDesc[i] = known;
      return;
    }
    const { country, lat, lon } = settlePlaceCountry(raw, parsed.format, namesakes, directory !== null, issues);
    const d: Description = {
      name: raw.name,
      aliases: [...raw.aliases],
      country,
      lat,
      lon,
      ags: raw.ags,
      wikidata: raw.wikidata,
      fileId: raw.fileId,
      admin1: raw.admin1,
      admin2: raw.admin2,
      postcode: raw.postcode ?? null,
      kind: raw.kind,
      population: raw.population,
      germany: null,
      germanyRule: null,
      sources: [sourceId, ...raw.sources],
    };
    if (country === 'DE') settleGermanPlace(d, raw.line, directory, gazetteer, issues);
    descIndex.set(key, descriptions.push(d) - 1);
    mentionDesc[i] = descriptions.length - 1;
    if (descriptions.length % 1000 === 0) options.progress?.(i, parsed.places.length);
  });
  if (gazetteer) gazetteer.rate = gazetteer.germanPlaces ? gazetteer.matched / gazetteer.germanPlaces : 1;
  return { descriptions, mentionDesc, gazetteer };
}
