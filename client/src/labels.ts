/**
 * Label placement: names are placed one after another in the order of their importance, each
 * beside its town (right, left, above or below the disc, in that order of preference; then the same
 * one and two lines further out) where its box, with a margin, meets no name placed before and stays on
 * screen; a name that fits nowhere is left out. The greedy rule of point-feature labelling (Christensen, Marks & Shieber, "An empirical study
 * of algorithms for point-feature label placement", ACM Transactions on Graphics 14(3), 1995): the
 * more important name always wins the place. The boxes are kept in an R-tree (rbush) so that each
 * test is logarithmic in the names placed.
 */
import RBush from 'rbush';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A name to place beside a point (a town's disc of `radius` px, 0 for a bare point). */
export interface LabelRequest {
  key: string;
  text: string;
  /** The text's width in px, in the font it is drawn in. */
  width: number;
  x: number;
  y: number;
  radius: number;
  /** Only these sides, in this order (default: right, left, above, below). */
  sides?: readonly Side[];
  /** Only beside the disc, never a line or two further out (a name far from its point would name another). */
  near?: boolean;
}

export type Side = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel<R extends LabelRequest = LabelRequest> {
  request: R;
  /** Where the text is drawn: its left end and its vertical middle (textBaseline "middle"). */
  x: number;
  y: number;
  side: Side;
  /** The box the text takes (without the margin). */
  box: Box;
}

const SIDES: readonly Side[] = ['right', 'left', 'above', 'below'];
/** Space kept free around a name, in px. */
export const LABEL_MARGIN = 3;
/** Gap between a disc and its name, in px: more than the margin, so that a name's own disc (reserved) never blocks it. */
const GAP = LABEL_MARGIN + 1;

export class LabelPlacer {
  readonly #tree = new RBush<Box>();
  readonly #placed: PlacedLabel[] = [];

  /**
   * @param screen the area names may take (px)
   * @param lineHeight the height of a name's box in px
   * @param max names placed at most
   */
  constructor(
    private readonly screen: { width: number; height: number },
    private readonly lineHeight: number,
    private readonly max = Infinity,
  ) {}

  get placed(): readonly PlacedLabel[] {
    return this.#placed;
  }

  get full(): boolean {
    return this.#placed.length >= this.max;
  }

  /** Keeps `box` free of names (a name drawn by someone else, a legend). */
  reserve(box: Box): void {
    this.#tree.insert(box);
  }

  /** Keeps a disc free of names (one drawn above them); a name placed beside it with the same `radius` still fits. */
  reserveDisc(x: number, y: number, radius: number): void {
    this.#tree.insert({ minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius });
  }

  /** Places the name beside its point where it fits; null when it fits nowhere (or enough are placed). */
  place<R extends LabelRequest>(request: R): PlacedLabel<R> | null {
    if (this.full) return null;
    const { width } = request;
    // beside the disc first; then one and two lines further out, clear of the discs and names around it
    for (const extra of request.near ? [0] : [0, this.lineHeight, 2 * this.lineHeight])
      for (const side of request.sides ?? SIDES) {
        const at = position(request, side, width, this.lineHeight, extra);
        const box = { minX: at.x, minY: at.y - this.lineHeight / 2, maxX: at.x + width, maxY: at.y + this.lineHeight / 2 };
        if (box.minX < 0 || box.minY < 0 || box.maxX > this.screen.width || box.maxY > this.screen.height) continue;
        const padded = {
          minX: box.minX - LABEL_MARGIN,
          minY: box.minY - LABEL_MARGIN,
          maxX: box.maxX + LABEL_MARGIN,
          maxY: box.maxY + LABEL_MARGIN,
        };
        if (this.#tree.collides(padded)) continue;
        this.#tree.insert(box);
        const label = { request, x: at.x, y: at.y, side, box };
        this.#placed.push(label);
        return label;
      }
    return null;
  }
}

/** The left end and vertical middle of a name of `width` px on `side` of its point. */
function position(r: LabelRequest, side: Side, width: number, lineHeight: number, extra: number): { x: number; y: number } {
  const off = r.radius + GAP + extra;
  switch (side) {
    case 'right':
      return { x: r.x + off, y: r.y };
    case 'left':
      return { x: r.x - off - width, y: r.y };
    case 'above':
      return { x: r.x - width / 2, y: r.y - off - lineHeight / 2 };
    case 'below':
      return { x: r.x - width / 2, y: r.y + off + lineHeight / 2 };
  }
}

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** The font of the towns' names: sigma's label settings (`weight` in place of its weight). */
export function townFont(renderer: { getSetting(key: 'labelWeight' | 'labelSize' | 'labelFont'): unknown }, weight?: string): string {
  return `${weight ?? String(renderer.getSetting('labelWeight'))} ${String(renderer.getSetting('labelSize'))}px ${String(renderer.getSetting('labelFont'))}`;
}

/** `[key, text, minX, minY, maxX, maxY]` of each name drawn, to a tenth of a pixel. */
export function describeLabels(placed: readonly PlacedLabel[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return JSON.stringify(placed.map(({ request, box }) => [request.key, request.text, r(box.minX), r(box.minY), r(box.maxX), r(box.maxY)]));
}

/**
 * Sigma's hover drawing of a town (hovered, or highlighted by the drawing): a white halo with a
 * shadow, and the town's disc on it, and no name: the names are placed by features/labels.ts and
 * focus.ts, where sigma's own box would cover its neighbours'. The disc is drawn here rather than
 * by sigma's WebGL hover layer, which stays hidden (programs.ts): a shown WebGL layer is read back
 * from the software rasteriser on every frame.
 */
export const HALO_WIDTH = 2;

export function drawNodeHalo(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; color?: string }): void {
  context.save();
  context.fillStyle = HALO;
  context.shadowBlur = 8;
  context.shadowColor = 'rgba(0, 0, 0, 0.6)';
  context.beginPath();
  context.arc(data.x, data.y, data.size + HALO_WIDTH, 0, 2 * Math.PI);
  context.fill();
  context.restore();
  if (!data.color) return;
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, 2 * Math.PI);
  context.fill();
}

const INK = '#1D1D1F';
const HALO = '#FFFFFF';

/** Draws a placed name: dark text in a white halo, its left end at `x`, its middle at `y` (the font set by the caller). */
export function drawName(context: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = HALO;
  context.strokeText(text, x, y);
  context.fillStyle = INK;
  context.fillText(text, x, y);
}

/** Keeps the rectangles of the overlays over the map (camera.ts overlays) free of names. */
export function reserveAreas(
  placer: LabelPlacer,
  areas: ReadonlyArray<{ left: number; top: number; right: number; bottom: number }>,
): void {
  for (const a of areas) placer.reserve({ minX: a.left, minY: a.top, maxX: a.right, maxY: a.bottom });
}
