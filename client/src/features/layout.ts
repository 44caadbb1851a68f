/**
 * Layouts: towns at their map positions (Web Mercator), or ForceAtlas2 run in a web worker
 * (graphology-layout-forceatlas2's supervisor) that stops by itself once the drawing has settled:
 * when the mean step of a node stays below a small share of the drawing's size for a number of
 * rounds, or after a bounded number of rounds.
 *
 * Positions are the one thing sigma reads from the graph rather than from reducers, so a layout
 * writes `x`/`y` of the graph; the two layouts' positions are kept so that switching back and
 * forth is instant (with a short animation). The worker moves a bare copy of the graph (no
 * attributes, no renderer listening), and its positions reach the drawn graph a few times a
 * second: redrawing 17,000 towns after every round would slow the layout to a crawl.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisorModule from 'graphology-layout-forceatlas2/worker.js';
import { frameTowns } from '../camera.ts';
import type { Feature } from '../context.ts';
import { byId, h } from '../dom.ts';
import type { TownGraph } from '../types.ts';

// CommonJS with `module.exports = Class`, typed as `export default`: take whichever arrives.
type Supervisor = InstanceType<typeof FA2LayoutSupervisorModule.default>;
const FA2LayoutSupervisor = ((FA2LayoutSupervisorModule as unknown as { default?: unknown }).default ??
  FA2LayoutSupervisorModule) as unknown as new (graph: UndirectedGraph, params: object) => Supervisor;
const inferSettings = ((forceAtlas2 as unknown as { default?: typeof forceAtlas2 }).default ?? forceAtlas2).inferSettings;

type Positions = Map<string, { x: number; y: number }>;

/** Settled: the mean step is below this share of the drawing's diagonal ... */
const SETTLED_STEP = 0.0004;
/** ... for this many rounds in a row. */
const SETTLED_ROUNDS = 15;
const MAX_ROUNDS = 1500;
const ANIMATION_MS = 600;
/** How often the worker's positions are drawn while it runs. */
const PUBLISH_MS = 250;

function snapshot(graph: TownGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, attr) => positions.set(node, { x: attr.x, y: attr.y }));
  return positions;
}

