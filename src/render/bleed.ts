/**
 * A print-shop page: the slide (the trim) with a bleed around it and crop marks outside the
 * bleed, as a transform of a page's display list (pure; the PDF and PNG writers draw the result).
 *
 *   - The page grows by `bleed + CROP_MARK_SPACE` on every side; everything is drawn moved by
 *     that much, so the slide keeps its size and sits in the middle (the TrimBox).
 *   - The slide background is drawn over the bleed area too (scaled from the slide's centre just
 *     enough to cover it, so a picture background is cropped, never distorted).
 *   - A solid-filled shape without an outline whose edge lies on the slide's edge (a full-width
 *     band) is extended into the bleed on that side, so a trim that cuts a little outside the
 *     slide shows no white sliver. Other shapes, pictures and text are not moved.
 *   - Crop marks: two thin lines at each corner, on the trim lines, outside the bleed.
 *   - The page boxes: TrimBox = the slide, BleedBox = the slide grown by `bleed`.
 */
import { apply, multiply, translate, type Matrix } from './matrix.js';
import type { DrawOp, PageList, PathCommand, PathOp } from './ops.js';
import { extent } from '../arrays.js';

/** Points per millimetre. */
const MM = 72 / 25.4;
/** Length of a crop mark, and the space the marks take outside the bleed (points). */
export const CROP_MARK_LENGTH = 6 * MM;
export const CROP_MARK_SPACE = CROP_MARK_LENGTH + 1 * MM;
/** Line width of a crop mark (points): 0.25 pt, the usual hairline. */
export const CROP_MARK_WIDTH = 0.25;
/** The largest bleed we draw (points): 10 mm; print shops ask for 2-5 mm. */
export const MAX_BLEED = 10 * MM;
/** Within this distance (points) a shape's edge counts as lying on the slide's edge. */
const EDGE_TOLERANCE = 0.5;

export interface PageBoxes {
  /** The finished page (the slide), in the page's y-down points. */
  trim: { x: number; y: number; w: number; h: number };
  /** The trim grown by the bleed. */
  bleed: { x: number; y: number; w: number; h: number };
}

const shift = (m: Matrix, d: number): Matrix => multiply(translate(d, d), m);

/** The points of a path command (for bounds and edge tests). */
function points(c: PathCommand): { x: number; y: number }[] {
  switch (c.op) {
    case 'M':
    case 'L':
      return [{ x: c.x, y: c.y }];
    case 'C':
      return [
        { x: c.x1, y: c.y1 },
        { x: c.x2, y: c.y2 },
        { x: c.x, y: c.y },
      ];
    default:
      return [];
  }
}

/**
 * A solid, unstroked path touching the slide's edge, in page coordinates with the points on that
 * edge pushed `bleed` outward; undefined when the path does not touch an edge.
 */
function extendToBleed(op: PathOp, w: number, h: number, bleed: number): PathOp | undefined {
  if (op.fill?.kind !== 'solid' || op.stroke) return undefined;
  const page = op.commands.map((c) => ({ c, pts: points(c).map((p) => apply(op.transform, p.x, p.y)) }));
  const all = page.flatMap((p) => p.pts);
  if (all.length === 0) return undefined;
  const { min: minX, max: maxX } = extent(all.map((p) => p.x));
  const { min: minY, max: maxY } = extent(all.map((p) => p.y));
  const left = Math.abs(minX) <= EDGE_TOLERANCE;
  const right = Math.abs(maxX - w) <= EDGE_TOLERANCE;
  const top = Math.abs(minY) <= EDGE_TOLERANCE;
  const bottom = Math.abs(maxY - h) <= EDGE_TOLERANCE;
  if (!left && !right && !top && !bottom) return undefined;
  const push = (p: { x: number; y: number }) => ({
    x: left && Math.abs(p.x - minX) <= EDGE_TOLERANCE ? p.x - bleed : right && Math.abs(p.x - maxX) <= EDGE_TOLERANCE ? p.x + bleed : p.x,
    y: top && Math.abs(p.y - minY) <= EDGE_TOLERANCE ? p.y - bleed : bottom && Math.abs(p.y - maxY) <= EDGE_TOLERANCE ? p.y + bleed : p.y,
  });
  const commands: PathCommand[] = page.map(({ c, pts }) => {
    const q = pts.map(push);
    switch (c.op) {
      case 'M':
      case 'L':
        return { op: c.op, x: q[0]!.x, y: q[0]!.y };
      case 'C':
        return { op: 'C', x1: q[0]!.x, y1: q[0]!.y, x2: q[1]!.x, y2: q[1]!.y, x: q[2]!.x, y: q[2]!.y };
      default:
        return c;
    }
  });
  return { ...op, transform: [1, 0, 0, 1, 0, 0], commands };
}

