/**
 * Arrowheads of a:ln/a:headEnd and a:ln/a:tailEnd (ECMA-376 20.1.8.38 / 20.1.8.57), and the
 * helpers to place them on an open path.
 *
 * a:headEnd sits at the first point of the path, a:tailEnd at the last one. Sizes are relative to
 * the line width: width and length are 2, 3 or 5 line widths for sm, med and lg, measured on a
 * line at least MIN_BASE_WIDTH wide so that hairlines keep visible heads (the same proportions
 * and minimum as LibreOffice's import, our reference renderer). triangle, stealth and arrow have
 * their tip on the end point; diamond and oval are centred on it. The open `arrow` is returned
 * as the filled outline of its two barbs stroked with the line width, so every head is simply
 * filled with the line colour.
 */
import type { Point } from './arc.js';
import type { PathCommand } from './types.js';

export type LineEndType = 'triangle' | 'stealth' | 'diamond' | 'oval' | 'arrow';
export type LineEndSize = 'sm' | 'med' | 'lg';

export interface LineEnd {
  /** Closed outline of the head, to be filled (not stroked) with the line's colour. */
  commands: PathCommand[];
  /** How far back from the tip, along the line, the line's own stroke should stop. */
  inset: number;
  /** Extent of the head along the line and across it. */
  length: number;
  width: number;
}

export interface LineEndOptions {
  /**
   * Line width below which heads stop shrinking, in the caller's unit. Default 0.7 mm in points
   * (1.984), which assumes the caller works in points.
   */
  minBaseWidth?: number;
}

export const MIN_BASE_WIDTH_PT = (0.7 / 25.4) * 72;

const FACTOR: Record<LineEndSize, number> = { sm: 2, med: 3, lg: 5 };

/** a:headEnd/a:tailEnd@type values we draw; 'none' and unknown values draw nothing. */
export function isLineEndType(value: string | undefined): value is LineEndType {
  return value === 'triangle' || value === 'stealth' || value === 'diamond' || value === 'oval' || value === 'arrow';
}

/** a:headEnd/a:tailEnd@w and @len; anything else (absent or invalid) is 'med'. */
export function lineEndSize(value: string | undefined): LineEndSize {
  return value === 'sm' || value === 'lg' ? value : 'med';
}

/** Kappa for a quarter ellipse as one cubic. */
const KAPPA = (4 / 3) * (Math.SQRT2 - 1);

/**
 * The head of `type` with its tip (or centre, for diamond and oval) at `tip`, for a line that
 * arrives at the tip travelling in `direction` (for a:headEnd: from the second point of the path
 * towards the first). Returns null for a zero direction or a non-positive line width.
 */