export const setupLayout: Feature = (ctx) => {
  const { graph, store, meta } = ctx;
  const status = byId('layout-status');
  let supervisor: Supervisor | null = null;
  let forcePositions: Positions | null = null;
  let frame = 0;
  let rounds = 0;
  let calmRounds = 0;
  let previous: Float64Array | null = null;
  /** The bare copy the worker moves. */
  let layoutGraph: UndirectedGraph | null = null;
  let lastPublished = 0;

  const show = (text: string, action?: { label: string; run: () => void }) => {
    status.hidden = !text;
    status.replaceChildren(h('span', {}, text), ...(action ? [h('button', { type: 'button', onclick: action.run }, action.label)] : []));
  };

  /** The map opens where most towns are; the force layout as a whole. */
  const reframe = () => {
    if (store.get().layout === 'geo') frameTowns(ctx, 300);
    else void ctx.renderer.getCamera().animatedReset({ duration: 300 });
  };

  /** Moves the towns to `target` in a few frames (one graph update per frame). */
  const moveTo = (target: ReadonlyMap<string, { x: number; y: number }>, then?: () => void) => {
    cancelAnimationFrame(frame);
    const start = snapshot(graph);
    const began = performance.now();
    const tick = () => {
      const p = Math.min(1, (performance.now() - began) / ANIMATION_MS);
      const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
      graph.updateEachNodeAttributes(
        (node, attr) => {
          const a = start.get(node);
          const b = target.get(node);
          if (!a || !b) return attr;
          attr.x = a.x + (b.x - a.x) * e;
          attr.y = a.y + (b.y - a.y) * e;
          return attr;
        },
        { attributes: ['x', 'y'] },
      );
      if (p < 1) frame = requestAnimationFrame(tick);
      else {
        reframe();
        then?.();
      }
    };
    frame = requestAnimationFrame(tick);
  };

  const stopForce = (settled: boolean) => {
    if (!supervisor) return;
    supervisor.stop();
    supervisor.kill();
    supervisor = null;
    layoutGraph?.off('eachNodeAttributesUpdated', onStep);
    publish();
    layoutGraph = null;
    forcePositions = snapshot(graph);
    reframe();
    show(ctx.t(settled ? 'layout.settled' : 'layout.stopped', { rounds }), { label: ctx.t('layout.rerun'), run: () => runForce() });
  };

  /** Copies the worker's positions to the drawn graph (one update, one redraw). */
  const publish = () => {
    if (!layoutGraph) return;
    const source = layoutGraph;
    graph.updateEachNodeAttributes(
      (node, attr) => {
        attr.x = source.getNodeAttribute(node, 'x') as number;
        attr.y = source.getNodeAttribute(node, 'y') as number;
        return attr;
      },
      { attributes: ['x', 'y'] },
    );
    lastPublished = performance.now();
  };

  /** Watches the worker's rounds and stops it when the drawing has settled. */
  function onStep(): void {
    if (!supervisor?.isRunning() || !layoutGraph) return;
    rounds += 1;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    let moved = 0;
    let i = 0;
    const first = previous === null;
    const now = previous ?? new Float64Array(layoutGraph.order * 2);
    layoutGraph.forEachNode((_node, attr) => {
      const x = attr.x as number;
      const y = attr.y as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (!first) moved += Math.hypot(x - now[i]!, y - now[i + 1]!);
      now[i] = x;
      now[i + 1] = y;
      i += 2;
    });
    previous = now;
    const diagonal = Math.hypot(maxX - minX, maxY - minY) || 1;
    const step = first ? Infinity : moved / Math.max(1, layoutGraph.order) / diagonal;
    calmRounds = step < SETTLED_STEP ? calmRounds + 1 : 0;
    // this runs inside the supervisor's message handler, which still needs its state: stop after it
    if (calmRounds >= SETTLED_ROUNDS) queueMicrotask(() => stopForce(true));
    else if (rounds >= MAX_ROUNDS) queueMicrotask(() => stopForce(false));
    else {
      if (performance.now() - lastPublished > PUBLISH_MS) publish();
      if (rounds % 10 === 0) show(ctx.t('layout.running', { rounds }), { label: ctx.t('layout.stop'), run: () => stopForce(false) });
    }
  }

  function runForce(): void {
    stopForce(false);
    rounds = 0;
    calmRounds = 0;
    previous = null;
    const copy = new UndirectedGraph();
    graph.forEachNode((node, attr) => copy.addNode(node, { x: attr.x, y: attr.y }));
    graph.forEachEdge((edge, _attr, source, target) => copy.addUndirectedEdgeWithKey(edge, source, target));
    layoutGraph = copy;
    const settings = { ...inferSettings(copy), barnesHutOptimize: copy.order > 1000 };
    supervisor = new FA2LayoutSupervisor(copy, { settings, getEdgeWeight: null });
    copy.on('eachNodeAttributesUpdated', onStep);
    supervisor.start();
    void ctx.renderer.getCamera().animatedReset({ duration: 300 });
    show(ctx.t('layout.running', { rounds: 0 }), { label: ctx.t('layout.stop'), run: () => stopForce(false) });
  }

  const apply = (layout: 'geo' | 'force', animate: boolean) => {
    if (layout === 'geo') {
      if (supervisor) stopForce(false);
      show('');
      if (animate) moveTo(meta.geo);
      else graph.updateEachNodeAttributes((node, attr) => Object.assign(attr, meta.geo.get(node)), { attributes: ['x', 'y'] });
    } else if (forcePositions) {
      show(ctx.t('layout.settled', { rounds }), { label: ctx.t('layout.rerun'), run: () => runForce() });
      moveTo(forcePositions);
    } else {
      runForce();
    }
  };

  // the page starts with the map positions (main.ts); only a force layout has work to do
  if (store.get().layout === 'force') apply('force', false);
  const unwatch = store.watch(
    (s) => s.layout,
    (layout) => apply(layout, true),
  );
  const unwatchLang = store.watch(
    (s) => s.lang,
    () => {
      if (supervisor) show(ctx.t('layout.running', { rounds }), { label: ctx.t('layout.stop'), run: () => stopForce(false) });
      else if (store.get().layout === 'force')
        show(ctx.t('layout.settled', { rounds }), { label: ctx.t('layout.rerun'), run: () => runForce() });
    },
  );
  return () => {
    unwatch();
    unwatchLang();
    cancelAnimationFrame(frame);
    supervisor?.kill();
    layoutGraph?.off('eachNodeAttributesUpdated', onStep);
    show('');
  };
};
