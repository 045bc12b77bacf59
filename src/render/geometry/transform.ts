/**
 * 2D affine transforms for geometry: a:xfrm placement (offset, size, rot, flipH, flipV),
 * group transforms (a:grpSpPr/a:xfrm with a:chOff/a:chExt), and path bounds.
 *
 * Matrices use the PDF/SVG convention [a, b, c, d, e, f]:
 *   x' = a·x + c·y + e
 *   y' = b·x + d·y + f
 * in a y-down space, so a positive angle turns clockwise on screen, as a:xfrm@rot does.
 */
import type { Point } from './arc.js';
import type { Geometry, PathCommand, Rect } from './types.js';

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 · m2: applies m2 first, then m1. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1;
  const [a2, b2, c2, d2, e2, f2] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** Composes matrices so that the first one listed is applied last (like nested groups). */
export function compose(...ms: Matrix[]): Matrix {
  return ms.reduce((acc, m) => multiply(acc, m), IDENTITY);
}

export function translate(tx: number, ty: number): Matrix {
  return [1, 0, 0, 1, tx, ty];
}

export function scale(sx: number, sy: number): Matrix {
  return [sx, 0, 0, sy, 0, 0];
}

/** Clockwise rotation on screen by `degrees` around (cx, cy). */
export function rotate(degrees: number, cx = 0, cy = 0): Matrix {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return compose(translate(cx, cy), [cos, sin, -sin, cos, 0, 0], translate(-cx, -cy));
}

export function applyToPoint(m: Matrix, p: Point): Point {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

export interface Placement {
  /** a:off */
  x: number;
  y: number;
  /** a:ext */
  w: number;
  h: number;
  /** a:xfrm@rot in 60000ths of a degree (clockwise). */
  rot?: number;
  flipH?: boolean;
  flipV?: boolean;
}

/**
 * Maps a shape's own box (0,0)–(w,h) to its parent's space: flip inside the box, rotate
 * around the box centre, then move to a:off. This is how a:xfrm places a shape (ECMA-376
 * 20.1.7.6): rotation and flips never move the centre.
 */
export function placementMatrix(p: Placement): Matrix {
  const cx = p.w / 2;
  const cy = p.h / 2;
  const deg = (p.rot ?? 0) / 60000;
  return compose(
    translate(p.x + cx, p.y + cy),
    rotate(Number.isFinite(deg) ? deg : 0),
    scale(p.flipH ? -1 : 1, p.flipV ? -1 : 1),
    translate(-cx, -cy),
  );
}

export interface GroupPlacement extends Placement {
  /** a:chOff / a:chExt: the child coordinate space of the group. */
  chX: number;
  chY: number;
  chW: number;
  chH: number;
}

/**
 * Maps the child coordinate space of a group (a:chOff, a:chExt) into the group's parent:
 * children are scaled from chExt to ext, then the group's own flip and rotation apply.
 * A zero child extent means "no scaling" on that axis.
 */
export function groupMatrix(g: GroupPlacement): Matrix {
  const sx = g.chW !== 0 ? g.w / g.chW : 1;
  const sy = g.chH !== 0 ? g.h / g.chH : 1;
  return compose(placementMatrix(g), scale(sx, sy), translate(-g.chX, -g.chY));
}

export function transformPath(commands: readonly PathCommand[], m: Matrix): PathCommand[] {
  return commands.map((c): PathCommand => {
    switch (c.op) {
      case 'M':
      case 'L': {
        const p = applyToPoint(m, c);
        return { op: c.op, x: p.x, y: p.y };
      }
      case 'C': {
        const p1 = applyToPoint(m, { x: c.x1, y: c.y1 });
        const p2 = applyToPoint(m, { x: c.x2, y: c.y2 });
        const p = applyToPoint(m, c);
        return { op: 'C', x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y, x: p.x, y: p.y };
      }
      case 'Z':
        return { op: 'Z' };
    }
  });
}

/** Every path of a geometry transformed by m (the text rectangle is left in box space). */
export function transformGeometry(g: Geometry, m: Matrix): Geometry {
  return { paths: g.paths.map((p) => ({ ...p, commands: transformPath(p.commands, m) })), textRect: g.textRect };
}

/** Parameters in (0, 1) where a cubic's coordinate has an extremum (roots of its derivative). */
function cubicExtrema(p0: number, p1: number, p2: number, p3: number): number[] {
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  const roots: number[] = [];
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) roots.push(-c / b);
  } else {
    const disc = b * b - 4 * a * c;
    if (disc >= 0) {
      const s = Math.sqrt(disc);
      roots.push((-b + s) / (2 * a), (-b - s) / (2 * a));
    }
  }
  return roots.filter((t) => t > 0 && t < 1);
}

function cubicAt(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** The exact bounding box of the drawn paths (curve extrema included), or null when empty. */
export function pathBounds(commands: readonly PathCommand[]): Rect | null {
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  const add = (x: number, y: number) => {
    l = Math.min(l, x);
    r = Math.max(r, x);
    t = Math.min(t, y);
    b = Math.max(b, y);
  };
  let cur: Point = { x: 0, y: 0 };
  let start: Point = { x: 0, y: 0 };
  for (const c of commands) {
    switch (c.op) {
      case 'M':
        cur = { x: c.x, y: c.y };
        start = cur;
        add(c.x, c.y);
        break;
      case 'L':
        cur = { x: c.x, y: c.y };
        add(c.x, c.y);
        break;
      case 'C':
        add(c.x, c.y);
        for (const u of cubicExtrema(cur.x, c.x1, c.x2, c.x)) add(cubicAt(cur.x, c.x1, c.x2, c.x, u), cubicAt(cur.y, c.y1, c.y2, c.y, u));
        for (const u of cubicExtrema(cur.y, c.y1, c.y2, c.y)) add(cubicAt(cur.x, c.x1, c.x2, c.x, u), cubicAt(cur.y, c.y1, c.y2, c.y, u));
        cur = { x: c.x, y: c.y };
        break;
      case 'Z':
        cur = start;
        break;
    }
  }
  return l === Infinity ? null : { l, t, r, b };
}

/** Bounds of every path of a geometry together. */
export function geometryBounds(g: Geometry): Rect | null {
  return pathBounds(g.paths.flatMap((p) => p.commands));
}

/** The path as SVG path data (for pdf-lib's drawSvgPath, debugging and tests). */
export function toSvgPath(commands: readonly PathCommand[]): string {
  const n = (v: number) => String(Math.round(v * 1000) / 1000);
  return commands
    .map((c) => {
      switch (c.op) {
        case 'M':
        case 'L':
          return `${c.op}${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join(' ');
}
