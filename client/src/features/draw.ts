/**
 * The drawing: sigma's node and edge reducers turn the UI state into what is drawn (visibility
 * under the filters, colour and size modes, the selected town and its recommended partners, the
 * chosen community (its largest towns named; alone with "this community only"), the east-west
 * view and its brokers, the paths between two towns or a town's neighbourhood), and every change
 * of state or of analysis data redraws through `renderer.refresh` (the overview coming or going
 * while the map moves: in the next frame). What the reducers read is computed once per redraw
 * (draw-frame.ts). Graph attributes are never touched here. Hover emphasis has its own layer
 * (focus.ts), which reads what the reducers produce.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { freeArea, selectionNodes } from '../camera.ts';
import type { Feature } from '../context.ts';
import { FEW_EDGES, LINES_DRAWN_IN_MOTION } from '../drawing-model.ts';
import { CROSS_TIE, EDGE_FADED, EDGE_FOCUS, FADED_NODE } from '../palettes.ts';
import { cameraMoving, drawingResolution, leaveLinesOut } from '../programs.ts';
import { shownInCommunityGraph } from './community-graph.ts';
import { edgesOnScreen, frame, linesDrawn, type Frame } from './draw-frame.ts';
import { drawingChanged, openTie, tieShown } from './drawn.ts';

export const setupDraw: Feature = (ctx) => {
  const { renderer, store } = ctx;
  // until the first count at rest, every partnership of the view counts as on screen
  let onScreen = ctx.view().edges.size;
  let current = frame(ctx, store.get(), onScreen);

  const nodeReducer = (node: string, attr: Attributes): Partial<NodeDisplayData> => {
    const { view, selected, community, communityOnly, communityLabels, recommended, brokers, highlight } = current;
    const out: Partial<NodeDisplayData> = {
      x: attr.x as number,
      y: attr.y as number,
      label: attr.name as string,
      size: current.size.sizeOf(node),
      color: current.color.colorOf(node),
      zIndex: 1,
    };
    if (!view.nodes.has(node)) {
      out.hidden = true;
      return out;
    }
    if ((communityOnly && !community?.has(node)) || (current.grouping && !shownInCommunityGraph(current.grouping, node))) {
      out.hidden = true;
      return out;
    }
    if ((community && !community.has(node)) || (highlight && !highlight.nodes.has(node))) {
      out.color = FADED_NODE;
      out.label = null;
      out.zIndex = 0;
    } else if (communityLabels.has(node)) {
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (brokers.has(node) || recommended.has(node) || highlight?.named.has(node)) {
      out.forceLabel = true;
      out.highlighted = true;
      out.zIndex = 2;
    }
    if (node === selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    return out;
  };

  const edgeReducer = (edge: string): Partial<EdgeDisplayData> => {
    // `type` is the partnership type in the data; for sigma it names the program
    const { view, community, cross, highlight, overview, edges } = current;
    const out: Partial<EdgeDisplayData> = { type: edges.program, color: edges.color, size: edges.size, zIndex: 0 };
    if (!view.edges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (highlight) {
      if (highlight.edges.has(edge))
        Object.assign(out, { type: 'thick', color: EDGE_FOCUS, size: highlight.kind === 'paths' ? 2.4 : 1.4, zIndex: 2 });
      else out.hidden = true;
      return out;
    }
    // zoomed out, the flows stand for the partnerships (features/flows.ts); in the community graph,
    // those between two towns of open communities are drawn as themselves
    // the community graph shows the ties of the communities opened; the map's overview keeps the
    // lines processed, and programs.ts leaves them out while the flows stand for them
    if (!tieShown(ctx.graph, view, community, edge) || (overview && current.grouping && !openTie(current.grouping, edge)))
      out.hidden = true;
    if (cross) {
      if (cross.has(edge)) {
        out.type = 'thick';
        out.color = CROSS_TIE;
        out.size = Math.max(1.4, edges.size);
        out.zIndex = 1;
      } else out.color = EDGE_FADED;
    }
    return out;
  };

  // `#graph[data-lines-in-motion]`: "hidden" when the lines are left out while the camera moves
  const hideInMotion = (f: Frame) => {
    const hide = linesDrawn(ctx, f) > LINES_DRAWN_IN_MOTION;
    renderer.getContainer().dataset.linesInMotion = hide ? 'hidden' : 'drawn';
    return hide;
  };
  renderer.setSettings({ nodeReducer, edgeReducer, hideEdgesOnMove: hideInMotion(current) });
  // the map's overview: its flows stand for the partnerships, whose lines are not drawn
  leaveLinesOut(ctx.graph, () => current.overview && current.grouping === null);

  // `#graph[data-highlight]` says what is brought forward ("paths" or "ego") and how much of it,
  // `data-community*` the chosen community (its members in view, their colour, the towns named,
  // whether it is shown alone) and `data-recommended` the recommended partners marked, for whoever
  // looks at the picture without reading its pixels (the browser tests)
  const describeHighlight = (f: Frame) => {
    const { dataset } = renderer.getContainer();
    const { highlight, community } = f;
    if (highlight)
      Object.assign(dataset, { highlight: highlight.kind, highlightNodes: highlight.nodes.size, highlightEdges: highlight.edges.size });
    else for (const key of ['highlight', 'highlightNodes', 'highlightEdges']) delete dataset[key];
    const members = community ? [...community].filter((node) => f.view.nodes.has(node)) : [];
    if (community && members.length) {
      Object.assign(dataset, {
        community: store.get().community ?? '',
        communityMembers: members.length,
        communityColour: f.color.colorOf(members[0]!),
        communityLabels: [...f.communityLabels].map((node) => ctx.graph.getNodeAttribute(node, 'name')).join('|'),
        communityOnly: String(f.communityOnly),
      });
    } else for (const key of ['community', 'communityMembers', 'communityColour', 'communityLabels', 'communityOnly']) delete dataset[key];
    dataset.edgeStyle = `${f.edges.strength.toFixed(3)} ${f.edges.size.toFixed(2)} ${f.edges.program}`;
    if (f.recommended.size) dataset.recommended = [...f.recommended].join(' ');
    else delete dataset.recommended;
  };
  describeHighlight(current);

  // Changes within one task (a state change and the data it brings) are drawn once. The map's
  // overview coming or going reprocesses nothing (programs.ts leaves the lines out); what changes
  // only the partnerships (the lines' style for the number on screen) reprocesses only them; what only changes colours and emphasis is redrawn without
  // re-indexing (no label grid, no sorting); what changes visibility or sizes is re-indexed.
  const KINDS = ['render', 'edges', 'emphasis', 'full'] as const;
  let pending: (typeof KINDS)[number] | null = null;
  const redraw = (kind: (typeof KINDS)[number]) => {
    if (pending === null) {
      queueMicrotask(() => {
        let drawn = pending;
        pending = null;
        // the overview coming or going changes no town's or partnership's display data
        if (drawn !== 'render') drawingChanged();
        const grouping = current.grouping;
        current = frame(ctx, store.get(), onScreen);
        // the community graph coming, going or regrouping hides and shows towns and partnerships
        if (current.grouping !== grouping && drawn !== 'full') {
          drawn = 'full';
          drawingChanged();
        }
        describeHighlight(current);
        const hide = hideInMotion(current);
        // a changed setting makes sigma reprocess every town and partnership itself
        if (hide !== renderer.getSetting('hideEdgesOnMove')) {
          renderer.setSetting('hideEdgesOnMove', hide);
          return;
        }
        // the overview comes or goes while the map moves in the frame's own drawing (flows.ts
        // decides it after each render): the next frame, due anyway, draws it, rather than a
        // second drawing within this one
        if (drawn === 'render' && cameraMoving(renderer)) {
          renderer.scheduleRender();
          return;
        }
        if (drawn !== 'full') {
          try {
            const nodes = drawn === 'emphasis' ? ctx.graph.nodes() : [];
            const edges = drawn === 'render' ? [] : ctx.graph.edges();
            renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
            return;
          } catch {
            // sigma had not indexed the graph yet (a full refresh was pending): index it now
          }
        }
        renderer.refresh({ skipIndexation: true });
      });
    }
    if (pending === null || KINDS.indexOf(kind) > KINDS.indexOf(pending)) pending = kind;
  };
  const unsubscribe = [
    store.subscribe((state, previous) => {
      // hover, the language, the open panel and the play button change nothing the reducers draw
      if (
        state.filters !== previous.filters ||
        state.size !== previous.size ||
        state.communityOnly !== previous.communityOnly ||
        state.expanded !== previous.expanded ||
        state.layout !== previous.layout ||
        // the community graph hides and shows towns
        (state.overview !== previous.overview && state.layout === 'force')
      )
        redraw('full');
      else if (
        state.color !== previous.color ||
        state.divide !== previous.divide ||
        state.selected !== previous.selected ||
        state.community !== previous.community ||
        state.pathTo !== previous.pathTo ||
        state.ego !== previous.ego
      ) {
        redraw('emphasis');
      } else if (state.overview !== previous.overview) redraw('render');
    }),
    // a progress report changes nothing drawn
    ctx.analytics.metrics.subscribe(() => redraw('full'), { progress: false }),
    ctx.analytics.communities.subscribe(() => redraw('emphasis'), { progress: false }),
    ctx.analytics.eastWest.subscribe(() => redraw('emphasis'), { progress: false }),
    ctx.analytics.paths.subscribe(() => redraw('emphasis'), { progress: false }),
    ctx.analytics.ego.subscribe(() => redraw('emphasis'), { progress: false }),
    ctx.analytics.recommendations.subscribe(() => redraw('emphasis'), { progress: false }),
  ];

  // `#graph[data-settled]` says whether the picture is final, for whoever looks at it (the browser
  // tests): "true" once the frame drawn shows the camera at rest, "false" while it moves. Checked
  // again on each animation frame until then: an animation that had already arrived ends without
  // a move, hence without a frame to wait for.
  const container = renderer.getContainer();
  const camera = renderer.getCamera();
  const moving = () => cameraMoving(renderer);
  let movedSinceDrawn = false;
  // the last frame was drawn in motion, without the towns' picking buffer (programs.ts) and
  // perhaps without the lines: one more is drawn at rest
  let drawnMoving = false;
  // the last frame was drawn at less than the device's resolution (programs.ts `drawingResolution`):
  // one more is drawn as soon as the resolution is whole again (a drag held still, a finger lifted)
  let drawnReduced = false;
  let watching = 0;
  const settle = () => {
    if ((drawnMoving && !moving()) || (drawnReduced && drawingResolution(renderer) === 1)) renderer.scheduleRender();
    const settled = !movedSinceDrawn && !drawnMoving && !drawnReduced && !camera.isAnimated();
    container.dataset.settled = String(settled);
    if (settled) {
      markSelectionInView();
      restyleEdges();
    }
    if (!settled && watching === 0) {
      watching = requestAnimationFrame(() => {
        watching = 0;
        settle();
      });
    }
  };
  // `#graph[data-selection-in-view]`: "k/n", how many of the chosen town and its partners (and
  // recommended partners) lie on screen, uncovered, once the picture is at rest (the framing's test)
  const markSelectionInView = () => {
    const { selected } = store.get();
    if (selected === null) {
      delete container.dataset.selectionInView;
      return;
    }
    const around = selectionNodes(ctx, selected);
    const area = freeArea(ctx); // on screen: where no legend or panel covers the map
    const inView = around.filter((node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return false;
      const p = renderer.framedGraphToViewport(d);
      return p.x >= area.left && p.x <= area.right && p.y >= area.top && p.y <= area.bottom;
    }).length;
    container.dataset.selectionInView = `${inView}/${around.length}`;
  };
  // at rest, the partnerships with an end on screen are counted (`#graph[data-edges-on-screen]`);
  // when their number has changed by a factor of √2 or more, the lines are redrawn in their style
  const bucket = (n: number) => Math.round(2 * Math.log2(Math.max(n, FEW_EDGES)));
  const restyleEdges = () => {
    const n = edgesOnScreen(ctx, current);
    container.dataset.edgesOnScreen = String(n);
    if (current.overview || current.highlight || bucket(n) === bucket(onScreen)) return;
    onScreen = n;
    redraw('edges');
  };
  const moved = () => {
    movedSinceDrawn = true;
    settle();
  };
  const drawn = () => {
    movedSinceDrawn = false;
    drawnMoving = moving();
    drawnReduced = drawingResolution(renderer) !== 1;
    settle();
  };
  camera.on('updated', moved);
  renderer.on('afterRender', drawn);
  return () => {
    cancelAnimationFrame(watching);
    camera.off('updated', moved);
    renderer.off('afterRender', drawn);
    delete container.dataset.settled;
    for (const key of Object.keys(container.dataset))
      if (/^(highlight|community|recommended|selectionInView|edgeStyle|edgesOnScreen|linesInMotion)/.test(key))
        delete container.dataset[key];
    for (const u of unsubscribe) u();
    renderer.setSettings({ nodeReducer: null, edgeReducer: (_edge, data) => ({ ...data, type: 'line' }), hideEdgesOnMove: false });
  };
};
