/**
 * Who to credit for the data in a view, and under which licence: every export and report carries
 * this. Two kinds of provenance appear in the `sources` lists of places and partnerships:
 * - ids of imported datasets (a `(:Source)` node per imported file, with its licence and
 *   attribution, written by the importer; see server/import/pipeline.ts);
 * - URLs cited by facts the project authored itself (seeds/, edits through the API). Those facts
 *   are released under CC0 1.0 (seeds/README.md); the cited pages keep their own licences, and
 *   are credited per web site.
 * The map in reports draws Natural Earth outlines (public domain) and is credited there.
 */
import type { AbstractGraph } from 'graphology-types';
import type { Language } from '../../contract/languages.ts';
import { GDR_BOUNDARY_SOURCE } from '../domain/gdr-boundary.ts';
import { exportText } from './export-words.ts';

export interface DatasetCredit {
  id: string;
  file: string | null;
  format: string | null;
  sha256: string | null;
  licence: string | null;
  attribution: string | null;
  importedAt: string | null;
  /** Places and partnerships of the view that cite it. */
  citations: number;
}

export interface WebCredit {
  host: string;
  licence: string | null;
  attribution: string | null;
  /** Distinct URLs of that host cited in the view. */
  urls: number;
  citations: number;
}

export interface Credits {
  datasets: DatasetCredit[];
  /** Cited web pages, per host, most cited first. */
  web: WebCredit[];
  /** Facts authored by the project (those citing URLs): their count, and their licence. */
  project: { citations: number; licence: string } | null;
  /** Sources named in the view but known neither as a dataset nor as a URL. */
  other: { id: string; citations: number }[];
  /** The boundary that sides German places by their coordinates, when the view holds German places. */
  boundary: { licence: string; attribution: string } | null;
  /** One paragraph for the formats that take plain text. */
  text: string;
}

/** The rows of read/list-sources. */
export interface SourceRow {
  id: string;
  props: Record<string, unknown>;
}

const PROJECT_LICENCE = 'CC0 1.0';

/** Licences of web sites whose terms are known; every other cited page keeps its own. */
const KNOWN_HOSTS: { test: RegExp; licence: string; attribution: string }[] = [
  { test: /(^|\.)wikipedia\.org$/, licence: 'CC BY-SA 4.0', attribution: 'Wikipedia contributors' },
  { test: /(^|\.)wikidata\.org$/, licence: 'CC0 1.0', attribution: 'Wikidata contributors' },
  { test: /(^|\.)openstreetmap\.org$/, licence: 'ODbL 1.0', attribution: 'OpenStreetMap contributors' },
];

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

function hostOf(source: string): string | null {
  if (!/^https?:\/\//i.test(source)) return null;
  try {
    return new URL(source).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function creditsFor(graph: AbstractGraph, sources: SourceRow[], generator: string): Credits {
  const counts = new Map<string, number>();
  const count = (attr: Record<string, unknown>) => {
    const list = attr.sources;
    if (!Array.isArray(list)) return;
    for (const s of new Set(list.map(String))) counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  graph.forEachNode((_n, attr) => count(attr));
  graph.forEachEdge((_e, attr) => count(attr));

  const known = new Map(sources.map((s) => [s.id, s.props]));
  const datasets: DatasetCredit[] = [];
  const hosts = new Map<string, WebCredit>();
  const other: Credits['other'] = [];
  let projectCitations = 0;
  for (const [id, citations] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const props = known.get(id);
    if (props) {
      datasets.push({
        id,
        file: str(props.file),
        format: str(props.format),
        sha256: str(props.sha256),
        licence: str(props.licence),
        attribution: str(props.attribution),
        importedAt: str(props.importedAt),
        citations,
      });
      continue;
    }
    const host = hostOf(id);
    if (host === null) {
      other.push({ id, citations });
      continue;
    }
    projectCitations += citations;
    const rule = KNOWN_HOSTS.find((k) => k.test.test(host));
    const credit = hosts.get(host) ?? {
      host,
      licence: rule?.licence ?? null,
      attribution: rule?.attribution ?? null,
      urls: 0,
      citations: 0,
    };
    credit.urls += 1;
    credit.citations += citations;
    hosts.set(host, credit);
  }
  const web = [...hosts.values()].sort((a, b) => b.citations - a.citations || a.host.localeCompare(b.host));
  const project = projectCitations > 0 ? { citations: projectCitations, licence: PROJECT_LICENCE } : null;
  const boundary = graph.someNode((_n, attr) => attr.country === 'DE') ? GDR_BOUNDARY_SOURCE : null;
  const text = creditText({ datasets, web, project, other, boundary }, generator);
  return { datasets, web, project, other, boundary, text };
}

/**
 * The credits as one paragraph of plain text: English in the exports (`text`), or in the report's
 * language. Counts are written as they are (page and source counts stay small).
 */
export function creditText(
  c: Pick<Credits, 'datasets' | 'web' | 'project' | 'other' | 'boundary'>,
  generator: string,
  lang: Language = 'en',
): string {
  const { datasets, web, project, other, boundary } = c;
  const parts: string[] = [];
  for (const d of datasets) {
    const dataset = [
      d.attribution ?? d.file ?? d.id,
      d.file && d.attribution ? exportText(lang, 'credits.file', { file: d.file }) : null,
      d.sha256 ? `SHA-256 ${d.sha256.slice(0, 12)}…` : null,
    ]
      .filter(Boolean)
      .join(', ');
    parts.push(exportText(lang, 'credits.dataset', { dataset, licence: d.licence ?? exportText(lang, 'credits.notStated') }));
  }
  if (project) {
    const sites = web.slice(0, 5).map((w) => {
      const pages = exportText(lang, w.urls === 1 ? 'credits.pages.one' : 'credits.pages.other', { n: w.urls });
      const licence = w.licence ? [w.licence, w.attribution] : [];
      return `${w.host} (${[pages, ...licence].filter(Boolean).join(', ')})`;
    });
    if (web.length > 5) sites.push(exportText(lang, 'credits.moreSites', { n: web.length - 5 }));
    parts.push(exportText(lang, 'credits.project', { licence: project.licence, sites: sites.join('; ') }));
  }
  if (boundary) parts.push(exportText(lang, 'credits.boundary', boundary));
  if (other.length > 0) {
    const sources = other
      .slice(0, 5)
      .map((o) => o.id)
      .join(', ');
    parts.push(
      other.length > 5
        ? exportText(lang, 'credits.otherAndMore', { sources, n: other.length - 5 })
        : exportText(lang, 'credits.other', { sources }),
    );
  }
  if (parts.length === 0) parts.push(exportText(lang, 'credits.empty'));
  return exportText(lang, 'credits.text', { parts: parts.join(' '), generator });
}
