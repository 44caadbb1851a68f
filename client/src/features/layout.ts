/**
 * Layouts: towns at their map positions (Web Mercator), or ForceAtlas2. The first force view
 * takes the positions the server computed once for this dataset version (GET /api/layout/force;
 * while it is still computing, its progress is shown), provided they are of the version of the
 * graph drawn here; when the server cannot give them, ForceAtlas2 runs here instead, in a web
 * worker (graphology-layout-forceatlas2's supervisor), and the status line says why. "Run again"
 * always runs it here (after filtering, say). Settings and stopping rule are the server's
 * (contract/force-layout.ts): it stops once the mean step of a node stays below a small share of
 * the drawing's size for a number of rounds, or after a bounded number of rounds.
 *
 * Positions are the one thing sigma reads from the graph rather than from reducers, so a layout
 * writes `x`/`y` of the graph; the two layouts' positions are kept so that switching back and
 * forth is instant (with a short animation). The worker moves a bare copy of the graph (no
 * attributes, no renderer listening), and its positions reach the drawn graph a few times a
 * second: redrawing 17,000 towns after every round would slow the layout to a crawl.
 *
 * Once force positions are drawn, `#graph` says where they came from (`data-layout-source`:
 * server or local), after how many rounds, and the sums of their x and y (`data-layout-sum`).
 */
import { UndirectedGraph } from 'graphology';
import FA2LayoutSupervisorModule from 'graphology-layout-forceatlas2/worker.js';
import type { ForceLayoutAnswer } from '../../../contract/api/layout.ts';
import { forceSettings, MAX_ROUNDS, SettleRule } from '../../../contract/force-layout.ts';
import { ApiError, getJson } from '../api.ts';
import { frameTowns } from '../camera.ts';
import type { Feature } from '../context.ts';
import { byId, h } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { TownGraph } from '../types.ts';

// CommonJS with `module.exports = Class`, typed as `export default`: take whichever arrives.
type Supervisor = InstanceType<typeof FA2LayoutSupervisorModule.default>;
const FA2LayoutSupervisor = ((FA2LayoutSupervisorModule as unknown as { default?: unknown }).default ??
  FA2LayoutSupervisorModule) as unknown as new (graph: UndirectedGraph, params: object) => Supervisor;

type Positions = Map<string, { x: number; y: number }>;

const ANIMATION_MS = 600;
/**
 * Above this many towns the towns go straight to their new places: every frame of the morph moves
 * every town, which sigma reprocesses with every partnership, and at the default dataset's 26,335
 * towns that is some 100 ms a frame in headless Chromium: a slide show of six pictures that holds
 * the force view back by 0.6 s (`npm run bench -- browser`).
 */
const MORPH_MAX_TOWNS = 5000;
/** How often the worker's positions are drawn while it runs. */
const PUBLISH_MS = 250;
/** Asked again this many times when the server's positions are of another dataset version than the graph's. */
const VERSION_RETRIES = 1;

function snapshot(graph: TownGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, attr) => positions.set(node, { x: attr.x, y: attr.y }));
  return positions;
}

/** Why the server's positions were not used. */
class NotUsable extends Error {}

/** The server's positions as a map, when they are of `version` and place every node of `graph`. */
function usable(graph: TownGraph, answer: ForceLayoutAnswer, version: number): Positions {
  if (answer.version !== version) throw new NotUsable(`version ${answer.version}, not ${version}`);
  const positions: Positions = new Map();
  graph.forEachNode((node) => {
    const xy = answer.positions[node];
    if (!xy) throw new NotUsable(`no position for ${node}`);
    positions.set(node, { x: xy[0], y: xy[1] });
  });
  return positions;
}

