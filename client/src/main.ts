/**
 * The Jumelage client: loads the partnership graph from the API and draws it with Sigma.js
 * at the towns' geographic positions, coloured by East/West.
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { ApiError, fetchGraph } from './api.ts';
import { SIDE_COLORS, sideOf } from './colors.ts';
import { applyGeoLayout } from './geo-layout.ts';

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

function showError(message: string): void {
  const box = element('message');
  box.textContent = message;
  box.hidden = false;
  element('stats').textContent = 'The network could not be loaded.';
}

function drawLegend(): void {
  const legend = element('legend');
  const title = document.createElement('strong');
  title.textContent = 'Colour';
  const list = document.createElement('ul');
  for (const { color, label } of Object.values(SIDE_COLORS)) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    item.append(swatch, label);
    list.append(item);
  }
  const size = document.createElement('small');
  size.textContent = 'Size: number of partners';
  legend.replaceChildren(title, list, size);
}

async function boot(): Promise<void> {
  const data = await fetchGraph();
  const graph = UndirectedGraph.from(data);
  applyGeoLayout(graph);
  graph.forEachNode((node, attr) => {
    graph.mergeNodeAttributes(node, {
      label: attr.name as string,
      size: 2 + Math.sqrt(graph.degree(node)) * 1.5,
      color: SIDE_COLORS[sideOf(attr)]?.color,
    });
  });
  graph.forEachEdge((edge) => graph.mergeEdgeAttributes(edge, { color: '#bbbbbb', size: 0.5 }));
  new Sigma(graph, element('graph'), {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    // an edge's `type` attribute is the partnership type; sigma reads `type` as its edge program
    edgeReducer: (_edge, data) => ({ ...data, type: 'line' }),
  });
  const stats = element('stats');
  stats.textContent = `${graph.order} municipalities · ${graph.size} partnerships`;
  stats.dataset.nodes = String(graph.order);
  stats.dataset.edges = String(graph.size);
  drawLegend();
}

boot().catch((err: unknown) => {
  showError(err instanceof ApiError ? err.message : 'Something went wrong while drawing the network.');
  if (!(err instanceof ApiError)) console.error(err);
});