export function lineEnd(
  type: LineEndType,
  w: LineEndSize,
  len: LineEndSize,
  lineWidth: number,
  tip: Point,
  direction: Point,
  options: LineEndOptions = {},
): LineEnd | null {
  const dl = Math.hypot(direction.x, direction.y);
  if (!(dl > 0) || !Number.isFinite(dl) || !(lineWidth > 0) || !Number.isFinite(lineWidth)) return null;
  if (!Number.isFinite(tip.x) || !Number.isFinite(tip.y)) return null;
  // Local frame: `along` points back into the line, `across` to its left.
  const ux = -direction.x / dl;
  const uy = -direction.y / dl;
  const vx = -uy;
  const vy = ux;
  const at = (along: number, across: number): Point => ({ x: tip.x + along * ux + across * vx, y: tip.y + along * uy + across * vy });
  const polygon = (pts: [number, number][]): PathCommand[] => {
    const cmds: PathCommand[] = pts.map(([a, c], i) => ({ op: i === 0 ? 'M' : 'L', ...at(a, c) }) as PathCommand);
    cmds.push({ op: 'Z' });
    return cmds;
  };

  const base = Math.max(lineWidth, options.minBaseWidth ?? MIN_BASE_WIDTH_PT);
  const W = FACTOR[w] * base;
  const L = FACTOR[len] * base;
  const h = lineWidth / 2;

  switch (type) {
    case 'triangle':
      // The line stops half a line width inside the base, so no seam shows between them.
      return { commands: polygon([[0, 0], [L, W / 2], [L, -W / 2]]), inset: Math.max(0, L - h), length: L, width: W };
    case 'stealth':
      return { commands: polygon([[0, 0], [L, W / 2], [0.6 * L, 0], [L, -W / 2]]), inset: Math.max(0, 0.6 * L - h), length: L, width: W };
    case 'diamond':
      return { commands: polygon([[-L / 2, 0], [0, W / 2], [L / 2, 0], [0, -W / 2]]), inset: 0, length: L, width: W };
    case 'oval': {
      const a = L / 2;
      const c = W / 2;
      const k = KAPPA;
      const p = (along: number, across: number) => at(along, across);
      const seg = (c1: Point, c2: Point, e: Point): PathCommand => ({ op: 'C', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x: e.x, y: e.y });
      const commands: PathCommand[] = [
        { op: 'M', ...p(a, 0) },
        seg(p(a, k * c), p(k * a, c), p(0, c)),
        seg(p(-k * a, c), p(-a, k * c), p(-a, 0)),
        seg(p(-a, -k * c), p(-k * a, -c), p(0, -c)),
        seg(p(k * a, -c), p(a, -k * c), p(a, 0)),
        { op: 'Z' },
      ];
      return { commands, inset: 0, length: L, width: W };
    }
    case 'arrow': {
      // Two barbs from the tip to (L, ±W/2), stroked with the line width, mitred at the tip;
      // shifted so that the outer point of the mitre is the tip.
      const barb = Math.hypot(L, W / 2);
      const sin = W / 2 / barb;
      const cos = L / barb;
      const miter = h / sin;
      const s = miter;
      const commands = polygon([
        [-miter + s, 0],
        [L - h * sin + s, W / 2 + h * cos],
        [L + h * sin + s, W / 2 - h * cos],
        [miter + s, 0],
        [L + h * sin + s, -(W / 2 - h * cos)],
        [L - h * sin + s, -(W / 2 + h * cos)],
      ]);
      return { commands, inset: miter + h, length: L + h * sin + s, width: W + 2 * h * cos };
    }
  }
}

export interface PathEnd {
  point: Point;
  /** Direction in which the path arrives at `point` when walked from inside (unit length). */
  direction: Point;
}

function unit(dx: number, dy: number): Point | null {
  const l = Math.hypot(dx, dy);
  return l > 0 && Number.isFinite(l) ? { x: dx / l, y: dy / l } : null;
}

/** Points of a command list as segments [start, ...controls, end] (closes and moves split them). */
function segments(commands: readonly PathCommand[]): Point[][] {
  const out: Point[][] = [];
  let cur: Point | null = null;
  let start: Point | null = null;
  for (const c of commands) {
    if (c.op === 'M') {
      cur = { x: c.x, y: c.y };
      start = cur;
    } else if (c.op === 'L' && cur) {
      out.push([cur, { x: c.x, y: c.y }]);
      cur = { x: c.x, y: c.y };
    } else if (c.op === 'C' && cur) {
      out.push([cur, { x: c.x1, y: c.y1 }, { x: c.x2, y: c.y2 }, { x: c.x, y: c.y }]);
      cur = { x: c.x, y: c.y };
    } else if (c.op === 'Z' && cur && start) {
      out.push([cur, start]);
      cur = start;
    }
  }
  return out;
}

/**
 * Where a:headEnd and a:tailEnd go on a path: its first and last points, with the directions
 * to pass to lineEnd (from inside the path towards each end). Null when the path has no length.
 */