export const setupLayout: Feature = (ctx) => {
  const { graph, store, meta } = ctx;
  const status = byId('layout-status');
  const container = ctx.renderer.getContainer();
  const version = graph.getAttribute('datasetVersion');
  let supervisor: Supervisor | null = null;
  let forcePositions: Positions | null = null;
  let source: 'server' | 'local' | null = null;
  let settled = false;
  let frame = 0;
  let rule = new SettleRule();
  /** The rounds of the positions drawn (or being computed here). */
  let rounds = 0;
  /** The server's positions are being fetched (null: not now); the fraction computed so far when known. */
  let fetching: { fraction: number | null } | null = null;
  let serverAsked = false;
  /** Why the server's positions were not used, shown beside the local layout's status. */
  let fallback: string | null = null;
  let disposed = false;
  /** The bare copy the worker moves. */
  let layoutGraph: UndirectedGraph | null = null;
  let lastPublished = 0;

  const show = (text: string, action?: { label: string; run: () => void }) => {
    status.hidden = !text;
    status.replaceChildren(h('span', {}, text), ...(action ? [h('button', { type: 'button', onclick: action.run }, action.label)] : []));
  };

  /** The status line of the force layout as it stands. */
  const showStatus = () => {
    if (store.get().layout !== 'force') return show('');
    const note = (key: MessageKey) => {
      const text = ctx.t(key, { rounds });
      return fallback === null ? text : `${text} ${ctx.t('layout.fallback', { error: fallback })}`;
    };
    const rerun = { label: ctx.t('layout.rerun'), run: () => runForce() };
    if (fetching)
      show(
        fetching.fraction === null
          ? ctx.t('layout.server.loading')
          : // the job's fraction is its rounds out of the maximum (server/services/layout.service.ts)
            ctx.t('layout.server.computing', { rounds: Math.round(fetching.fraction * MAX_ROUNDS) }),
      );
    else if (supervisor) show(note('layout.running'), { label: ctx.t('layout.stop'), run: () => stopForce(false) });
    else if (source === 'server') show(ctx.t(settled ? 'layout.server.settled' : 'layout.server.stopped', { rounds }), rerun);
    else if (source === 'local') show(note(settled ? 'layout.settled' : 'layout.stopped'), rerun);
  };

  /** Says on `#graph` which force positions are drawn (none on the map). */
  const describe = () => {
    const { dataset } = container;
    if (store.get().layout !== 'force' || !source || supervisor) {
      for (const key of ['layoutSource', 'layoutRounds', 'layoutSum']) delete dataset[key];
      return;
    }
    let sumX = 0;
    let sumY = 0;
    graph.forEachNode((_node, attr) => {
      sumX += attr.x;
      sumY += attr.y;
    });
    Object.assign(dataset, { layoutSource: source, layoutRounds: String(rounds), layoutSum: `${sumX.toFixed(2)} ${sumY.toFixed(2)}` });
  };

  /** The map opens where most towns are; the force layout as a whole. Resolves when the camera is there. */
  const reframe = async (): Promise<void> => {
    if (store.get().layout === 'geo') frameTowns(ctx, 300);
    else await ctx.renderer.getCamera().animatedReset({ duration: 300 });
  };

  /** Moves the towns to `target` in a few frames (one graph update per frame), or at once above MORPH_MAX_TOWNS. */
  const moveTo = (target: ReadonlyMap<string, { x: number; y: number }>, then?: () => void) => {
    cancelAnimationFrame(frame);
    if (graph.order > MORPH_MAX_TOWNS) {
      graph.updateEachNodeAttributes((node, attr) => Object.assign(attr, target.get(node)), { attributes: ['x', 'y'] });
      void reframe().then(then);
      return;
    }
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
      // `then` (describe: #graph[data-layout-source]) once the camera has framed the new positions
      else void reframe().then(then);
    };
    frame = requestAnimationFrame(tick);
  };

  const stopForce = (done: boolean) => {
    if (!supervisor) return;
    supervisor.stop();
    supervisor.kill();
    supervisor = null;
    layoutGraph?.off('eachNodeAttributesUpdated', onStep);
    publish();
    layoutGraph = null;
    forcePositions = snapshot(graph);
    settled = done;
    void reframe();
    showStatus();
    describe();
  };

  /** Copies the worker's positions to the drawn graph (one update, one redraw). */
  const publish = () => {
    if (!layoutGraph) return;
    const from = layoutGraph;
    graph.updateEachNodeAttributes(
      (node, attr) => {
        attr.x = from.getNodeAttribute(node, 'x') as number;
        attr.y = from.getNodeAttribute(node, 'y') as number;
        return attr;
      },
      { attributes: ['x', 'y'] },
    );
    lastPublished = performance.now();
  };

  /** The worker's positions of this round, x0, y0, x1, y1, … (reused from round to round). */
  let xy = new Float64Array(0);

  /** Watches the worker's rounds and stops it when the drawing has settled. */
  function onStep(): void {
    if (!supervisor?.isRunning() || !layoutGraph) return;
    if (xy.length !== layoutGraph.order * 2) xy = new Float64Array(layoutGraph.order * 2);
    let i = 0;
    layoutGraph.forEachNode((_node, attr) => {
      xy[i++] = attr.x as number;
      xy[i++] = attr.y as number;
    });
    const stop = rule.step(xy, layoutGraph.order);
    rounds = rule.rounds;
    // this runs inside the supervisor's message handler, which still needs its state: stop after it
    if (stop) queueMicrotask(() => stopForce(stop === 'settled'));
    else {
      if (performance.now() - lastPublished > PUBLISH_MS) publish();
      if (rounds % 10 === 0) showStatus();
    }
  }

  function runForce(): void {
    stopForce(false);
    rule = new SettleRule();
    rounds = 0;
    source = 'local';
    const copy = new UndirectedGraph();
    graph.forEachNode((node, attr) => copy.addNode(node, { x: attr.x, y: attr.y }));
    graph.forEachEdge((edge, _attr, from, to) => copy.addUndirectedEdgeWithKey(edge, from, to));
    layoutGraph = copy;
    supervisor = new FA2LayoutSupervisor(copy, { settings: forceSettings(copy.order), getEdgeWeight: null });
    copy.on('eachNodeAttributesUpdated', onStep);
    supervisor.start();
    void ctx.renderer.getCamera().animatedReset({ duration: 300 });
    showStatus();
    describe();
  }

  /** The server's positions for the graph drawn here; on failure the layout runs here, and says why. */
  async function fromServer(): Promise<void> {
    serverAsked = true;
    fetching = { fraction: null };
    showStatus();
    try {
      let positions: Positions | null = null;
      let answer: ForceLayoutAnswer | null = null;
      for (let attempt = 0; !positions; attempt++) {
        answer = await getJson<ForceLayoutAnswer>(ENDPOINTS.forceLayout, {
          onProgress: (p) => {
            if (!p.computing || disposed || !fetching) return;
            fetching = { fraction: p.fraction };
            showStatus();
          },
        });
        try {
          positions = usable(graph, answer, version);
        } catch (err) {
          // a newer version on the server than the page's: asking again cannot help
          if (!(err instanceof NotUsable) || attempt >= VERSION_RETRIES || answer.version > version) throw err;
        }
      }
      if (disposed || !answer) return;
      fetching = null;
      forcePositions = positions;
      source = 'server';
      settled = answer.settled;
      rounds = answer.rounds;
    } catch (err) {
      if (disposed) return;
      fetching = null;
      fallback = err instanceof ApiError && err.messageKey ? ctx.t(err.messageKey) : err instanceof Error ? err.message : String(err);
      if (store.get().layout === 'force') runForce();
      return;
    }
    if (store.get().layout === 'force') {
      showStatus();
      moveTo(forcePositions, describe);
    }
  }

  const apply = (layout: 'geo' | 'force', animate: boolean) => {
    if (layout === 'geo') {
      if (supervisor) stopForce(false);
      show('');
      describe();
      if (animate) moveTo(meta.geo);
      else graph.updateEachNodeAttributes((node, attr) => Object.assign(attr, meta.geo.get(node)), { attributes: ['x', 'y'] });
    } else if (forcePositions) {
      showStatus();
      moveTo(forcePositions, describe);
    } else if (!serverAsked) {
      void fromServer();
    } else if (fetching) {
      showStatus();
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
    () => showStatus(),
  );
  return () => {
    disposed = true;
    unwatch();
    unwatchLang();
    cancelAnimationFrame(frame);
    supervisor?.kill();
    layoutGraph?.off('eachNodeAttributesUpdated', onStep);
    show('');
  };
};
