/**
 * The "Regions" map mode: in place of the network, a choropleth of the German states or districts
 * (charts/choropleth.ts, the report's map) for the current filters, coloured by a figure of
 * GET /api/regions, under-connected regions hatched. Pointing at a region shows its name, figure and
 * flag; a click opens it in the regions panel (`region`). The markup comes escaped from charts/ and
 * is listened to by delegation on its `data-region` paths. `#region-map[data-drawn="true"]` (with
 * `data-regions`, the paths drawn) says the map is there to be looked at (tests, the benchmark).
 */
import { choropleth, REGION_FIGURES, type RegionFigure } from '../../../charts/choropleth.ts';
import type { RegionGeometry, Regions } from '../../../contract/api/regions.ts';
import { filtersKey } from '../../../contract/filters.ts';
import { apiUrl } from '../api.ts';
import type { AppContext, Feature } from '../context.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { formatMetric, formatShare } from '../i18n/index.ts';
import { regionsUrl, shownFigure } from '../regions.ts';
import { Resource } from '../resource.ts';
import { MAP_LEVELS, type MapLevel } from '../state.ts';
import { pending } from './panel-reload.ts';
import { COMPACT } from './screen.ts';

interface MapData {
  level: MapLevel;
  regions: Regions;
  geometry: RegionGeometry;
  /** The states' boundaries drawn over the districts. */
  outline: RegionGeometry | null;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A figure's value as the page shows it (shares as percentages). */
export function formatFigure(ctx: AppContext, figure: RegionFigure, value: number): string {
  const lang = ctx.store.get().lang;
  return figure.endsWith('Share') && value <= 1 ? formatShare(lang, value) : formatMetric(lang, value);
}

export const setupRegionMap: Feature = (ctx) => {
  const { store } = ctx;
  const stage = byId('stage');
  const bar = h('div', { class: 'map-bar' });
  const canvas = h('div', { class: 'map-canvas' });
  const legendBox = h('div', { class: 'map-legend' });
  const tooltip = h('div', { class: 'map-tooltip', role: 'tooltip', id: 'region-map-tooltip', hidden: true });
  const status = h('div', { class: 'map-status', role: 'status' });
  const root = h('div', { id: 'region-map', hidden: true, 'data-drawn': 'false' }, bar, canvas, legendBox, tooltip, status);
  stage.append(root);
  const data = new Resource<MapData>();
  let timer: number | undefined;
  let drawnSize = '';

  const load = () => {
    const state = store.get();
    if (state.map !== 'regions') return;
    const level = state.regionLevel;
    const geometryUrl = (l: MapLevel) => apiUrl(ENDPOINTS.regionGeometry, { level: l });
    data.load(`${level}|${filtersKey(state.filters)}`, async (onProgress) => {
      const [regions, geometry, outline] = await Promise.all([
        ctx.cache.get<Regions>(regionsUrl(ctx, level), onProgress),
        ctx.cache.get<RegionGeometry>(geometryUrl(level)),
        level === 'district' ? ctx.cache.get<RegionGeometry>(geometryUrl('state')) : Promise.resolve(null),
      ]);
      return { level, regions, geometry, outline };
    });
  };

  const renderBar = () => {
    const state = store.get();
    const rows = data.last?.regions.rows ?? [];
    const figure = shownFigure(state.figure, rows);
    fill(
      bar,
      h(
        'div',
        { class: 'map-choice' },
        labelledSelect(
          'map-level',
          ctx.t('map.level'),
          MAP_LEVELS.map((l) => ({ value: l, text: ctx.t(`regions.${l}`) })),
          state.regionLevel,
          (value) => store.set({ regionLevel: value as MapLevel, region: null }),
        ),
      ),
      h(
        'div',
        { class: 'map-choice' },
        labelledSelect(
          'map-figure',
          ctx.t('map.figure'),
          REGION_FIGURES.map((f) => ({ value: f, text: ctx.t(`column.${f}`) })),
          figure,
          (value) => store.set({ figure: value as RegionFigure }),
        ),
      ),
      h('p', { class: 'note map-hint' }, ctx.t('map.hint')),
    );
  };

  const draw = () => {
    const state = store.get();
    root.dataset.drawn = 'false';
    const loaded = data.state;
    if (loaded.status !== 'ready') {
      fill(status, pending(ctx, loaded));
      return;
    }
    const { level, regions, geometry, outline } = loaded.data;
    const box = canvas.getBoundingClientRect();
    const width = Math.floor(box.width);
    const height = Math.floor(box.height);
    if (width < 50 || height < 50) return;
    const figure = shownFigure(state.figure, regions.rows);
    const figureName = ctx.t(`column.${figure}`);
    try {
      const map = choropleth({
        geometry,
        rows: regions.rows,
        figure,
        width,
        height,
        id: 'region-map',
        ...(outline ? { outline } : {}),
        labels: {
          title: ctx.t('map.title', { level: ctx.t(`regions.in.${level}`), figure: figureName }),
          figure: figureName,
          noValue: ctx.t('map.noValue'),
          underConnected: ctx.t('map.underConnected'),
          format: (v) => formatFigure(ctx, figure, v),
        },
      });
      // escaped by charts/markup.ts: names from the data are text
      canvas.innerHTML = map.svg.value;
      legendBox.innerHTML = map.legend.value;
      fill(status);
      markSelected();
      drawnSize = `${width}x${height}`;
      root.dataset.figure = figure;
      root.dataset.level = level;
      root.dataset.regions = String(map.regions);
      root.dataset.drawn = 'true';
    } catch (err) {
      fill(status, h('p', { class: 'error' }, ctx.t('map.failed', { reason: err instanceof Error ? err.message : String(err) })));
    }
  };

  /** An outline over a region (hovered or open), drawn last so that no neighbour covers it. */
  const overlay = (kind: 'hover' | 'selected', region: string | null) => {
    const svg = canvas.querySelector('svg');
    svg?.querySelector(`path.${kind}`)?.remove();
    const source = region ? svg?.querySelector<SVGPathElement>(`path[data-region="${CSS.escape(region)}"]`) : null;
    if (!svg || !source) return;
    const line = document.createElementNS(SVG, 'path');
    line.setAttribute('class', kind);
    line.setAttribute('d', source.getAttribute('d') ?? '');
    line.setAttribute('pointer-events', 'none');
    svg.append(line);
  };
  const markSelected = () => overlay('selected', store.get().region);

  const regionAt = (event: Event) => (event.target as Element | null)?.closest<SVGPathElement>('path[data-region]') ?? null;

  const onMove = (event: PointerEvent) => {
    const path = regionAt(event);
    const loaded = data.data;
    if (!path || !loaded) {
      tooltip.hidden = true;
      overlay('hover', null);
      return;
    }
    const key = path.dataset.region!;
    const row = loaded.regions.rows.find((r) => r.region === key);
    const figure = shownFigure(store.get().figure, loaded.regions.rows);
    const value = row?.[figure] ?? null;
    fill(
      tooltip,
      h('strong', {}, row?.name ?? path.dataset.name ?? key),
      h(
        'span',
        { class: 'figure' },
        `${ctx.t(`column.${figure}`)}: `,
        value === null ? ctx.t('map.noValue') : formatFigure(ctx, figure, value),
      ),
      row?.underConnected ? h('span', { class: 'flag' }, ctx.t('map.tooltipFlag')) : null,
    );
    tooltip.dataset.region = key;
    tooltip.hidden = false;
    const area = root.getBoundingClientRect();
    const x = event.clientX - area.left;
    const y = event.clientY - area.top;
    const w = tooltip.offsetWidth;
    const hgt = tooltip.offsetHeight;
    tooltip.style.left = `${Math.max(4, x + 14 + w > area.width ? x - w - 14 : x + 14)}px`;
    tooltip.style.top = `${Math.max(4, y + 14 + hgt > area.height ? y - hgt - 14 : y + 14)}px`;
    if (canvas.querySelector('path.hover')?.getAttribute('d') !== path.getAttribute('d')) overlay('hover', key);
  };
  const onLeave = () => {
    tooltip.hidden = true;
    overlay('hover', null);
  };
  const onClick = (event: MouseEvent) => {
    const path = regionAt(event);
    if (!path) return;
    const compact = window.matchMedia(COMPACT).matches;
    store.set({ region: path.dataset.region!, panel: 'regions', ...(compact ? { sheet: true, drawer: false } : {}) });
  };
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerleave', onLeave);
  canvas.addEventListener('click', onClick);

  const resize = new ResizeObserver(() => {
    if (store.get().map !== 'regions') return;
    const box = canvas.getBoundingClientRect();
    if (`${Math.floor(box.width)}x${Math.floor(box.height)}` === drawnSize) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(draw, 150);
  });
  resize.observe(canvas);

  const show = () => {
    const on = store.get().map === 'regions';
    root.hidden = !on;
    document.body.dataset.map = store.get().map;
    if (!on) return;
    renderBar();
    load();
    draw();
  };

  const unsubscribeData = data.subscribe(() => {
    renderBar();
    draw();
  });
  let filterTimer: number | undefined;
  const unsubscribe = store.subscribe((s, p) => {
    if (s.map !== p.map) show();
    else if (s.map !== 'regions') return;
    else if (s.regionLevel !== p.regionLevel) {
      renderBar();
      load();
    } else if (s.filters !== p.filters && !s.playing) {
      window.clearTimeout(filterTimer);
      filterTimer = window.setTimeout(load, 400);
    } else if (s.playing !== p.playing && !s.playing) load();
    else if (s.figure !== p.figure || s.lang !== p.lang) {
      renderBar();
      draw();
    } else if (s.region !== p.region) markSelected();
  });
  show();

  return () => {
    window.clearTimeout(timer);
    window.clearTimeout(filterTimer);
    resize.disconnect();
    unsubscribe();
    unsubscribeData();
    canvas.removeEventListener('pointermove', onMove);
    canvas.removeEventListener('pointerleave', onLeave);
    canvas.removeEventListener('click', onClick);
    delete document.body.dataset.map;
    root.remove();
  };
};
