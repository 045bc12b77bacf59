/**
 * Exact bounding boxes of geometry paths (curve extrema included), for the geometry tests: the
 * renderer does not need them (it places paths by a:xfrm, never by their drawn bounds).
 */
import type { Point } from '../../../../src/render/geometry/arc.js';
import type { Geometry, PathCommand, Rect } from '../../../../src/render/geometry/types.js';

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