function cropMarks(w: number, h: number, offset: number, bleed: number): PathOp {
  const commands: PathCommand[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number) => commands.push({ op: 'M', x: x1, y: y1 }, { op: 'L', x: x2, y: y2 });
  const gap = bleed;
  const len = CROP_MARK_LENGTH;
  const x0 = offset;
  const y0 = offset;
  const x1 = offset + w;
  const y1 = offset + h;
  for (const [x, dx] of [
    [x0, -1],
    [x1, 1],
  ] as const) {
    for (const [y, dy] of [
      [y0, -1],
      [y1, 1],
    ] as const) {
      // A horizontal mark on the trim line y, outside the bleed; a vertical one on x.
      line(x + dx * gap, y, x + dx * (gap + len), y);
      line(x, y + dy * gap, x, y + dy * (gap + len));
    }
  }
  return {
    kind: 'path',
    transform: [1, 0, 0, 1, 0, 0],
    commands,
    stroke: { color: { r: 0, g: 0, b: 0, a: 1 }, width: CROP_MARK_WIDTH, cap: 'butt', join: 'miter', miterLimit: 10, dash: [] },
  };
}

/** The page with a bleed of `bleed` points and crop marks (see the module comment). */
export function withBleed(page: PageList, bleed: number): PageList {
  if (!(bleed > 0)) return page;
  const b = Math.min(bleed, MAX_BLEED);
  const { width: w, height: h } = page;
  const d = b + CROP_MARK_SPACE;
  const background = page.backgroundOps ?? 0;
  // The background covers the bleed: scaled about the slide's centre, uniformly (no distortion).
  const s = Math.max((w + 2 * b) / w, (h + 2 * b) / h);
  const grow: Matrix = [s, 0, 0, s, d + w / 2 - (s * w) / 2, d + h / 2 - (s * h) / 2];
  const ops: DrawOp[] = page.ops.map((op, i) => {
    if (i < background) return { ...op, transform: multiply(grow, op.transform) };
    if (op.kind === 'path') {
      const extended = extendToBleed(op, w, h, b);
      if (extended) return { ...extended, transform: translate(d, d) };
    }
    return { ...op, transform: shift(op.transform, d) };
  });
  ops.push(cropMarks(w, h, d, b));
  return {
    ...page,
    width: w + 2 * d,
    height: h + 2 * d,
    ops,
    links: page.links.map((l) => ({ ...l, x: l.x + d, y: l.y + d })),
    boxes: { trim: { x: d, y: d, w, h }, bleed: { x: d - b, y: d - b, w: w + 2 * b, h: h + 2 * b } },
  };
}

/**
 * Parses a bleed as people write it: "3mm", "0.125in", "9pt", "3 mm" (a bare number is mm).
 * Returns points, or an error message.
 */
export function parseBleed(value: string): { points: number } | { error: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|in|pt)?\s*$/i.exec(value);
  if (!m) return { error: `expected a length like 3mm, 0.125in or 9pt, got ${JSON.stringify(value)}` };
  const n = Number(m[1]);
  const unit = (m[2] ?? 'mm').toLowerCase();
  const points = unit === 'mm' ? n * MM : unit === 'in' ? n * 72 : n;
  if (points > MAX_BLEED + 1e-9) return { error: `a bleed of ${value.trim()} is more than the 10 mm we draw (print shops ask for 2-5 mm)` };
  return { points };
}