export function pathEnds(commands: readonly PathCommand[]): { head: PathEnd; tail: PathEnd } | null {
  const segs = segments(commands);
  let head: PathEnd | null = null;
  for (const s of segs) {
    const p0 = s[0]!;
    for (let i = 1; i < s.length && !head; i++) {
      const d = unit(p0.x - s[i]!.x, p0.y - s[i]!.y);
      if (d) head = { point: p0, direction: d };
    }
    if (head) break;
  }
  let tail: PathEnd | null = null;
  for (let j = segs.length - 1; j >= 0 && !tail; j--) {
    const s = segs[j]!;
    const pn = s[s.length - 1]!;
    for (let i = s.length - 2; i >= 0 && !tail; i--) {
      const d = unit(pn.x - s[i]!.x, pn.y - s[i]!.y);
      if (d) tail = { point: pn, direction: d };
    }
  }
  return head && tail ? { head, tail } : null;
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Splits a cubic at t (de Casteljau): the part before and the part after. */
function splitCubic(p: Point[], t: number): [Point[], Point[]] {
  const [p0, p1, p2, p3] = p as [Point, Point, Point, Point];
  const a = lerp(p0, p1, t);
  const b = lerp(p1, p2, t);
  const c = lerp(p2, p3, t);
  const d = lerp(a, b, t);
  const e = lerp(b, c, t);
  const f = lerp(d, e, t);
  return [
    [p0, a, d, f],
    [f, e, c, p3],
  ];
}

const SAMPLES = 32;

function cubicPoint(p: Point[], t: number): Point {
  const [p0, p1, p2, p3] = p as [Point, Point, Point, Point];
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
}

/** The parameter at which a cubic has run `dist` from its start (by sampled arc length), or null if it is shorter. */
function cubicParamAt(p: Point[], dist: number): number | null {
  let prev = cubicPoint(p, 0);
  let run = 0;
  for (let i = 1; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const pt = cubicPoint(p, t);
    const step = Math.hypot(pt.x - prev.x, pt.y - prev.y);
    if (run + step >= dist) return step > 0 ? (i - 1 + (dist - run) / step) / SAMPLES : t;
    run += step;
    prev = pt;
  }
  return null;
}

function cubicLength(p: Point[]): number {
  let len = 0;
  let prev = cubicPoint(p, 0);
  for (let i = 1; i <= SAMPLES; i++) {
    const pt = cubicPoint(p, i / SAMPLES);
    len += Math.hypot(pt.x - prev.x, pt.y - prev.y);
    prev = pt;
  }
  return len;
}

/** Shortens the first segment of an open path by `by` at its start. */
function trimStart(segs: Point[][], by: number): void {
  while (by > 0 && segs.length > 0) {
    const s = segs[0]!;
    if (s.length === 2) {
      const len = Math.hypot(s[1]!.x - s[0]!.x, s[1]!.y - s[0]!.y);
      if (len > by) {
        s[0] = lerp(s[0]!, s[1]!, by / len);
        return;
      }
      by -= len;
      segs.shift();
    } else {
      const t = cubicParamAt(s, by);
      if (t !== null) {
        segs[0] = splitCubic(s, t)[1];
        return;
      }
      by -= cubicLength(s);
      segs.shift();
    }
  }
}

function reverse(segs: Point[][]): Point[][] {
  return segs.reverse().map((s) => [...s].reverse());
}

/**
 * An open path with its start shortened by `headInset` and its end by `tailInset` (the insets
 * lineEnd returns), so that the stroke stops inside the arrowheads. Closed sub-paths and every
 * sub-path but the first (head) and last (tail) are left alone; a path too short for the
 * insets disappears.
 */
export function trimPathEnds(commands: readonly PathCommand[], headInset: number, tailInset: number): PathCommand[] {
  if (!(headInset > 0) && !(tailInset > 0)) return [...commands];
  if (commands.some((c) => c.op === 'Z')) return [...commands];
  // Split into sub-paths, trim the first one's start and the last one's end.
  const subs: PathCommand[][] = [];
  for (const c of commands) {
    if (c.op === 'M' || subs.length === 0) subs.push([]);
    subs[subs.length - 1]!.push(c);
  }
  const trimmed = subs.map((s) => segments(s));
  if (headInset > 0 && trimmed.length > 0) trimStart(trimmed[0]!, headInset);
  if (tailInset > 0 && trimmed.length > 0) {
    const last = trimmed.length - 1;
    const rev = reverse(trimmed[last]!);
    trimStart(rev, tailInset);
    trimmed[last] = reverse(rev);
  }
  const out: PathCommand[] = [];
  for (const segs of trimmed) {
    if (segs.length === 0) continue;
    out.push({ op: 'M', x: segs[0]![0]!.x, y: segs[0]![0]!.y });
    for (const s of segs) {
      const e = s[s.length - 1]!;
      if (s.length === 2) out.push({ op: 'L', x: e.x, y: e.y });
      else out.push({ op: 'C', x1: s[1]!.x, y1: s[1]!.y, x2: s[2]!.x, y2: s[2]!.y, x: e.x, y: e.y });
    }
  }
  return out;
}
