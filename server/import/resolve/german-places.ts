/**
 * Phase 1b, a German place (docs/importing.md, "Cleaning", steps 4 and 5): its side, East or West,
 * by decideGermany (../germany.ts), and what the directory attaches to it: a Berlin district's one
 * name, the matched municipality's AGS, state, district, population and (when missing) point, or
 * a district's (Kreis) state, or a part's municipality's state and district. The directory's
 * match rate is counted here.
 */
import type { GazetteerSummary } from '../report.ts';
import { MATCH_KM } from '../gazetteer.ts';
import { decideGermany } from '../germany.ts';
import { nameKey } from '../../../contract/names.ts';
import type { IssueList } from '../types.ts';
import type { Description, Directory, Place } from './types.ts';

export type GazetteerStats = Omit<GazetteerSummary, 'file'>;

export function emptyGazetteerStats(): GazetteerStats {
  return { germanPlaces: 0, matched: 0, matchedAsPart: 0, matchedDistricts: 0, rate: 0, added: 0 };
}

/** Settles the German description `d` in place; `stats` (with a directory) counts its match. */
export function settleGermanPlace(
  d: Description,
  line: number | null,
  directory: Directory | null,
  stats: GazetteerStats | null,
  issues: IssueList,
): void {
  const decision = decideGermany(
    { name: d.name, ags: d.ags, admin1: d.admin1, lat: d.lat, lon: d.lon, postcode: d.postcode ?? null },
    directory?.gazetteer ?? null,
  );
  if (decision.berlinDistrict) {
    // Both spellings of a district ("X (Berlin)", "Berlin – X") become one place named X.
    if (d.name !== decision.berlinDistrict.name) d.aliases.push(d.name);
    d.name = decision.berlinDistrict.name;
    d.admin1 = 'DE-BE';
    d.kind ??= 'district';
  }
  if (stats && decision.rule !== 'ags') {
    stats.germanPlaces++;
    if (decision.match || decision.berlinDistrict || decision.side === 'berlin') stats.matched++;
    if (decision.match?.how === 'part' || decision.berlinDistrict) stats.matchedAsPart++;
    if (decision.match?.how === 'district') stats.matchedDistricts++;
  }
  const m = decision.match;
  if (m && directory) {
    d.sources.push(directory.source.id);
    d.admin1 ??= m.entry.state;
    if (m.how === 'district') {
      d.kind ??= 'district';
      d.admin2 ??= m.entry.name.split(',')[0]!.trim();
    } else if (m.how === 'part') {
      d.admin2 ??= m.entry.district;
    } else {
      d.ags ??= m.entry.key;
      d.admin2 ??= m.entry.district;
      d.population ??= m.entry.population;
      const base = m.entry.name.split(',')[0]!.trim();
      if (nameKey(base) !== nameKey(d.name)) d.aliases.push(base);
      if (d.lat === null && m.entry.lat !== null && m.entry.lon !== null) {
        d.lat = m.entry.lat;
        d.lon = m.entry.lon;
      }
    }
  }
  if (directory && !m && !decision.berlinDistrict && decision.rule === 'coordinates') {
    issues.warn(
      'no-directory-match',
      line,
      null,
      `${d.name}: no municipality of that name in the directory within ${MATCH_KM} km of its coordinates; its own point is kept and classified`,
    );
  }
  // The writer derives the side from the AGS or admin1 itself; other rules travel on the record.
  if (decision.rule && decision.rule !== 'ags' && decision.rule !== 'admin1' && !(decision.rule === 'gazetteer' && d.ags))
    d.germany = decision.side;
  d.germanyRule = decision.rule;
}

/**
 * The population of the municipality an AGS names, from its directory record (null: no such
 * record, or none populated). A place that carries an AGS but came to it without that record (an
 * existing place, e.g. the seeds' Berlin met under its plain name, or a seed place no list names)
 * takes its population from here: a place's population never depends on how it was named.
 */
export function directoryPopulation(directory: Directory, ags: string | null): number | null {
  const entry = ags === null ? null : directory.gazetteer.byAgs(ags);
  return entry?.population ? entry.population : null;
}

/** Fills, by directoryPopulation, the places in play that lack a population, with the directory as a source. */
export function fillFromDirectoryByAgs(places: readonly Place[], directory: Directory): void {
  for (const p of places) {
    const population = p.population === null ? directoryPopulation(directory, p.ags) : null;
    if (population === null) continue;
    p.population = population;
    p.sources.add(directory.source.id);
  }
}
