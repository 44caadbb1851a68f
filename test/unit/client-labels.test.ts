/**
 * Label placement (client/src/labels.ts) and the partnerships' style for how many are on screen
 * (client/src/drawing-model.ts edgeStyle): names never overlap, on screen, the more important
 * always first; a reserved disc or overlay stays free while a name still fits beside its own disc;
 * a hovered town drawn whole on sigma's 2D hover layer; lines lighter and thinner the more are drawn.
 */
import { describe, expect, it } from 'vitest';
import { edgeStyle, FEW_EDGES } from '../../client/src/drawing-model.ts';
import { drawNodeHalo, HALO_WIDTH, LABEL_MARGIN, LabelPlacer, overlaps, type LabelRequest } from '../../client/src/labels.ts';

/** A deterministic stream of pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCREEN = { width: 800, height: 600 };
const LINE = 14;

function crowd(n: number, seed: number): LabelRequest[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    key: `t${i}`,
    text: `Town ${i}`,
    width: 30 + next() * 60,
    x: next() * SCREEN.width,
    y: next() * SCREEN.height,
    radius: 1 + next() * 6,
  }));
}

describe('label placement', () => {
  it('places no two names over each other, all on screen, with the margin between them', () => {
    const placer = new LabelPlacer(SCREEN, LINE);
    for (const r of crowd(2000, 1)) placer.place(r);
    const boxes = placer.placed.map((p) => p.box);
    expect(boxes.length).toBeGreaterThan(100);
    expect(boxes.length).toBeLessThan(2000);
    for (const b of boxes) {
      expect(b.minX).toBeGreaterThanOrEqual(0);
      expect(b.minY).toBeGreaterThanOrEqual(0);
      expect(b.maxX).toBeLessThanOrEqual(SCREEN.width);
      expect(b.maxY).toBeLessThanOrEqual(SCREEN.height);
    }
    const grown = boxes.map((b) => ({
      minX: b.minX - LABEL_MARGIN,
      minY: b.minY - LABEL_MARGIN,
      maxX: b.maxX + LABEL_MARGIN,
      maxY: b.maxY + LABEL_MARGIN,
    }));
    for (let i = 0; i < boxes.length; i++) for (let j = 0; j < i; j++) expect(overlaps(grown[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
  });

  it('gives the more important name the place: a name is left out only where one placed before it would overlap', () => {
    const requests = crowd(600, 2);
    const placer = new LabelPlacer(SCREEN, LINE);
    for (const r of requests) placer.place(r);
    const placed = new Set(placer.placed.map((p) => p.request.key));
    // every name left out had a side on screen, and on each such side met a name placed before it
    for (const [i, r] of requests.entries()) {
      if (placed.has(r.key)) continue;
      const alone = new LabelPlacer(SCREEN, LINE);
      const earlier = new Set(requests.slice(0, i).map((q) => q.key));
      for (const p of placer.placed) if (earlier.has(p.request.key)) alone.reserve(p.box);
      expect(alone.place(r), r.key).toBeNull();
    }
  });

  it('tries the right, then the left, above and below; a disc reserved keeps names off, but not its own', () => {
    const placer = new LabelPlacer(SCREEN, LINE);
    placer.reserveDisc(400, 300, 8);
    const own = placer.place({ key: 'a', text: 'Görlitz', width: 45, x: 400, y: 300, radius: 8 });
    expect(own?.side).toBe('right');
    expect(own!.box.minX).toBeGreaterThan(408);
    // more towns at the same spot: the right is taken, then the left, then above
    expect(placer.place({ key: 'b', text: 'Zgorzelec', width: 60, x: 400, y: 300, radius: 8 })?.side).toBe('left');
    const third = placer.place({ key: 'c', text: 'Third', width: 30, x: 400, y: 300, radius: 8 });
    expect(third?.side).toBe('above');
    expect(placer.place({ key: 'd', text: 'Fourth', width: 30, x: 400, y: 300, radius: 8 })?.side).toBe('below');
    // all four sides taken: further out, above the name above (two lines out: one line out meets it)
    const fifth = placer.place({ key: 'e', text: 'Fifth', width: 30, x: 400, y: 300, radius: 8 });
    expect(fifth?.side).toBe('above');
    expect(fifth!.box.maxY + LABEL_MARGIN).toBeLessThan(third!.box.minY);
    // a name kept beside its point (a country's) is left out rather than moved away
    expect(placer.place({ key: 'e2', text: 'Sixth', width: 30, x: 400, y: 300, radius: 8, near: true })).toBeNull();
    // a name that would cover another town's reserved disc goes elsewhere
    placer.reserveDisc(100, 100, 5);
    const near = placer.place({ key: 'f', text: 'Neighbour', width: 60, x: 90, y: 100, radius: 2 });
    expect(near?.side).not.toBe('right');
    // a small town beside a large one's disc: no side next to its own dot is free, a line further out is
    placer.reserveDisc(200, 450, 12);
    const small = placer.place({ key: 'h', text: 'Small', width: 35, x: 201, y: 450, radius: 3 });
    expect(small?.side).toBe('right');
    expect(small!.box.minX).toBeGreaterThan(212);
    // the edge of the screen: a town at the right edge is named on its left
    expect(placer.place({ key: 'g', text: 'Edge', width: 40, x: 795, y: 50, radius: 2 })?.side).toBe('left');
  });

  it('stops at the number of names asked for, and keeps a reserved area (a legend) free', () => {
    const placer = new LabelPlacer(SCREEN, LINE, 10);
    placer.reserve({ minX: 600, minY: 0, maxX: 800, maxY: 200 });
    for (const r of crowd(500, 3)) placer.place(r);
    expect(placer.placed).toHaveLength(10);
    expect(placer.full).toBe(true);
    for (const p of placer.placed) expect(overlaps(p.box, { minX: 600, minY: 0, maxX: 800, maxY: 200 })).toBe(false);
  });
});

describe("a hovered or highlighted town on sigma's hover layer", () => {
  it('is drawn whole: its halo, then its own disc in its colour on top (the WebGL hover layer stays hidden)', () => {
    const fills: string[] = [];
    const saved: number[] = [];
    let arc = '';
    const context = {
      fillStyle: '',
      shadowBlur: 0,
      shadowColor: '',
      save() {
        saved.push(this.shadowBlur);
      },
      restore() {
        this.shadowBlur = saved.pop() ?? 0;
      },
      beginPath() {},
      arc(x: number, y: number, r: number) {
        arc = `${x},${y},${r}`;
      },
      fill() {
        fills.push(`${this.fillStyle} ${arc} shadow ${this.shadowBlur}`);
      },
    };
    drawNodeHalo(context as unknown as CanvasRenderingContext2D, { x: 10, y: 20, size: 4, color: '#E66100' });
    expect(fills).toEqual([`#FFFFFF 10,20,${4 + HALO_WIDTH} shadow 8`, '#E66100 10,20,4 shadow 0']);
  });
});

describe('the partnerships drawn lighter and thinner the more there are', () => {
  it('keeps full strength up to FEW_EDGES, then falls with the square root, one-pixel lines past a few thousand', () => {
    expect(edgeStyle(0)).toEqual(edgeStyle(FEW_EDGES));
    const few = edgeStyle(FEW_EDGES);
    expect(few.strength).toBeCloseTo(0.7, 12);
    expect(few.size).toBeCloseTo(2.2, 12);
    expect(few.program).toBe('thick');
    const four = edgeStyle(4 * FEW_EDGES); // k = 1/2
    expect(four.strength).toBeCloseTo(0.15 + 0.55 / 2, 12);
    expect(four.size).toBeCloseTo(1.6, 12);
    const many = edgeStyle(24_745);
    expect(many.program).toBe('line');
    expect(many.strength).toBeLessThan(0.2);
    let last = edgeStyle(1);
    for (let n = 2; n < 100_000; n = Math.ceil(n * 1.3)) {
      const s = edgeStyle(n);
      expect(s.strength).toBeLessThanOrEqual(last.strength);
      expect(s.size).toBeLessThanOrEqual(last.size);
      last = s;
    }
    // the colour goes from the land's towards the ink
    expect(edgeStyle(1e9).color).not.toBe(few.color);
    expect(few.color).toMatch(/^rgb\(/);
  });
});
