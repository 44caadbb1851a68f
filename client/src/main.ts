/**
 * The Jumelage client: reads the state from the URL, loads the graph (with progress), draws it
 * with sigma.js and sets up the features, each of which returns its teardown. A failure shows the
 * API's message instead of a blank page.
 */
import Sigma from 'sigma';
import { PartnershipLineProgram, PartnershipRectangleProgram, showLinesLayerWhenDrawn, TownPointProgram } from './programs.ts';
import { ApiError } from './api.ts';
import { createContext, type Feature, type Renderer } from './context.ts';
import { byId } from './dom.ts';
import { buildGraph, describeGraph, fetchGraph } from './graph-data.ts';
import { browserLang, formatNumber, translate } from './i18n/index.ts';
import { EDGE } from './palettes.ts';
import { defaultState, Store, type AppState } from './state.ts';
import { stateFromUrl } from './url-state.ts';
import type { NetworkAttributes, TieAttributes, TownAttributes } from './types.ts';
import { flyTo, frameTowns } from './camera.ts';
import { setupAnalyticsSync } from './features/analytics-sync.ts';
import { setupCommunitiesPanel } from './features/communities-panel.ts';
import { setupConnections } from './features/connections.ts';
import { setupCredits } from './features/credits.ts';
import { setupCountryOutlines } from './features/country-outlines.ts';
import { setupDraw } from './features/draw.ts';
import { setupFocus } from './features/focus.ts';
import { setupEastWestPanel } from './features/eastwest-panel.ts';
import { setupExport } from './features/export.ts';
import { setupFilters } from './features/filters.ts';
import { setupFlows } from './features/flows.ts';
import { setupLabels } from './features/labels.ts';
import { drawNodeHalo } from './labels.ts';
import { setupInteraction } from './features/interaction.ts';
import { setupLanguage, translatePage } from './features/language.ts';
import { setupLayout } from './features/layout.ts';
import { setupLegend } from './features/legend.ts';
import { setupPanels } from './features/panels.ts';
import { setupRankingsPanel } from './features/rankings-panel.ts';
import { setupGrowthPanel } from './features/growth-panel.ts';
import { setupImportDialog } from './features/import-dialog.ts';
import { setupRegionsPanel } from './features/regions-panel.ts';
import { setupRegionMap } from './features/region-map.ts';
import { setupScreen } from './features/screen.ts';
import { setupSearch } from './features/search.ts';
import { setupStats } from './features/stats.ts';
import { setupTownPanel } from './features/town-panel.ts';
import { setupUrlSync } from './features/url-sync.ts';
import { setupViewControls } from './features/view-controls.ts';

/**
 * Performance marks (bench/browser.bench.ts reads them): the graph's first drawing, and the first
 * legible one, framed, with labels and flows.
 */
const FIRST_DRAWING = 'jumelage:first-drawing';
const FIRST_LEGIBLE = 'jumelage:first-legible';

/** In set-up order: the layout gives positions before the outlines and the drawing read them. */
const FEATURES: Feature[] = [
  setupLanguage,
  setupLayout,
  setupCountryOutlines,
  setupDraw,
  setupFlows,
  setupLabels,
  setupFocus,
  setupInteraction,
  setupStats,
  setupLegend,
  setupViewControls,
  setupFilters,
  setupSearch,
  setupPanels,
  setupScreen,
  setupCredits,
  setupTownPanel,
  setupEastWestPanel,
  setupCommunitiesPanel,
  setupRegionsPanel,
  setupRegionMap,
  setupRankingsPanel,
  setupGrowthPanel,
  setupAnalyticsSync,
  setupConnections,
  setupExport,
  setupImportDialog,
  setupUrlSync,
];

function showLoading(text: string | null, fraction?: number | null): void {
  const box = byId('loading');
  box.hidden = text === null;
  byId('app').setAttribute('aria-busy', String(text !== null));
  if (text === null) return;
  byId('loading-text').textContent = text;
  const bar = byId<HTMLProgressElement>('loading-progress');
  if (typeof fraction === 'number') bar.value = fraction;
  else bar.removeAttribute('value');
}

function showError(store: Store<AppState>, message: string): void {
  showLoading(null);
  const box = byId('message');
  box.textContent = message;
  box.hidden = false;
  byId('retry').hidden = false;
  const stats = byId('stats');
  stats.textContent = translate(store.get().lang, 'error.loadFailed');
}

