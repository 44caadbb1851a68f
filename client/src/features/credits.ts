/**
 * The footer's data credit, for the data actually loaded: each imported dataset of
 * GET /api/graph (`datasets`: its name, licence and a link to its origin), and the project's own
 * research when places or partnerships cite pages (the seeds and edits, CC0). It also tells
 * `sourceLink` the datasets' names, so that the panels name a source instead of showing its id.
 */
import type { Feature } from '../context.ts';
import { byId, fill, setDatasets, sourceLink } from '../dom.ts';

export const setupCredits: Feature = (ctx) => {
  const mount = byId('credits-data');
  // a graph from an older server, or a test's own, may lack the attribute
  const datasets = ctx.graph.getAttribute('datasets') ?? [];
  setDatasets(datasets);
  const isUrl = (s: string) => /^https?:\/\//i.test(s);
  const cites = (attr: { sources?: readonly string[] }) => attr.sources?.some(isUrl) ?? false;
  const project = ctx.graph.someNode((_n, attr) => cites(attr)) || ctx.graph.someEdge((_e, attr) => cites(attr));
  const cited = new Set<string>();
  const collect = (attr: { sources?: readonly string[] }) => attr.sources?.forEach((s) => cited.add(s));
  ctx.graph.forEachNode((_n, attr) => collect(attr));
  ctx.graph.forEachEdge((_e, attr) => collect(attr));
  const loaded = datasets.filter((d) => cited.has(d.id));

  const render = () => {
    const parts: Array<Node | string> = [];
    loaded.forEach((d, i) => {
      if (i > 0) parts.push('; ');
      parts.push(sourceLink(d.id));
      if (d.licence) parts.push(` (${d.licence})`);
    });
    if (project) parts.push(parts.length ? '; ' : '', ctx.t('credits.project'));
    if (!parts.length) parts.push(ctx.t('credits.none'));
    fill(mount, ctx.t('credits.data'), ' ', parts, '.');
    mount.dataset.datasets = loaded.map((d) => d.id).join(' ');
  };
  render();
  const unsubscribe = ctx.store.watch((s) => s.lang, render);
  return () => {
    unsubscribe();
    mount.replaceChildren();
    setDatasets([]);
  };
};
