/**
 * Fetches Wikidata's "twinned administrative body" (P190) statements from a SPARQL endpoint (the
 * public Wikidata Query Service by default; WIKIDATA_ENDPOINT or --endpoint for another), page by
 * page, so that no request runs into the service's 60 s limit, and returns them as one SPARQL JSON
 * result (the W3C "SPARQL 1.1 Query Results JSON Format"), which parsers/wikidata.ts reads.
 *
 * The query takes the start and end time qualifiers (P580, P582), the country's ISO code (P17 →
 * P297), coordinates (P625) and the German municipality key (P439) of both ends. Pages are slices
 * of the statements ordered by their id (a sub-query), so that each page is stable and complete.
 * The SPARQL protocol has no parameters: the only values put into the text are the page's limit
 * and offset, integers this module computes.
 */
export const WIKIDATA_ENDPOINT = 'https://query.wikidata.org/sparql';

const VARIABLES = [
  'item',
  'itemLabel',
  'itemCountry',
  'itemCoord',
  'itemAgs',
  'twin',
  'twinLabel',
  'twinCountry',
  'twinCoord',
  'twinAgs',
  'start',
  'end',
];

/** One page of the P190 query. */
export function p190Query(limit: number, offset: number): string {
  if (!Number.isSafeInteger(limit) || limit <= 0 || !Number.isSafeInteger(offset) || offset < 0) {
    throw new Error(`wikidata-query: limit and offset must be non-negative integers (got ${limit}, ${offset})`);
  }
  return `SELECT ?statement ${VARIABLES.map((v) => `?${v}`).join(' ')} WHERE {
  { SELECT ?statement ?item ?twin WHERE { ?item p:P190 ?statement . ?statement ps:P190 ?twin . } ORDER BY ?statement LIMIT ${limit} OFFSET ${offset} }
  OPTIONAL { ?statement pq:P580 ?start . }
  OPTIONAL { ?statement pq:P582 ?end . }
  OPTIONAL { ?item wdt:P17 ?c1 . ?c1 wdt:P297 ?itemCountry . }
  OPTIONAL { ?twin wdt:P17 ?c2 . ?c2 wdt:P297 ?twinCountry . }
  OPTIONAL { ?item wdt:P625 ?itemCoord . }
  OPTIONAL { ?twin wdt:P625 ?twinCoord . }
  OPTIONAL { ?item wdt:P439 ?itemAgs . }
  OPTIONAL { ?twin wdt:P439 ?twinAgs . }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "de,en". }
}`;
}

export interface SparqlResults {
  head: { vars: string[] };
  results: { bindings: Record<string, { type: string; value: string; [k: string]: string }>[] };
}

export class WikidataQueryError extends Error {}

export interface FetchOptions {
  endpoint?: string;
  /** Statements per request (default 5,000). */
  pageSize?: number;
  /** Per request, a little over the public service's 60 s limit (default 65 s). */
  timeoutMs?: number;
  /** Stop after this many pages (default 100: 500,000 statements). */
  maxPages?: number;
  userAgent: string;
  onPage?: (page: number, rows: number, total: number) => void;
  signal?: AbortSignal;
}

/** All P190 statements, page by page, as one SPARQL JSON result. */
export async function fetchP190(options: FetchOptions): Promise<SparqlResults> {
  const endpoint = options.endpoint ?? WIKIDATA_ENDPOINT;
  const pageSize = options.pageSize ?? 5000;
  const maxPages = options.maxPages ?? 100;
  const bindings: SparqlResults['results']['bindings'] = [];
  let vars: string[] = [];
  for (let page = 0; page < maxPages; page++) {
    const body = new URLSearchParams({ query: p190Query(pageSize, page * pageSize) });
    const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs ?? 65_000), ...(options.signal ? [options.signal] : [])]);
    let res: Response;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          accept: 'application/sparql-results+json',
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': options.userAgent,
        },
        body,
        signal,
      });
    } catch (err) {
      const cause = (err as Error & { cause?: Error }).cause?.message ?? (err as Error).message;
      throw new WikidataQueryError(`Cannot reach the SPARQL endpoint ${endpoint} (page ${page + 1}): ${cause}`);
    }
    if (!res.ok) {
      const text = (await res.text()).slice(0, 300).replace(/\s+/g, ' ');
      throw new WikidataQueryError(
        `The SPARQL endpoint ${endpoint} answered ${res.status} ${res.statusText} for page ${page + 1}: ${text}`,
      );
    }
    let json: SparqlResults;
    try {
      json = (await res.json()) as SparqlResults;
    } catch {
      throw new WikidataQueryError(`The SPARQL endpoint ${endpoint} did not answer with SPARQL JSON results (page ${page + 1})`);
    }
    if (!Array.isArray(json?.results?.bindings))
      throw new WikidataQueryError(`The answer of ${endpoint} has no results.bindings (page ${page + 1})`);
    vars = json.head?.vars ?? vars;
    bindings.push(...json.results.bindings);
    options.onPage?.(page + 1, json.results.bindings.length, bindings.length);
    if (json.results.bindings.length < pageSize) return { head: { vars }, results: { bindings } };
  }
  throw new WikidataQueryError(`More than ${maxPages} pages of ${pageSize} statements: stopped (raise the page size)`);
}