async function boot(store: Store<AppState>, defaultLang: AppState['lang']): Promise<void> {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(store.get().lang, key, params);
  showLoading(t('loading.graph'));
  const data = await fetchGraph({
    onProgress: ({ fraction, loaded }) =>
      showLoading(
        loaded ? t('loading.received', { size: formatNumber(store.get().lang, (loaded ?? 0) / 1_000_000, 1) }) : t('loading.graph'),
        fraction,
      ),
  });
  showLoading(t('loading.preparing'));
  await new Promise((resolve) => requestAnimationFrame(resolve));

  const graph = buildGraph(data);
  const meta = describeGraph(graph);
  graph.updateEachNodeAttributes((node, attr) => Object.assign(attr, meta.geo.get(node)), { attributes: ['x', 'y'] });
  let renderer: Renderer;
  try {
    renderer = new Sigma<TownAttributes, TieAttributes, NetworkAttributes>(graph, byId('graph'), {
      renderEdgeLabels: false,
      // names are placed without overlap by features/labels.ts (and focus.ts), not by sigma's grid
      renderLabels: false,
      defaultDrawNodeHover: drawNodeHalo,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      zIndex: true,
      defaultEdgeType: 'line',
      // drawing-model.ts edgeStyle: one-pixel lines for many partnerships, rectangles for wider ones;
      // left out while the overview's flows stand for them, and the towns' picking pass while the
      // camera moves (programs.ts)
      edgeProgramClasses: { line: PartnershipLineProgram, thick: PartnershipRectangleProgram },
      nodeProgramClasses: { circle: TownPointProgram },
      defaultEdgeColor: EDGE,
      stagePadding: 24,
      minCameraRatio: 0.002,
      maxCameraRatio: 4,
      // an edge's `type` is the partnership type; sigma reads `type` as its edge program
      edgeReducer: (_edge, attr) => ({ ...attr, type: 'line' }),
      // towns keep their size on screen while zooming, as markers on a map do
      zoomToSizeRatioFunction: () => 1,
    });
  } catch (err) {
    console.error(err);
    throw new ApiError('WebGL unavailable', null, 'error.webgl');
  }
  // sigma's own label canvases stay empty (the names are ours) but are cleared on every frame; a
  // 2D canvas that is shown is copied into the page's tiles on every frame, so these are not shown
  for (const layer of ['labels', 'edgeLabels'] as const) renderer.getCanvases()[layer]!.style.display = 'none';
  // and the lines' layer only in the frames that draw lines (programs.ts)
  const stopHidingLines = showLinesLayerWhenDrawn(renderer);
  const ctx = createContext({ graph, renderer, store, meta, defaultLang });
  const teardowns = FEATURES.map((feature) => feature(ctx));
  showLoading(null);
  const selected = store.get().selected;
  // Draw now, so that the towns' display positions are final before the camera is placed. The
  // features' reducers are indexed already (sigma indexes every town and partnership again when
  // its settings change: draw.ts set them), so this and the first frame after the framing are
  // drawings, not refreshes: each refresh of the whole dataset costs 0.1–0.2 s here before
  // anything is seen.
  renderer.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true }); // sigma's `render` is private
  performance.mark(FIRST_DRAWING);
  frameTowns(ctx);
  if (selected !== null) flyTo(ctx, selected, 0);
  // the first frame drawn after the framing: the towns in view, their labels and, zoomed out, the flows
  renderer.once('afterRender', () => performance.mark(FIRST_LEGIBLE));
  renderer.scheduleRender();
  window.addEventListener('pagehide', () => {
    for (const teardown of teardowns.reverse()) teardown();
    stopHidingLines();
    renderer.kill();
  });
}

const defaultLang = browserLang();
const store = new Store<AppState>({ ...defaultState(defaultLang), ...stateFromUrl(location.search) });
translatePage(store.get().lang);
byId('retry').addEventListener('click', () => location.reload());
boot(store, defaultLang).catch((err: unknown) => {
  if (err instanceof ApiError) showError(store, err.messageKey ? translate(store.get().lang, err.messageKey) : err.message);
  else {
    showError(store, translate(store.get().lang, 'error.draw'));
    console.error(err);
  }
});
